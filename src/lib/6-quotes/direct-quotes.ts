import type {Span} from '../types.js'
import {addSpeaker, contentSpan, cueSpanOf, kindOf, type Draft} from './draft.js'
import type {Cue} from './find-cues.js'
import type {QuotedSpan} from './pair-quote-marks.js'
import type {QuoteParagraph, QuoteReading} from './read-paragraphs.js'
import {subjectOf} from './reported-speech.js'
import {speakerAfter, speakerBefore, type TokenRange} from './speaker-span.js'
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

/** Most tokens between a quote and its cue (`,” the ministry of defence said`). */
const nearQuote = 12

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
 * The quotes that go on after a direct quote: in the same paragraph, a
 * quote that opens after the cue's clause with no cue of its own
 * (`“…,” she said. “…”`), then the following paragraphs that are quotes
 * from start to end with no cue outside their marks.
 *
 * @param site The cue and what it is read in.
 * @param quote The quote the cue took.
 * @returns The quotes that go on, in order (maybe none).
 */
function continuation(site: CueSite, quote: QuotedSpan): QuotedSpan[] {
  const {input, reading, paragraph, cue, isCueHead} = site
  const parts: QuotedSpan[] = []
  const {tokens} = paragraph
  let last = quote
  const cueEnd = tokens[cue.end - 1]!.end

  // In the same paragraph, after the cue.
  const from = Math.max(cueEnd, last.close?.end ?? last.content.end)
  const candidate = paragraph.quotes[lastOpenBefore(paragraph.quotes, from) + 1]
  const next = candidate && candidate.paragraph === paragraph.index ? candidate : undefined
  if (next && next.lastParagraph === paragraph.index) {
    const open = firstTokenFrom(tokens, next.open.start)
    const gap = tokens.slice(firstTokenFrom(tokens, from), open)
    const words = gap.filter((token) => token.kind === 'word').length
    const quoteMarks = gap.some((token) => token.norm === '"')
    // `…,” she said, going on to …: “…”`: the participle is a cue of its own;
    // a side clause with no cue that ends the sentence before the next quote
    // is not (`“…,” she said, pointing to …. “…”`).
    const participle = gap.some((token, index) => index > 0 && gap[index - 1]!.norm === ',' && token.kind === 'word' && /ing$/.test(token.norm))
    const near = words <= 16 && !quoteMarks && !participle
    if ((near || sideClause(input, paragraph, last, next, isCueHead) >= 0) && !hasCueAfter(paragraph, next, isCueHead) && speechLike(input, next)) {
      parts.push(next)
      last = next
    }
  }

  // The paragraphs after, while each is one quote with no cue of its own.
  let index = last.lastParagraph + 1
  if (last.close === undefined) return parts
  // The paragraph must end with the quote, or with the cue's sentence.
  const cueUnit = paragraph.unitOf[cue.head]
  const endsWithCue = last.lastParagraph === paragraph.index && paragraph.unitOf[paragraph.tokens.length - 1] === cueUnit
  if (!closesParagraph(reading, last) && !endsWithCue) return parts
  while (index < reading.paragraphs.length) {
    const following = reading.paragraphs[index]!
    if (following.kind !== 'paragraph') break
    const whole = reading.byOpen.get(following.span.start)
    if (!whole || !whole.close || !closesParagraph(reading, whole)) break
    if (hasCueAfter(following, whole, isCueHead)) break
    parts.push(whole)
    index = whole.lastParagraph + 1
  }

  return parts
}

/** Most tokens between two quoted parts joined over a side clause. */
const sideReach = 60

/** Words that open a side clause after an attribution (`…, who …`), besides participles. */
const sideOpeners = new Set(['who', 'whom', 'whose', 'which'])

/** Relative pronouns, which open a side clause without a comma (`said a member who supports …`). */
const relativePronouns = new Set(['who', 'whom', 'whose'])

/** Words in `-ing` that are no participles. */
const notParticiples = new Set(['according', 'during', 'nothing', 'something', 'anything', 'everything', 'thing', 'morning', 'evening', 'spring', 'bring', 'string'])

/**
 * `“…,” said Jane Roe, who …. “…”`, `“…,” she said, pointing to …. “…”`:
 * an attribution right after a quoted part, then a side clause (a relative
 * clause or a participle) with no cue of its own that ends the sentence, and
 * a quoted part that opens the next sentence with no cue of its own either.
 * PolNeAR spans both parts and what stands between them as one quote, with
 * the attribution's cue (in 85 of 86 such relative clauses of train).
 *
 * @param input The input.
 * @param paragraph The paragraph.
 * @param before The first quoted part.
 * @param after The quoted part after it.
 * @param isCueHead Which tokens head cues.
 * @returns The first token of the side clause, or -1 when the parts do not join over one.
 */
