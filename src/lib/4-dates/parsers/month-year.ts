/**
 * Month and year: “July 1997”, “January nineteen ninety-seven”, “June last
 * year”, “January this year”, with an optional “early”, “mid-” or “late”.
 */

import {monthNumbers} from '../../lexicon/calendar.js'
import {formatMonth} from '../calendar-math.js'
import {candidateOf, capitalizedNumber, lazyPattern, pointModifier} from '../match.js'
import {readSpelledYear} from '../numbers.js'
import {month, spelledYear, year4} from '../patterns.js'
import {monthWords} from '../locale-en.js'
import type {Parser} from '../types.js'

/** Parser: Month and year (“July 1997”, “June last year”). */
export const monthYearParser: Parser = {
  name: 'month-year',
  triggers: monthWords,
  reach: 10,
  pattern: lazyPattern(
    '\\b(?<x>(?:(?<mod>early|mid|late)[-\\s]{1,3})?(?<m>' + month + ')\\b\\.?(?:,?\\s{1,3}(?:of\\s{1,3})?(?<y>' + year4 + ')|\\s{1,3}(?<s>' + spelledYear + ')\\b|\\s{1,3}(?:of\\s{1,3})?(?<rel>last|this|next)\\s{1,3}year\\b))'
  ),
  extract(match, context) {
    const groups = match.groups ?? {}
    const monthNumber = capitalizedNumber(groups.m, monthNumbers)
    if (!monthNumber) return undefined
    let year: number | undefined
    if (groups.y) year = Number(groups.y)
    else if (groups.s) year = readSpelledYear(groups.s)
    else if (context.reference.year !== undefined) {
      year = context.reference.year + (groups.rel?.toLowerCase() === 'last' ? -1 : groups.rel?.toLowerCase() === 'next' ? 1 : 0)
    }
    if (groups.s && year === undefined) return undefined
    const mod = pointModifier(groups.mod)
    return candidateOf(match, context, {
      type: 'date',
      value: formatMonth(year, monthNumber),
      ...(mod ? {mod} : {}),
      parser: 'month-year',
      grain: 'month',
      explicit: true
    })
  }
}
