import {clauseBoundaries, continuationLinks} from '../lexicon/speakers.js'
import type {Span} from '../types.js'
import {countStartingBefore} from '../util/count-before.js'
import {contentSpan, kindOf, type Draft} from './draft.js'
import type {QuoteParagraph, QuoteReading} from './read-paragraphs.js'
import {firstTokenFrom, lastTokenBefore} from './token-search.js'
import type {Token} from './tokens.js'

/**
 * One quote per attribution. The readings of the cues may overlap: a cue
 * inside another quote's content reads its own content there too. Taken in
 * text order, each pair of overlapping drafts is settled by what the text
 * shows:
 *
 * - a direct quote ends with its last quoted stretch before a cue outside its
 *   marks (`“…,” she says. She adds: “…”`);
 * - a continuation (`…, adding that …`, `… and said …`, `…, saying …`: a
 *   comma or `and` before the inner cue, whose speaker is not in the outer
 *   content) ends the outer content before it: each quote keeps its own words;
 * - an inner cue with no such link and its speaker outside the outer content
 *   (`said the route ignored …`) is a word of that content when its cue is
 *   much less likely than the outer one: it is folded in (dropped);
 * - an inner draft whose cue and content lie inside the outer content is
 *   settled by `settleNested`: a statement of its own after a clause
 *   boundary, a word of the outer content after `that`, or a nested
 *   attribution (`… that many states made statements declaring …`) that
 *   gets the outer one as its parent;
 * - a direct quote that runs over another cue's content from before its own
 *   cue (`The mayor says the plan is “…” She says … “…”`) keeps only its
 *   stretches after its cue.
 *
 * Nothing else is dropped: on PolNeAR, dropping either draft of the pairs
 * left costs more correct cues than it saves wrong quotes.
 */

/**
 * A cue inside another quote's content, with no link to it and its speaker
 * outside it (`said the route ignored …`), is folded into that quote when its
 * probability is below the outer cue's by more than this (chosen on PolNeAR:
 * folding closer calls costs more correct cues than it saves wrong quotes).
 */
const foldMargin = 0.2

/** How many earlier drafts each draft is compared with (bounds the work per draft). */
const lookBack = 8

/** A draft and, when nested, the draft it is nested in. */
export interface FoldedDraft {
  draft: Draft
  parent?: Draft
}

/**
 * Settle the overlaps between drafts.
 *
 * @param input The caller's input.
 * @param reading The paragraphs read.
 * @param drafts The drafts, sorted by content start.
 * @returns The drafts kept, sorted by content start, with their parents.
 */
export function foldOverlaps(input: string, reading: QuoteReading, drafts: readonly Draft[]): FoldedDraft[] {
  const kept: FoldedDraft[] = []
  for (const draft of drafts) {
    const item: FoldedDraft = {draft}
    for (let back = kept.length - 1; back >= Math.max(0, kept.length - lookBack); back--) {
      const other = kept[back]!
      if (overlaps(other.draft.content, item.draft.content)) settle(input, reading, other, item)
    }
    kept.push(item)
  }
  return kept
    .filter((item) => item.draft.content.end > item.draft.content.start)
    .sort((a, b) => a.draft.content.start - b.draft.content.start || a.draft.content.end - b.draft.content.end)
}

/**
 * Settle one overlapping pair: cut the outer draft where the text shows the
 * inner one is a statement of its own, or mark the inner one as nested.
 *
 * @param input The input.
 * @param reading The paragraphs.
 * @param earlier The draft kept before (cut in place, or emptied to be dropped).
 * @param later The draft being added.
 */
