/**
 * Calendar arithmetic shared by the stages that read dates (the calendar
 * words are in `../lexicon/calendar.ts`).
 */

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
