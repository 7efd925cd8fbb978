import {nameAt, type Context} from './context.js'
import type {Reading} from './read-quantity.js'
import type {Word} from './sentence-words.js'
import {identifierNouns, timeZoneWords} from '../lexicon/quantities.js'

/**
 * Numbers that are not quantities: dates, times, durations and ages the
 * dates stage found; numbers inside names ("Group of 20", "iPhone 11");
 * identifiers ("resolutions 822, 853 and 884"); ordinals ("21st"); phone
 * numbers; bare years; a number word with nothing counted after it ("one of
 * them").
 */

/**
 * Whether a reading is no quantity.
 *
 * @param input The caller's input.
 * @param words The sentence's words.
 * @param reading The reading.
 * @param context The dates and names of the window.
 * @returns Whether to drop it.
 */
export function isExcluded(input: string, words: readonly Word[], reading: Reading, context: Context): boolean {
  const number = reading.number
  // A range's two numbers, each on its own: what stands between them may be a date.
  const head = {start: words[number.first]!.start, end: Math.min(words[number.first]!.end, number.end)}
  const tail = number.first === number.last ? head : {start: words[number.last]!.start, end: number.end}
  if (overlapsDate(context, head) || (tail !== head && overlapsDate(context, tail))) return true
  // Money and percentages are never a name's number: the tagger takes "PS2.7m" for one.
  const named = reading.kind !== 'money' && reading.kind !== 'percent'
  if (named && (nameAt(context, head) || (tail !== head && nameAt(context, tail)))) return true
  if (number.rest !== '' && /^(?:st|nd|rd|th|s)\b|^:\d|^\/\d|^[-–.]\d/i.test(number.rest)) return true
  if (isClockTime(words, reading)) return true
  // "3D", "5G", "9-to-5": letters or words against the figure that are no unit.
  if (number.rest !== '' && !reading.hasUnit && (reading.about === undefined || !number.rest.startsWith('-'))) return true
  const bare = !reading.hasUnit && !reading.mod && reading.about === undefined
  if (!number.figure) return !reading.hasUnit && reading.about === undefined && !number.scaled && !isShareOfPronoun(words, reading)
  if (bare && isYear(reading)) return true
  if (isPhone(input, words, reading)) return true
  return !reading.hasUnit && (isNameNumber(words, reading) || beforeName(words, reading))
}

/**
 * A bare figure before a capitalised word ("787 Dreamliner", "9 E 71st St"),
 * or after a name and a dash ("COVID -19"): part of a name.
 */
function beforeName(words: readonly Word[], reading: Reading): boolean {
  const number = reading.number
  if (reading.about !== undefined || reading.mod) return false
  const after = words[number.last + 1]
  if (!number.formatted && after?.spaced && /^\p{Lu}/u.test(after.text) && reading.to === undefined) return true
  const sign = words[number.first - 1]
  return sign?.text === '-' && /^\p{Lu}/u.test(words[number.first - 2]?.text ?? '')
}

/**
 * Whether a reading is one of a list of identifiers ("resolutions 822, 853,
 * 874 and 884"): the first after an identifier noun, the others after it with
 * only commas and "and" between.
 *
 * @param words The sentence's words.
 * @param reading The reading.
 * @param previous Whether the number before was one.
 * @returns Whether it is.
 */
export function isIdentifierList(words: readonly Word[], reading: Reading, previous: boolean): boolean {
  if (!reading.number.figure || reading.hasUnit) return false
  const first = reading.number.first
  const before = words[first - 1]
  if (!before) return false
  if (identifierNouns.has(before.lower)) return true
  if ((before.text === '(' || before.text === '[') && identifierNouns.has(words[first - 2]?.lower ?? '')) return true
  return previous && (before.text === ',' || before.lower === 'and' || before.lower === 'or' || before.text === '&')
}

/** "almost half of which", "a third of them": a fraction of what was named before. */
function isShareOfPronoun(words: readonly Word[], reading: Reading): boolean {
  const of = words[reading.number.last + 1]
  return reading.number.partOf && reading.value < 1 && of?.lower === 'of' && sharedPronouns.has(words[reading.number.last + 2]?.lower ?? '')
}

const sharedPronouns = new Set(['which', 'whom', 'them', 'those', 'these', 'it', 'us'])

/** "1130 GMT": four figures of a clock and a time zone after them. */
function isClockTime(words: readonly Word[], reading: Reading): boolean {
  const value = reading.value
  if (!reading.number.figure || reading.number.formatted || value > 2359 || value % 100 >= 60) return false
  const after = words[reading.number.last + 1]
  return after !== undefined && timeZoneWords.has(after.lower) && words[reading.number.first]!.text.length === 4
}

function overlapsDate(context: Context, span: {start: number; end: number}): boolean {
  const dates = context.dates
  while (context.dateAt < dates.length && dates[context.dateAt]!.end <= span.start) context.dateAt++
  const date = dates[context.dateAt]
  return date !== undefined && date.start < span.end
}

/** A bare four-digit figure between 1000 and 2100, no unit: a year the dates stage left. */
function isYear(reading: Reading): boolean {
  const value = reading.value
  return !reading.number.formatted && Number.isInteger(value) && value >= 1000 && value <= 2100 && reading.to === undefined
}

/** "555-1234", "(202) 555-0143", "+1 202 555 0143". */
function isPhone(input: string, words: readonly Word[], reading: Reading): boolean {
  const start = words[reading.number.first]!.start
  const stretch = input.slice(Math.max(0, start - 6), Math.min(input.length, reading.number.end + 12))
  return /\d{3}\)?[ -.]\d{3}[-.]\d{4}|\(\d{3}\)\s?\d{3}|\+\d{1,3}[ -]\d{2,4}[ -]\d{3}/.test(stretch) &&
    !reading.hasUnit
}

/** Words that open a sentence in capitals and name nothing: "The 11 member states". */
const openingWords = new Set(['the', 'a', 'an', 'about', 'some', 'all', 'only', 'just', 'nearly', 'almost', 'over', 'and', 'but', 'with', 'by', 'for', 'in', 'on', 'at', 'of', 'its', 'their', 'his', 'her', 'our', 'these', 'those', 'another', 'every'])

/** A bare figure after a capitalised word: "iPhone 11", "Big 12", "Boeing 787", "Group of 20". */
function isNameNumber(words: readonly Word[], reading: Reading): boolean {
  const first = reading.number.first
  let before = words[first - 1]
  if (before?.lower === 'of' && /^\p{Lu}/u.test(words[first - 2]?.text ?? '')) before = words[first - 2]
  if (!before || !before.spaced && first - 1 > 0) return false
  if (!/^\p{L}/u.test(before.text) || !/\p{Lu}/u.test(before.text) || openingWords.has(before.lower)) return false
  return first - 1 > 0 || words.length > 2
}
