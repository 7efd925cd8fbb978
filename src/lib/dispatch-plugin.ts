import type {Root} from 'nlcst'
import type {Processor} from 'unified'
import type {Position} from 'unist'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import type {MentionFinder} from './3-entities/find-entities.js'
import type {SpeakerRanker} from './6-quotes/speaker-model.js'
import {runPipeline} from './pipeline.js'
import {fileChunk, parseFile} from './2-text/parse-file.js'
import type {Article, ParseOptions, Span} from './types.js'

declare module 'vfile' {
  interface DataMap {
    /** The Article that `retextDispatch` read from the file. */
    article?: Article
  }
}

/** Stands in for no options. */
const emptyOptions: Readonly<ParseOptions> = Object.freeze({})

/** A unified transformer over an NLCST tree. */
export type Transformer = (tree: Root, file: VFile) => undefined

/**
 * The transformer of `retextDispatch`, with a given name finder (the learned
 * tagger in `wirecopy`, not in `wirecopy/light`).
 *
 * It runs the pipeline over the file with the tree it is given: each
 * stretch of the dispatch that is one of the tree's paragraphs is taken from
 * it (its sentence breaks repaired in place, as the text stage repairs its
 * own), and only the rest (a headline run into its byline by one line break,
 * a dateline) is parsed again. It puts the Article on `file.data.article`
 * and reports each diagnostic as a vfile message with `source: 'wirecopy'`
 * and the diagnostic's `code` as `ruleId`, placed through vfile-location:
 * `info` diagnostics with `file.info`, warnings with `file.message`.
 *
 * @param options Optional settings, as for `parseDispatch`.
 * @param findMentions What finds names in the entities stage.
 * @param rankSpeakers What ranks the quotes' candidate speakers, if anything.
 * @returns The transformer.
 */
export function dispatchTransformer(options: ParseOptions | null | undefined, findMentions: MentionFinder, rankSpeakers?: SpeakerRanker): Transformer {
  const settings = options ?? emptyOptions
  return function (tree, file) {
    const text = String(file)
    const article = runPipeline(text, settings, findMentions, tree, rankSpeakers)
    file.data.article = article
    const place = location(file)
    for (const diagnostic of article.diagnostics) {
      const details = {place: diagnostic.span ? toPosition(place, diagnostic.span) : undefined, ruleId: diagnostic.code, source: 'wirecopy'}
      if (diagnostic.severity === 'info') file.info(diagnostic.message, details)
      else file.message(diagnostic.message, details)
    }
    return undefined
  }
}

/**
 * Guard the parser used before the plugin (retext-english): a file longer
 * than 8,192 characters is parsed block by block (between blank lines), and
 * a block longer than that in chunks cut after sentence ends, with
 * retext-english's own parser (`parseFile`), so that hostile text
 * (`a.a.a.…`, `!?!?…`) neither overflows the call stack nor takes quadratic
 * time in parse-latin. A shorter file gets the same tree as before; a longer
 * one the same paragraphs and sentences while its blocks are no longer than
 * a chunk (a word's full stop before a blank line may differ), and a longer
 * block one paragraph node per chunk.
 *
 * @param processor The processor the plugin is used on, if any.
 */
export function guardParser(processor: Processor | void): void {
  const parser = processor?.parser
  if (!processor || typeof parser !== 'function') return
  processor.parser = function (document: string, file: VFile) {
    return document.length > fileChunk ? parseFile(document) : parser(document, file)
  }
}

/**
 * Turn a span into a unist position (1-based lines and columns, with offsets).
 *
 * @param place The file's locations.
 * @param span Offsets into its text.
 * @returns The position, or `undefined` when the span is outside the text.
 */
function toPosition(place: ReturnType<typeof location>, span: Span): Position | undefined {
  const start = place.toPoint(span.start)
  const end = place.toPoint(span.end)
  return start && end ? {start, end} : undefined
}
