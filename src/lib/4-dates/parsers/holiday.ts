/**
 * Holidays: “Thanksgiving Day”, “last Thanksgiving”, “Christmas 1998”,
 * “Election Day”, “Easter week”.
 */

import {formatWeek} from '../calendar-math.js'
import {holidayPattern, holidays} from '../locale-en.js'
import {candidateOf, isCapitalized, lazyPattern} from '../match.js'
import {year4} from '../patterns.js'
import {easterSunday, formatYmd} from '../calendar-math.js'
import {holidayDay, relationOf, resolveHoliday} from '../resolve.js'
import type {Parser} from '../types.js'

/** Parser: Holidays (“Thanksgiving Day”, “Easter week”). */
export const holidayParser: Parser = {
  name: 'holiday',
  triggers: ['year', 'valentine', 'patrick', 'independence', 'halloween', 'veterans', 'christmas', 'boxing', 'luther', 'presidents', 'memorial', 'labor', 'columbus', 'thanksgiving', 'election', 'friday', 'easter'],
  reach: 12,
  pattern: lazyPattern(
    '\\b(?<x>(?:(?<rel>last|next|this)\\s{1,3})?(?<h>' + holidayPattern + ')(?<week>\\s{1,3}week)?(?:,?\\s{1,3}(?<y>' + year4 + '))?)\\b'
  ),
  extract(match, context) {
    const groups = match.groups ?? {}
    const name = (groups.h ?? '').toLowerCase().replace(/\s+/g, ' ').replace('’', "'")
    if (!isCapitalized(groups.h ?? '')) return undefined
    const rule = holidays.get(name)
    if (!rule) return undefined
    const relation = relationOf(groups.rel)
    const extent = candidateOf(match, context, {type: 'date', value: '', parser: 'holiday', grain: 'day', explicit: true})
    const direction = context.direction(extent.start, extent.end)
    let value: string
    if (groups.y) value = formatYmd(holidayDay(rule, Number(groups.y)))
    else value = resolveHoliday(context.reference, rule, direction, relation)
    if (groups.week) {
      if (!/^\d{4}/.test(value)) return {...extent, value: 'XXXX-WXX', grain: 'week'}
      const year = Number(value.slice(0, 4))
      const day = 'easter' in rule ? easterSunday(year) : holidayDay(rule, year)
      return {...extent, value: formatWeek(day), grain: 'week'}
    }
    return {...extent, value}
  }
}
