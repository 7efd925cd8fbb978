import type {Document, SegmentKind} from '../../2-text/index.js'
import {readTokens, type Token} from '../tokens.js'
import {vocabularyForDocument} from '../vocabulary.js'

export type {Token} from '../tokens.js'

/** The tokens of one sentence, with the kind of segment it stands in. */
export interface TokenSentence {
  kind: SegmentKind
  tokens: Token[]
}

/**
 * Cut the segments of a document into sentences of token objects, exactly as
 * the entities stage cuts them into flat arrays (`readTokens`), which is what
 * the tagger reads: for tests and scripts that want the tokens one by one.
 *
 * @param document The parsed dispatch.
 * @returns The sentences in text order; none is empty.
 */
export function tokenizeDocument(document: Document): TokenSentence[] {
  const vocabulary = vocabularyForDocument()
  const stream = readTokens(document, vocabulary)

  return stream.sentences.map(function (sentence, s) {
    const tokens: Token[] = []

    for (let index = stream.sentenceStart[s]!; index < stream.sentenceStart[s + 1]!; index++) {
      tokens.push({start: stream.starts[index]!, end: stream.ends[index]!, text: vocabulary.text[stream.words[index]!]!})
    }

    return {kind: sentence.kind, tokens}
  })
}