function settle(input: string, reading: QuoteReading, earlier: FoldedDraft, later: FoldedDraft): void {
  if (sameSpan(earlier.draft.cue, later.draft.cue)) {
    // Two readings of one cue: the one whose content holds the cue itself goes.
    for (const draft of [earlier.draft, later.draft]) if (within(draft.cue, draft.content)) draft.content = {start: draft.content.start, end: draft.content.start}
    return
  }
  const [outer, inner] = within(later.draft.cue, earlier.draft.content) ? [earlier, later] : within(earlier.draft.cue, later.draft.content) ? [later, earlier] : []
  if (!outer || !inner) {
    claimStretches(earlier.draft, later.draft)
    return
  }
  const speaker = inner.draft.speaker
  if (outer.draft.kind === 'direct' && outer.draft.quotes.length > 1 && !insideStretch(outer.draft, inner.draft.cue.start)) {
    cutDirect(outer.draft, inner.draft.cue.start)
  } else if (!speaker || !within(speaker, outer.draft.content)) {
    const link = continuationStart(reading, inner.draft.cue.start) ?? (inner.draft.kind === 'direct' ? inner.draft.cue.start : undefined)
    if (link !== undefined && outer.draft.content.start < link && inner.draft.content.start >= link) cutBefore(input, reading, outer.draft, link)
    else if (inner.draft.probability < outer.draft.probability - foldMargin) inner.draft.content = {start: inner.draft.content.start, end: inner.draft.content.start}
  }
  if (within(inner.draft.content, outer.draft.content) && within(inner.draft.cue, outer.draft.content)) settleNested(input, reading, outer, inner)
}

/**
 * Settle a draft whose cue and content lie inside another draft's content.
 * Chosen on PolNeAR train, where such pairs are most often two statements
 * one after the other, or one statement whose content holds a stray cue,
 * and seldom a report inside a report:
 *
 * - after a clause boundary (a comma, a dash, `and`, `but`, `while`, `as` …)
 *   an inner cue likelier than the outer one by `cutMargin` makes a
 *   statement of its own: the outer content ends before its speaker (`…,
 *   she said, referencing …`); a direct quote does unless its cue is less
 *   likely by more than `-directCutMargin` (`Asked whether …, the
 *   commissioner said: “…”`);
 * - with no boundary (`said Y suggested Z`), or after `that` (`said that Y
 *   suggested Z`), the inner cue is a word of the outer content, and
 *   dropped, when it is less likely than the outer one by `dropMargin` (after
 *   `that`, whatever its probability), unless it has a that-clause of its own
 *   (`said that the unions had warned that …`);
 * - the rest is nested, with the outer draft as its parent, as is a
 *   participle right after a noun (`many states made statements declaring
 *   …`), which reports inside the clause around it.
 *
 * @param input The input.
 * @param reading The paragraphs.
 * @param outer The draft whose content holds the other.
 * @param inner The draft inside it.
 */
function settleNested(input: string, reading: QuoteReading, outer: FoldedDraft, inner: FoldedDraft): void {
  const paragraph = paragraphAt(reading, inner.draft.cue.start)
  const tokens = paragraph?.tokens ?? []
  const head = firstTokenFrom(tokens, inner.draft.cue.start)
  if (!paragraph || head < 0 || isReducedRelative(tokens, head)) {
    inner.parent = outer.draft
    return
  }
  const speaker = inner.draft.speaker
  const start = speaker && within(speaker, outer.draft.content) && speaker.start < inner.draft.cue.start ? speaker.start : inner.draft.cue.start
  const link = linkBefore(tokens, lastTokenBefore(tokens, start), outer.draft.content.start)
  const lead = inner.draft.probability - outer.draft.probability
  // A that-clause of its own, or an attribution that opens the outer content (`… said Y asked Z`), is a report of its own.
  const ownClause = tokens[firstTokenFrom(tokens, inner.draft.content.start)]?.norm === 'that' || start <= firstWordStart(tokens, outer.draft.content.start)
  if (link === 'boundary' && lead > (inner.draft.kind === 'direct' ? directCutMargin : cutMargin)) {
    cutBefore(input, reading, outer.draft, start)
  } else if (link !== 'boundary' && !ownClause && (link === 'that' || lead < -dropMargin)) {
    inner.draft.content = {start: inner.draft.content.start, end: inner.draft.content.start}
  } else {
    inner.parent = outer.draft
  }
}

/**
 * Where the first word at or after an offset starts.
 *
 * @param tokens The paragraph's tokens.
 * @param offset The offset.
 * @returns Its start, or the offset when there is none.
 */
