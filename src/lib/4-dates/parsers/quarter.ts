/**
 * Quarters and halves, the periods of company results: “the third quarter”,
 * “third-quarter”, “the fourth quarter of 1990”, “next year's first quarter”,
 * “the quarter”, “the latest quarter”, “the year-ago quarter”, “the first half”.
 */

import {formatYear, quarterOf} from '../calendar-math.js'
import {candidateOf, groupSpans, lazyPattern} from '../match.js'
import {year4} from '../patterns.js'
import {quarterFromReference, reportedQuarter} from '../resolve.js'
import type {Candidate, Parser, ParseContext} from '../types.js'

const ordinalNumbers: Record<string, number> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4, last: 4
}

/** Parser: Quarters and halves (“the third quarter”, “third-quarter”, “the latest quarter”). */
export const quarterParser: Parser = {
  name: 'quarter',
  triggers: ['quarter', 'quarters', 'half', 'period'],
  reach: 60,
  pattern: lazyPattern(
    '\\b(?<x>(?<the>the\\s{1,3})?(?:(?<yearAgo>(?:comparable\\s{1,3}|corresponding\\s{1,3}|same\\s{1,3})?year[-\\s](?:earlier|ago))\\s{1,3}|(?<y0>' + year4 + ')\\s{1,3}|(?<relYear>last|this|next)\\s{1,3}year[\'’]s\\s{1,3})?' +
      '(?:(?:fiscal|calendar)[-\\s]{1,3})?' +
      '(?:(?<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last)(?<sep>[-\\s]{1,3})(?:(?<two>two|three)\\s{1,3})?(?<q>quarter|half)(?<pl>s)?' +
      '|(?:(?<adj>latest|current|most\\s{1,3}recent|recent|same|just[-\\s]ended|comparable|corresponding|fiscal)\\s{1,3})?(?<bare>quarter|period))' +
      '(?:\\s{1,3}of\\s{1,3}(?:(?<y>' + year4 + ')|(?<fy>fiscal\\s{1,3}' + year4 + ')|(?<ofRel>last|this|next)\\s{1,3}year|(?<theYear>the\\s{1,3}year))' +
      '|,?\\s{1,3}(?<y2>' + year4 + ')|\\s{1,3}(?<ago2>a\\s{1,3}year\\s{1,3}(?:ago|earlier)|last\\s{1,3}year))?)\\b(?![-\'’]\\w)'
  ),
  extract(match, context) {
    const groups = match.groups ?? {}
    const reported = reportedQuarter(context.reference)
    const referenceYear = context.reference.year
    const bare = groups.bare?.toLowerCase()
    if (bare) {
      const adj = groups.adj?.toLowerCase().replace(/\s+/g, ' ')
      const yearAgo = Boolean(groups.yearAgo || groups.ago2)
      if (!groups.the && !groups.relYear && !yearAgo && !groups.y0) return undefined
      if (bare === 'period' && !adj && !yearAgo && !groups.y0) return undefined
      if (bare === 'period' && adj === 'same') return undefined
      let value = adj === 'current' ? quarterFromReference(context.reference, 0) : reported
      let year = value.slice(0, 4)
      if (groups.y0 || groups.y || groups.y2) {
        const explicit = groups.y0 ?? groups.y ?? groups.y2 ?? ''
        if (bare === 'period') {
          return candidateOf(match, context, {type: 'date', value: explicit, parser: 'quarter', grain: 'year', explicit: true, restate: 'period-of-year'})
        }
        year = explicit
      } else if (yearAgo || groups.relYear?.toLowerCase() === 'last') year = referenceYear === undefined ? 'XXXX' : formatYear(Number(value.slice(0, 4)) - 1)
      else if (groups.relYear?.toLowerCase() === 'next') year = referenceYear === undefined ? 'XXXX' : formatYear(Number(value.slice(0, 4)) + 1)
      value = year + value.slice(4)
      const restate = groups.y0 || groups.y || groups.y2 ? undefined : yearAgo || groups.relYear?.toLowerCase() === 'last' ? 'year-before' : adj === 'current' ? undefined : 'current-period'
      return candidateOf(match, context, {type: 'date', value, parser: 'quarter', grain: 'quarter', ...(restate ? {restate} : {})})
    }
    const ordinal = ordinalNumbers[(groups.ord ?? '').toLowerCase()]
    if (!ordinal) return undefined
    const half = (groups.q ?? '').toLowerCase() === 'half'
    if (groups.pl && !groups.two) return undefined
    if (half && ordinal > 2 && groups.ord?.toLowerCase() !== 'last') return undefined
    const start = context.offset + match.index
    const year = quarterYear(groups, context, half ? (ordinal === 1 ? 2 : 4) : ordinal, start, start + match[0].length)
    let value: string
    if (groups.two) {
      if (ordinal !== 1 || groups.two.toLowerCase() !== 'two') return undefined
      value = year + '-H1'
    } else if (half) value = year + '-H' + (ordinal === 1 ? 1 : 2)
    else value = year + '-Q' + (ordinal === 4 && /final|last/i.test(groups.ord ?? '') ? 4 : ordinal)
    const fiscal = /\bfiscal\b/i.test(match[0]) || closedAhead(value, reported, context, start, start + match[0].length) ? {fiscal: true} : {}
    const candidate: Candidate = candidateOf(match, context, {type: 'date', value, parser: 'quarter', grain: half ? 'half' : 'quarter', ...fiscal})
    const hyphenated = (groups.sep ?? '').includes('-')
    const plainThe = groups.the && !groups.yearAgo && !groups.y0 && !groups.relYear
    if (hyphenated && plainThe && !groups.y && !groups.y2 && !groups.ofRel) {
      const after = groupSpans(match, context, ['the']).the
      if (after) candidate.start = after.end
    }
    return candidate
  }
}

