/**
 * Turn an ISO 8601 value of an Article into a `Date`, when it names one day or
 * one moment.
 */

/** `YYYY-MM-DD`, then optionally a time `THH:MM[:SS[.fff…]]` and a zone `Z` or `±hh[:]mm`. */
const wholeDate = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(Z|[+-]\d{2}:?\d{2})?)?$/

/**
 * Turn `article.published`, `dateline.date` or a time expression's `value`
 * into a `Date`, when it is a whole date or date-time; `undefined` when it is
 * partial (`'XXXX-03-31'`: the year is unknown), a period (`'2020-03'`,
 * `'199X'`, `'2020-W12'`), a duration (`'P3Y'`), a reference (`'PRESENT_REF'`)
 * or no value at all. A date is midnight UTC of that day; a date-time without
 * a zone is read as UTC (dispatches seldom say their zone). Pure: reads no
 * clock.
 *
 * @param value An ISO 8601 value from an Article, or `undefined`.
 * @returns The `Date`, or `undefined` when the value does not name one day or moment.
 */
export function toDate(value: string | undefined): Date | undefined {
  if (typeof value !== 'string') return undefined
  const match = wholeDate.exec(value.trim())
  if (!match) return undefined
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number]
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month) || hour > 23 || minute > 59 || second > 59) return undefined
  const milliseconds = Number(((match[7] ?? '') + '000').slice(0, 3))
  const date = new Date(Date.UTC(2000, month - 1, day, hour, minute, second, milliseconds))
  // `Date.UTC` reads the years 0–99 as 1900–1999: set the year on its own.
  date.setUTCFullYear(year)
  return new Date(date.getTime() - zoneOffset(match[8]) * 60_000)
}

/**
 * The number of days in a month of the proleptic Gregorian calendar.
 *
 * @param year The year.
 * @param month The month, 1–12.
 * @returns 28 to 31.
 */
function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

/**
 * The offset of a zone from UTC, in minutes.
 *
 * @param zone `Z`, `+05:30`, `-0400`, or `undefined` (read as UTC).
 * @returns The offset, east positive.
 */
function zoneOffset(zone: string | undefined): number {
  if (!zone || zone === 'Z') return 0
  const digits = zone.slice(1).replace(':', '')
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4))
  return zone.startsWith('-') ? -minutes : minutes
}
