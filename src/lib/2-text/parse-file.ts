import type {Root} from 'nlcst'
import {chunkSize, createCursor, parseParagraphRaw} from './parse-paragraph.js'

/**
 * A whole file parsed as parse-english parses it, but in bounded pieces:
 * parse-latin spreads a sentence's or a word's tokens into calls (a long run
 * such as `a.a.a.…` overflows the call stack) and merges sentences of marks
 * one by one (quadratic on `!?!?…`). `retextDispatch` puts this parser in
 * place of retext-english's for files longer than one chunk.
 */

/**
 * Parse a file block by block, a block running from one blank line to the
 * next, each block as the text stage parses a paragraph (in chunks of at
 * most `chunkSize` characters cut after sentence ends). A file of blocks no
 * longer than a chunk gets the paragraphs and sentences parse-english gives
 * it whole (parse-latin's choices across a blank line, such as a word's
 * final full stop before a lower-case block, may differ); a longer block
 * gets one paragraph node per chunk.
 *
 * @param value The file's text.
 * @returns Its NLCST tree; every node's offsets index `value`.
 */
export function parseFile(value: string): Root {
  const root: Root = {type: 'RootNode', children: []}
  const cursor = createCursor(value)
  const blank = /\r?\n[\t ]*(?:\r?\n[\t ]*)+|\r[\t ]*(?:\r[\t ]*)+/g
  let from = 0
  while (from < value.length) {
    blank.lastIndex = Math.min(value.length, from + 1)
    const found = blank.exec(value)
    const end = found ? found.index + found[0].length : value.length
    const tree = parseParagraphRaw(value, {start: from, end}, cursor)
    for (const child of tree.children) root.children.push(child)
    from = end
  }
  const first = root.children[0]?.position
  const last = root.children.at(-1)?.position
  if (first && last) root.position = {start: first.start, end: last.end}
  return root
}

/** Files up to this long go to retext-english's own parser. */
export const fileChunk = chunkSize
