import type {Span} from '../types.js'

/**
 * Trim a name's span to the name: no surrounding space or punctuation (a
 * final period stays: the tokens keep it only in abbreviations, `Corp.`), no
 * possessive ending (`’s`, `'s`, a bare `’` after s), no leading `the`.
 *
 * @param input The caller's input.
 * @param span The span as found.
 * @param keepThe Whether a leading "The" belongs to the name ("The Hague").
 * @returns The trimmed span; empty (`start === end`) when nothing is left.
 */
export function trimSpan(input: string, span: Span, keepThe = false): Span {
  let start = span.start
  let end = span.end
  let changed = true

  while (changed && start < end) {
    changed = false
    const text = input.slice(start, end)

    if (/^[\s"“”‘’'«»(\[{,;:!?*\-–—]/u.test(text)) {
      start++
      changed = true
    } else if (/[\s"“”‘«»\]},;:!?*\-–—]$|[^\p{L}.]\.$/u.test(text) || (text.endsWith(')') && !text.includes('('))) {
      end--
      changed = true
    } else if (/\p{L}['’]s$/u.test(text)) {
      end -= 2
      changed = true
    } else if (/s’$|s'$/u.test(text)) {
      end--
      changed = true
    } else if (!keepThe && /^the\s+\S/iu.test(text)) {
      start += 3
      changed = true
    }
  }

  return {start, end: Math.max(start, end)}
}
