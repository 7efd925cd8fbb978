/**
 * What stands just before or after a time expression and tells its
 * direction whatever the verbs say: a possessive, “since”, “effective”, a
 * limit (“by”, “until”), a clause mark.
 */

import {isAsciiLetter as isLetter, isSpace} from '../../2-text/characters.js'

/** “effective (on)” just before an expression. */
export const effectivePattern = /\beffective\s{1,3}(?:on\s{1,3})?$/i

/** “became effective (on)” just before an expression. */
export const becameEffectivePattern = /\b(?:became|become|becomes|was|were|been)\s{1,3}effective\s{1,3}(?:on\s{1,3})?$/i

/** A limit (“by”, “until”, “before”), maybe with a clock time, just before an expression. */
export const limitPattern =
  /\b(?:by|until|till|through|before)\s{1,3}(?:(?:\d{1,2}(?:[:.]\d\d)?\s{0,2}[ap]\.?\s?m\.?|noon|midnight)(?:\s{1,3}[A-Z]{3})?,?\s{1,3})?$/i

/** Words `limitPattern` may end with before its spaces, besides words of three letters and words in -m. */
const limitEndings: ReadonlySet<string> = new Set(['by', 'until', 'till', 'through', 'before', 'noon', 'midnight'])

/**
 * Whether `limitPattern` may match a window whose last character before its
 * final spaces is at `last`: that character ends a limit word, a clock time
 * (`a.m.`, `pm`, `noon`) or a time zone, maybe with a comma.
 *
 * @param input The input.
 * @param low Where the window starts.
 * @param last Where the last character before the final spaces is.
 * @returns False when the pattern cannot match.
 */
export function mayEndLimit(input: string, low: number, last: number): boolean {
  let position = last
  if (input.charCodeAt(position) === 44) position--
  if (position < low) return false
  const code = input.charCodeAt(position)
  if (code === 46) return true
  if (!isLetter(code)) return false
  if ((code | 32) === 109) return true
  let first = position
  while (first > low && isLetter(input.charCodeAt(first - 1))) first--
  return position - first + 1 === 3 || limitEndings.has(input.slice(first, position + 1).toLowerCase())
}

/**
 * Whether a possessive `'s` (or `’s`) follows an expression, as `/^['’]s\b/`
 * reads the three characters after it.
 *
 * @param input The input.
 * @param end The end of the expression.
 * @returns True for a possessive.
 */
export function isPossessive(input: string, end: number): boolean {
  const mark = input.charCodeAt(end)
  return (mark === 39 || mark === 0x2019) && input.charCodeAt(end + 1) === 115 && !isWordCharacter(input.charCodeAt(end + 2))
}

/**
 * Whether “since” and one to three spaces come just before an expression,
 * within the ten characters before it (as `/\bsince\s{1,3}$/i` reads them).
 *
 * @param input The input.
 * @param start The start of the expression.
 * @returns True after “since”.
 */
export function followsSince(input: string, start: number): boolean {
  const low = Math.max(0, start - 10)
  const spaces = spacesBefore(input, low, start)
  if (spaces < 1 || spaces > 3) return false
  const first = start - spaces - 5
  if (first < low) return false
  const word = 'since'
  for (let index = 0; index < 5; index++) if ((input.charCodeAt(first + index) | 32) !== word.charCodeAt(index)) return false
  return first === low || !isWordCharacter(input.charCodeAt(first - 1))
}

/**
 * How many white-space characters (as `\s` reads them) end a stretch, up to four.
 *
 * @param input The input.
 * @param low Where the stretch starts.
 * @param end Where it ends.
 * @returns The count, 0–4.
 */
export function spacesBefore(input: string, low: number, end: number): number {
  let count = 0
  while (count < 4 && end - count - 1 >= low && isSpace(input.charCodeAt(end - count - 1))) count++
  return count
}

/**
 * Whether a character is a word character as `\w` reads it.
 *
 * @param code The character code (NaN past the end of the input).
 * @returns True for an ASCII letter, digit or `_`.
 */
function isWordCharacter(code: number): boolean {
  return isLetter(code) || (code >= 48 && code <= 57) || code === 95
}

/**
 * Whether a clause mark (`,;:"“”()`) follows an expression after at most
 * two spaces, within the three characters after it.
 *
 * @param input The input.
 * @param end The end of the expression.
 * @returns True when one does.
 */
export function clauseMarkAfter(input: string, end: number): boolean {
  for (let index = 0; index < 3; index++) {
    const code = input.charCodeAt(end + index)
    if (code === 44 || code === 59 || code === 58 || code === 34 || code === 0x201c || code === 0x201d || code === 40 || code === 41) return true
    if (index === 2 || !isSpace(code)) return false
  }
  return false
}
