import type {Span} from '../types.js'
import type {Cue} from './find-cues.js'
import type {QuotedSpan} from './pair-quote-marks.js'
import type {QuoteParagraph} from './read-paragraphs.js'
import type {TokenRange} from './speaker-span.js'
import {firstTokenFrom, lastOpenBefore} from './token-search.js'
import type {Token} from './tokens.js'

/**
 * A quote as the stage builds it, before its speaker is resolved to an
 * entity, and the helpers that fill it in: its content span (quote marks kept
 * paired), its kind, its cue and speaker spans.
 */

/** A quote before its speaker is resolved to an entity. */
export interface Draft {
  kind: 'direct' | 'indirect' | 'mixed'
  content: Span
  cue: Span
  speaker?: Span
  /** The speaker's paragraph and tokens, for resolving a relative pronoun. */
  speakerTokens?: {paragraph: number; range: TokenRange}
  /** The cue's probability. */
  probability: number
  /** The quoted stretches the content is made of, for direct quotes. */
  quotes: QuotedSpan[]
}

/**
 * Set the speaker of a draft from a token range.
 *
 * @param draft The draft.
 * @param paragraph Its paragraph.
 * @param range The speaker's tokens, if any.
 */
export function addSpeaker(draft: Draft, paragraph: QuoteParagraph, range: TokenRange | undefined): void {
  if (!range || range.end <= range.start) return
  const start = paragraph.tokens[range.start]!.start
  const end = paragraph.tokens[range.end - 1]!.end
  draft.speaker = {start, end}
  draft.speakerTokens = {paragraph: paragraph.index, range}
}

/**
 * The span of a cue.
 *
 * @param tokens The paragraph's tokens.
 * @param cue The cue.
 * @returns Its span.
 */
export function cueSpanOf(tokens: readonly Token[], cue: Cue): Span {
  return {start: tokens[cue.start]!.start, end: tokens[cue.end - 1]!.end}
}

/**
 * The kind of a reported content: direct when one quote holds it all, mixed
 * when it holds a quote (other than a scare quote after `so-called`), else
 * indirect.
 *
 * @param input The input.
 * @param tokens The paragraph's tokens.
 * @param span The content.
 * @param quotes The paragraph's quoted stretches.
 * @returns The kind.
 */
export function kindOf(input: string, tokens: readonly Token[], span: Span, quotes: QuotedSpan[]): Draft['kind'] {
  let mixed = false
  for (let index = Math.max(0, lastOpenBefore(quotes, span.start)); index < quotes.length; index++) {
    const quote = quotes[index]!
    if (quote.content.start >= span.end) break
    if (quote.content.end <= span.start) continue
    if (quote.content.start <= span.start && span.end <= quote.content.end) return 'direct'
    const before = tokens[firstTokenFrom(tokens, quote.open.start) - 1]
    if (quote.double && before?.norm !== 'so-called') mixed = true
  }
  return mixed ? 'mixed' : 'indirect'
}

/**
 * The span of a token range, trimmed of punctuation at its edges (quote
 * marks inside it are kept).
 *
 * @param input The input.
 * @param tokens The tokens.
 * @param range The range.
 * @returns The span, or `undefined` when no word is left.
 */
export function contentSpan(input: string, tokens: readonly Token[], range: TokenRange): Span | undefined {
  let start = range.start
  let end = range.end
  while (start < end && tokens[start]!.kind === 'punct') start++
  while (end > start && tokens[end - 1]!.kind === 'punct') end--
  if (end <= start) return undefined
  // A quote that opens inside keeps its closing mark (and one that closes
  // inside, its opening mark), so that the marks in the text stay paired.
  let marks = 0
  for (let index = start; index < end; index++) if (tokens[index]!.norm === '"') marks++
  if (marks % 2 === 1) {
    let after = end
    while (after < range.end && tokens[after]!.norm !== '"') after++
    let before = start - 1
    while (before >= range.start && tokens[before]!.norm !== '"') before--
    if (after < range.end && isClosing(input, tokens[after]!)) end = after + 1
    else if (before >= range.start) start = before
  }
  return {start: tokens[start]!.start, end: tokens[end - 1]!.end}
}

/**
 * Whether a quote mark token stands where a closing mark does (after a
 * non-space character).
 *
 * @param input The input.
 * @param token The mark.
 * @returns `true` for a closing mark.
 */
function isClosing(input: string, token: Token): boolean {
  return token.start > 0 && !/\s/.test(input.charAt(token.start - 1))
}
