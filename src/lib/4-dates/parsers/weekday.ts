/**
 * A weekday: “Friday”, “last Friday”, “next Tuesday”, “early Tuesday”,
 * “Wednesday night”. Past by default, ahead when the sentence points there.
 */

import {partOfDayCodes, weekdayNumbers} from '../locale-en.js'
import {candidateOf, capitalizedNumber, lazyPattern, pointModifier} from '../match.js'
import {weekday} from '../patterns.js'
import {relationOf, resolveWeekday} from '../resolve.js'
import type {Parser} from '../types.js'

/** Parser: Weekdays (“Friday”, “last Friday”, “Wednesday night”). */
export const weekdayParser: Parser = {
  name: 'weekday',
  triggers: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  reach: 22,
  pattern: lazyPattern(
    '\\b(?<x>(?:(?<rel>last|next|this|this\\s{1,3}coming|this\\s{1,3}past|coming|past)\\s{1,3}|(?<mod>early|late)\\s{1,3})?(?<wd>' +
      weekday +
      ')(?<pl>s)?(?:\\s{1,3}(?<part>morning|afternoon|evening|night)(?<pl2>s)?)?)\\b'
  ),
  extract(match, context) {
    const groups = match.groups ?? {}
    const number = capitalizedNumber(groups.wd, weekdayNumbers)
    if (!number) return undefined
    const part = groups.part ? partOfDayCodes.get(groups.part.toLowerCase()) : undefined
    if (groups.pl || groups.pl2) {
      return candidateOf(match, context, {type: 'set', value: 'XXXX-WXX-' + number + (part ? 'T' + part : ''), parser: 'weekday'})
    }
    const relation = relationOf(groups.rel)
    const extent = candidateOf(match, context, {type: 'date', value: '', parser: 'weekday', grain: part ? 'part' : 'day'})
    const day = resolveWeekday(context.reference, number, context.direction(extent.start, extent.end), relation)
    const mod = pointModifier(groups.mod)
    return {...extent, value: part ? day + 'T' + part : day, ...(mod ? {mod} : {})}
  }
}
