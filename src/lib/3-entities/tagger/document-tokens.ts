import type {Document, SegmentKind} from '../../2-text/index.js'
import {matchGazetteer, type GazetteerMatch} from '../gazetteer.js'
import {readTokens} from '../tokens.js'
import {vocabularyForDocument, type Vocabulary} from '../vocabulary.js'
import {gazetteerCodes} from './gazetteer-codes.js'
import type {Lexicon} from './lexicon.js'
import {wordTableOf} from './word-table.js'
import {Case} from '../../2-text/word-shape.js'

export {Case, caseClass, charKind, shapeOf} from '../../2-text/word-shape.js'

/**
 * The tokens of a document with what the features read from them, in flat
 * arrays indexed by token number (over the whole document).
 */
export interface DocumentTokens {
  /** The sentences, with the kind of segment each stands in. */
  sentences: ReadonlyArray<{readonly kind: SegmentKind}>
  /** How many tokens. */
  count: number
  /** Per token: its start offset in the input. */
  starts: Int32Array
  /** Per token: its end offset. */
  ends: Int32Array
  /** Index of the first token of each sentence, and the token count at the end. */
  sentenceStart: Int32Array
  /** Per sentence: 1 when its case tells nothing (a line in capitals, a headline in title case; see `caseless`). */
  sentenceCaps: Uint8Array
  /** Per token: `Case`. */
  caseOf: Uint8Array
  /** Per token: hash of `lower`. */
  wordHash: Uint32Array
  /** Per token: a number for its `lower` form, the same for the same form within the document. */
  wordId: Int32Array
  /** How many distinct `lower` forms the document has. */
  wordCount: number
  /** Per token: its number in `vocabulary` (the word as written). */
  word: Int32Array
  /** The vocabulary `word` numbers. */
  vocabulary: Vocabulary
  /** Per token: the cluster code of `lower` (see `wordCluster`), 0 for none. */
  cluster: Uint32Array
  /** Per token: hash of its shape (`Xx`, `X.X.`, `d-d`, …). */
  shapeHash: Uint32Array
  /** Per token: what the gazetteers say about it (see `gazetteerCodes`). */
  gazetteer: Uint32Array
  /** Per token: 1 when a line break stands between it and the token before, 2 after, 3 both. */
  lineBreak: Uint8Array
  /** Per token: what the case lexicon knows of its word (`WordCase`; all 0 without a lexicon). */
  wordCase: Uint8Array
  /**
   * Per token: how the same word (in lower case) is written elsewhere in the
   * document, outside headlines in capitals and sentence starts: 0 never
   * seen there, 1 only in lower case, 2 only capitalized, 3 only in capitals,
   * 4 both in lower case and not.
   */
  usualCase: Uint8Array
}

/**
 * A document's tokens in flat arrays (as `readTokens` cuts them), their
 * words' numbers and their gazetteer matches, so that the rules and the
 * tagger share one pass.
 */
export interface SharedTokens {
  /** The document's sentences, with the kind of segment each stands in. */
  sentences: ReadonlyArray<{readonly kind: SegmentKind}>
  /** Per sentence: the index of its first token; one more at the end, the count. */
  sentenceStart: Int32Array
  /** Per token, in document order: its start offset. */
  starts: Int32Array
  /** Per token: its end offset. */
  ends: Int32Array
  /** Per sentence: `matchGazetteer` over its token texts. */
  matches: ReadonlyArray<readonly GazetteerMatch[]>
  /** Per token, in document order: its number in `vocabulary`. */
  words: Int32Array
  /** The vocabulary of those numbers. */
  vocabulary: Vocabulary
}

/**
 * Tokenize a document and compute the per-token values the features read.
 *
 * @param document The parsed dispatch.
 * @param lexicon The case lexicon, if any (the model's).
 * @param shared Tokens and gazetteer matches made already, if any.
 * @returns Its tokens.
 */