function firstWordStart(tokens: readonly Token[], offset: number): number {
  let index = firstTokenFrom(tokens, offset)
  while (index >= 0 && index < tokens.length && tokens[index]!.kind !== 'word') index++
  return tokens[index]?.start ?? offset
}

/** How much likelier than the outer cue an inner cue after a clause boundary must be to cut the outer content (chosen on PolNeAR train and dev, cue accuracy held). */
const cutMargin = 0.2

/**
 * How much likelier than the outer cue the cue of a direct quote after a
 * clause boundary must be to cut the outer content: a direct quote is a
 * statement of its own even when its cue is a little less likely (chosen on
 * PolNeAR train and dev, where every figure holds or gains and fewer quotes
 * overlap).
 */
const directCutMargin = -0.2

/** How much less likely than the outer cue an inner cue with no boundary must be to be dropped. */
const dropMargin = 0.2

/**
 * What links an inner attribution to the outer content before it.
 *
 * @param tokens The paragraph's tokens.
 * @param last The token right before the inner attribution.
 * @param floor Where the outer content starts.
 * @returns `boundary` after a comma, dash or clause word, `that` after a
 *   complementiser, `none` otherwise.
 */
function linkBefore(tokens: readonly Token[], last: number, floor: number): 'boundary' | 'that' | 'none' {
  const token = tokens[last]
  if (!token || token.start < floor) return 'none'
  if (token.norm === 'that') return 'that'
  // `as well as` joins two noun phrases, not two clauses.
  if (token.norm === 'as' && tokens[last - 1]?.norm === 'well') return 'none'
  return clauseBoundaries.has(token.norm) ? 'boundary' : 'none'
}

/**
 * Whether a cue is a participle right after a noun (`statements declaring`):
 * a reduced relative clause, whose report belongs to the clause around it.
 *
 * @param tokens The paragraph's tokens.
 * @param head The cue's first token.
 * @returns `true` for such a participle.
 */
export function isReducedRelative(tokens: readonly Token[], head: number): boolean {
  const cue = tokens[head]
  const before = tokens[head - 1]
  if (!cue || !before || cue.norm.length <= 5 || !cue.norm.endsWith('ing')) return false
  return before.kind === 'word' && !before.capital && before.norm.length > 3 && before.norm.endsWith('s') && !before.norm.endsWith('ss')
}

/**
 * A direct quote that runs over its own cue (`“…” She says … “…”`) gives the
 * stretches before its cue to a draft whose content holds them (`The mayor
 * says the plan is “…”`), and keeps those after it.
 *
 * @param a One draft.
 * @param b The other.
 */
function claimStretches(a: Draft, b: Draft): void {
  const direct = b.kind === 'direct' ? b : a.kind === 'direct' ? a : undefined
  const other = direct === b ? a : b
  if (!direct || direct.quotes.length < 2 || !within(direct.quotes[0]!.content, other.content)) return
  const after = direct.quotes.filter((quote) => quote.content.start >= direct.cue.end)
  if (after.length === 0 || overlaps(after[0]!.content, other.content)) return
  direct.quotes = after
  direct.content = {start: after[0]!.content.start, end: direct.content.end}
}

/**
 * Where a continuation's link starts: the comma or `and` (with `also`,
 * `then` …) right before a cue, as in `…, adding that …`, `… and said …`.
 *
 * @param reading The paragraphs.
 * @param offset Where the cue starts.
 * @returns The offset of the link, or `undefined` when there is none.
 */
function continuationStart(reading: QuoteReading, offset: number): number | undefined {
  const paragraph = paragraphAt(reading, offset)
  if (!paragraph) return undefined
  const {tokens} = paragraph
  let index = firstTokenFrom(tokens, offset) - 1
  let linked = false
  while (index >= 0 && (continuationLinks.has(tokens[index]!.norm) || isAdverb(tokens[index]!.norm))) {
    if (linkWords.has(tokens[index]!.norm)) linked = true
    index--
  }
  // `“…,” suggesting …`: the comma stands inside the closing mark.
  if (!linked && tokens[index]?.norm === '"' && tokens[index - 1]?.norm === ',' && paragraph.quoted[index - 1]) linked = true
  return linked ? tokens[index + 1]!.start : undefined
}

