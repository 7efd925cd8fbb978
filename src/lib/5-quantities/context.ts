import type {Span} from '../types.js'
import {countStartingBefore} from '../util/count-before.js'

/** A name mention: its span and its entity's id. */
export interface NameSpan extends Span {
  entity: string
}

/** What the checks read: date spans and name mentions, in text order. */
export interface Context {
  dates: Span[]
  names: NameSpan[]
  /** The first date span that may still come. */
  dateAt: number
}

/**
 * The name mention that overlaps a span, if any (the last that starts
 * before the span ends: mentions do not overlap one another).
 *
 * @param context The window's spans.
 * @param span The span.
 * @returns The mention.
 */
export function nameAt(context: Context, span: Span): NameSpan | undefined {
  const names = context.names
  const name = names[countStartingBefore(names, span.end, (mention) => mention.start) - 1]
  return name && name.end > span.start ? name : undefined
}
