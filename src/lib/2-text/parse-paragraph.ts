import type {Root} from 'nlcst'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import type {Span} from '../types.js'
import {isSpace} from './characters.js'
import {repairSentences} from './repair-sentences.js'
import {shiftPositions, type Point} from './shift-positions.js'

/** The parser, made on first use: importing the library costs nothing. */
let processor: Parser | undefined

/**
 * retext-english's parser, taken from a frozen unified processor, and the one
 * file handed to it: calling the parser straight spares `processor.parse` a
 * new VFile per chunk (retext-english reads only the text).
 */
interface Parser {
  parser: (value: string, file: VFile) => Root
  file: VFile
}

/** Longest stretch handed to parse-english at once: it is superlinear on long text. */
export const chunkSize = 8192

/**
 * Where the previous paragraph of the same input started, so that finding
 * the line and column of the next one only scans the text in between. Make
 * one per input with `createCursor` and pass it to each `parseParagraph` call.
 */
export interface Cursor {
  input: string
  offset: number
  line: number
  column: number
  /**
   * The next carriage return at or after `offset`, `input.length` when there
   * is none; below `offset` when not looked for yet.
   */
  nextReturn: number
  /** The next line feed, the same way. */
  nextFeed: number
}

/**
 * Make a cursor at the start of an input.
 *
 * @param input The caller's whole input.
 * @returns A cursor at offset 0, line 1, column 1.
 */
export function createCursor(input: string): Cursor {
  return {input, offset: 0, line: 1, column: 1, nextReturn: -1, nextFeed: -1}
}

/**
 * Parse one paragraph of the caller's input with retext-english, repair the
 * sentence breaks that parse-english is known to get wrong after
 * abbreviations, and shift every position so that it indexes `input`.
 * A long paragraph is parsed in chunks cut after sentence ends, so the work
 * stays linear in its length.
 *
 * @param input The caller's whole input.
 * @param paragraph Where the paragraph stands in `input`.
 * @param cursor Where the previous paragraph started; paragraphs parsed in
 *   order with one cursor cost one pass over the input for line and column.
 * @returns The NLCST tree of the paragraph; for every node,
 *   `input.slice(start.offset, end.offset)` of its position is its text.
 */
export function parseParagraph(input: string, paragraph: Span, cursor: Cursor = createCursor(input)): Root {
  return repairSentences(parseParagraphRaw(input, paragraph, cursor))
}


/**
 * Parse one paragraph as parse-english does, without the repairs, with
 * positions shifted to index `input`. Kept for measuring what the repairs do.
 *
 * @param input The caller's whole input.
 * @param paragraph Where the paragraph stands in `input`.
 * @param cursor Where the previous paragraph started.
 * @returns The NLCST tree of the paragraph.
 */
export function parseParagraphRaw(input: string, paragraph: Span, cursor: Cursor = createCursor(input)): Root {
  const start = Math.max(0, Math.min(paragraph.start, input.length))
  const end = Math.max(start, Math.min(paragraph.end, input.length))
  if (!processor) processor = createProcessor()
  const root: Root = {type: 'RootNode', children: []}
  for (const chunk of chunks(input, start, end)) {
    const tree = processor.parser(input.slice(chunk.start, chunk.end), processor.file)
    shiftPositions(tree, locate(input, chunk.start, cursor), chunk.end - chunk.start)
    for (const child of tree.children) root.children.push(child)
  }
  const first = root.children[0]?.position
  const last = root.children.at(-1)?.position
  if (first && last) root.position = {start: first.start, end: last.end}
  return root
}

/**
 * Cut a stretch of text into chunks of at most `chunkSize` characters, after
 * a sentence end and its white space where there is one, else after white
 * space, else — in a run with no white space, such as `a.a.a.` or `!?!?` —
 * after a mark or symbol; a run of letters and digits alone stays whole
 * (parse-english reads it as one word, in linear time). parse-latin spreads
 * a word's or a sentence's tokens into calls and merges sentences of marks
 * one by one, so the tokens of one call must stay few.
 *
 * @param input The caller's whole input.
 * @param start Where the stretch starts.
 * @param end Where it ends.
 * @returns The chunks, covering the stretch without gaps.
 */
export function chunks(input: string, start: number, end: number): Span[] {
  const result: Span[] = []
  let from = start
  while (end - from > chunkSize) {
    const cut = Math.min(cutPoint(input, from, from + chunkSize), end)
    result.push({start: from, end: cut})
    from = cut
  }
  result.push({start: from, end})
  return result
}

