import type {TokenTable} from '../2-text/index.js'

/**
 * The words of one sentence as the quantities stage reads them: the token
 * layer's tokens, with a figure the tokenizer cut at its separators
 * ("20" "," "000") joined again, and whether white space stands before each.
 */

/** One word of a sentence. */
export interface Word {
  start: number
  end: number
  /** The text as written. */
  text: string
  /** Lower case, `’` written `'`. */
  lower: string
  /** Whether white space (or nothing at all) stands between it and the word before. */
  spaced: boolean
}

/**
 * Read the words of a stretch of a sentence. A full stop the tokenizer left
 * on a word is a word of its own.
 *
 * @param input The caller's input.
 * @param table The token layer.
 * @param first The stretch's first token.
 * @param end One past its last token.
 * @param sentenceFirst The sentence's first token (the first word of a sentence is spaced).
 * @param sentenceEnd One past the sentence's last token (whose full stop is the sentence's, not the word's).
 * @returns Its words.
 */
export function sentenceWords(
  input: string,
  table: TokenTable,
  first: number,
  end: number,
  sentenceFirst = first,
  sentenceEnd = end
): Word[] {
  const words: Word[] = []
  let index = first

  while (index < end) {
    const start = table.starts[index]!
    let stop = table.ends[index]!
    let next = index + 1

    // "20" "," "000" and "1" "." "5": a separator between digits, nothing between.
    while (
      next + 1 < end &&
      isDigit(input.charCodeAt(stop - 1)) &&
      table.starts[next] === stop &&
      table.ends[next] === stop + 1 &&
      isSeparator(input.charCodeAt(stop)) &&
      table.starts[next + 1] === stop + 1 &&
      isDigit(input.charCodeAt(stop + 1))
    ) {
      stop = table.ends[next + 1]!
      next += 2
    }

    const before = index === sentenceFirst ? -1 : table.ends[index - 1]!
    // "64,900." and "per cent.": the tokenizer leaves a sentence's full stop on its last word.
    const stopAt = next === sentenceEnd && finalStop(input, start, stop) ? stop - 1 : stop
    const text = input.slice(start, stopAt)
    words.push({start, end: stopAt, text, lower: lowerOf(text), spaced: before < start})
    if (stopAt < stop) words.push({start: stopAt, end: stop, text: '.', lower: '.', spaced: false})
    index = next
  }

  return words
}

/**
 * Whether a word ends in a full stop that is no part of it: after a digit, or
 * after letters with no stop after a letter before it ("cent.", "2.7m.", not "U.S.").
 */
function finalStop(input: string, start: number, stop: number): boolean {
  if (stop - start < 2 || input.charCodeAt(stop - 1) !== 46) return false
  if (isDigit(input.charCodeAt(stop - 2))) return true
  for (let at = start + 1; at < stop - 1; at++) {
    if (input.charCodeAt(at) === 46 && !isDigit(input.charCodeAt(at - 1))) return false
  }
  return true
}

/** Lower case, `’` written `'`. */
function lowerOf(text: string): string {
  const lower = text.toLowerCase()
  return lower.includes('\u2019') ? lower.replaceAll('\u2019', "'") : lower
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

function isSeparator(code: number): boolean {
  return code === 44 || code === 46
}
