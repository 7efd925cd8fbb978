/**
 * Durations: “three days”, “the past two months”, “the first nine months”,
 * “a 16-hour flight”, “5 1/2 hours”, “more than four hours”, “nearly two
 * years”, “recent years”, “weeks”, “decades-long”. Ages (“52 years old”,
 * “a 44-year-old”) are not time expressions.
 */

import {cardinalPattern, unitPattern, units, unitWords} from '../locale-en.js'
import {candidateOf, groupSpans, lazyPattern, wordsBefore} from '../match.js'
import {durationValue, readCount} from '../numbers.js'
import type {TimexMod} from '../../types.js'
import type {Candidate, Parser} from '../types.js'

/** Hedges written as part of a duration, to their TIMEX3 modifiers. */
const hedges: Record<string, TimexMod> = {
  nearly: 'LESS_THAN', almost: 'LESS_THAN', 'more than': 'MORE_THAN', 'less than': 'LESS_THAN',
  'fewer than': 'LESS_THAN', 'at least': 'EQUAL_OR_MORE', 'at most': 'EQUAL_OR_LESS', 'up to': 'EQUAL_OR_LESS',
  'no more than': 'EQUAL_OR_LESS', 'no less than': 'EQUAL_OR_MORE', over: 'MORE_THAN', under: 'LESS_THAN',
  'well over': 'MORE_THAN', 'just over': 'MORE_THAN', 'just under': 'LESS_THAN', 'more than a': 'MORE_THAN',
  around: 'APPROX', approximately: 'APPROX', roughly: 'APPROX'
}

/** Hedges read for the modifier but left outside the extent, as the annotators do. */
const outsideHedges: Record<string, TimexMod | ''> = {about: 'APPROX', some: 'APPROX', only: '', just: '', barely: '', 'a full': ''}

