import {monthNumbers, monthPattern, weekdayPattern} from '../lexicon/calendar.js'
import {daysInMonth, isCalendarDay, isoYear, pad, utcDay} from '../util/calendar.js'

/**
 * Dates and times as headers and datelines write them: `2020-04-07`,
 * `3 October 2022 09:59 (UTC+04:00)`, `Dec. 17, 2025, 7:39 PM EST`,
 * `March 22, 2018`, `Jan 27`, `October 4.`
 */

/** A calendar date as written; the year may be missing. */
export interface DateParts {
  year?: number
  month: number
  day: number
}

/** A clock time, 24-hour. */
export interface TimeParts {
  hour: number
  minute: number
}

/** A match of one piece, with the offset just past it. */
export interface Found<T> {
  value: T
  end: number
}

const isoDate = /(\d{4})-(\d{2})-(\d{2})(?![\d-])/y
const dayMonthYear = new RegExp(
  '(?:' + weekdayPattern + '\\.?,?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(' + monthPattern + ')\\.?(?:,?\\s+(\\d{4})(?!\\d))?',
  'iy'
)
const monthDayYear = new RegExp(
  '(?:' + weekdayPattern + '\\.?,?\\s+)?(' + monthPattern + ')\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:])(?:,?\\s+(\\d{4})(?!\\d))?',
  'iy'
)
const dottedDate = /(\d{1,2})[./](\d{1,2})[./](\d{4})(?!\d)/y
const clock = /(?:at\s+)?(\d{1,2})(?:[:.](\d{2}))(?::\d{2}(?:\.\d+)?)?(?:\s*([ap])\.?\s?m\b\.?)?|(?:at\s+)?(\d{1,2})\s*([ap])\.?\s?m\b\.?/iy
const zone = /\(?\s*(?:(utc|gmt)(?:\s?([+-−])\s?(\d{1,2})(?::?(\d{2}))?)?|(z)\b|(e[sd]t|c[sd]t|m[sd]t|p[sd]t|et|bst|cet|cest|eet|eest|msk|azt|ast|ist|jst)\b)(?:\s*\))?/iy

/** Zone abbreviations to UTC offsets in minutes; `et` depends on the date. */
const zoneOffsets: ReadonlyMap<string, number> = new Map([
  ['est', -300], ['edt', -240], ['cst', -360], ['cdt', -300], ['mst', -420], ['mdt', -360],
  ['pst', -480], ['pdt', -420], ['bst', 60], ['cet', 60], ['cest', 120], ['eet', 120],
  ['eest', 180], ['msk', 180], ['azt', 240], ['ast', 180], ['ist', 330], ['jst', 540]
])

/**
 * Read a date at an offset.
 *
 * @param text The text to read.
 * @param index Where the date must start.
 * @returns The date and the offset past it, or `undefined`.
 */
export function readDate(text: string, index: number): Found<DateParts> | undefined {
  let match = exec(isoDate, text, index)
  if (match) {
    return checked({year: Number(match[1]), month: Number(match[2]), day: Number(match[3])}, match, index)
  }
  match = exec(dayMonthYear, text, index)
  if (match) {
    return checked({year: optionalNumber(match[3]), month: month(match[2]), day: Number(match[1])}, match, index)
  }
  match = exec(monthDayYear, text, index)
  if (match) {
    return checked({year: optionalNumber(match[3]), month: month(match[1]), day: Number(match[2])}, match, index)
  }
  match = exec(dottedDate, text, index)
  if (match) {
    return checked({year: Number(match[3]), month: Number(match[2]), day: Number(match[1])}, match, index)
  }
  return undefined
}

/**
 * Read a clock time at an offset (`09:59`, `7:39 PM`, `at 10 a.m.`).
 *
 * @param text The text to read.
 * @param index Where the time must start.
 * @returns The time and the offset past it, or `undefined`.
 */
export function readTime(text: string, index: number): Found<TimeParts> | undefined {
  const match = exec(clock, text, index)
  if (!match) return undefined
  const meridiem = (match[3] ?? match[5] ?? '').toLowerCase()
  let hour = Number(match[1] ?? match[4])
  const minute = Number(match[2] ?? 0)
  if (meridiem === 'p' && hour < 12) hour += 12
  if (meridiem === 'a' && hour === 12) hour = 0
  if (hour > 23 || minute > 59) return undefined
  return {value: {hour, minute}, end: index + match[0].length}
}

/**
 * Read a time zone at an offset (`(UTC+04:00)`, `GMT`, `EST`, `ET`).
 *
 * @param text The text to read.
 * @param index Where the zone must start.
 * @param date The date it applies to, for zones that switch to summer time.
 * @returns The ISO offset (`+04:00`, `Z`) and the offset past it, or `undefined`.
 */
