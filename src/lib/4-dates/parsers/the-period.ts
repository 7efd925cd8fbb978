/**
 * A period named with “the” that means the current one in news of results
 * and markets: “the year” (“for the year ended Sept. 30” is a duration),
 * “the full year”, “the fiscal year”, “the week”, “the weekend”.
 */

import {isoWeekday, referenceDay} from '../calendar-math.js'
import {candidateOf, lazyPattern, pointModifier} from '../match.js'
import {weekFromReference, yearFromReference} from '../resolve.js'
import type {Parser} from '../types.js'

/** Parser: “The year”, “the week”, “the weekend”, “earlier in the year”. */
export const thePeriodParser: Parser = {
  name: 'the-period',
  triggers: ['weekend', 'year', 'week'],
  reach: 55,
  pattern: lazyPattern(
    '\\b(?<x>(?:(?<inmod>earlier|later|early|late)\\s{1,3}in\\s{1,3})?the\\s{1,3}(?:(?<adj>full|fiscal|entire|whole|calendar|current|current\\s{1,3}fiscal|latest\\s{1,3}fiscal|latest|past)\\s{1,3})?(?<unit>weekend|year|week))\\b(?!-\\w)(?<ended>\\s{1,3}(?:ended|ending|ends|to\\s{1,3}date))?'
  ),
  extract(match, context) {
    const groups = match.groups ?? {}
    const unit = (groups.unit ?? '').toLowerCase()
    const adj = groups.adj?.toLowerCase().replace(/\s+/g, ' ')
    const reference = context.reference
    const start = context.offset + match.index
    const before = context.input.slice(Math.max(0, start - 12), start)
    const inMod = pointModifier(groups.inmod)
    if (inMod) {
      if (adj) return undefined
      const value = unit === 'year' ? yearFromReference(reference, 0) : unit === 'week' ? weekFromReference(reference, 0) : undefined
      if (!value) return undefined
      return candidateOf(match, context, {type: 'date', value, mod: inMod, parser: 'the-period', grain: unit === 'year' ? 'year' : 'week'})
    }
    if (unit === 'weekend') {
      if (adj) return undefined
      const today = referenceDay(reference)
      const direction = context.direction(start, start + match[0].length)
      const weekend = today ? isoWeekday(today) >= 6 : false
      return candidateOf(match, context, {type: 'date', value: weekFromReference(reference, direction === 'past' && !weekend ? -1 : 0, '-WE'), parser: 'the-period', grain: 'week'})
    }
    if (adj === 'past') return undefined
    if (unit === 'week') {
      if (adj && adj !== 'entire' && adj !== 'whole' && adj !== 'full' && adj !== 'current') return undefined
      if (/\b(?:a|per|each|every)\s{1,3}$/i.test(before)) return undefined
      return candidateOf(match, context, {type: 'date', value: weekFromReference(reference, 0), parser: 'the-period', grain: 'week'})
    }
    if (groups.ended) {
      return candidateOf(match, context, {type: 'duration', value: 'P1Y', parser: 'the-period'})
    }
    if (/\b(?:of|a|per|each|every|in)\s{1,3}$/i.test(before) && !adj) {
      if (!/\bof\s{1,3}$/i.test(before) || !/months\s{1,3}of\s{1,3}$/i.test(before)) return undefined
    }
    const value = yearFromReference(reference, adj === 'latest fiscal' || adj === 'latest' ? -1 : 0)
    return candidateOf(match, context, {type: 'date', value, parser: 'the-period', grain: 'year'})
  }
}
