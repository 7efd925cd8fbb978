import {findQuotes} from '../../src/lib/6-quotes/index.js'
import {readSegments} from '../../src/lib/2-text/index.js'
import type {Diagnostic, Entity, Quote, Span} from '../../src/lib/types.js'

/**
 * Run the quotes stage alone on a text whose paragraphs are separated by
 * blank lines (the first one may be marked as a headline), with the entities
 * given, as `parseDispatch` runs it after the text stage.
 *
 * @param text The text.
 * @param entities Entities to resolve speakers to (default none).
 * @param headline Whether the first paragraph is a headline.
 * @returns The quotes and diagnostics.
 */
export function quotesOf(text: string, entities: Entity[] = [], headline = false): {quotes: Quote[]; diagnostics: Diagnostic[]} {
  const spans: Span[] = []
  const pattern = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g
  let match: RegExpExecArray | null
  while ((match = pattern.exec(text)) !== null) {
    let start = match.index
    let end = start + match[0].length
    while (start < end && /\s/.test(text.charAt(start))) start++
    while (end > start && /\s/.test(text.charAt(end - 1))) end--
    if (end > start) spans.push({start, end})
  }
  const segments = readSegments(
    text,
    spans.map((span, index) => ({kind: headline && index === 0 ? ('headline' as const) : ('paragraph' as const), span}))
  )
  return findQuotes({input: text, segments, authors: []}, entities)
}

/** A quote reduced to what tests compare. */
export interface QuoteView {
  kind: Quote['kind']
  text: string
  cue?: string
  speaker?: string
  entity?: string
}

/**
 * Reduce quotes to their kinds and texts.
 *
 * @param quotes Quotes.
 * @returns Their views.
 */
export function view(quotes: readonly Quote[]): QuoteView[] {
  return quotes.map(function (quote) {
    const item: QuoteView = {kind: quote.kind, text: quote.text}
    if (quote.cue) item.cue = quote.cue.text
    if (quote.speaker) item.speaker = quote.speaker.text
    if (quote.speaker?.entity) item.entity = quote.speaker.entity
    return item
  })
}
