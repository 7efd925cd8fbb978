import {isCapitalized} from '../2-text/characters.js'
import {normalOf, TokenKind, type TokenTable} from '../2-text/tokens.js'
import {Case} from '../2-text/word-shape.js'

/**
 * The quotes stage's view of the token layer: the tokens of one segment of
 * the text stage's table (`text/tokens.ts`) as objects the stage's rules
 * read, with the normal form it compares (every double quote mark `"`, every
 * single one `'`). The cue learner reads the corpus through the same text
 * stage, so that it and the runtime see the very same tokens.
 */

/** What a token is. */
export type TokenKindName = 'word' | 'punct'

/** One token of a paragraph. */
export interface Token {
  /** Offset of its first code unit in the input. */
  start: number
  /** Offset just past its last code unit. */
  end: number
  /** Lower case; curly apostrophes become `'`, every double quote mark becomes `"`. */
  norm: string
  /** Word (a word or a possessive ending) or punctuation (a mark or a symbol). */
  kind: TokenKindName
  /** Whether the word starts with a capital letter. */
  capital: boolean
  /** Its coarse class (`tokenClass`), filled in on first use by `groupOf`; `''` until then. */
  group: string
}

/** Characters read as double quote marks. */
const doubleMarks = new Set(['"', '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '`', "''", '``'])

/** Characters read as single quote marks or apostrophes. */
const singleMarks = new Set(["'", '\u2018', '\u2019', '\u201A', '\u201B', '\u2039', '\u203A'])

/**
 * Per segment of a table, the range of its tokens: a segment's tokens stand
 * together, in text order.
 *
 * @param table The token table.
 * @param segmentCount How many segments the document has.
 * @returns Per segment, the index of its first token and one past its last
 *   (`2 * segment` and `2 * segment + 1`); an empty range for a segment
 *   without tokens.
 */
export function segmentRanges(table: TokenTable, segmentCount: number): Int32Array {
  const ranges = new Int32Array(2 * segmentCount)
  for (let sentence = 0; sentence < table.sentenceSegment.length; sentence++) {
    const segment = table.sentenceSegment[sentence]!
    const first = table.sentenceStart[sentence]!
    const last = table.sentenceStart[sentence + 1]!
    if (ranges[2 * segment + 1] === 0) ranges[2 * segment] = first
    ranges[2 * segment + 1] = last
  }
  return ranges
}

/**
 * The tokens of one range of the table, as the quotes stage reads them. A
 * doubled apostrophe or backtick (`''`, ``` `` ```, one mark in the table)
 * is a double quote mark; a word that ends its sentence with a full stop
 * (`U.S.`, `13.`: one word in the table) is the word and the stop, so that
 * what the stage reads of a sentence's end does not depend on its last word.
 *
 * @param input The caller's input.
 * @param table The token table.
 * @param first The first token of the range.
 * @param last One past its last token.
 * @returns The tokens, in order.
 */
export function viewTokens(input: string, table: TokenTable, first: number, last: number): Token[] {
  const tokens: Token[] = []
  for (let index = first; index < last; index++) {
    const start = table.starts[index]!
    const end = table.ends[index]!
    const kind = table.kinds[index]!
    if (kind === TokenKind.Word || kind === TokenKind.Possessive) {
      const norm = normalOf(table, input, index)
      if (endsSentence(table, index, last) && end - start > 1 && input.charCodeAt(end - 1) === 46) {
        // `U.S.`, `13.` at the end of a sentence: the word, and its full stop.
        tokens.push({start, end: end - 1, norm: norm.slice(0, -1), kind: 'word', capital: capitalOf(table, input, index), group: ''})
        tokens.push({start: end - 1, end, norm: '.', kind: 'punct', capital: false, group: ''})
        continue
      }
      tokens.push({start, end, norm, kind: 'word', capital: capitalOf(table, input, index), group: ''})
      continue
    }

    const value = input.slice(start, end)
    const norm = doubleMarks.has(value) ? '"' : singleMarks.has(value) ? "'" : value.toLowerCase()
    tokens.push({start, end, norm, kind: 'punct', capital: false, group: ''})
  }

  return tokens
}

/**
 * Whether a token is the last of its sentence (or of the range).
 *
 * @param table The token table.
 * @param index The token.
 * @param last One past the range's last token.
 * @returns `true` for a sentence's last token.
 */
function endsSentence(table: TokenTable, index: number, last: number): boolean {
  return index + 1 >= last || table.sentenceOf[index + 1] !== table.sentenceOf[index]
}

/**
 * Whether a word of the table starts with a capital letter.
 *
 * @param table The token table.
 * @param input The caller's input.
 * @param index The token.
 * @returns `true` for `Smith`, `UN`, `G7`; `false` for `iPhone`, `3M`.
 */
function capitalOf(table: TokenTable, input: string, index: number): boolean {
  const shape = table.cases[index]
  if (shape === Case.Capitalized || shape === Case.Upper) return true
  if (shape !== Case.DigitsAndLetters) return false
  return isCapitalized(input.slice(table.starts[index], table.ends[index]))
}
