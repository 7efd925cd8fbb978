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
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
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