/** Parser: Durations (“three days”, “the past two months”, “a 16-hour flight”). */
export const durationParser: Parser = {
  name: 'duration',
  triggers: unitWords,
  reach: 75,
  pattern: lazyPattern(
    '\\b(?<x>(?:(?<hedge>nearly|almost|more\\s{1,3}than|less\\s{1,3}than|fewer\\s{1,3}than|at\\s{1,3}least|at\\s{1,3}most|up\\s{1,3}to|no\\s{1,3}more\\s{1,3}than|no\\s{1,3}less\\s{1,3}than|well\\s{1,3}over|over|under|around|approximately|roughly)\\s{1,3})?' +
      '(?:(?<det>the|its|their|his|her|a|an|each\\s{1,3}of\\s{1,3}the)\\s{1,3})?' +
      '(?:(?<adj>past|last|next|first|final|coming|previous|preceding|latest|remaining|initial|recent|same|entire|whole|full|following|ensuing|year-earlier|year-ago)\\s{1,3})?' +
      '(?:(?<n>' + cardinalPattern + '|several|a\\s{1,3}few|few|many|some|half\\s{1,3}an?|a\\s{1,3}couple\\s{1,3}of|couple\\s{1,3}of)(?<sep>[\\s-]{1,3}))?' +
      '(?:(?<more>more|additional|straight|consecutive|extra|further|trading|business|working|calendar|long)\\s{1,3})?' +
      '(?<u>' + unitPattern + ')(?<half>\\s{1,3}and\\s{1,3}a\\s{1,3}half)?' +
      '(?<tail>-old|-long|\\s{1,3}old|\\s{1,3}of\\s{1,3}age|\\s{1,3}or\\s{1,3}so|\\s{1,3}period|-term|\\s{1,3}term|\\s{1,3}ahead)?)(?![\\w-])'
  ),
  extract(match, context) {
    const groups = match.groups ?? {}
    const unitWord = (groups.u ?? '').toLowerCase()
    const unit = units.get(unitWord)
    if (!unit) return undefined
    const plural = unitWord.endsWith('s') || unitWord === 'centuries'
    const tail = groups.tail?.toLowerCase().replace(/\s+/g, ' ')
    const det = groups.det?.toLowerCase().replace(/\s+/g, ' ')
    const adj = groups.adj?.toLowerCase()
    let countText = groups.n
    if (!countText && det && (det === 'a' || det === 'an') && !adj && !plural) countText = det
    let hedgeWord = groups.hedge?.toLowerCase().replace(/\s+/g, ' ')
    const prepositional =
      (hedgeWord === 'over' || hedgeWord === 'under' || hedgeWord === 'well over') && !(det === 'a' || det === 'an' || /^(?:a|an)$/i.test(countText ?? ''))
    if (prepositional) hedgeWord = undefined
    if (/^half\s/i.test(countText ?? '')) countText = '1/2'
    let count = countText ? readCount(countText + (groups.half ?? '')) : undefined
    if (countText && count === undefined) return undefined
    if (tail === ' old' || tail === '-old' || tail === ' of age') return undefined
    if (/^(?:Minutes|Hours)$/.test(groups.u ?? '')) return undefined
    if (unitWord === 'second' && !groups.n) return undefined
    if (unit.letter === 'Q') {
      const following = context.input.slice(context.offset + match.index + match[0].length, context.offset + match.index + match[0].length + 5)
      if (/^\s{1,3}of\b/i.test(following) || (groups.sep ?? '').includes('-')) return undefined
      if (!groups.n ? !adj : /^(?:a|an|one)$/i.test(groups.n.trim())) return undefined
    }
    if (tail === '-long' && !countText && !plural) count = 1
    if (count === undefined) {
      if (!plural) return undefined
      if (unit.clock && !adj && !det) return undefined
      if (unitWord === 'nights' || unitWord === 'quarters') {
        if (!adj && det !== 'the') return undefined
      }
      count = 'X'
    }
    if (count === 0) return undefined
    if (plural && count === 1 && groups.n && /^(?:a|an)$/i.test(groups.n.trim())) return undefined
    const before = wordsBefore(context.input, context.offset + match.index, 1)[0]
    if (before && /^(?:\$|us\$)?\d/.test(before) && !groups.det) return undefined
    const outside = before ? outsideHedges[before] : undefined
    const mod = hedgeWord ? hedges[hedgeWord] : outside || (tail === ' or so' ? 'APPROX' : undefined)
    const candidate: Candidate = candidateOf(match, context, {
      type: 'duration',
      value: durationValue(count, unit),
      ...(mod ? {mod} : {}),
      parser: 'duration'
    })
    const spans = groupSpans(match, context, ['hedge', 'det', 'adj', 'n', 'sep', 'more', 'u'])
    if (prepositional) {
      const next = spans.det ?? spans.adj ?? spans.n ?? spans.u
      if (next) candidate.start = next.start
    }
    const after = context.input.slice(candidate.end, candidate.end + 12)
    if (det === 'the' && !adj && !groups.n && /^\s{1,3}(?:before|after|leading|following|since|preceding)\b/i.test(after)) {
      const unitSpan = spans.u
      if (unitSpan) candidate.start = unitSpan.start
    }
    const countWord = groups.n?.toLowerCase().replace(/\s+/g, ' ')
    const partOfCount = countWord === 'few' || countWord === 'couple of'
    const modifier = (groups.sep ?? '').includes('-') || (!plural && typeof count === 'number' && count > 1)
    const periodTail = tail === ' period' || tail === ' term'
    if (
      det &&
      (/^(?:its|their|his|her)$/.test(det) ||
        (/^(?:a|an)$/.test(det) && (groups.n || plural) && !partOfCount && !periodTail) ||
        (det === 'the' && ((modifier && !adj) || (adj === 'coming' && !groups.n))))
    ) {
      const start = spans.adj ?? spans.n ?? spans.u
      if (start) candidate.start = start.start
    }
    return candidate
  }
}
