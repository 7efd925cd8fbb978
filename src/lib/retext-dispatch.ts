import type {Root} from 'nlcst'
import type {Point, Position} from 'unist'
import type {Processor} from 'unified'
import type {VFile} from 'vfile'
import {parseDispatch} from './parse-dispatch.js'
import {fileChunk, parseFile} from './text/parse-file.js'
import type {Article, ParseOptions, Span} from './types.js'

declare module 'vfile' {
  interface DataMap {
    /** The Article that `retextDispatch` read from the file. */
    article?: Article
  }
}

/** Stands in for no options. */
const emptyOptions: Readonly<ParseOptions> = Object.freeze({})

/**
 * A unified plugin that reads the file as a news dispatch:
 * `unified().use(retextEnglish).use(retextDispatch, options)`.
 *
 * It puts the Article on `file.data.article` and reports each of its
 * diagnostics as a vfile message with `source: 'wirecopy'` and the
 * diagnostic's `code` as `ruleId`; `info` diagnostics are informational
 * (`fatal: undefined`), warnings are warnings (`fatal: false`). The tree is
 * left as it is.
 *
 * It also guards the parser used before it: a file longer than 8,192
 * characters is parsed block by block (between blank lines), and a block
 * longer than that in chunks cut after sentence ends, with retext-english's
 * own parser, so that hostile text (`a.a.a.…`, `!?!?…`) neither overflows
 * the call stack nor takes quadratic time in parse-latin. A shorter file gets
 * the same tree as before; a longer one the same paragraphs and sentences
 * while its blocks are no longer than a chunk (a word's full stop before a
 * blank line may differ), and a longer block one paragraph node per chunk.
 *
 * @param options Optional settings, as for `parseDispatch`.
 * @returns The transformer.
 */
export default function retextDispatch(this: Processor | void, options?: ParseOptions | null | undefined) {
  const settings = options ?? emptyOptions
  if (this) guardParser(this)
  return function (_tree: Root, file: VFile): undefined {
    const text = String(file.value ?? '')
    const article = parseDispatch(text, settings)
    file.data.article = article
    for (const diagnostic of article.diagnostics) {
      const message = file.message(diagnostic.message, {
        place: diagnostic.span ? toPosition(text, diagnostic.span) : undefined,
        ruleId: diagnostic.code,
        source: 'wirecopy'
      })
      message.fatal = diagnostic.severity === 'info' ? undefined : false
    }
    return undefined
  }
}

/**
 * Put the block-by-block parser (`parseFile`) in place of the processor's
 * parser for files longer than one chunk.
 *
 * @param processor The processor the plugin is used on, after retext-english.
 */
function guardParser(processor: Processor): void {
  const parser = processor.parser
  if (typeof parser !== 'function') return
  processor.parser = function (document: string, file: VFile) {
    return document.length > fileChunk ? parseFile(document) : parser(document, file)
  }
}

/**
 * Turn a span into a unist position (1-based lines and columns, with offsets).
 *
 * @param text The file's text.
 * @param span Offsets into it.
 * @returns The position.
 */
function toPosition(text: string, span: Span): Position {
  return {start: toPoint(text, span.start), end: toPoint(text, span.end)}
}

function toPoint(text: string, offset: number): Point {
  let line = 1
  let lineStart = 0
  const breaks = /\r\n|[\n\r]/g
  let match: RegExpExecArray | null
  while ((match = breaks.exec(text)) && match.index < offset) {
    line++
    lineStart = match.index + match[0].length
  }
  return {line, column: offset - lineStart + 1, offset}
}