export function readZone(text: string, index: number, date: DateParts): Found<string> | undefined {
  const match = exec(zone, text, index)
  if (!match || match[0].trim() === '') return undefined
  const end = index + match[0].length
  if (match[1] || match[5]) {
    if (!match[3]) return {value: 'Z', end}
    const sign = match[2] === '+' ? 1 : -1
    return {value: formatOffset(sign * (Number(match[3]) * 60 + Number(match[4] ?? 0))), end}
  }
  const name = (match[6] ?? '').toLowerCase()
  const minutes = name === 'et' ? easternOffset(date) : zoneOffsets.get(name)
  return minutes === undefined ? undefined : {value: formatOffset(minutes), end}
}

/**
 * Write a date as ISO 8601, with `XXXX` for an unknown year.
 *
 * @param date The date.
 * @param time Optional clock time.
 * @param offset Optional ISO zone offset.
 * @returns `2020-04-07`, `2022-10-03T09:59+04:00`, `XXXX-01-27`.
 */
export function formatDate(date: DateParts, time?: TimeParts, offset?: string): string {
  const year = date.year === undefined ? 'XXXX' : isoYear(date.year)
  let value = year + '-' + pad(date.month) + '-' + pad(date.day)
  if (time) value += 'T' + pad(time.hour) + ':' + pad(time.minute) + (offset ?? '')
  return value
}

/**
 * Give a year-less date the year that puts it nearest to a reference date.
 *
 * @param date The date, maybe without a year.
 * @param reference A full date to anchor to.
 * @returns The date with a year.
 */
export function anchorYear(date: DateParts, reference: DateParts | undefined): DateParts {
  if (date.year !== undefined || reference?.year === undefined) return date
  const base = reference.year
  let best = base
  let bestDistance = Infinity
  for (const year of [base - 1, base, base + 1]) {
    // A day that year has not (February 29) is no candidate.
    if (!isCalendarDay(year, date.month, date.day)) continue
    const distance = Math.abs(utcDay(year, date.month, date.day) - utcDay(base, reference.month, reference.day))
    if (distance < bestDistance) {
      best = year
      bestDistance = distance
    }
  }
  return bestDistance === Infinity ? date : {...date, year: best}
}

/**
 * Read the date part of an ISO 8601 string or a `Date`.
 *
 * @param value `2020-04-07`, `2020-04-07T10:00Z`, or a `Date`.
 * @returns The date parts, or `undefined` when it is not a valid date.
 */
export function isoDateParts(value: string): DateParts | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value)
  if (!match) return undefined
  const parts = {year: Number(match[1]), month: Number(match[2]), day: Number(match[3])}
  return validDay(parts) ? parts : undefined
}

function exec(pattern: RegExp, text: string, index: number): RegExpExecArray | null {
  pattern.lastIndex = index
  return pattern.exec(text)
}

function checked(date: DateParts, match: RegExpExecArray, index: number): Found<DateParts> | undefined {
  return validDay(date) ? {value: date, end: index + match[0].length} : undefined
}

function validDay(date: DateParts): boolean {
  if (date.month < 1 || date.month > 12 || date.day < 1) return false
  return date.day <= daysInMonth(date.year ?? 2000, date.month)
}

function month(name: string | undefined): number {
  return monthNumbers.get((name ?? '').toLowerCase()) ?? 0
}

function optionalNumber(value: string | undefined): number | undefined {
  return value === undefined ? undefined : Number(value)
}

function formatOffset(minutes: number): string {
  if (minutes === 0) return 'Z'
  const sign = minutes < 0 ? '-' : '+'
  const size = Math.abs(minutes)
  return sign + pad(Math.floor(size / 60)) + ':' + pad(size % 60)
}

/**
 * US Eastern time's offset on a date: summer time runs from the second Sunday
 * of March to the first Sunday of November.
 *
 * @param date The date (a missing year counts as a common recent one).
 * @returns -240 in summer, -300 otherwise.
 */
function easternOffset(date: DateParts): number {
  const year = date.year ?? 2001
  const day = utcDay(year, date.month, date.day)
  const start = nthSunday(year, 3, 2)
  const end = nthSunday(year, 11, 1)
  return day >= start && day < end ? -240 : -300
}

function nthSunday(year: number, month: number, nth: number): number {
  const first = new Date(utcDay(year, month, 1)).getUTCDay()
  const day = 1 + ((7 - first) % 7) + (nth - 1) * 7
  return utcDay(year, month, day)
}