export function readDocumentTokens(document: Document, lexicon?: Lexicon, shared?: SharedTokens): DocumentTokens {
  const vocabulary = shared ? shared.vocabulary : vocabularyForDocument()
  const stream = shared ?? readTokens(document, vocabulary)
  const {sentences, sentenceStart, starts, ends} = stream
  const count = starts.length
  const word = stream.words
  const table = wordTableOf(vocabulary, lexicon)
  const numbering = ++table.numbering
  // One buffer for the per-token arrays: a typed array of its own costs an
  // allocation outside the heap each.
  const buffer = new ArrayBuffer(20 * count + 5 * count + sentences.length)
  const wordHash = new Uint32Array(buffer, 0, count)
  const shapeHash = new Uint32Array(buffer, 4 * count, count)
  const wordId = new Int32Array(buffer, 8 * count, count)
  const gazetteer = new Uint32Array(buffer, 12 * count, count)
  const cluster = new Uint32Array(buffer, 16 * count, count)
  const caseOf = new Uint8Array(buffer, 20 * count, count)
  const cases = new Uint8Array(buffer, 21 * count, count)
  const lineBreak = new Uint8Array(buffer, 22 * count, count)
  const usualCase = new Uint8Array(buffer, 23 * count, count)
  const sentenceCaps = new Uint8Array(buffer, 24 * count, sentences.length)
  let wordCount = 0

  for (let index = 0; index < count; index++) {
    const id = word[index]!
    const form = vocabulary.lowerId[id]!

    if (table.stamp[form] !== numbering) {
      table.stamp[form] = numbering
      table.dense[form] = wordCount++
    }

    wordId[index] = table.dense[form]!
    cases[index] = table.lexiconCase[form]!
    caseOf[index] = table.caseOf[id]!
    wordHash[index] = table.hash[form]!
    cluster[index] = table.cluster[form]!
    shapeHash[index] = table.shape[id]!
  }

  markLineBreaks(document.input, stream, lineBreak)

  for (let s = 0; s < sentences.length; s++) {
    const first = sentenceStart[s]!
    const last = sentenceStart[s + 1]!
    const matches = shared ? shared.matches[s]! : matchGazetteer(textsOf(vocabulary, word, first, last))
    gazetteerCodes(matches, gazetteer, first, last - first, caseOf)
    sentenceCaps[s] = caseless(caseOf, first, last, sentences[s]!.kind === 'headline')
    if (sentenceCaps[s]) capitalsAsUpper(caseOf, first, last)
  }

  return {
    sentences,
    count,
    starts,
    ends,
    sentenceStart,
    sentenceCaps,
    caseOf,
    wordHash,
    cluster,
    wordId,
    wordCount,
    word,
    vocabulary,
    shapeHash,
    gazetteer,
    lineBreak,
    wordCase: cases,
    usualCase: usualCases(wordId, wordCount, caseOf, sentenceStart, sentenceCaps, usualCase)
  }
}

/**
 * Mark the tokens next to a line break inside a sentence: 1 on the token
 * after it, 2 on the token before it.
 *
 * @param input The caller's input.
 * @param stream The tokens and their sentences.
 * @param lineBreak Per token, the marks; changed in place.
 */
function markLineBreaks(
  input: string,
  stream: {sentences: ArrayLike<unknown>; sentenceStart: Int32Array; starts: Int32Array; ends: Int32Array},
  lineBreak: Uint8Array
): void {
  const {sentences, sentenceStart, starts, ends} = stream

  for (let s = 0; s < sentences.length; s++) {
    for (let index = sentenceStart[s]! + 1; index < sentenceStart[s + 1]!; index++) {
      if (hasLineBreak(input, ends[index - 1]!, starts[index]!)) {
        lineBreak[index]! |= 1
        lineBreak[index - 1]! |= 2
      }
    }
  }
}

