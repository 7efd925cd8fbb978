/**
 * Decades and centuries: “the 1990s”, “the early 1990s”, “the mid-1990s”,
 * “the '80s”, “the nineties”, “the last half of the '80s”, “the 20th
 * century”. A decade is written `199X` (the form the project's issue asks
 * for; the corpus writes `199` about as often), a century as its first two
 * digits (`19`).
 */

import {formatYear} from '../calendar-math.js'
import {ordinals} from '../locale-en.js'
import {candidateOf, groupSpans, lazyPattern, pointModifier} from '../match.js'
import {ordinalPattern} from '../locale-en.js'
import type {Parser} from '../types.js'

const decadeWords: Record<string, number> = {
  twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9
}

/** Parser: Decades (“the early 1990s”, “the nineties”) and centuries (“the 20th century”). */
export const decadeParser: Parser = {
  name: 'decade',
  triggers: ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties', 'century'],
  digits: true,
  reach: 40,
  pattern: lazyPattern(
    '(?<![\\w\'’$])(?<x>(?<the>the\\s{1,3})?(?:(?<half>first|second|last|latter)\\s{1,3}half\\s{1,3}of\\s{1,3}(?:the\\s{1,3})?)?(?<core>(?:(?<mod>early|mid|late)[-\\s]{1,3})?(?:(?<d>1\\d\\d0|20\\d0)[\'’]?s|[\'’](?<d2>\\d0)[\'’]?s|(?<w>(?:nineteen[\\s-])?(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))' +
      '|(?<ord>' + ordinalPattern + ')[-\\s]{1,3}century)))\\b'
  ),
  extract(match, context) {
    const groups = match.groups ?? {}
    const mod = groups.half ? (/^first$/i.test(groups.half) ? 'START' : 'END') : pointModifier(groups.mod)
    const modField = mod ? {mod} : {}
    let value: string
    if (groups.ord) {
      const word = groups.ord.toLowerCase()
      const number = ordinals.get(word) ?? Number.parseInt(word, 10)
      if (!number || number > 21) return undefined
      value = formatYear((number - 1) * 100).slice(0, 2)
      return candidateOf(match, context, {type: 'date', value, ...modField, parser: 'decade', grain: 'century', explicit: true})
    }
    if (groups.d) value = groups.d.slice(0, 3) + 'X'
    else if (groups.d2) {
      const tens = Number(groups.d2)
      const century = context.reference.year !== undefined && context.reference.year >= 2000 && tens <= (context.reference.year % 100) ? 20 : 19
      value = String(century) + groups.d2.charAt(0) + 'X'
    } else {
      const word = (groups.w ?? '').toLowerCase().replace(/^nineteen[\s-]/, '')
      value = '19' + (decadeWords[word] ?? 'X') + 'X'
    }
    const candidate = candidateOf(match, context, {type: 'date', value, ...modField, parser: 'decade', grain: 'decade', explicit: true})
    if (groups.the && !groups.mod && !groups.w && !groups.half) {
      const core = groupSpans(match, context, ['the', 'core']).core
      if (core) return {...candidate, start: core.start}
    }
    return candidate
  }
}
