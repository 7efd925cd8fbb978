import type {Nodes, Root} from 'nlcst'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import type {Span} from '../types.js'
import {mergeAfterAbbreviations} from './merge-after-abbreviations.js'
import {splitAfterAbbreviations} from './split-after-abbreviations.js'

/** A unist point: line, column and offset. */
type Point = NonNullable<Root['position']>['start']

/** The parser, made on first use: importing the library costs nothing. */
let processor: ReturnType<typeof createProcessor> | undefined

/** Longest stretch handed to parse-english at once: it is superlinear on long text. */
const chunkSize = 8192

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
}

/**
 * Make a cursor at the start of an input.
 *
 * @param input The caller's whole input.
 * @returns A cursor at offset 0, line 1, column 1.
 */
export function createCursor(input: string): Cursor {
  return {input, offset: 0, line: 1, column: 1}
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
  const tree = parseParagraphRaw(input, paragraph, cursor)
  mergeAfterAbbreviations(tree)
  splitAfterAbbreviations(tree)
  return tree
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
    const tree = processor.parse(input.slice(chunk.start, chunk.end))
    shiftPositions(tree, locate(input, chunk.start, cursor))
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
 * space; a single word longer than that stays whole (parsing one word is linear).
 *
 * @param input The caller's whole input.
 * @param start Where the stretch starts.
 * @param end Where it ends.
 * @returns The chunks, covering the stretch without gaps.
 */
function chunks(input: string, start: number, end: number): Span[] {
  const result: Span[] = []
  let from = start
  while (end - from > chunkSize) {
    const cut = cutPoint(input, from, from + chunkSize)
    result.push({start: from, end: cut})
    from = cut
  }
  result.push({start: from, end})
  return result
}

/**
 * Find where to cut before `limit`: just past the white space that follows a
 * sentence end in the second half of the window, else past the last white
 * space, else past the next white space after the window.
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
  let index = limit
  while (index < input.length && !isSpace(input.charCodeAt(index))) index++
  return skipSpace(input, index, input.length)
}

function skipSpace(input: string, index: number, limit: number): number {
  let at = index
  while (at < limit && isSpace(input.charCodeAt(at))) at++
  return at
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0
}

/**
 * Make the frozen unified processor with retext-english.
 *
 * @returns The processor.
 */
function createProcessor() {
  return unified().use(retextEnglish).freeze()
}

/**
 * Find the line and column of an offset, counting line endings as
 * parse-latin does (`\r\n`, `\r` and `\n` each end one line). Scans forward
 * from the cursor when it is about the same input and an earlier offset, and
 * moves the cursor there.
 *
 * @param input The caller's whole input.
 * @param offset An offset into `input`.
 * @param cursor Where the previous call ended.
 * @returns The point at `offset`.
 */
function locate(input: string, offset: number, cursor: Cursor): Point {
  const from = cursor.input === input && cursor.offset <= offset ? cursor : createCursor(input)
  let index = from.offset
  let line = from.line
  let column = from.column

  while (index < offset) {
    const code = input.charCodeAt(index)
    if (code === 13 || (code === 10 && input.charCodeAt(index - 1) !== 13)) {
      line++
      column = 1
    } else if (code !== 10) {
      column++
    }

    index++
  }

  Object.assign(cursor, {input, offset, line, column})
  return {line, column, offset}
}

/**
 * Give every node of a freshly parsed tree new position objects that index
 * the whole input. parse-latin shares point objects between nodes, so the
 * points are replaced, never changed in place.
 *
 * @param tree The tree of the paragraph alone.
 * @param base Where the paragraph starts in the whole input.
 */
function shiftPositions(tree: Root, base: Point): void {
  const stack: Nodes[] = [tree]
  let node: Nodes | undefined

  while ((node = stack.pop())) {
    if (node.position) {
      node.position = {
        start: shiftPoint(node.position.start, base),
        end: shiftPoint(node.position.end, base)
      }
    }

    // Push one by one: a spread of a very long list overflows the call stack.
    if ('children' in node) for (const child of node.children) stack.push(child)
  }
}

/**
 * Shift one point of the paragraph alone to the whole input.
 *
 * @param point A point counted from the start of the paragraph.
 * @param base Where the paragraph starts in the whole input.
 * @returns The same place, counted from the start of the input.
 */
function shiftPoint(point: Point, base: Point): Point {
  return {
    line: point.line + base.line - 1,
    column: point.line === 1 ? point.column + base.column - 1 : point.column,
    offset: (point.offset ?? 0) + (base.offset ?? 0)
  }
}