/** The links themselves; the other continuation words go with them (`and also`). */
const linkWords: ReadonlySet<string> = new Set([',', ';', 'and', 'but', 'while', 'before', 'after', 'by', '—', '–', '--'])

/**
 * Whether a word reads as an adverb in `-ly` (`repeatedly`, `later`'s kin).
 *
 * @param norm The word, in lower case.
 * @returns `true` for a word of five letters or more ending in `ly`.
 */
function isAdverb(norm: string): boolean {
  return norm.length >= 5 && norm.endsWith('ly')
}

/**
 * Cut a draft's content to end before an offset, trimmed of punctuation and
 * of a dangling `that`, and give it the kind of what is left.
 *
 * @param input The input.
 * @param reading The paragraphs.
 * @param draft The draft.
 * @param offset Where the content must end.
 */
export function cutBefore(input: string, reading: QuoteReading, draft: Draft, offset: number): void {
  const paragraph = paragraphAt(reading, offset)
  const empty = {start: draft.content.start, end: draft.content.start}
  if (!paragraph) {
    draft.content = empty
    return
  }
  const {tokens} = paragraph
  const first = Math.max(0, firstTokenFrom(tokens, draft.content.start))
  let last = lastTokenBefore(tokens, offset)
  while (last >= first && danglingWords.has(tokens[last]!.norm)) last--
  const span = contentSpan(input, tokens, {start: first, end: last + 1})
  if (!span) {
    draft.content = empty
    return
  }
  const content: Span = {start: draft.content.start, end: span.end}
  draft.content = content
  draft.kind = kindOf(input, tokens, content, paragraph.quotes)
}

/** Words a cut content does not end with. */
const danglingWords: ReadonlySet<string> = new Set(['that', 'which', 'who', 'after', 'before', 'because', 'when', 'while', 'as', 'and', 'but', 'since', 'if', 'although', ',', ';', ':', '-', '—', '–'])

/**
 * Cut a direct quote of several quoted stretches to those that end before
 * an offset (emptied when none does).
 *
 * @param draft The draft.
 * @param offset The offset.
 */
function cutDirect(draft: Draft, offset: number): void {
  const stretches = draft.quotes.filter((quote) => quote.content.end <= offset)
  if (stretches.length === 0) {
    draft.content = {start: draft.content.start, end: draft.content.start}
    return
  }
  draft.quotes = stretches
  draft.content = {start: draft.content.start, end: stretches.at(-1)!.content.end}
}

/**
 * Whether an offset lies inside one of a direct draft's quoted stretches.
 *
 * @param draft The draft.
 * @param offset The offset.
 * @returns `true` inside a stretch.
 */
function insideStretch(draft: Draft, offset: number): boolean {
  return draft.quotes.some((quote) => quote.content.start <= offset && offset < quote.content.end)
}

/**
 * The paragraph that holds an offset.
 *
 * @param reading The paragraphs.
 * @param offset The offset.
 * @returns The paragraph, if any.
 */
export function paragraphAt(reading: QuoteReading, offset: number): QuoteParagraph | undefined {
  const paragraph = reading.paragraphs[countStartingBefore(reading.paragraphs, offset + 1, (item) => item.span.end)]
  return paragraph && paragraph.span.start <= offset ? paragraph : undefined
}

/**
 * Whether two spans share a character.
 *
 * @param a A span.
 * @param b Another.
 * @returns `true` when they overlap.
 */
function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end
}

/**
 * Whether two spans are the same.
 *
 * @param a A span.
 * @param b Another.
 * @returns `true` when they start and end together.
 */
function sameSpan(a: Span, b: Span): boolean {
  return a.start === b.start && a.end === b.end
}

/**
 * Whether a span lies within another.
 *
 * @param inner The span.
 * @param outer The other.
 * @returns `true` when it does.
 */
function within(inner: Span, outer: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end
}
