/**
 * Counted back or forward from the reference: “two weeks ago”, “a year
 * earlier”, “50 years ago”, “about two years ago”, “three days later”
 * (a duration: it counts from another event, not from the reference).
 */

import {units} from '../locale-en.js'
import {candidateOf, extentOf, groupSpans, lazyPattern} from '../match.js'
import {durationValue, readCount} from '../numbers.js'
import {cardinalPattern, unitPattern} from '../locale-en.js'
import {dayFromReference, monthFromReference, weekFromReference, yearFromReference} from '../resolve.js'
import {formatYear} from '../calendar-math.js'
import type {TimexMod} from '../../types.js'
import type {Candidate, Parser, Reference} from '../types.js'

const hedges: Record<string, TimexMod> = {
  about: 'APPROX', around: 'APPROX', some: 'APPROX', roughly: 'APPROX', approximately: 'APPROX',
  almost: 'LESS_THAN', nearly: 'LESS_THAN', 'less than': 'LESS_THAN', 'more than': 'MORE_THAN', over: 'MORE_THAN',
  'just over': 'MORE_THAN', 'just under': 'LESS_THAN', 'at least': 'EQUAL_OR_MORE', 'or so': 'APPROX'
}

/** Parser: Counts from the reference (“two weeks ago”) and from another event (“three days later”, a duration). */
export const agoParser: Parser = {
  name: 'ago',
  triggers: ['ago', 'earlier', 'before', 'later', 'after', 'back', 'hence', 'now'],
  reach: 70,
  pattern: lazyPattern(
    '\\b(?<x>(?:(?<hedge>about|around|some|roughly|approximately|almost|nearly|less\\s{1,3}than|more\\s{1,3}than|just\\s{1,3}over|just\\s{1,3}under|over|at\\s{1,3}least)\\s{1,3})?' +
      '(?<core>(?<n>' + cardinalPattern + '|several|a\\s{1,3}few|few|many)[\\s-]{1,3}(?<u>' + unitPattern + ')(?:\\s{1,3}or\\s{1,3}so)?)\\s{1,3}(?<dir>ago|earlier|before|later|after|back|hence|from\\s{1,3}now))\\b'
  ),
  extract(match, context) {
    const groups = match.groups ?? {}
    const unit = units.get((groups.u ?? '').toLowerCase())
    const count = readCount(groups.n ?? '')
    if (!unit || count === undefined) return undefined
    const dir = (groups.dir ?? '').toLowerCase().replace(/\s+/g, ' ')
    const hedge = groups.hedge?.toLowerCase().replace(/\s+/g, ' ')
    const mod = hedge ? hedges[hedge] : /or\s+so$/i.test(groups.core ?? '') ? 'APPROX' : undefined
    const modField = mod ? {mod} : {}
    const singular = count === 1
    if (dir === 'later' || dir === 'after' || dir === 'before' || (dir === 'earlier' && unit.grain !== 'year')) {
      const core = dir === 'earlier' ? extentOf(match, context) : groupSpans(match, context, ['hedge', 'core']).core
      if (!core) return undefined
      return {...core, type: 'duration', value: durationValue(count, unit), ...modField, parser: 'ago'} satisfies Candidate
    }
    const back = dir === 'ago' || dir === 'back' || dir === 'earlier'
    if (count === 'X') {
      return candidateOf(match, context, {type: 'date', value: back ? 'PAST_REF' : 'FUTURE_REF', ...modField, parser: 'ago', grain: 'vague'})
    }
    const sign = back ? -1 : 1
    const found = shiftedValue(context.reference, count * sign, unit.grain)
    if (!found) return undefined
    return candidateOf(match, context, {
      type: found.grain === 'time' ? 'time' : 'date',
      value: found.value,
      ...modField,
      parser: 'ago',
      grain: found.grain,
      ...(unit.grain === 'year' && singular && back ? {restate: dir === 'earlier' ? ('year-earlier' as const) : ('year-before' as const)} : {})
    })
  }
}

/**
 * The value a count of units from the reference, at the grain of the unit.
 *
 * @param reference The reference date.
 * @param amount Signed count.
 * @param grain The unit's grain.
 * @returns Value and grain, or undefined for fractions of units that have no value.
 */
function shiftedValue(reference: Reference, amount: number, grain: string): {value: string; grain: Candidate['grain']} | undefined {
  if (!Number.isInteger(amount)) return undefined
  switch (grain) {
    case 'day':
      return {value: dayFromReference(reference, amount), grain: 'day'}
    case 'week':
      return {value: weekFromReference(reference, amount), grain: 'week'}
    case 'month':
      return {value: monthFromReference(reference, amount), grain: 'month'}
    case 'quarter':
      return {value: monthFromReference(reference, amount * 3), grain: 'month'}
    case 'year':
      return {value: yearFromReference(reference, amount), grain: 'year'}
    case 'decade':
      return {value: yearFromReference(reference, amount * 10), grain: 'year'}
    case 'century':
      return {value: reference.year === undefined ? 'XX' : formatYear(reference.year + amount * 100).slice(0, 2), grain: 'century'}
    case 'time':
      return {value: dayFromReference(reference, 0), grain: 'day'}
    default:
      return undefined
  }
}
