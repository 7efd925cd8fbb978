/**
 * Day before month, as most of the world writes it: “31 March”,
 * “7 August 1998”, “the 5th of March”.
 */

import {monthNumbers} from '../../lexicon/calendar.js'
import {formatDay, isValidDay} from '../calendar-math.js'
import {candidateOf, capitalizedNumber, lazyPattern} from '../match.js'
import {dayOfMonth, month, year4} from '../patterns.js'
import {resolveMonthDay} from '../resolve.js'
import {monthWords} from '../locale-en.js'
import type {Parser} from '../types.js'

/** A day, maybe “of”, a month, maybe a year; not after a figure (“1.5 May”). */
const dayMonthSource =
  '(?<![\\d.,$])\\b(?<x>(?:the\\s{1,3})?(?<d>' + dayOfMonth + ')\\s{1,3}(?:of\\s{1,3})?(?<m>' + month + ')\\b\\.?(?:,?\\s{1,3}(?<y>' + year4 + '))?)'

/** Parser: Day before month (“31 March”, “7 August 1998”). */
export const dayMonthParser: Parser = {
  name: 'day-month',
  triggers: monthWords,
  reach: 22,
  pattern: lazyPattern(dayMonthSource),
  extract(match, context) {
    const groups = match.groups ?? {}
    const monthWord = groups.m ?? ''
    const monthNumber = capitalizedNumber(groups.m, monthNumbers)
    if (!monthNumber) return undefined
    if (monthWord.length <= 4 && !/\.$/.test(match[0]) && !groups.y && monthWord.toLowerCase() !== 'may' && monthWord.toLowerCase() !== 'june' && monthWord.toLowerCase() !== 'july') {
      return undefined
    }
    const day = Number.parseInt(groups.d ?? '', 10)
    if (!isValidDay(2000, monthNumber, day)) return undefined
    const extent = candidateOf(match, context, {type: 'date', value: '', parser: 'day-month', grain: 'day', explicit: true})
    const value = groups.y
      ? formatDay(Number(groups.y), monthNumber, day)
      : resolveMonthDay(context.reference, monthNumber, day, context.direction(extent.start, extent.end))
    return {...extent, value}
  }
}
