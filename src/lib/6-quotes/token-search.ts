import type {QuotedSpan} from './pair-quote-marks.js'
import type {Token} from './tokens.js'
import {countStartingBefore} from '../util/count-before.js'

/**
 * Finding tokens and quotes by offset, by binary search, so that every
 * look-up stays logarithmic and the stage linear.
 */

/**
 * Index of the first token that starts at or after an offset.
 *
 * @param tokens The tokens, in order.
 * @param offset The offset.
 * @returns The index (`tokens.length` when none).
 */
export function firstTokenFrom(tokens: readonly Token[], offset: number): number {
  return countStartingBefore(tokens, offset, (token) => token.start)
}

/**
 * Index of the last token that ends at or before an offset.
 *
 * @param tokens The tokens, in order.
 * @param offset The offset.
 * @returns The index (`-1` when none).
 */
export function lastTokenBefore(tokens: readonly Token[], offset: number): number {
  let index = firstTokenFrom(tokens, offset) - 1
  while (index >= 0 && tokens[index]!.end > offset) index--
  return index
}

/**
 * Index of the last quote whose opening mark starts before an offset (`-1`
 * when none does). The quotes of a paragraph neither nest nor overlap, so
 * they are in order by every edge.
 *
 * @param quotes Quotes in order.
 * @param offset The offset.
 * @returns The index.
 */
export function lastOpenBefore(quotes: readonly QuotedSpan[], offset: number): number {
  return countStartingBefore(quotes, offset, (quote) => quote.open.start) - 1
}

/**
 * The first index in `[from, ceiling)` whose token has this form, or -1.
 *
 * @param tokens The tokens.
 * @param from The first index.
 * @param ceiling The end index.
 * @param norm The normal form.
 * @returns The index, or `-1`.
 */
export function findToken(tokens: readonly Token[], from: number, ceiling: number, norm: string): number {
  for (let index = from; index < ceiling; index++) if (tokens[index]!.norm === norm) return index
  return -1
}

/**
 * Count the words in a token range.
 *
 * @param tokens The tokens.
 * @param start The first index.
 * @param end The end index.
 * @returns How many are words.
 */
export function wordsIn(tokens: readonly Token[], start: number, end: number): number {
  let count = 0
  for (let index = start; index < end; index++) if (tokens[index]!.kind === 'word') count++
  return count
}
