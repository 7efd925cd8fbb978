import type {NumberRead} from './read-number.js'
import type {UnitRead} from './read-unit.js'
import type {Word} from './sentence-words.js'
import {letterUnits} from '../lexicon/quantities.js'

/**
 * One-letter unit symbols after a figure and a space ("5 W", "12 C", "2.5
 * F") and "kn" for the kuna: read only when a word within a few words of the
 * figure says what is measured, so that "Group 4 A", "Section 5 C" and "229-1
 * V England" stay letters.
 */

/** How many words either side of the figure are searched for a cue. */
const reach = 8

/**
 * Read a one-letter unit after a figure.
 *
 * @param words The sentence's words.
 * @param number The number.
 * @returns The unit, if the letter stands for one here.
 */
export function readLetterUnit(words: readonly Word[], number: NumberRead): UnitRead | undefined {
  if (!number.figure || number.scaled || number.rest !== '' || number.to !== undefined) return undefined
  const index = number.last + 1
  const letter = words[index]
  const readings = letter?.spaced ? letterUnits.get(letter.text) : undefined
  if (!readings || !standsAlone(words, index)) return undefined
  for (const [unit, kind, cues] of readings) {
    if (hasCue(words, number, cues)) return {kind, unit, last: index, end: letter!.end}
  }
  return undefined
}

/** Whether the letter is a word of its own: "F.C.", "F/A-18" and "A-League" are not. */
function standsAlone(words: readonly Word[], index: number): boolean {
  const after = words[index + 1]
  if (!after || after.spaced) return true
  if (after.text === '.') return index + 2 >= words.length
  return /^[,;:)]$/.test(after.text)
}

function hasCue(words: readonly Word[], number: NumberRead, cues: ReadonlySet<string>): boolean {
  const end = Math.min(words.length, number.last + 2 + reach)
  for (let at = Math.max(0, number.first - reach); at < end; at++) {
    if (cues.has(words[at]!.lower)) return true
  }
  return false
}