/**
 * Read a sentence whose case tells nothing as one in capitals: a headline in
 * title case tells as little by its case as one in capitals, so it is read
 * as the tagger learned to read those.
 *
 * @param caseOf Per token, its case class; changed in place.
 * @param first The sentence's first token.
 * @param last Index past its last token.
 */
function capitalsAsUpper(caseOf: Uint8Array, first: number, last: number): void {
  for (let index = first; index < last; index++) {
    const kind = caseOf[index]!
    if (kind === Case.Capitalized || kind === Case.Mixed) caseOf[index] = Case.Upper
  }
}

/**
 * The texts of a stretch of tokens.
 *
 * @param vocabulary The vocabulary.
 * @param words The tokens' word numbers.
 * @param first The first token.
 * @param last Index past the last one.
 * @returns Their texts.
 */
function textsOf(vocabulary: Vocabulary, words: Int32Array, first: number, last: number): string[] {
  const texts: string[] = []
  for (let index = first; index < last; index++) texts.push(vocabulary.text[words[index]!]!)
  return texts
}

/**
 * Whether the case of a sentence says nothing about its names: it has letters
 * but none in lower case (a line in capitals), or it is a headline whose
 * words are nearly all capitalized (title case).
 *
 * @param caseOf Per token: its case.
 * @param start The sentence's first token.
 * @param end Index past its last token.
 * @param headline Whether the sentence is a headline.
 * @returns 1 when its case tells nothing, else 0.
 */
function caseless(caseOf: Uint8Array, start: number, end: number, headline: boolean): number {
  let words = 0
  let lower = 0
  let capitalized = 0

  for (let index = start; index < end; index++) {
    const kind = caseOf[index]!
    if (kind === Case.Punctuation || kind === Case.Digits) continue
    words++
    if (kind === Case.Lower) lower++
    if (kind === Case.Capitalized || kind === Case.Mixed) capitalized++
  }

  if (words === 0) return 0
  if (lower + capitalized === 0) return 1
  return headline && capitalized >= 3 && capitalized >= 0.7 * words ? 1 : 0
}

/**
 * Whether a stretch of the input holds a line break.
 *
 * @param input The input.
 * @param start Where the stretch starts.
 * @param end Where it ends.
 * @returns Whether it has a line feed or carriage return.
 */
function hasLineBreak(input: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const code = input.charCodeAt(index)
    if (code === 10 || code === 13) return true
  }

  return false
}

/**
 * How each word is written elsewhere in the document (see `usualCase`).
 *
 * @param wordId Per token: the number of its lower-case form.
 * @param wordCount How many such numbers.
 * @param caseOf Per token: its case.
 * @param sentenceStart First token of each sentence.
 * @param sentenceCaps Per sentence: whether it is in capitals.
 * @param result Where to write, per token.
 * @returns Per token: its usual case (`result`).
 */
function usualCases(
  wordId: Int32Array,
  wordCount: number,
  caseOf: Uint8Array,
  sentenceStart: Int32Array,
  sentenceCaps: Uint8Array,
  result: Uint8Array
): Uint8Array {
  const seen = new Uint8Array(wordCount)

  for (let s = 0; s + 1 < sentenceStart.length; s++) {
    if (sentenceCaps[s]) continue

    for (let index = sentenceStart[s]! + 1; index < sentenceStart[s + 1]!; index++) {
      const kind = caseOf[index]!
      const bit =
        kind === Case.Lower ? 1 : kind === Case.Capitalized || kind === Case.Mixed ? 2 : kind === Case.Upper ? 4 : 0
      if (bit !== 0) seen[wordId[index]!]! |= bit
    }
  }

  for (let index = 0; index < wordId.length; index++) {
    const bits = seen[wordId[index]!]!
    result[index] = bits === 0 ? 0 : bits === 1 ? 1 : bits & 1 ? 4 : bits & 2 ? 2 : 3
  }

  return result
}
