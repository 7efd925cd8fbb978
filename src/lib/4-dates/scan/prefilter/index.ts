/**
 * A cheap test of where a parser's pattern may match: the pairs of
 * characters a match can open with, read from the pattern's source once. A
 * position whose two characters form no such pair cannot start a match, so
 * the pattern is not run there. The test only ever lets through more than the
 * pattern would match (assertions such as `\b` and lookarounds are read as
 * matching anything), never less.
 */

import {charCode, endOfText, membersOf, other} from './char-set.js'
import {readOpenings} from './read-pattern.js'

/** Entries in a table of pairs: 129 first characters, then 130 next ones (the last: the end of the text). */
export const pairCount = 129 * 130

/**
 * Mark in a table the pairs of characters a match of a pattern may open
 * with (see `pairIndex`); when the pattern may open with any pair, or has a
 * construct not read here, every pair.
 *
 * @param pattern The pattern (read only with the `i` flag and without `u` or
 *   `v`, whose folding of letters the table follows).
 * @param table The table, `pairCount` entries.
 * @param bit The bit to set in each entry the pattern may open with.
 */
export function markOpenings(pattern: RegExp, table: Int32Array, bit: number): void {
  const openings = readOpenings(pattern)
  if (!openings) {
    for (let pair = 0; pair < pairCount; pair++) table[pair]! |= bit
    return
  }
  for (const [first, seconds] of openings.pairs) for (const second of membersOf(seconds)) table[first * 130 + second]! |= bit
  for (const first of membersOf(openings.single)) {
    for (let pair = first * 130; pair < first * 130 + 130; pair++) table[pair]! |= bit
  }
}

/** The code in a `CharSet` of each UTF-16 code unit (see `charCode`); built on first use. */
let codes: Uint8Array | undefined

/**
 * The entry of a pair of characters in a table of `markOpenings`.
 *
 * @param text The text.
 * @param position Where a match would start (within the text).
 * @returns The index into the table.
 */
export function pairIndex(text: string, position: number): number {
  const table = codes ?? (codes = buildCodes())
  return table[text.charCodeAt(position)]! * 130 + (position + 1 < text.length ? table[text.charCodeAt(position + 1)]! : endOfText)
}

/**
 * Build the table of codes in a `CharSet` of all UTF-16 code units.
 *
 * @returns The table.
 */
function buildCodes(): Uint8Array {
  const table = new Uint8Array(0x10000).fill(other)
  for (let code = 0; code < 128; code++) table[code] = charCode(code)
  return table
}
