/**
 * Month and day, with an optional weekday before and year after:
 * “March 31”, “Aug. 7, 1998”, “Friday, Oct. 23”, “April 24 and 25”.
 */

import {monthNumbers} from '../../lexicon/calendar.js'
import {formatDay, isValidDay} from '../calendar-math.js'
import {candidateOf, capitalizedNumber, groupSpans, isCapitalized, lazyPattern} from '../match.js'
import {dayOfMonth, month, weekday, year4} from '../patterns.js'
import {resolveMonthDay} from '../resolve.js'
import {monthWords} from '../locale-en.js'
import type {Candidate, Parser} from '../types.js'

/** Parser: Month and day, with an optional weekday and year (“Friday, Oct. 23”, “Aug. 7, 1998”). */
export const monthDayParser: Parser = {
  name: 'month-day',
  triggers: monthWords,
  reach: 16,
  pattern: lazyPattern(
    '\\b(?<x>(?:(?<wd>' + weekday + '),?\\s{1,3})?(?<m>' + month + ')\\b\\.?\\s{1,3}(?<d>' + dayOfMonth + ')' +
      '(?:(?:\\s{0,3},\\s{0,3}|\\s{1,3})(?<y>' + year4 + '))?)' +
      '(?:\\s{0,3}(?:-|–|and|to|through)\\s{0,3}(?<d2>' + dayOfMonth + ')(?!\\s{0,3}(?:%|percent|\\d)))?'
  ),
  extract(match, context) {
    const groups = match.groups ?? {}
    const monthNumber = capitalizedNumber(groups.m, monthNumbers)
    const day = Number.parseInt(groups.d ?? '', 10)
    if (!monthNumber || !isValidDay(2000, monthNumber, day)) return undefined
    if (groups.wd && !isCapitalized(groups.wd)) return undefined
    const explicitYear = groups.y ? Number(groups.y) : undefined
    const extent = candidateOf(match, context, {type: 'date', value: '', parser: 'month-day', grain: 'day', explicit: true})
    const value =
      explicitYear === undefined
        ? resolveMonthDay(context.reference, monthNumber, day, context.direction(extent.start, extent.end))
        : formatDay(explicitYear, monthNumber, day)
    const results: Candidate[] = [{...extent, value}]
    const second = groups.d2 === undefined ? undefined : groupSpans(match, context, ['x', 'd2']).d2
    const day2 = Number.parseInt(groups.d2 ?? '', 10)
    if (second && day2 > day && isValidDay(2000, monthNumber, day2)) {
      results.push({...second, type: 'date', value: value.slice(0, 8) + String(day2).padStart(2, '0'), parser: 'month-day', grain: 'day', explicit: true})
    }
    return results
  }
}
