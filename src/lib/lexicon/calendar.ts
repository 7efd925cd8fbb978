import {anyOf} from './pattern.js'

/**
 * The words of the calendar, in one place: month and weekday names and
 * their abbreviations, lower case. The maps and patterns the stages read are
 * built from these lists.
 */

/** Month names, January first. */
export const monthNames: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december'
]

/** Abbreviations of month names, each with its month number. */
export const monthAbbreviations: ReadonlyArray<readonly [string, number]> = [
  ['jan', 1], ['feb', 2], ['mar', 3], ['apr', 4], ['jun', 6], ['jul', 7],
  ['aug', 8], ['sep', 9], ['sept', 9], ['oct', 10], ['nov', 11], ['dec', 12]
]

/** Weekday names, Monday first (ISO weekday numbers 1–7). */
export const weekdayNames: readonly string[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']

/** Abbreviations of weekday names, each with its ISO weekday number. */
export const weekdayAbbreviations: ReadonlyArray<readonly [string, number]> = [
  ['mon', 1], ['tue', 2], ['tues', 2], ['wed', 3], ['thu', 4], ['thur', 4], ['thurs', 4],
  ['fri', 5], ['sat', 6], ['sun', 7]
]

/**
 * Names and abbreviations to numbers, each name followed by its
 * abbreviations.
 */
function numbered(names: readonly string[], abbreviations: ReadonlyArray<readonly [string, number]>): Map<string, number> {
  const map = new Map<string, number>()
  for (const [index, name] of names.entries()) {
    map.set(name, index + 1)
    for (const [abbreviation, number] of abbreviations) if (number === index + 1) map.set(abbreviation, number)
  }
  return map
}

/** Month names and their abbreviations to month numbers 1–12. */
export const monthNumbers: ReadonlyMap<string, number> = numbered(monthNames, monthAbbreviations)

/** Weekday names and abbreviations to ISO weekday numbers (Monday 1 … Sunday 7). */
export const weekdayNumbers: ReadonlyMap<string, number> = numbered(weekdayNames, weekdayAbbreviations)

/** Month names and abbreviations, as `monthNumbers` orders them. */
export const monthWords: readonly string[] = [...monthNumbers.keys()]

/** A regular-expression source matching any month name or abbreviation (the `i` flag expected). */
export const monthPattern = anyOf(monthWords)

/** A regular-expression source matching any full month name. */
export const fullMonthPattern = anyOf(monthNames)

/** A regular-expression source matching any weekday name or abbreviation. */
export const weekdayPattern = anyOf(weekdayNumbers.keys())

/** A regular-expression source matching any full weekday name. */
export const fullWeekdayPattern = anyOf(weekdayNames)
