/**
 * Periods named from the reference: “last week”, “this month”, “next year”,
 * “the past year”, “this summer”, “last fall”, “earlier this year”, “the end
 * of the month”, “year-end”.
 */

import {formatYear} from '../calendar-math.js'
import {seasons} from '../locale-en.js'
import {candidateOf, groupSpans, lazyPattern, pointModifier} from '../match.js'
import {
  monthFromReference,
  quarterFromReference,
  reportedQuarter,
  resolveSeason,
  weekFromReference,
  relationOf,
  yearFromReference
} from '../resolve.js'
import type {Candidate, Parser, Reference} from '../types.js'

/** Parser: Periods named from the reference (“last week”, “this summer”, “the end of the month”). */
export const deicticParser: Parser = {
  name: 'deictic',
  triggers: ['week', 'weekend', 'month', 'year', 'quarter', 'spring', 'summer', 'fall', 'autumn', 'winter', 'decade', 'century'],
  reach: 65,
  pattern: lazyPattern(
    '\\b(?<x>(?:(?<mod>early|late|earlier|later|mid)[-\\s]{1,3})?(?:(?<pos>(?:the\\s{1,3})?(?:beginning|start|middle|end|close)\\s{1,3}of)\\s{1,3})?' +
      '(?<core>(?:the\\s{1,3})?(?<rel>this\\s{1,3}past|this\\s{1,3}coming|this|last|next|past|coming|current|previous|following|present|prior|preceding|latest)\\s{1,3}(?:(?:fiscal|calendar)\\s{1,3})?' +
      '(?<unit>week|weekend|month|year|quarter|spring|summer|fall|autumn|winter|decade|century)' +
      '|(?<endyear>year[-\\s]end|year[\'’]s\\s{1,3}end|the\\s{1,3}(?:end|close)\\s{1,3}of\\s{1,3}the\\s{1,3}(?<endunit>year|month|week)))(?<orso>\\s{1,3}or\\s{1,3}so)?)\\b(?!-\\w)'
  ),
  extract(match, context) {
    const groups = match.groups ?? {}
    const reference = context.reference
    const posMod = pointModifier(groups.pos)
    const wordMod = pointModifier(groups.mod)
    const mod = posMod ?? wordMod ?? (groups.orso ? 'APPROX' : undefined)
    const modField = mod ? {mod} : {}
    if (groups.endyear) {
      const unit = groups.endunit?.toLowerCase() ?? 'year'
      if (/^year-end$/i.test(groups.endyear)) {
        const year = yearFromReference(reference, 0)
        return candidateOf(match, context, {type: 'date', value: year + '-12-31', parser: 'deictic', grain: 'day'})
      }
      const value = unit === 'month' ? monthFromReference(reference, 0) : unit === 'week' ? weekFromReference(reference, 0) : yearFromReference(reference, 0)
      return candidateOf(match, context, {type: 'date', value, mod: 'END', parser: 'deictic', grain: unit === 'month' ? 'month' : unit === 'week' ? 'week' : 'year'})
    }
    const rel = (groups.rel ?? '').toLowerCase().replace(/\s+/g, ' ')
    const unit = (groups.unit ?? '').toLowerCase()
    if (/^[A-Z][a-z]/.test(groups.unit ?? '')) return undefined
    const hasThe = /^the\s/i.test(groups.core ?? '')
    const relation = relationOf(rel) ?? 'this'
    if (rel === 'following' || (rel === 'previous' && hasThe) || (rel === 'preceding' && hasThe)) return undefined
    const shift = relation === 'last' || relation === 'recent' ? -1 : relation === 'next' ? 1 : 0
    let found: Omit<Candidate, 'start' | 'end'> | undefined
    switch (unit) {
      case 'week':
        found = {type: 'date', value: weekFromReference(reference, shift), parser: 'deictic', grain: 'week'}
        break
      case 'weekend':
        found = {type: 'date', value: weekFromReference(reference, relation === 'this' ? 0 : shift, '-WE'), parser: 'deictic', grain: 'week'}
        break
      case 'month':
        found = {type: 'date', value: monthFromReference(reference, shift), parser: 'deictic', grain: 'month'}
        break
      case 'year':
        found = {type: 'date', value: yearFromReference(reference, shift), parser: 'deictic', grain: 'year'}
        break
      case 'quarter':
        found = {
          type: 'date',
          value: rel === 'this' || rel === 'latest' ? reportedQuarter(reference) : quarterFromReference(reference, shift),
          parser: 'deictic',
          grain: 'quarter'
        }
        break
      case 'decade':
        found =
          rel === 'past'
            ? {type: 'duration', value: 'P10Y', parser: 'deictic'}
            : {type: 'date', value: decadeFromReference(reference, shift), parser: 'deictic', grain: 'decade'}
        break
      case 'century':
        found =
          relation === 'this' || rel === 'past'
            ? {type: 'duration', value: 'P100Y', parser: 'deictic'}
            : {type: 'date', value: centuryFromReference(reference, shift), parser: 'deictic', grain: 'century'}
        break
      default: {
        const code = seasons.get(unit)
        if (code) {
          const direction = context.direction(context.offset + match.index, context.offset + match.index + match[0].length)
          found = {type: 'date', value: resolveSeason(reference, code, relation, direction), parser: 'deictic', grain: 'season'}
        }
      }
    }
    if (!found) return undefined
    const candidate = candidateOf(match, context, {...found, ...modField})
    if (unit === 'week' && groups.mod && /^(?:earlier|later)$/i.test(groups.mod) && !groups.pos) {
      const core = groupSpans(match, context, ['mod', 'pos', 'core']).core
      if (core) return {...candidate, start: core.start}
    }
    return candidate
  }
}

/**
 * The decade a number of decades from the reference's.
 *
 * @param reference The reference date.
 * @param decades Decades to add.
 * @returns `199X`, or `XXXX`.
 */
function decadeFromReference(reference: Reference, decades: number): string {
  if (reference.year === undefined) return 'XXXX'
  return formatYear(Math.floor(reference.year / 10) * 10 + decades * 10).slice(0, 3) + 'X'
}

/**
 * The century a number of centuries from the reference's.
 *
 * @param reference The reference date.
 * @param centuries Centuries to add.
 * @returns `19`, or `XX`.
 */
function centuryFromReference(reference: Reference, centuries: number): string {
  if (reference.year === undefined) return 'XX'
  return formatYear(Math.floor(reference.year / 100) * 100 + centuries * 100).slice(0, 2)
}
