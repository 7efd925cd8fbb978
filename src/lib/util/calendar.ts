/**
 * Calendar words and arithmetic shared by the stages that read dates.
 */

/** Month names and their abbreviations, lower case, to month numbers 1–12. */
export const monthNumbers: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1],
  ['february', 2], ['feb', 2],
  ['march', 3], ['mar', 3],
  ['april', 4], ['apr', 4],
  ['may', 5],
  ['june', 6], ['jun', 6],
  ['july', 7], ['jul', 7],
  ['august', 8], ['aug', 8],
  ['september', 9], ['sep', 9], ['sept', 9],
  ['october', 10], ['oct', 10],
  ['november', 11], ['nov', 11],
  ['december', 12], ['dec', 12]
])

/** A regular-expression source matching any month name or abbreviation (case-insensitive flag expected). */
export const monthPattern =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)'

/** A regular-expression source matching weekday names and abbreviations. */
export const weekdayPattern =
  '(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)'

/**
 * Number of days in a month.
 *
 * @param year Full year.
 * @param month Month 1–12.
 * @returns 28–31.
 */
export function daysInMonth(year: number, month: number): number {
  return new Date(utcDay(year, month + 1, 0)).getUTCDate()
}

/**
 * The time of midnight UTC on a day, for any full year: `Date.UTC` reads
 * the years 0–99 as 1900–1999, this does not. Days and months out of range
 * carry over, as with `Date.UTC`.
 *
 * @param year Full year.
 * @param month Month 1–12.
 * @param day Day of the month.
 * @returns Milliseconds since 1970-01-01.
 */
export function utcDay(year: number, month: number, day: number): number {
  const date = new Date(0)
  date.setUTCFullYear(year, month - 1, day)
  return date.getTime()
}

/**
 * Whether a day exists in the calendar.
 *
 * @param year Full year.
 * @param month Month 1–12.
 * @param day Day of the month.
 * @returns True when the month has that day.
 */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  return Number.isInteger(month) && month >= 1 && month <= 12 && Number.isInteger(day) && day >= 1 && day <= daysInMonth(year, month)
}

/**
 * Write a year as ISO 8601 does: four digits from 0000 to 9999, else the
 * expanded form with a sign (`+10000`, `-0001`).
 *
 * @param year Full year.
 * @returns The year part of a date.
 */
export function isoYear(year: number): string {
  if (year >= 0 && year <= 9999) return pad(year, 4)
  return (year < 0 ? '-' : '+') + pad(Math.abs(year), 4)
}

/**
 * Pad a number with zeros.
 *
 * @param value Non-negative integer.
 * @param width Digits wanted.
 * @returns The padded string.
 */
export function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0')
}
