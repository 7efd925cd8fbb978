/**
 * Seasons named alone or with a year: “the summer”, “the early summer”,
 * “the winter of 1994”, “summer 1998”. (“This summer”, “last fall” are
 * deictic; “fall” the verb and “spring” the noun are left alone.)
 */

import {formatYear} from '../calendar-math.js'
import {seasons} from '../locale-en.js'
import {candidateOf, lazyPattern, pointModifier, wordsBefore} from '../match.js'
import {readSpelledYear} from '../numbers.js'
import {spelledYear, year4} from '../patterns.js'
import {resolveSeason} from '../resolve.js'
import type {Parser} from '../types.js'

const cues = new Set(['in', 'during', 'over', 'since', 'until', 'through', 'by', 'into', 'before', 'after', 'throughout', 'of', 'from'])

/** Parser: Seasons named alone or with a year (“the summer”, “the winter of 1994”). */
export const seasonParser: Parser = {
  name: 'season',
  triggers: ['spring', 'summer', 'fall', 'autumn', 'winter'],
  reach: 22,
  pattern: lazyPattern(
    '\\b(?<x>(?:(?<the>the)\\s{1,3})?(?:(?<mod>early|late|mid)[-\\s]{1,3})?(?<s>spring|summer|fall|autumn|winter)(?:,?\\s{1,3}(?:of\\s{1,3})?(?:(?<y>' +
      year4 + ')|(?<sy>' + spelledYear + ')\\b))?)\\b(?![-\'’]\\w)'
  ),
  extract(match, context) {
    const groups = match.groups ?? {}
    const name = (groups.s ?? '').toLowerCase()
    const code = seasons.get(name)
    if (!code) return undefined
    const start = context.offset + match.index
    const before = wordsBefore(context.input, start, 1)[0]
    const after = context.input.slice(start + match[0].length, start + match[0].length + 12)
    const year = groups.y ? Number(groups.y) : groups.sy ? readSpelledYear(groups.sy) : undefined
    if (year === undefined) {
      if (!groups.the && !groups.mod) return undefined
      if (!groups.the && (!before || !cues.has(before))) return undefined
      if (/^\s{1,3}(?:of|in|from|to|into|on|off|for|season|semester|term|session|collection|line)\b/i.test(after)) return undefined
      if (name === 'fall' && /^\s{0,3}[-,]?\s{0,3}(?:out|apart|short|back)\b/i.test(after)) return undefined
    }
    const extent = candidateOf(match, context, {type: 'date', value: '', parser: 'season', grain: 'season', explicit: year !== undefined})
    const value = year === undefined ? resolveSeason(context.reference, code, undefined, context.direction(extent.start, extent.end)) : formatYear(year) + '-' + code
    const mod = pointModifier(groups.mod)
    return {...extent, value, ...(mod ? {mod} : {})}
  }
}
