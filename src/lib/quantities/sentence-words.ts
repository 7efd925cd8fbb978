import type {TokenTable} from '../text/index.js'

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
 * Read the words of a stretch of a sentence.
 *
 * @param input The caller's input.
 * @param table The token layer.
 * @param first The stretch's first token.
 * @param end One past its last token.
 * @param sentenceFirst The sentence's first token (the first word of a sentence is spaced).
 * @returns Its words.
 */
export function sentenceWords(input: string, table: TokenTable, first: number, end: number, sentenceFirst = first): Word[] {
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

    const text = input.slice(start, stop)
    const before = index === sentenceFirst ? -1 : table.ends[index - 1]!
    words.push({start, end: stop, text, lower: lowerOf(text), spaced: before < start})
    index = next
  }

  return words
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
