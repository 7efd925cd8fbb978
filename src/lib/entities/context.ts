import type {Document} from '../text/index.js'
import {matchGazetteer, type GazetteerMatch} from './gazetteer.js'
import {sentencesOf, type Sentence} from './tokens.js'
import {vocabularyForDocument, wordNumber, type Vocabulary} from './vocabulary.js'

/** What every step of the entities stage reads: the tokens and their gazetteer matches. */
export interface Context {
  /** The parsed dispatch. */
  document: Document
  /** Its sentences of tokens. */
  sentences: Sentence[]
  /** Per sentence, per token: its text folded with `foldToken`. */
  folded: string[][]
  /** Per sentence: the gazetteer matches over its tokens, by start then longest. */
  matches: GazetteerMatch[][]
  /** Per sentence: its matches by the index of their first token. */
  byStart: Array<Map<number, GazetteerMatch[]>>
  /** Every token's start offset, in text order (for binary search). */
  starts: Int32Array
  /** Every token's end offset, in text order. */
  ends: Int32Array
  /** Every token's sentence index. */
  sentenceOf: Int32Array
  /** Every token's index in its sentence. */
  positionOf: Int32Array
  /** Every token's number in `vocabulary`, in text order. */
  words: Int32Array
  /** The vocabulary of those numbers. */
  vocabulary: Vocabulary
}

/** A token's place: `[sentence index, index in the sentence]`. */
export type Place = [number, number]

/**
 * Tokenize a document and match the gazetteers over every sentence.
 *
 * @param document The parsed dispatch.
 * @returns The context.
 */
export function createContext(document: Document): Context {
  const sentences = sentencesOf(document)
  const vocabulary = vocabularyForDocument()
  const matches: GazetteerMatch[][] = []
  const byStart: Array<Map<number, GazetteerMatch[]>> = []
  const folded: string[][] = []
  let count = 0
  for (const sentence of sentences) count += sentence.tokens.length
  const starts = new Int32Array(count)
  const ends = new Int32Array(count)
  const sentenceOf = new Int32Array(count)
  const positionOf = new Int32Array(count)
  const words = new Int32Array(count)
  let at = 0

  for (let index = 0; index < sentences.length; index++) {
    const tokens = sentences[index]!.tokens
    const texts = new Array<string>(tokens.length)
    const folds = new Array<string>(tokens.length)
    const first = at

    for (let position = 0; position < tokens.length; position++) {
      const token = tokens[position]!
      const word = wordNumber(vocabulary, token.text)
      starts[at] = token.start
      ends[at] = token.end
      sentenceOf[at] = index
      positionOf[at] = position
      words[at] = word
      at++
      texts[position] = token.text
      folds[position] = vocabulary.folded[word]!
    }

    const found = matchGazetteer(texts, folds, {vocabulary, words: words.subarray(first, at)})
    folded.push(folds)
    matches.push(found)
    byStart.push(byFirstToken(found))
  }

  return {document, sentences, folded, matches, byStart, starts, ends, sentenceOf, positionOf, words, vocabulary}
}

/**
 * Matches by the index of their first token.
 *
 * @param found The matches.
 * @returns Lists of matches by start.
 */
function byFirstToken(found: readonly GazetteerMatch[]): Map<number, GazetteerMatch[]> {
  const starting = new Map<number, GazetteerMatch[]>()

  for (const match of found) {
    const list = starting.get(match.start)
    if (list) list.push(match)
    else starting.set(match.start, [match])
  }

  return starting
}

/**
 * The token that starts at an offset.
 *
 * @param context The context.
 * @param offset The offset.
 * @returns Its place, if a token starts there.
 */
export function tokenStartingAt(context: Context, offset: number): Place | undefined {
  const index = search(context.starts, offset)
  return index < 0 ? undefined : [context.sentenceOf[index] ?? 0, context.positionOf[index] ?? 0]
}

/**
 * The token that ends at an offset.
 *
 * @param context The context.
 * @param offset The offset.
 * @returns Its place, if a token ends there.
 */
export function tokenEndingAt(context: Context, offset: number): Place | undefined {
  const index = search(context.ends, offset)
  return index < 0 ? undefined : [context.sentenceOf[index] ?? 0, context.positionOf[index] ?? 0]
}

/**
 * The gazetteer matches that cover exactly a span, if it starts and ends at
 * token bounds of one sentence.
 *
 * @param context The context.
 * @param start Offset of the span.
 * @param end End of the span.
 * @returns The matches (possibly none).
 */
export function matchesOfSpan(context: Context, start: number, end: number): GazetteerMatch[] {
  const first = tokenStartingAt(context, start)
  const last = tokenEndingAt(context, end)
  if (!first || !last || first[0] !== last[0]) return []
  const list = context.byStart[first[0]]?.get(first[1]) ?? []
  return list.filter((match) => match.end === last[1] + 1)
}

/**
 * Binary search of a sorted array.
 *
 * @param values The sorted values.
 * @param value The value to find.
 * @returns Its index, or `-1`.
 */
function search(values: Int32Array, value: number): number {
  let low = 0
  let high = values.length - 1

  while (low <= high) {
    const middle = (low + high) >> 1
    const found = values[middle] ?? 0
    if (found === value) return middle
    if (found < value) low = middle + 1
    else high = middle - 1
  }

  return -1
}
