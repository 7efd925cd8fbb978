/**
 * Calendar arithmetic and TIMEX3 value formatting. Dates are plain
 * `{year, month, day}` records; days are counted with `utcDay`, never with
 * the machine's clock or time zone.
 */

import {isCalendarDay, isoYear, pad, utcDay} from '../util/calendar.js'
import type {Reference} from './types.js'

/** A day of the calendar. */
export interface Ymd {
  year: number
  month: number
  day: number
}

const dayMs = 86_400_000

/**
 * The reference as a full day, when all of it is known.
 *
 * @param reference The reference date.
 * @returns The day, or `undefined`.
 */
export function referenceDay(reference: Reference): Ymd | undefined {
  if (reference.year === undefined || reference.month === undefined || reference.day === undefined) return undefined
  return {year: reference.year, month: reference.month, day: reference.day}
}

/**
 * Days since 1970-01-01.
 *
 * @param date The day.
 * @returns Whole days.
 */
export function dayNumber(date: Ymd): number {
  return Math.round(utcDay(date.year, date.month, date.day) / dayMs)
}

/**
 * The day a number of days from another.
 *
 * @param date The day.
 * @param days Days to add (negative to go back).
 * @returns The new day.
 */
export function addDays(date: Ymd, days: number): Ymd {
  const moved = new Date(utcDay(date.year, date.month, date.day) + days * dayMs)
  return {year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate()}
}

/**
 * ISO weekday: Monday 1 … Sunday 7.
 *
 * @param date The day.
 * @returns 1–7.
 */
export function isoWeekday(date: Ymd): number {
  const weekday = new Date(utcDay(date.year, date.month, date.day)).getUTCDay()
  return weekday === 0 ? 7 : weekday
}

/**
 * ISO 8601 week of a day.
 *
 * @param date The day.
 * @returns The week-numbering year and the week, 1–53.
 */
export function isoWeek(date: Ymd): {year: number; week: number} {
  const thursday = addDays(date, 4 - isoWeekday(date))
  const first = {year: thursday.year, month: 1, day: 1}
  const week = Math.floor((dayNumber(thursday) - dayNumber(first)) / 7) + 1
  return {year: thursday.year, week}
}

/**
 * Format a year as four digits (in ISO 8601's expanded form, `+10000`,
 * outside 0000–9999), or `XXXX` when unknown.
 *
 * @param year Full year.
 * @returns The year part of a value.
 */
export function formatYear(year: number | undefined): string {
  if (year === undefined) return 'XXXX'
  return isoYear(year)
}

/**
 * Format a day: `2020-03-31`; `XXXX-03-31` when the year is unknown.
 *
 * @param year Full year, or undefined.
 * @param month Month 1–12.
 * @param day Day 1–31.
 * @returns The value.
 */
export function formatDay(year: number | undefined, month: number, day: number): string {
  return formatYear(year) + '-' + pad(month) + '-' + pad(day)
}

/**
 * Format a month: `2020-03`, or `XXXX-03`.
 *
 * @param year Full year, or undefined.
 * @param month Month 1–12.
 * @returns The value.
 */
export function formatMonth(year: number | undefined, month: number): string {
  return formatYear(year) + '-' + pad(month)
}

/**
 * Format an ISO week: `2013-W12`.
 *
 * @param date A day in the week.
 * @returns The value.
 */
export function formatWeek(date: Ymd): string {
  const {year, week} = isoWeek(date)
  return isoYear(year) + '-W' + pad(week)
}

/**
 * Format a day record.
 *
 * @param date The day.
 * @returns `YYYY-MM-DD`.
 */
export function formatYmd(date: Ymd): string {
  return formatDay(date.year, date.month, date.day)
}

/**
 * Add months to a year and month.
 *
 * @param year Full year.
 * @param month Month 1–12.
 * @param months Months to add.
 * @returns The new year and month.
 */
export function addMonths(year: number, month: number, months: number): {year: number; month: number} {
  const index = year * 12 + (month - 1) + months
  return {year: Math.floor(index / 12), month: (index % 12 + 12) % 12 + 1}
}

/**
 * Quarter of a month.
 *
 * @param month Month 1–12.
 * @returns 1–4.
 */
export function quarterOf(month: number): number {
  return Math.floor((month - 1) / 3) + 1
}

/**
 * The day of a month that is the nth given weekday (negative n counts from the end).
 *
 * @param year Full year.
 * @param month Month 1–12.
 * @param weekday ISO weekday 1–7.
 * @param nth 1 for the first, -1 for the last.
 * @returns The day.
 */
export function nthWeekday(year: number, month: number, weekday: number, nth: number): Ymd {
  if (nth > 0) {
    const first = {year, month, day: 1}
    const shift = (weekday - isoWeekday(first) + 7) % 7
    return addDays(first, shift + (nth - 1) * 7)
  }
  const last = {year, month, day: new Date(utcDay(year, month + 1, 0)).getUTCDate()}
  const shift = (isoWeekday(last) - weekday + 7) % 7
  return addDays(last, -shift + (nth + 1) * 7)
}

/**
 * Easter Sunday of a year (Gregorian, anonymous algorithm).
 *
 * @param year Full year.
 * @returns The day.
 */
export function easterSunday(year: number): Ymd {
  const a = year % 19
  const b = Math.floor(year / 100)
  const c = year % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  const day = ((h + l - 7 * m + 114) % 31) + 1
  return {year, month, day}
}

/**
 * Whether a day exists.
 *
 * @param year Full year (or a leap year stand-in when unknown).
 * @param month Month 1–12.
 * @param day Day.
 * @returns True when the month has that day.
 */
export function isValidDay(year: number, month: number, day: number): boolean {
  return isCalendarDay(year, month, day)
}

/** The calendar part of a TIMEX3 value: a year, then a month, maybe a day. */
const calendarValue = /^([+-]\d{4,}|\d{4}|XXXX)-(\d{2})(?:-(\d{2}))?(?!\d)/

/**
 * Whether a TIMEX3 value names only days that exist: its month is 01–12 and
 * its day, if any, is in that month (with an unknown year, February 29
 * exists). Values with no month (`2020`, `P3D`, `2020-W12`) pass.
 *
 * @param value The value.
 * @returns Whether it does.
 */
export function isPossibleValue(value: string): boolean {
  const match = calendarValue.exec(value)
  if (!match) return true
  const year = match[1] === 'XXXX' ? 2000 : Number(match[1])
  return isCalendarDay(year, Number(match[2]), match[3] === undefined ? 1 : Number(match[3]))
}
