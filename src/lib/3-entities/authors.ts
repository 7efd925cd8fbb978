import type {Document} from '../2-text/index.js'
import type {TaggedMention} from './tagger/index.js'

/**
 * The people the byline and trailers credit, as person names: what the
 * entities stage knows of names without the learned tagger.
 *
 * @param document The parsed dispatch.
 * @returns Their names, in text order.
 */
export function authorMentions(document: Document): TaggedMention[] {
  return document.authors.map(function (author) {
    return {span: {start: author.span.start, end: author.span.end}, label: 'PER'} satisfies TaggedMention
  })
}