export function sideClause(input: string, paragraph: QuoteParagraph, before: QuotedSpan, after: QuotedSpan, isCueHead: (paragraph: number, token: number) => boolean): number {
  if (!before.close || before.lastParagraph !== paragraph.index || after.paragraph !== paragraph.index) return -1
  const {tokens} = paragraph
  const first = firstTokenFrom(tokens, before.close.end)
  const open = firstTokenFrom(tokens, after.open.start)
  if (open - first > sideReach || tokens[open - 1]?.norm !== '.') return -1
  let cue = -1
  let side = -1
  for (let index = first; index < open - 1; index++) {
    const token = tokens[index]!
    if (token.kind === 'punct' && /^[;:!?"]$/.test(token.norm)) return -1
    if (token.norm === '.' && !isInnerDot(tokens, index)) return -1
    if (cue < 0) {
      if (clauseWords.has(token.norm) || index - first > nearQuote) return -1
      if (isCueHead(paragraph.index, index)) cue = index
    } else if (side < 0 && opensSide(tokens, index)) {
      side = index
    }
  }
  if (side < 0 || !speechLike(input, before) || !opensSentence(input, after) || hasCueAfter(paragraph, after, isCueHead)) return -1
  // `“…,” she said, adding that …. “…”`, `“…,” said Jane Roe, who called …`:
  // a cue of its own in the side clause is left to the rules of overlaps.
  for (let index = side; index < open; index++) if (isCueHead(paragraph.index, index)) return -1
  return side
}

/**
 * Whether a side clause opens at a token: a relative pronoun, or a comma
 * before a relative pronoun or a participle.
 *
 * @param tokens The tokens.
 * @param index The token.
 * @returns `true` when a side clause opens there.
 */
function opensSide(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!
  if (relativePronouns.has(token.norm)) return true
  const next = tokens[index + 1]
  if (token.norm !== ',' || next?.kind !== 'word') return false
  return sideOpeners.has(next.norm) || (/[a-z]{3}ing$/.test(next.norm) && !notParticiples.has(next.norm))
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
 * Whether a quote ends its paragraph (at most a punctuation mark after it).
 *
 * @param reading The reading.
 * @param quote The quote.
 * @returns `true` when nothing but punctuation follows it.
 */
function closesParagraph(reading: QuoteReading, quote: QuotedSpan): boolean {
  const paragraph = reading.paragraphs[quote.lastParagraph]
  return paragraph !== undefined && quote.close !== undefined && paragraph.lastWordEnd <= quote.close.start
}

/**
 * Whether a cue head stands in a paragraph after a quote, outside quote marks.
 *
 * @param paragraph The paragraph.
 * @param quote The quote.
 * @param isCueHead Which tokens head cues.
 * @returns `true` when the quote has a cue of its own.
 */
function hasCueAfter(paragraph: QuoteParagraph, quote: QuotedSpan, isCueHead: (paragraph: number, token: number) => boolean): boolean {
  const end = quote.close?.end ?? quote.content.end
  const first = firstTokenFrom(paragraph.tokens, end)
  const unit = paragraph.unitOf[Math.max(0, first - 1)]
  // A quote's cue stands within a few words of it, in its sentence.
  for (let index = first; index < paragraph.tokens.length && index - first < 16; index++) {
    if (paragraph.quoted[index]) continue
    if (paragraph.unitOf[index] !== unit) break
    if (isCueHead(paragraph.index, index)) return true
  }
  return false
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

/**
 * Whether a quote reads as speech, not as a title or scare quote: it has
 * punctuation at its end inside or just outside the marks, or runs long.
 *
 * @param input The input.
 * @param quote The quote.
 * @returns `true` for speech.
 */
export function speechLike(input: string, quote: QuotedSpan): boolean {
  if (!quote.close) return true
  if (isTitle(input.slice(quote.content.start, quote.content.end))) return false
  const inside = input.charAt(quote.close.start - 1)
  const outside = input.charAt(quote.close.end)
  if (/[,.!?\u2026]/.test(inside) || /[,\u2014\u2013]/.test(outside)) return true
  return wordCount(input, quote.content) >= 8
}

/** Words that open a clause of its own between a quote and a later cue. */
const clauseWords = new Set(['and', 'but', 'or', 'before', 'after', 'while', 'then', 'so', 'because', 'as', 'when'])

/** Short words a title leaves in lower case. */
const titleWords = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'with', 'by', 'from', 'is'])

/**
 * Whether a short quoted text is a title (`“The Apprentice,”`): up to five
 * words, each capitalised but the small ones.
 *
 * @param text The quoted text.
 * @returns `true` for a title.
 */
function isTitle(text: string): boolean {
  // Six words are enough to tell.
  const pattern = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu
  const words: string[] = []
  let match: RegExpExecArray | null
  while (words.length <= 5 && (match = pattern.exec(text))) words.push(match[0])
  if (words.length === 0 || words.length > 5) return false
  return words.every((word, index) => /^[\p{Lu}\p{N}]/u.test(word) || (index > 0 && titleWords.has(word)))
}

/**
 * Whether a quote opens like a sentence: a capital letter first, or long.
 *
 * @param input The input.
 * @param quote The quote.
 * @returns `true` when it can be a whole statement.
 */
function opensSentence(input: string, quote: QuotedSpan): boolean {
  const first = input.charAt(quote.content.start)
  return (first !== first.toLowerCase() || first === '[' || first === '.') && speechLike(input, quote)
}

/**
 * Count words in a span.
 *
 * @param input The input.
 * @param span The span.
 * @returns How many runs of letters or digits it holds.
 */
function wordCount(input: string, span: Span): number {
  return input.slice(span.start, span.end).match(/[\p{L}\p{N}]+/gu)?.length ?? 0
}

/**
 * Whether a `.` is inside a name (`Sen.`, `U.S.`), not a sentence end.
 *
 * @param tokens The tokens.
 * @param index The `.` token.
 * @returns `true` after a short capitalised word.
 */
function isInnerDot(tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1]
  return before !== undefined && before.end === tokens[index]!.start && before.kind === 'word' && (before.capital && before.norm.length <= 4)
}

