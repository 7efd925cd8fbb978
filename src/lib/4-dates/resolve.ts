/**
 * Anchoring: from what an expression says (“Friday”, “March 31”, “last
 * month”) and the reference date to a TIMEX3 value. News speaks of the past:
 * a bare weekday is the last one unless the words point ahead; a month or a
 * day of a month is the last one when the words tell of the past, the next
 * one when they point ahead, and the nearer one when they do not say — and a
 * year-less date takes the nearer year when that one is much nearer (across a
 * year boundary). Without a reference, values stay underspecified.
 */

import {
  addDays,
  addMonths,
  dayNumber,
  easterSunday,
  formatDay,
  formatMonth,
  formatWeek,
  formatYear,
  formatYmd,
  isoWeekday,
  isValidDay,
  nthWeekday,
  quarterOf,
  referenceDay,
  type Ymd
} from './calendar-math.js'
import type {HolidayRule} from './locale-en.js'
import type {Direction, Reference} from './types.js'

/** A leap year standing in for an unknown one, so that day arithmetic can still run on month and day. */
const standInYear = 2000

/**
 * How an expression relates its day, month or season to the reference:
 * `last`, `this`, `next`, or `recent` (“this past spring”: the latest one begun before the reference).
 */
export type Relation = 'last' | 'this' | 'next' | 'recent' | undefined

/**
 * The relation a word before a day, month or season names.
 *
 * @param word `last`, `past`, `previous`, `this past`, `next`, `coming`, `this coming`, `this`, … (any case).
 * @returns The relation, or undefined for none.
 */
export function relationOf(word: string | undefined): Relation {
  const lower = word?.toLowerCase().replace(/\s+/g, ' ')
  if (lower === 'this past') return 'recent'
  if (lower === 'last' || lower === 'past' || lower === 'previous' || lower === 'prior' || lower === 'preceding') return 'last'
  if (lower === 'next' || lower === 'coming' || lower === 'this coming' || lower === 'following') return 'next'
  if (lower === 'this' || lower === 'current' || lower === 'present' || lower === 'latest') return 'this'
  return undefined
}

/**
 * The day a number of days from the reference.
 *
 * @param reference The reference date.
 * @param days Days to add.
 * @returns `YYYY-MM-DD`, `XXXX-MM-DD` without a year, `XXXX-XX-XX` without a day.
 */
export function dayFromReference(reference: Reference, days: number): string {
  if (reference.month === undefined || reference.day === undefined) return 'XXXX-XX-XX'
  const base = {year: reference.year ?? standInYear, month: reference.month, day: reference.day}
  const day = addDays(base, days)
  return reference.year === undefined ? formatDay(undefined, day.month, day.day) : formatYmd(day)
}

/**
 * Resolve a weekday name.
 *
 * @param reference The reference date.
 * @param weekday ISO weekday 1–7.
 * @param direction Past, future, or neutral (no word says).
 * @param relation `last`, `next`, `this` when the text says so.
 * @returns The day, or `XXXX-WXX-n` when the reference is not a full day.
 */
export function resolveWeekday(reference: Reference, weekday: number, direction: Direction, relation?: Relation): string {
  const today = referenceDay(reference)
  if (!today) return 'XXXX-WXX-' + weekday
  const current = isoWeekday(today)
  let shift: number
  if (relation === 'this') {
    shift = weekday - current
  } else if (relation === 'last' || relation === 'recent') {
    shift = -(((current - weekday + 6) % 7) + 1)
  } else if (relation === 'next') {
    shift = ((weekday - current + 6) % 7) + 1
  } else if (direction === 'future') {
    shift = (weekday - current + 7) % 7
  } else {
    shift = -((current - weekday + 7) % 7)
  }
  return formatYmd(addDays(today, shift))
}

/**
 * Choose the year of a month and day without one: the last such day on or
 * before the reference, unless the words point ahead or the next one is much
 * nearer (across a year boundary).
 *
 * @param reference The reference date.
 * @param month Month 1–12.
 * @param day Day of the month.
 * @param direction Past, future, or neutral (no word says).
 * @returns The value, `XXXX-MM-DD` when the reference has no year.
 */
export function resolveMonthDay(reference: Reference, month: number, day: number, direction: Direction): string {
  const year = yearOfMonthDay(reference, month, day, direction)
  return formatDay(year, month, day)
}

/**
 * The year of a year-less month and day (see `resolveMonthDay`).
 *
 * @param reference The reference date.
 * @param month Month 1–12.
 * @param day Day of the month.
 * @param direction Past, future, or neutral (no word says).
 * @returns The year, or `undefined` when the reference has none.
 */
