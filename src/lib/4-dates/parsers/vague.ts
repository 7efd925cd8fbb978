/**
 * The vague references of TimeML: “now”, “currently”, “current”, “these
 * days” (`PRESENT_REF`); “recently”, “recent”, “the past” (`PAST_REF`);
 * “the future”, “future”, “soon”, “the near term” (`FUTURE_REF`).
 */

import {vagueReferences} from '../locale-en.js'
import {candidateOf, lazyPattern} from '../match.js'
import type {Parser} from '../types.js'

/** Parser: Vague references (“now”, “recently”, “the future”). */
export const vagueParser: Parser = {
  name: 'vague',
  triggers: ['now', 'currently', 'current', 'days', 'nowadays', 'present', 'recently', 'lately', 'past', 'years', 'future', 'soon', 'term', 'date', 'possible', 'day'],
  reach: 22,
  pattern: lazyPattern(function () {
    const words = [...vagueReferences.keys()].sort((a, b) => b.length - a.length)
    return '\\b(?<x>' + words.map((word) => word.replace(/ /g, '\\s{1,3}')).join('|') + ')\\b(?![-\'’]\\w)'
  }),
  extract(match, context) {
    const text = match[0].toLowerCase().replace(/\s+/g, ' ')
    let value = vagueReferences.get(text)
    if (!value) return undefined
    const end = context.offset + match.index + match[0].length
    const after = context.input.slice(end, end + 20)
    if (text === 'soon' && /^\s{1,3}(?:as|after|afterwards?|thereafter)\b/i.test(after)) return undefined
    if (text === 'soon' && /\bas\s{1,3}$/i.test(context.input.slice(Math.max(0, end - 8), end - 4))) return undefined
    if (text === 'current' && /^[\s-]{1,3}(?:account|accounts|events|affairs|assets|liabilities|ratio)\b/i.test(after)) return undefined
    if (text === 'one day' && context.direction(end - match[0].length, end) !== 'future') return undefined
    if (text === 'one day' && !/^\s{1,3}(?:be|become|have|get|see|return|come|go|make|take|win|rule|lead|join|replace)\b/i.test(after)) {
      const before = context.input.slice(Math.max(0, end - match[0].length - 12), end - match[0].length)
      if (!/\b(?:will|would|could|might|may|can)\s{1,3}$/i.test(before)) return undefined
    }
    if (text === 'the past' && /^\s{1,3}(?:\d|few|several|two|three|four|five|six|seven|eight|nine|ten|year|month|week|decade|quarter)/i.test(after)) {
      return undefined
    }
    if (text === 'future' && !/^\s{1,3}(?:quarters|years|months|weeks|generations)\b/i.test(after)) {
      const before = context.input.slice(Math.max(0, end - match[0].length - 3), end - match[0].length)
      if (!/['’]s\s$/.test(before)) return undefined
    }
    if ((text === 'the future' || text === 'the near future') && /^\s{1,3}of\b/i.test(after)) return undefined
    if (text === 'soon' && context.direction(end - match[0].length, end) === 'past') return undefined
    if (text === 'then current') value = 'PAST_REF'
    return candidateOf(match, context, {type: 'date', value, parser: 'vague', grain: 'vague'})
  }
}
