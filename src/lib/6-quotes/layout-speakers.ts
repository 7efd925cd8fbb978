import {contentSpan, kindOf, type Draft} from './draft.js'
import type {QuoteParagraph, QuoteReading} from './read-paragraphs.js'
import {firstTokenFrom} from './token-search.js'
import {append} from '../util/append.js'

/**
 * Quotes whose speaker is marked by layout, not by a reporting verb:
 *
 * - a transcript line, `PENCE: Well, look, …` (the name in capitals, at the
 *   start of a paragraph, maybe inside the quote marks of a long quote);
 * - a headline that gives its speaker before a colon, `Minister: Talks
 *   will resume`;
 * - a quote signed with a dash, `“…” — Jane Roe`.
 *
 * The colon or the dash is the cue.
 */

/** Labels that stand before a colon but are nobody: `The Latest:`, `UPDATE:`, … */
const labels = new Set([
  'the latest', 'latest', 'update', 'updated', 'editor', "editor's note", 'note', 'correction', 'video', 'watch',
  'photos', 'photo', 'exclusive', 'breaking', 'live', 'opinion', 'analysis', 'review', 'read', 'related', 'source',
  'sources', 'credit', 'previously', 'online', 'transcript', 'q', 'a', 'question', 'answer', 'warning', 'listen',
  'more', 'see', 'also', 'subscribe', 'advertisement', 'caption', 'graphic', 'map', 'chart', 'poll results'
])

/** Dashes that sign a quote. */
const dashes = new Set(['\u2015', '\u2014', '\u2013', '-'])

/**
 * Find the quotes whose speaker is marked by layout.
 *
 * @param input The caller's input.
 * @param reading The paragraphs read.
 * @returns Drafts, in text order.
 */
export function layoutSpeakers(input: string, reading: QuoteReading): Draft[] {
  const drafts: Draft[] = []
  for (const paragraph of reading.paragraphs) {
    const named = namedLine(input, reading, paragraph)
    if (named) drafts.push(named)
    append(drafts, signedQuotes(input, reading, paragraph))
  }
  return drafts
}

/**
 * `PENCE: …` at the start of a paragraph, or `Minister: …` in a headline.
 *
 * @param input The input.
 * @param reading The reading.
 * @param paragraph The paragraph.
 * @returns A draft, or `undefined`.
 */
function namedLine(input: string, reading: QuoteReading, paragraph: QuoteParagraph): Draft | undefined {
  const {tokens} = paragraph
  const headline = paragraph.kind === 'headline' || paragraph.index === 0
  let start = 0
  if (tokens[0]?.norm === '"') start = 1
  let colon = start
  while (colon < tokens.length && colon - start < 6 && tokens[colon]!.norm !== ':') colon++
  if (tokens[colon]?.norm !== ':' || colon === start) return undefined
  const name = tokens.slice(start, colon)
  const words = name.filter((token) => token.kind === 'word')
  if (words.length === 0 || words.length > 3) return undefined
  if (!name.every((token) => (token.kind === 'word' && token.capital) || token.norm === '.' || token.norm === "'s" || token.norm === '-')) return undefined
  const text = input.slice(name[0]!.start, name.at(-1)!.end)
  if (labels.has(text.toLowerCase().replace(/\u2019/g, "'"))) return undefined
  // In paragraphs, only the capitals of a transcript; headlines may use title case.
  const capitals = text === text.toUpperCase() && /\p{L}{2}/u.test(text)
  if (!capitals && !headline) return undefined
  if (tokens.slice(colon + 1).filter((token) => token.kind === 'word').length < 3) return undefined

  const span = contentSpan(input, tokens, {start: colon + 1, end: tokens.length})
  if (!span) return undefined
  const colonToken = tokens[colon]!
  return {
    kind: kindOf(input, tokens, span, paragraph.quotes),
    content: span,
    cue: {start: colonToken.start, end: colonToken.end},
    speaker: {start: name[0]!.start, end: name.at(-1)!.end},
    speakerTokens: {paragraph: paragraph.index, range: {start, end: colon}},
    probability: 0.5,
    quotes: []
  }
}

/**
 * `“…” — Jane Roe`: quotes signed with a dash and a name.
 *
 * @param input The input.
 * @param reading The reading.
 * @param paragraph The paragraph.
 * @returns Drafts.
 */
function signedQuotes(input: string, reading: QuoteReading, paragraph: QuoteParagraph): Draft[] {
  const drafts: Draft[] = []
  const {tokens} = paragraph
  for (const quote of paragraph.quotes) {
    if (!quote.close || quote.lastParagraph !== paragraph.index) continue
    let index = firstTokenFrom(tokens, quote.close.end)
    while (tokens[index]?.norm === '.' || tokens[index]?.norm === ',') index++
    const dash = tokens[index]
    if (!dash || !dashes.has(dash.norm)) continue
    let end = index + 1
    while (end < tokens.length && end - index <= 6 && (tokens[end]!.capital || (tokens[end]!.kind === 'word' && tokens[end]!.norm.length === 1) || tokens[end]!.norm === '.')) end++
    while (end > index + 1 && tokens[end - 1]!.norm === '.') end--
    const name = tokens.slice(index + 1, end).filter((token) => token.kind === 'word')
    if (name.length === 0 || !name[0]!.capital) continue
    // The name ends the line, or another quote follows.
    const after = tokens[end]
    if (after && !/^[."\u201C]$/.test(after.norm) && input.slice(tokens[end - 1]!.end, after.start).indexOf('\n') === -1) continue
    drafts.push({
      kind: 'direct',
      content: trimmed(input, quote.content),
      cue: {start: dash.start, end: dash.end},
      speaker: {start: tokens[index + 1]!.start, end: tokens[end - 1]!.end},
      speakerTokens: {paragraph: paragraph.index, range: {start: index + 1, end}},
      probability: 0.5,
      quotes: [quote]
    })
  }
  return drafts
}

/**
 * A quote's content without the comma that ends it before its attribution.
 *
 * @param input The input.
 * @param span The content.
 * @returns The span.
 */
function trimmed(input: string, span: {start: number; end: number}): {start: number; end: number} {
  let end = span.end
  while (end > span.start && /[,;:\s]/.test(input.charAt(end - 1))) end--
  return {start: span.start, end}
}
