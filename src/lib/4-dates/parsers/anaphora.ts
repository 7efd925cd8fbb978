/**
 * Times named from another time in the text: “that year”, “later that
 * year”, “the following year”, “the next morning”, “earlier that day”, “that
 * quarter”. The value comes from a refiner, from the nearest date before.
 */

import {candidateOf, lazyPattern, pointModifier} from '../match.js'
import type {Parser} from '../types.js'

/** Parser: Times named from another time in the text (“that year”, “the following month”). */
export const anaphoraParser: Parser = {
  name: 'anaphora',
  triggers: ['year', 'month', 'day', 'week', 'quarter', 'morning', 'afternoon', 'evening', 'night'],
  reach: 45,
  pattern: lazyPattern(
    '\\b(?<x>(?:(?<mod>later|earlier|early|late)\\s{1,3})?(?:that\\s{1,3}(?:same\\s{1,3})?|the\\s{1,3}(?<rel>following|next|previous|preceding|prior|same)\\s{1,3})(?<unit>year|month|day|week|quarter|morning|afternoon|evening|night))\\b(?![-\'’]\\w)'
  ),
  extract(match, context) {
    const groups = match.groups ?? {}
    const rel = groups.rel?.toLowerCase()
    const unit = (groups.unit ?? '').toLowerCase()
    const shift = rel === 'following' || rel === 'next' ? 1 : rel === 'previous' || rel === 'preceding' || rel === 'prior' ? -1 : 0
    const part = /^(?:morning|afternoon|evening|night)$/.test(unit)
    if (part && shift === 0) return undefined
    const mod = pointModifier(groups.mod)
    const start = context.offset + match.index
    if (/\b(?:for|over|during|within)\s{1,3}$/i.test(context.input.slice(Math.max(0, start - 10), start)) && (rel === 'next' || rel === 'previous' || rel === 'following')) {
      return undefined
    }
    return candidateOf(match, context, {
      type: 'date',
      value: 'ANAPHOR:' + (part ? 'day' : unit) + ':' + shift,
      ...(mod ? {mod} : {}),
      parser: 'anaphora',
      grain: 'vague'
    })
  }
}
