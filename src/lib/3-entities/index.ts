import type {Document} from '../2-text/index.js'
import type {Entity} from '../types.js'
import {findEntitiesWith} from './find-entities.js'
import {tagMentions} from './tagger/index.js'

export {authorMentions} from './authors.js'
export {findEntitiesWith, type MentionFinder} from './find-entities.js'

/**
 * The entities stage: names found by the learned tagger (and, where it found
 * none, by the byline, dateline, gazetteers and patterns), typed, clustered
 * into entities, with nominal and pronoun mentions linked and countries coded.
 *
 * @param document The parsed dispatch.
 * @returns The entities, in order of first mention, ids `e1`, `e2`, ….
 */
export function findEntities(document: Document): Entity[] {
  return findEntitiesWith(document, tagMentions)
}
