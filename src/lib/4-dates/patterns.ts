import {fullMonthPattern, fullWeekdayPattern, monthPattern} from '../lexicon/calendar.js'

/**
 * Regular-expression sources the parsers compose. Every quantifier is
 * bounded and every pattern starts at a word boundary, so that scanning stays
 * linear on hostile input (a megabyte without spaces, long runs of digits).
 */

/** A month name or abbreviation (abbreviations may take a dot, matched after the group). */
export const month = monthPattern

/** A full month name (abbreviations alone are too often other words). */
export const fullMonth = fullMonthPattern

/** A day of the month, 1–31, with an optional ordinal suffix, not followed by more digits. */
export const dayOfMonth = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\\d|:\\d)'

/** A four-digit year from 1000 to 2099, not followed by more digits. */
export const year4 = '(?:1\\d{3}|20\\d{2})(?!\\d)'

/** Full weekday names. */
export const weekday = fullWeekdayPattern

/** Tens and ones spelled out, as in spoken years (“ninety-four”). */
export const spelledTens =
  '(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\\s-](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:oh|o)[\\s-](?:one|two|three|four|five|six|seven|eight|nine))'

/** A spelled year: “nineteen ninety-four”, “two thousand (and) one”. */
export const spelledYear =
  '(?:(?:nineteen|eighteen|twenty)[\\s-]' + spelledTens + '|two\\s{1,3}thousand(?:\\s{1,3}(?:and\\s{1,3})?(?:one|two|three|four|five|six|seven|eight|nine|ten))?)'
