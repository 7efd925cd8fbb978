import {tokensOf, type Document, type Segment} from '../2-text/index.js'
import type {Span} from '../types.js'
import {insideQuotes, pairQuoteMarks, type QuotedSpan} from './pair-quote-marks.js'
import {segmentRanges, viewTokens, type Token} from './tokens.js'

/**
 * What the quotes stage reads of each paragraph (and of the headline): its
 * tokens, which of them stand inside double quote marks, and its units —
 * sentences, joined where a quote runs over a sentence end (the NLCST tree
 * splits `“We will win. We always win,” he said.` in two).
 */

/** A paragraph as the quotes stage reads it. */
export interface QuoteParagraph {
  /** Its index among the paragraphs read. */
  index: number
  /** Where it stands in the input. */
  span: Span
  /** Headline or paragraph. */
  kind: Segment['kind']
  /** Its tokens. */
  tokens: Token[]
  /** Per token, whether it stands inside double quote marks. */
  quoted: boolean[]
  /** Per token, the cue model's probability, filled in by `findCues` (0 for a word it does not score). */
  cueScores: Float64Array
  /** Per token, the index of its unit. */
  unitOf: number[]
  /** The units, as ranges of token indices `[start, end)`. */
  units: Array<{start: number; end: number}>
  /** The double-quoted stretches that touch it, in order. */
  quotes: QuotedSpan[]
  /** Where its last word ends (its start when it has none). */
  lastWordEnd: number
}

/** The paragraphs of a document and its quoted stretches. */
export interface QuoteReading {
  paragraphs: QuoteParagraph[]
  /** All quoted stretches, double and single, in order. */
  quoted: QuotedSpan[]
  /** The double-quoted stretches by the offset of their opening mark. */
  byOpen: Map<number, QuotedSpan>
  /** The opening marks of quotes that never close. */
  unclosed: Span[]
}

/**
 * Read the headline and paragraphs of a document for the quotes stage, their
 * tokens from the text stage's token table.
 *
 * @param document The parsed dispatch (datelines are skipped).
 * @returns The paragraphs read, the quoted stretches and the unclosed marks.
 */
export function readParagraphs(document: Document): QuoteReading {
  const {input, segments} = document
  const table = tokensOf(document)
  const ranges = segmentRanges(table, segments.length)
  const numbers: number[] = []
  const chosen = segments.filter(function (segment, index) {
    if (segment.kind === 'dateline') return false
    numbers.push(index)
    return true
  })
  const spans = chosen.map((segment) => segment.span)
  // A quote runs on from one paragraph into the next, never out of a headline.
  const joins = chosen.map((segment, index) => index > 0 && segment.kind === 'paragraph' && chosen[index - 1]!.kind === 'paragraph')
  const pairing = pairQuoteMarks(input, spans, joins)
  const doubles = pairing.quoted.filter((item) => item.double)
  const paragraphs = chosen.map(function (segment, index): QuoteParagraph {
    const number = numbers[index]!
    const tokens = viewTokens(input, table, ranges[2 * number]!, ranges[2 * number + 1]!)
    const {unitOf, units} = unitsOf(tokens, segment.sentences, doubles)
    let lastWordEnd = segment.span.start
    for (let at = tokens.length - 1; at >= 0; at--) {
      if (tokens[at]!.kind === 'word') {
        lastWordEnd = tokens[at]!.end
        break
      }
    }
    return {index, span: segment.span, kind: segment.kind, tokens, quoted: [], cueScores: new Float64Array(tokens.length), unitOf, units, quotes: [], lastWordEnd}
  })
  for (const quote of doubles) {
    for (let index = quote.paragraph; index <= quote.lastParagraph; index++) paragraphs[index]?.quotes.push(quote)
  }

  for (const paragraph of paragraphs) paragraph.quoted = insideQuotes(paragraph.tokens, paragraph.quotes)

  const byOpen = new Map(doubles.map((quote) => [quote.open.start, quote]))
  return {paragraphs, quoted: pairing.quoted, byOpen, unclosed: pairing.unclosed}
}

/**
 * Give each token the index of its sentence, joining sentences where a
 * double-quoted stretch runs over the end of one into the next.
 *
 * @param tokens The paragraph's tokens.
 * @param sentences Its sentences, in order.
 * @param doubles The document's double-quoted stretches, in order.
 * @returns Per token its unit, and the units as token ranges.
 */
function unitsOf(
  tokens: readonly Token[],
  sentences: readonly Span[],
  doubles: readonly QuotedSpan[]
): {unitOf: number[]; units: Array<{start: number; end: number}>} {
  const unitOf: number[] = []
  const units: Array<{start: number; end: number}> = []
  let sentence = 0
  let quote = 0

  // Where the next sentence starts (past the end after the last one).
  let nextStart = sentences.length > 1 ? sentences[1]!.start : Infinity
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    // Move to the sentence that holds this token (or the last one).
    let next = false
    while (token.start >= nextStart) {
      sentence++
      nextStart = sentence < sentences.length - 1 ? sentences[sentence + 1]!.start : Infinity
      next = true
    }
    if (index === 0) next = true

    if (next && units.length > 0) {
      // Stay in the same unit when a quote is open across the sentence end.
      while (quote < doubles.length && (doubles[quote]!.close?.end ?? doubles[quote]!.content.end) <= token.start) quote++
      const open = doubles[quote]
      if (open && open.open.start < token.start && token.start < (open.close?.start ?? open.content.end)) next = false
    }

    if (next) units.push({start: index, end: index + 1})
    else units.at(-1)!.end = index + 1
    unitOf.push(units.length - 1)
  }

  return {unitOf, units}
}
