/**
 * The place and agency of a dateline, found by its layout.
 */

import {monthWords} from '../../lexicon/calendar.js'
import type {Context} from '../context.js'
import {Fact, withoutFinalPeriod} from '../word-facts.js'
import {textOf, type Found} from './found.js'

/** Month names and their abbreviations: a dateline's place ends before them. */
const months: ReadonlySet<string> = new Set(monthWords)

/**
 * The place and agency of a dateline: `LONDON 1996-08-30`, `Richmond, Va.,
 * March 3 (AP) —`: each comma part of the leading capitalised words is a
 * location, a capitalised word in brackets an organisation.
 *
 * @param context The context.
 * @param index The dateline sentence's index.
 * @param found Where to add the names.
 */
export function datelineNames(context: Context, index: number, found: Found[]): void {
  const from = context.sentenceStart[index]!
  const to = context.sentenceStart[index + 1]!
  let partStart = from
  let position = from

  for (; position < to; position++) {
    const text = textOf(context, position)
    const folded = withoutFinalPeriod(context.folded[position]!)
    if (/^\d/.test(text) || months.has(folded) || /^[-–—(:/]/.test(text)) break

    if (text === ',') {
      if (position > partStart) found.push(place(partStart, position))
      partStart = position + 1
      continue
    }

    if (!(context.facts[position]! & Fact.Capital)) break
  }

  if (position > partStart) found.push(place(partStart, position))

  for (let open = position; open < to; open++) {
    if (textOf(context, open) !== '(') continue
    let close = open + 1
    while (close < to && textOf(context, close) !== ')') close++
    let capitalized = close < to

    for (let inside = open + 1; inside < close && capitalized; inside++) {
      if (!(context.facts[inside]! & Fact.Capital)) capitalized = false
    }

    if (close > open + 1 && capitalized) {
      found.push({first: open + 1, last: close, type: 'organization', form: 'name', source: 'dateline', rank: 9})
    }

    break
  }

  function place(first: number, last: number): Found {
    return {first, last, type: 'location', form: 'name', source: 'dateline', rank: 9}
  }
}
