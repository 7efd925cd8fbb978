import type {Document} from '../2-text/index.js'
import {matchTokens, type GazetteerMatch} from './gazetteer.js'
import {readTokens, type Sentence} from './tokens.js'
import {vocabularyForDocument, type Vocabulary} from './vocabulary.js'

/** What every step of the entities stage reads: the tokens and their gazetteer matches. */
export interface Context {
  /** The parsed dispatch. */
  document: Document
  /** Its sentences of tokens. */
  sentences: Sentence[]
  /** Per sentence: the index of its first token; one more at the end, the count. */
  sentenceStart: Int32Array
  /** Per token, in text order: its text folded with `foldToken`. */
  folded: string[]
  /** Per token: its word's `Fact` bits (see `word-facts.ts`). */
  facts: Uint32Array
  /** Per sentence: the gazetteer matches over its tokens, by start then longest. */
  matches: GazetteerMatch[][]
  /**
   * Per token: the index, in its sentence's `matches`, of the first match
   * that starts at it or after it (the matches that start at it follow).
   */
  matchFrom: Int32Array
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

/**
 * Tokenize a document and match the gazetteers over every sentence.
 *
 * @param document The parsed dispatch.
 * @returns The context.
 */
export function createContext(document: Document): Context {
  const vocabulary = vocabularyForDocument()
  const stream = readTokens(document, vocabulary)
  const {sentences, sentenceStart, words, folded} = stream
  const matchFrom = new Int32Array(words.length)
  const matches: GazetteerMatch[][] = []
  const known = {vocabulary, words}

  for (let index = 0; index < sentences.length; index++) {
    const first = sentenceStart[index]!
    const last = sentenceStart[index + 1]!
    const found = matchTokens(folded, first, last, known)
    let at = 0

    for (let token = first; token < last; token++) {
      while (at < found.length && found[at]!.start < token - first) at++
      matchFrom[token] = at
    }

    matches.push(found)
  }

  return {
    document,
    sentences,
    sentenceStart,
    folded,
    facts: stream.facts,
    matches,
    matchFrom,
    starts: stream.starts,
    ends: stream.ends,
    sentenceOf: stream.sentenceOf,
    positionOf: stream.positionOf,
    words,
    vocabulary
  }
}

/**
 * Whether a gazetteer match of a sentence starts at a token: for walking
 * the matches that start there, from `context.matchFrom[token]` on.
 *
 * @param list The sentence's matches.
 * @param at Index in the list.
 * @param position The token's index in its sentence.
 * @returns Whether the match at `at` starts at the token.
 */
export function startsAt(list: readonly GazetteerMatch[], at: number, position: number): boolean {
  return at < list.length && list[at]!.start === position
}

/**
 * The token that starts at an offset.
 *
 * @param context The context.
 * @param offset The offset.
 * @returns Its index in text order, or `-1`.
 */
export function tokenStartingAt(context: Context, offset: number): number {
  return search(context.starts, offset)
}

/**
 * The token that ends at an offset.
 *
 * @param context The context.
 * @param offset The offset.
 * @returns Its index in text order, or `-1`.
 */
export function tokenEndingAt(context: Context, offset: number): number {
  return search(context.ends, offset)
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
  const result: GazetteerMatch[] = []
  if (first < 0 || last < 0) return result
  const sentence = context.sentenceOf[first]!
  if (sentence !== context.sentenceOf[last]) return result
  const list = context.matches[sentence]!
  const position = context.positionOf[first]!
  const stop = context.positionOf[last]! + 1

  for (let at = context.matchFrom[first]!; startsAt(list, at, position); at++) {
    if (list[at]!.end === stop) result.push(list[at]!)
  }

  return result
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