export function yearOfMonthDay(reference: Reference, month: number, day: number, direction: Direction): number | undefined {
  if (reference.year === undefined) return undefined
  const today = referenceDay(reference) ?? {year: reference.year, month: reference.month ?? 7, day: 1}
  const candidate = (year: number): Ymd => ({year, month, day: isValidDay(year, month, day) ? day : 28})
  const sameYear = candidate(today.year)
  const todayNumber = dayNumber(today)
  const past = dayNumber(sameYear) <= todayNumber ? sameYear : candidate(today.year - 1)
  const future = dayNumber(sameYear) >= todayNumber ? sameYear : candidate(today.year + 1)
  const back = todayNumber - dayNumber(past)
  const ahead = dayNumber(future) - todayNumber
  return prefersFuture(ahead, back, direction, ahead <= 75) ? future.year : past.year
}

/**
 * Resolve a month name without a year.
 *
 * @param reference The reference date.
 * @param month Month 1–12.
 * @param direction Past, future, or neutral (no word says).
 * @param relation `last`, `next`, `this` when the text says so.
 * @returns `YYYY-MM`, or `XXXX-MM`.
 */
export function resolveMonth(reference: Reference, month: number, direction: Direction, relation?: Relation): string {
  if (reference.year === undefined) return formatMonth(undefined, month)
  if (reference.month === undefined) return formatMonth(reference.year, month)
  const now = reference.year * 12 + reference.month - 1
  const sameYear = reference.year * 12 + month - 1
  let chosen: number
  if (relation === 'this') {
    chosen = sameYear
  } else if (relation === 'last' || relation === 'recent') {
    chosen = sameYear < now ? sameYear : sameYear - 12
  } else if (relation === 'next') {
    chosen = sameYear > now ? sameYear : sameYear + 12
  } else {
    const past = sameYear <= now ? sameYear : sameYear - 12
    const future = sameYear >= now ? sameYear : sameYear + 12
    chosen = prefersFuture(future - now, now - past, direction, future - now <= 2) ? future : past
  }
  return formatMonth(Math.floor(chosen / 12), (chosen % 12) + 1)
}

/**
 * The month a number of months from the reference.
 *
 * @param reference The reference date.
 * @param months Months to add.
 * @returns `YYYY-MM`, or `XXXX-XX`.
 */
export function monthFromReference(reference: Reference, months: number): string {
  if (reference.year === undefined || reference.month === undefined) {
    return months === 0 && reference.month !== undefined ? formatMonth(undefined, reference.month) : 'XXXX-XX'
  }
  const moved = addMonths(reference.year, reference.month, months)
  return formatMonth(moved.year, moved.month)
}

/**
 * The year a number of years from the reference.
 *
 * @param reference The reference date.
 * @param years Years to add.
 * @returns `YYYY`, or `XXXX`.
 */
export function yearFromReference(reference: Reference, years: number): string {
  return reference.year === undefined ? 'XXXX' : formatYear(reference.year + years)
}

/**
 * The ISO week a number of weeks from the reference.
 *
 * @param reference The reference date.
 * @param weeks Weeks to add.
 * @param suffix Added to the value, such as `-WE` for the weekend.
 * @returns `YYYY-Www`, or `XXXX-WXX`.
 */
export function weekFromReference(reference: Reference, weeks: number, suffix = ''): string {
  const today = referenceDay(reference)
  if (!today) return 'XXXX-WXX' + suffix
  return formatWeek(addDays(today, weeks * 7)) + suffix
}

/**
 * The quarter a number of quarters from the reference.
 *
 * @param reference The reference date.
 * @param quarters Quarters to add.
 * @returns `YYYY-Qn`, or `XXXX-QX`.
 */
export function quarterFromReference(reference: Reference, quarters: number): string {
  if (reference.year === undefined || reference.month === undefined) return 'XXXX-QX'
  const index = reference.year * 4 + quarterOf(reference.month) - 1 + quarters
  return formatYear(Math.floor(index / 4)) + '-Q' + ((index % 4) + 1)
}

/**
 * The quarter that news of a company's results speaks of: the last one
 * closed six weeks or more before the reference (results come out after a
 * quarter ends).
 *
 * @param reference The reference date.
 * @param years Years to shift it by (`-1` for the year-ago quarter).
 * @returns `YYYY-Qn`, or `XXXX-QX`.
 */
