import type {Document, SegmentKind} from '../../text/index.js'
import {sentencesOf, type Token} from '../tokens.js'

export type {Token} from '../tokens.js'

/** The tokens of one sentence, with the kind of segment it stands in. */
export interface TokenSentence {
  kind: SegmentKind
  tokens: Token[]
}

/**
 * Cut the segments of a document into sentences of tokens, exactly as the
 * rules of the entities stage cut them (`sentencesOf`): the tagger and the
 * rules share one tokenisation, so their spans always agree.
 *
 * @param document The parsed dispatch.
 * @returns The sentences in text order; none is empty.
 */
export function tokenizeDocument(document: Document): TokenSentence[] {
  return sentencesOf(document).map(({kind, tokens}) => ({kind, tokens}))
}