/**
 * Whether a quarter later than the last closed calendar quarter is told of as
 * closed (“reported a decline in fourth-quarter earnings” on November 2, “its
 * fourth quarter ended Sept. 30”): then it is a fiscal quarter, and the one
 * the text goes on to compare.
 *
 * @param value The quarter's value (`YYYY-Qn`).
 * @param reported The last closed calendar quarter.
 * @param context The parse context.
 * @param start Offset of the expression.
 * @param end End of the expression.
 * @returns True when it is a closed fiscal quarter.
 */
function closedAhead(value: string, reported: string, context: ParseContext, start: number, end: number): boolean {
  if (!/^\d{4}-Q\d$/.test(value) || !/^\d{4}-Q\d$/.test(reported) || value <= reported) return false
  if (/^\s{1,3}(?:ended|ending)\b/i.test(context.input.slice(end, end + 12))) return true
  return context.direction(start, end) === 'past'
}

/**
 * The year of an ordinal quarter or half: the one written, or the reference
 * year (the year before when that period has not begun and the sentence tells
 * of the past).
 *
 * @param groups The match groups.
 * @param context The parse context.
 * @param ordinal The quarter (1–4).
 * @param start Offset of the expression.
 * @param end End of the expression.
 * @returns The year part of the value.
 */
function quarterYear(
  groups: Record<string, string | undefined>,
  context: ParseContext,
  ordinal: number,
  start: number,
  end: number
): string {
  const reference = context.reference
  const explicit = groups.y0 ?? groups.y ?? groups.y2 ?? groups.fy?.replace(/\D+/g, '')
  if (explicit) return explicit
  if (reference.year === undefined) return 'XXXX'
  const relative = (groups.relYear ?? groups.ofRel ?? '').toLowerCase()
  if (groups.yearAgo || groups.ago2 || relative === 'last') return formatYear(reference.year - 1)
  if (relative === 'next') return formatYear(reference.year + 1)
  if (relative === 'this') return formatYear(reference.year)
  if (reference.month !== undefined && ordinal > quarterOf(reference.month)) {
    const direction = context.direction(start, end)
    if (direction === 'past' && quarterOf(reference.month) === 1) return formatYear(reference.year - 1)
  }
  return formatYear(reference.year)
}