export function reportedQuarter(reference: Reference, years = 0): string {
  if (reference.year === undefined || reference.month === undefined) return 'XXXX-QX'
  const day = referenceDay(reference) ?? {year: reference.year, month: reference.month, day: 15}
  const earlier = addDays(day, -45)
  return formatYear(earlier.year + years) + '-Q' + quarterOf(earlier.month)
}

/**
 * Resolve a season.
 *
 * @param reference The reference date.
 * @param code `SP`, `SU`, `FA`, `WI`.
 * @param relation `last`, `next`, `this`, or none.
 * @param direction Past (default) or future, for a bare season.
 * @returns `YYYY-SU`, or `XXXX-SU`.
 */
export function resolveSeason(reference: Reference, code: string, relation: Relation, direction: Direction): string {
  if (reference.year === undefined) return 'XXXX-' + code
  let year = reference.year
  if (relation === 'recent' && reference.month !== undefined) {
    const starts: Record<string, number> = {SP: 3, SU: 6, FA: 9, WI: 12}
    if ((starts[code] ?? 1) >= reference.month) year -= 1
  } else if (relation === 'last' || relation === 'recent') year -= 1
  else if (relation === 'next') year += 1
  else if (relation === undefined && reference.month !== undefined) {
    const starts: Record<string, number> = {SP: 3, SU: 6, FA: 9, WI: 12}
    const start = starts[code] ?? 1
    if (direction !== 'future' && start > reference.month + 1 && code !== 'WI') year -= 1
    if (direction === 'future' && start + 3 <= reference.month) year += 1
  }
  return formatYear(year) + '-' + code
}

/**
 * The day of a holiday in a year.
 *
 * @param rule How the holiday falls.
 * @param year Full year.
 * @returns The day.
 */
export function holidayDay(rule: HolidayRule, year: number): Ymd {
  if ('easter' in rule) return addDays(easterSunday(year), rule.easter)
  if ('nth' in rule) return addDays(nthWeekday(year, rule.month, rule.weekday, rule.nth), rule.after ?? 0)
  return {year, month: rule.month, day: rule.day}
}

/**
 * Resolve a holiday without a year: the last one before the reference, or the
 * next one when the words point ahead.
 *
 * @param reference The reference date.
 * @param rule How the holiday falls.
 * @param direction Past, future, or neutral (no word says).
 * @param relation `last`, `next`, `this`, or none.
 * @returns The day, or `XXXX-MM-DD` when the day does not depend on the year.
 */
export function resolveHoliday(reference: Reference, rule: HolidayRule, direction: Direction, relation?: Relation): string {
  const today = referenceDay(reference)
  if (!today) {
    if ('day' in rule) return formatDay(reference.year, rule.month, rule.day)
    return reference.year === undefined ? 'XXXX-XX-XX' : formatYmd(holidayDay(rule, reference.year))
  }
  const todayNumber = dayNumber(today)
  const sameYear = holidayDay(rule, today.year)
  const past = dayNumber(sameYear) <= todayNumber ? sameYear : holidayDay(rule, today.year - 1)
  const future = dayNumber(sameYear) >= todayNumber ? sameYear : holidayDay(rule, today.year + 1)
  if (relation === 'this') return formatYmd(sameYear)
  if (relation === 'last' || relation === 'recent') return formatYmd(past)
  if (relation === 'next') return formatYmd(future)
  const back = todayNumber - dayNumber(past)
  const ahead = dayNumber(future) - todayNumber
  return formatYmd(prefersFuture(ahead, back, direction, ahead <= 75) ? future : past)
}

/**
 * Choose between the last and the next occurrence of a date. When the words
 * point ahead, the next one, unless the last one is twenty times nearer (“by
 * Jan. 14” written on Jan. 15). When they tell of the past, the last one,
 * unless the next one is soon (within about ten weeks) and three times nearer:
 * a past-tense verb often governs another event (“declared a dividend payable
 * Dec. 15”). When they do not say, the next one if it is at least twice as
 * near, else the last one. (Measured on TempEval-3: results news names coming
 * payment and record dates without a verb of the future.)
 *
 * @param ahead Distance to the next occurrence (days or months).
 * @param back Distance to the last occurrence.
 * @param direction What the words say.
 * @param soon True when the next occurrence is within about ten weeks.
 * @returns True for the next occurrence.
 */
function prefersFuture(ahead: number, back: number, direction: Direction, soon: boolean): boolean {
  if (direction === 'future') return back * 20 >= ahead
  if (direction === 'neutral') return ahead * 2 <= back
  return soon && ahead * 3 < back
}
