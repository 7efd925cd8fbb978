import {addSpeaker, contentSpan, cueSpanOf, kindOf, type Draft} from './draft.js'
import type {Cue} from './find-cues.js'
import type {QuotedSpan} from './pair-quote-marks.js'
import type {QuoteParagraph, QuoteReading} from './read-paragraphs.js'
import {subjectOf} from './reported-speech.js'
import {speakerAfter, speakerBefore, type TokenRange} from './speaker-span.js'
import {continuation} from './continue-quotes.js'
import {clauseWords, isInnerDot, nearQuote, opensSentence, speechLike} from './quote-shapes.js'
import {firstTokenFrom, lastOpenBefore} from './token-search.js'
import type {Token} from './tokens.js'

/**
 * Direct quotes next to their cue:
 *
 * - `“…,” she said.` / `“…,” said Jane Roe.` — a quote closes just before the
 *   cue; `“…,” she said. “…”` goes on into the quote that follows, and into
 *   the quoted paragraphs after it, as one quote (the words of the cue
 *   between them included, as PolNeAR spans do);
 * - `She said: “…”` — a quote opens just after the cue, or, after a colon
 *   that ends the paragraph, opens the next paragraph.
 *
 * Titles and scare quotes are not speech: a quote is speech when punctuation
 * ends it or it runs long, and a short quote in title case is a title.
 */

/** A cue and what it is read in. */
export interface CueSite {
  /** The caller's input. */
  input: string
  /** The paragraphs read. */
  reading: QuoteReading
  /** The cue's paragraph. */
  paragraph: QuoteParagraph
  /** The cue. */
  cue: Cue
  /** Which tokens head cues. */
  isCueHead: (paragraph: number, token: number) => boolean
}

/**
 * `“…,” she said.`: a quote that closes a few words before the cue, with no
 * sentence end between them.
 *
 * @param site The cue and what it is read in.
 * @param quotes The paragraph's quotes.
 * @returns A direct draft, or `undefined`.
 */
