import type {Span} from '../types.js'
import type {QuotedSpan} from './pair-quote-marks.js'
import type {Token} from './tokens.js'

/**
 * What a quoted stretch and the words next to it look like: speech or a
 * title, a sentence of its own, a dot inside a name; shared by the direct
 * quotes, their continuations and the orphan quotes.
 */

/** Most tokens between a quote and its cue (`,” the ministry of defence said`). */
export const nearQuote = 12

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
export const clauseWords = new Set(['and', 'but', 'or', 'before', 'after', 'while', 'then', 'so', 'because', 'as', 'when'])

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
export function opensSentence(input: string, quote: QuotedSpan): boolean {
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
export function isInnerDot(tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1]
  return before !== undefined && before.end === tokens[index]!.start && before.kind === 'word' && (before.capital && before.norm.length <= 4)
}
