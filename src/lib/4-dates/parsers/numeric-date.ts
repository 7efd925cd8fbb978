/**
 * Dates written in digits: ISO `2020-04-07` (with an optional `T10:30`
 * time) and US `4/7/2020`.
 */

import {formatDay, isValidDay} from '../calendar-math.js'
import {pad} from '../../util/calendar.js'
import {candidateOf, lazyPattern} from '../match.js'
import type {Parser} from '../types.js'

/** Parser: Dates in digits (`2020-04-07`, `4/7/2020`). */
export const numericDateParser: Parser = {
  name: 'numeric-date',
  triggers: [],
  digits: true,
  reach: 6,
  pattern: lazyPattern(
    '(?<![\\d./-])\\b(?<x>(?<y>(?:1[89]|20)\\d\\d)-(?<m>[01]\\d)-(?<d>[0-3]\\d)(?:T(?<h>[0-2]\\d):(?<mi>[0-5]\\d))?' +
      '|(?<m2>1[0-2]|0?[1-9])/(?<d2>3[01]|[12]\\d|0?[1-9])/(?<y2>(?:1[89]|20)\\d\\d))(?![\\d/.-]\\d|\\d)'
  ),
  extract(match, context) {
    const groups = match.groups ?? {}
    const year = Number(groups.y ?? groups.y2)
    const month = Number(groups.m ?? groups.m2)
    const day = Number(groups.d ?? groups.d2)
    if (!isValidDay(year, month, day)) return undefined
    const date = formatDay(year, month, day)
    if (groups.h) {
      const hour = Number(groups.h)
      if (hour > 24) return undefined
      return candidateOf(match, context, {type: 'time', value: date + 'T' + pad(hour) + ':' + groups.mi, parser: 'numeric-date', grain: 'time', explicit: true})
    }
    return candidateOf(match, context, {type: 'date', value: date, parser: 'numeric-date', grain: 'day', explicit: true})
  }
}
