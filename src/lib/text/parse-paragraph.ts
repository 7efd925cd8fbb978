import type {Nodes, Root} from 'nlcst'
import type {Point} from 'unist'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import type {Span} from '../types.js'
import {mergeAfterAbbreviations} from './merge-after-abbreviations.js'
import {splitAfterAbbreviations} from './split-after-abbreviations.js'

/** The parser, made on first use: importing the library costs nothing. */
let processor: ReturnType<typeof createProcessor> | undefined

/**
 * Where the last paragraph started, so that finding the line and column of
 * the next one in the same input only scans the text in between.
 */
let last: {input: string; offset: number; line: number; column: number} = {
  input: '',
  offset: 0,
  line: 1,
  column: 1
}

/**
 * Parse one paragraph of the caller's input with retext-english, repair the
 * sentence breaks that parse-english is known to get wrong after
 * abbreviations, and shift every position so that it indexes `input`.
 *
 * @param input The caller's whole input.
 * @param paragraph Where the paragraph stands in `input`.
 * @returns The NLCST tree of the paragraph; for every node,
 *   `input.slice(start.offset, end.offset)` of its position is its text.
 */
export function parseParagraph(input: string, paragraph: Span): Root {
  const tree = parseParagraphRaw(input, paragraph)
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
 * @returns The NLCST tree of the paragraph.
 */
export function parseParagraphRaw(input: string, paragraph: Span): Root {
  const start = Math.max(0, Math.min(paragraph.start, input.length))
  const end = Math.max(start, Math.min(paragraph.end, input.length))
  if (!processor) processor = createProcessor()
  const tree = processor.parse(input.slice(start, end))
  shiftPositions(tree, locate(input, start))
  return tree
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
 * from the previous call when it was about the same input and an earlier
 * offset, so that a caller walking paragraphs in order stays linear.
 *
 * @param input The caller's whole input.
 * @param offset An offset into `input`.
 * @returns The point at `offset`.
 */
function locate(input: string, offset: number): Point {
  const from = last.input === input && last.offset <= offset ? last : undefined
  let index = from ? from.offset : 0
  let line = from ? from.line : 1
  let column = from ? from.column : 1

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

  last = {input, offset, line, column}
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