/**
 * Find where to cut before `limit`: just past the white space that follows a
 * sentence end in the second half of the window, else past the last white
 * space, else past the last mark or symbol, else past the next white space,
 * mark or symbol after the window.
 *
 * @returns The offset of the cut, greater than `from`.
 */
function cutPoint(input: string, from: number, limit: number): number {
  let space = -1
  for (let index = limit - 1; index > from; index--) {
    if (!isSpace(input.charCodeAt(index)) || isSpace(input.charCodeAt(index - 1))) continue
    if (space === -1) space = index
    if (index - from > chunkSize / 2 && /[.!?]["”’)\]]*$/.test(input.slice(Math.max(from, index - 4), index))) {
      return skipSpace(input, index, limit)
    }
  }
  if (space !== -1) return skipSpace(input, space, limit)
  for (let index = limit - 1; index > from; index--) {
    if (isMark(input, index - 1) && !isJoined(input, index)) return index
  }
  let index = limit
  while (index < input.length && !isSpace(input.charCodeAt(index)) && !(isMark(input, index - 1) && !isJoined(input, index))) index++
  return skipSpace(input, index, input.length)
}

/**
 * Whether the character at an index is neither a letter, a digit, a
 * combining mark nor half of a surrogate pair: a cut after it splits no word.
 */
function isMark(input: string, index: number): boolean {
  const code = input.charCodeAt(index)
  if (code < 128) return !((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122))
  if (code >= 0xd800 && code <= 0xdfff) return false
  return !/[\p{L}\p{N}\p{M}]/u.test(input.charAt(index))
}

/**
 * Whether the character at an index belongs to the one before it: a
 * combining mark, a joiner or the low half of a surrogate pair.
 */
function isJoined(input: string, index: number): boolean {
  const code = input.charCodeAt(index)
  if (code < 128) return false
  if (code >= 0xdc00 && code <= 0xdfff) return true
  return /[\p{M}\u200C\u200D\uFE0E\uFE0F]/u.test(input.charAt(index))
}

function skipSpace(input: string, index: number, limit: number): number {
  let at = index
  while (at < limit && isSpace(input.charCodeAt(at))) at++
  return at
}


/**
 * Make the frozen unified processor with retext-english and take its parser.
 *
 * @returns The parser and the file to hand it.
 */
function createProcessor(): Parser {
  const frozen = unified().use(retextEnglish).freeze()
  const parser = frozen.parser
  if (!parser) throw new Error('Cannot find the parser of retext-english')
  return {parser, file: new VFile()}
}

/**
 * Find the line and column of an offset, counting line endings as
 * parse-latin does (`\r\n`, `\r` and `\n` each end one line). Goes from
 * line end to line end from the cursor when it is about the same input and
 * an earlier offset, and moves the cursor there; the next line ends are
 * kept in the cursor, so that the searches stay one pass over the input.
 *
 * @param input The caller's whole input.
 * @param offset An offset into `input`.
 * @param cursor Where the previous call ended.
 * @returns The point at `offset`.
 */
function locate(input: string, offset: number, cursor: Cursor): Point {
  const from = cursor.input === input && cursor.offset <= offset ? cursor : createCursor(input)
  let index = skipFeedAfterReturn(input, from.offset, offset)
  let line = from.line
  let column = from.column
  let nextReturn = from.nextReturn
  let nextFeed = from.nextFeed

  while (true) {
    if (nextReturn < index) nextReturn = find(input, '\r', index)
    if (nextFeed < index) nextFeed = find(input, '\n', index)
    const end = Math.min(nextReturn, nextFeed)
    if (end >= offset) break
    line++
    column = 1
    index = skipFeedAfterReturn(input, end + 1, offset)
  }

  column += offset - index
  Object.assign(cursor, {input, offset, line, column, nextReturn, nextFeed})
  return {line, column, offset}
}

/**
 * Step over a line feed that follows a carriage return: it ends no line of
 * its own and takes no column.
 *
 * @param input The caller's whole input.
 * @param index Where to look.
 * @param limit Where the scan stops.
 * @returns `index`, or just past it.
 */
function skipFeedAfterReturn(input: string, index: number, limit: number): number {
  return index < limit && input.charCodeAt(index) === 10 && input.charCodeAt(index - 1) === 13 ? index + 1 : index
}

/**
 * Find a character at or after an index.
 *
 * @returns Its index, or `input.length` when there is none.
 */
function find(input: string, character: string, index: number): number {
  const found = input.indexOf(character, index)
  return found === -1 ? input.length : found
}