export function directBefore(site: CueSite, quotes: QuotedSpan[]): Draft | undefined {
  const {input, reading, paragraph, cue, isCueHead} = site
  const {tokens} = paragraph
  const cueStart = tokens[cue.start]!.start
  let at = lastOpenBefore(quotes, cueStart)
  while (at >= 0 && !(quotes[at]!.close && quotes[at]!.close!.end <= cueStart)) at--
  const quote = at >= 0 && cueStart - quotes[at]!.close!.end < 400 ? quotes[at] : undefined
  if (!quote?.close || !speechLike(input, quote)) return undefined
  const afterClose = firstTokenFrom(tokens, quote.close.end)
  if (cue.start - afterClose > nearQuote) return undefined
  // `“… here.” Specifically, …`: a capitalised cue after a quote that ends its
  // sentence opens the next sentence.
  if (cue.start === afterClose && tokens[cue.start]!.capital && /[.!?]/.test(input.charAt(quote.close.start - 1))) return undefined
  // `… the probe is “ongoing.” He said …`: after a quote that ends with a
  // full stop, a capitalised word opens the cue's own sentence.
  if (tokens[afterClose]?.capital && input.charAt(quote.close.start - 1) === '.') return undefined
  for (let index = afterClose; index < cue.start; index++) {
    const token = tokens[index]!
    // Sentence punctuation and quote marks end the cue's clause; a stray mark
    // inside a name (`O'Brien`) does not.
    if (token.kind === 'punct' && /^[;:!?"]$/.test(token.norm)) return undefined
    if (token.norm === '.' && !isInnerDot(tokens, index)) return undefined
    // `“…,” and vowed to …`, `…” before asking`: the cue opens a clause of its own.
    if (clauseWords.has(token.norm)) return undefined
    // `“…,” she said, adding that …`: the quote is the earlier cue's.
    if (isCueHead(paragraph.index, index)) return undefined
  }

  // `Cardin stressed that “…,” suggesting …`: a participle after a quote that
  // an earlier cue takes is a cue of its own.
  if (/ing$/.test(tokens[cue.head]!.norm) && claimedBefore(paragraph, quote, isCueHead)) return undefined

  // The speaker: between the quote and the cue, or after the cue.
  let speaker = speakerBefore(tokens, cue.start, afterClose)
  if (!speaker) speaker = speakerAfter(tokens, cue.end, paragraph.units[paragraph.unitOf[cue.head]!]!.end)
  let parts = [quote, ...continuation(site, quote)]
  // `Jane Roe scolded him: “…,” she said. “…”`: the first quote has a cue of its own.
  if (parts.length > 1 && introduced(paragraph, quote)) parts = parts.slice(1)
  const draft = directDraft(input, parts, cue, tokens)
  addSpeaker(draft, paragraph, speaker)
  return draft
}

/**
 * `She said: “…”`: a quote that opens right after the cue (after `:`, `,`,
 * `that`, or a few words when a colon follows them).
 *
 * @param site The cue and what it is read in.
 * @param quotes The paragraph's quotes.
 * @returns A direct draft, or `undefined`.
 */
export function directAfter(site: CueSite, quotes: QuotedSpan[]): Draft | undefined {
  const {input, reading, paragraph, cue, isCueHead} = site
  const {tokens} = paragraph
  const cueEnd = tokens[cue.end - 1]!.end
  const quote = quotes[lastOpenBefore(quotes, cueEnd) + 1]
  if (!quote) return nextParagraph(site)
  const open = firstTokenFrom(tokens, quote.open.start)
  // Check the distance before copying the tokens between: a cue far before
  // the next quote mark would copy the paragraph once per cue.
  if (open - cue.end > 12) return undefined
  const between = tokens.slice(cue.end, open)
  const colon = between.at(-1)?.norm === ':'
  if (between.length > (colon ? 12 : 2)) return undefined
  if (!colon && between.some((token) => token.norm !== ',' && token.norm !== 'that')) return undefined
  if (between.some((token) => token.norm === '.' || token.norm === '"')) return undefined
  // A short quote inside a sentence is part of reported speech, not the whole of it.
  if (!colon && !opensSentence(input, quote)) return undefined

  const unit = paragraph.units[paragraph.unitOf[cue.head]!]!
  let speaker = speakerBefore(tokens, cue.start, unit.start)
  // `The minister urged parents to …, saying, “…”`: a participle after a comma speaks for the subject.
  if (tokens[cue.start - 1]?.norm === ',' && /ing$/.test(tokens[cue.head]!.norm)) speaker = subjectOf(tokens, unit.start, cue.start) ?? speaker
  if (!speaker && tokens[cue.start - 1]?.norm === ',') speaker = speakerAfter(tokens, cue.end, open)
  // `Hayek laughed and said, “…”`, `She followed that by saying, “…”`: the
  // subject of the clause speaks.
  if (!speaker && /^(?:and|but|then|by)$/.test(tokens[cue.start - 1]?.norm ?? '')) speaker = withoutVerb(tokens, subjectOf(tokens, unit.start, cue.start))
  const parts = [quote, ...continuation(site, quote)]
  const draft = directDraft(input, parts, cue, tokens)
  addSpeaker(draft, paragraph, speaker)
  return draft
}

/**
 * `She said:` at the end of a paragraph: the next paragraph is what she
 * said — its quote (and the quoted paragraphs after it), or all of it.
 *
 * @param site The cue and what it is read in.
 * @returns A draft, or `undefined`.
 */
function nextParagraph(site: CueSite): Draft | undefined {
  const {input, reading, paragraph, cue} = site
  const {tokens} = paragraph
  // Only a cue among the last words of its paragraph can introduce the next one.
  if (tokens.length - cue.end > 12) return undefined
  const rest = tokens.slice(cue.end)
  if (rest.at(-1)?.norm !== ':' || rest.some((token) => /^[.!?"]$/.test(token.norm))) return undefined
  const next = reading.paragraphs[paragraph.index + 1]
  if (!next || next.kind !== 'paragraph' || next.tokens.length === 0) return undefined
  const unit = paragraph.units[paragraph.unitOf[cue.head]!]!
  let speaker = speakerBefore(tokens, cue.start, unit.start)
  if (!speaker) speaker = subjectOf(tokens, unit.start, cue.start)
  const opening = reading.byOpen.get(next.span.start)
  let draft: Draft
  if (opening) {
    draft = directDraft(input, [opening, ...continuation(site, opening)], cue, tokens)
  } else {
    const span = contentSpan(input, next.tokens, {start: 0, end: next.tokens.length})
    if (!span) return undefined
    draft = {kind: kindOf(input, next.tokens, span, next.quotes), content: span, cue: cueSpanOf(tokens, cue), probability: cue.probability, quotes: []}
  }
  addSpeaker(draft, paragraph, speaker)
  return draft
}

/**
 * A subject without the verb in `-ed` that a walk over its words took in
 * (`Salma Ortega laughed`).
 *
 * @param tokens The tokens.
 * @param range The subject, if any.
 * @returns The subject, maybe shorter.
 */
function withoutVerb(tokens: readonly Token[], range: TokenRange | undefined): TokenRange | undefined {
  if (!range) return undefined
  let end = range.end
  while (end - 1 > range.start && !tokens[end - 1]!.capital && tokens[end - 1]!.norm.endsWith('ed') && tokens[end - 2]!.capital) end--
  return {start: range.start, end}
}

/**
 * Whether a cue stands just before a quote's opening mark, in its paragraph
 * (`stressed that “…”`, `called “…”`, `said: “…”`).
 *
 * @param paragraph The paragraph.
 * @param quote The quote.
 * @param isCueHead Which tokens head cues.
 * @returns `true` when a cue head is among the three tokens before the mark.
 */
function claimedBefore(paragraph: QuoteParagraph, quote: QuotedSpan, isCueHead: (paragraph: number, token: number) => boolean): boolean {
  if (quote.paragraph !== paragraph.index) return false
  const open = firstTokenFrom(paragraph.tokens, quote.open.start)
  for (let index = open - 1; index >= 0 && open - index <= 3; index--) {
    if (/^[.!?"]$/.test(paragraph.tokens[index]!.norm)) return false
    if (isCueHead(paragraph.index, index)) return true
  }
  return false
}

/**
 * Whether a quote is introduced by a clause and a colon (`Jane Roe scolded
 * him: “…”`).
 *
 * @param paragraph The paragraph it opens in.
 * @param quote The quote.
 * @returns `true` after a colon with words before it.
 */
function introduced(paragraph: QuoteParagraph, quote: QuotedSpan): boolean {
  const open = firstTokenFrom(paragraph.tokens, quote.open.start)
  return quote.paragraph === paragraph.index && paragraph.tokens[open - 1]?.norm === ':' && paragraph.tokens[open - 2]?.kind === 'word'
}

/**
 * A direct draft from its quoted stretches: the content runs from the first
 * to the last (the words of the cue between them included, as PolNeAR spans
 * do).
 *
 * @param input The input.
 * @param parts The quoted stretches, in order.
 * @param cue The cue.
 * @param tokens The cue's paragraph's tokens.
 * @returns The draft.
 */
function directDraft(input: string, parts: QuotedSpan[], cue: Cue, tokens: readonly Token[]): Draft {
  const first = parts[0]!
  const last = parts.at(-1)!
  let end = last.content.end
  // A comma or colon that ends the quote before its cue is punctuation of the sentence.
  while (end > first.content.start && /[,;:\s]/.test(input.charAt(end - 1))) end--
  return {
    kind: 'direct',
    content: {start: first.content.start, end},
    cue: {start: tokens[cue.start]!.start, end: tokens[cue.end - 1]!.end},
    probability: cue.probability,
    quotes: parts
  }
}
