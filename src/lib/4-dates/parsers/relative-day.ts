/**
 * Days named from the reference: “today”, “yesterday”, “tomorrow”,
 * “tonight”, “this morning”, “last night”, “late yesterday”, “the day before
 * yesterday”, “overnight”.
 */

import {partOfDayCodes} from '../locale-en.js'
import {candidateOf, lazyPattern, pointModifier} from '../match.js'
import {dayFromReference} from '../resolve.js'
import type {Parser} from '../types.js'

/** Parser: Days named from the reference (“today”, “yesterday”, “this morning”). */
export const relativeDayParser: Parser = {
  name: 'relative-day',
  triggers: ['today', 'yesterday', 'tomorrow', 'tonight', 'morning', 'afternoon', 'evening', 'night', 'overnight'],
  reach: 45,
  pattern: lazyPattern(
    '\\b(?<x>(?:(?<mod>late|early|earlier|mid)[-\\s]{1,3})?(?:(?<before>the\\s{1,3}day\\s{1,3}(?:before|after)\\s{1,3})?(?<day>today|yesterday|tomorrow|tonight)(?:\\s{1,3}(?<part>morning|afternoon|evening|night))?' +
      '|(?:(?<later>later|earlier)\\s{1,3})?(?<this>this|last|tomorrow|yesterday)\\s{1,3}(?<part2>morning|afternoon|evening|night)' +
      '|(?<part3>(?:mid[-\\s]?)?(?:afternoon|morning))\\s{1,3}(?<day2>yesterday|today|tomorrow)|(?<overnight>overnight)|(?<mida>mid[-\\s]?(?:afternoon|morning))))\\b'
  ),
  extract(match, context) {
    const groups = match.groups ?? {}
    const mod = pointModifier(groups.mod ?? groups.later)
    const modField = mod ? {mod} : {}
    if (groups.overnight) {
      return candidateOf(match, context, {type: 'time', value: dayFromReference(context.reference, -1) + 'TNI', parser: 'relative-day', grain: 'part'})
    }
    if (groups.mida) {
      const lower = groups.mida.toLowerCase()
      const code = lower.endsWith('afternoon') ? 'TAF' : 'TMO'
      return candidateOf(match, context, {type: 'time', value: dayFromReference(context.reference, 0) + code, mod: 'MID', parser: 'relative-day', grain: 'part', clock: code})
    }
    if (groups.this) {
      const which = groups.this.toLowerCase()
      const part = groups.part2?.toLowerCase() ?? ''
      const shift = which === 'yesterday' ? -1 : which === 'tomorrow' ? 1 : which === 'last' ? (part === 'night' || part === 'evening' ? -1 : -1) : 0
      return candidateOf(match, context, {
        type: 'time',
        value: dayFromReference(context.reference, shift) + 'T' + (partOfDayCodes.get(part) ?? 'XX'),
        ...modField,
        parser: 'relative-day',
        grain: 'part'
      })
    }
    if (groups.part3 && groups.day2) {
      const day = groups.day2.toLowerCase()
      const shift = day === 'yesterday' ? -1 : day === 'tomorrow' ? 1 : 0
      const lower = groups.part3.toLowerCase()
      return candidateOf(match, context, {
        type: 'time',
        value: dayFromReference(context.reference, shift) + (lower.endsWith('afternoon') ? 'TAF' : 'TMO'),
        ...(lower.startsWith('mid') ? {mod: 'MID'} : {}),
        parser: 'relative-day',
        grain: 'part'
      })
    }
    const day = (groups.day ?? '').toLowerCase()
    let shift = day === 'yesterday' ? -1 : day === 'tomorrow' ? 1 : 0
    if (groups.before) shift += /before/i.test(groups.before) ? -1 : 1
    const part = groups.part ? partOfDayCodes.get(groups.part.toLowerCase()) : undefined
    const value = dayFromReference(context.reference, shift)
    if (part) return candidateOf(match, context, {type: 'time', value: value + 'T' + part, ...modField, parser: 'relative-day', grain: 'part'})
    return candidateOf(match, context, {type: 'date', value, ...modField, parser: 'relative-day', grain: 'day'})
  }
}
