/**
 * A month named alone: “in April”, “last October”, “early December”,
 * “mid-November”, “the end of November”. “May” the verb and names such as
 * “April Smith” are left alone.
 */

import {monthNumbers} from '../../lexicon/calendar.js'
import {candidateOf, isCapitalized, lazyPattern, pointModifier, wordsBefore} from '../match.js'
import {relationOf, resolveMonth} from '../resolve.js'
import {monthWords} from '../locale-en.js'
import type {Parser} from '../types.js'

/** Words before a bare “May” or “March” that show it is the month (not the verb). */
const mayCues = new Set([
  'in', 'since', 'until', 'till', 'by', 'from', 'through', 'during', 'before', 'after', 'of', 'to', 'and',
  'early', 'late', 'mid', 'last', 'next', 'this', 'between', 'or', 'on', 'for', 'throughout', 'the'
])

/** Parser: A month named alone (“in April”, “early December”). */
export const monthNameParser: Parser = {
  name: 'month-name',
  triggers: monthWords,
  reach: 32,
  pattern: lazyPattern(
    '\\b(?<x>(?:(?<rel>last|next|this|this\\s{1,3}past|this\\s{1,3}coming|past|coming)\\s{1,3}|(?<mod>early|mid|late)[-\\s]{1,3}|(?<pos>(?:the\\s{1,3})?(?:beginning|start|middle|end)\\s{1,3}of)\\s{1,3})?' +
      '(?<m>january|february|march|april|may|june|july|august|september|october|november|december|jan\\.|feb\\.|aug\\.|sept?\\.|oct\\.|nov\\.|dec\\.))(?![\\w-]|\\.\\w|\\s{1,3}\\d)'
  ),
  extract(match, context) {
    const groups = match.groups ?? {}
    const monthWord = groups.m ?? ''
    if (!isCapitalized(monthWord)) return undefined
    const lower = monthWord.toLowerCase().replace('.', '')
    const monthNumber = monthNumbers.get(lower)
    if (!monthNumber) return undefined
    const extent = candidateOf(match, context, {type: 'date', value: '', parser: 'month-name', grain: 'month', explicit: true})
    const modifier = groups.rel ?? groups.mod ?? groups.pos
    const after = context.input.slice(extent.end, extent.end + 30)
    const nextWord = /^\s+([A-Z][a-z]+)/.exec(after)?.[1]
    if (/^(?:april|may|june|august|july)$/.test(lower) && nextWord && !/^(?:The|A|In|On|At|But|And)$/.test(nextWord)) return undefined
    if ((lower === 'may' || lower === 'march') && !modifier) {
      const before = wordsBefore(context.input, extent.start)[0]
      if (!before || !mayCues.has(before)) return undefined
    }
    if (lower === 'march' && !modifier) {
      const before = wordsBefore(context.input, extent.start)[0]
      if ((before === 'the' || before === 'annual' || before === 'this') && /^\s+(?:on|to|through|in|from|by|of|for|against)\b/i.test(after)) return undefined
    }
    const relation = relationOf(groups.rel)
    // The words are read only when the month is chosen by them.
    const {reference} = context
    const direction = relation || reference.year === undefined || reference.month === undefined ? 'neutral' : context.direction(extent.start, extent.end)
    const value = resolveMonth(reference, monthNumber, direction, relation)
    const mod = pointModifier(groups.mod ?? groups.pos)
    return {...extent, value, ...(mod ? {mod} : {})}
  }
}
