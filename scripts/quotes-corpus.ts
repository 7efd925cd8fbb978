/**
 * Reading PolNeAR for the quotes scripts: documents read by the layout and
 * text stages and the quotes stage's reading of them (tokens from the token
 * table, quote marks paired), exactly as the runtime reads them, with the
 * gold cue, speaker and content of each attribution.
 */
import {existsSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {cueFeatures} from '../src/lib/6-quotes/features.js'
import {readDocument} from '../src/lib/pipeline.js'
import {readParagraphs as readQuoteParagraphs} from '../src/lib/6-quotes/read-paragraphs.js'
import type {Token} from '../src/lib/6-quotes/tokens.js'
import type {Span} from '../src/lib/types.js'

/** A gold span with its fragments. */
export interface GoldPart extends Span {
  text: string
  fragments?: Array<[number, number]>
}

/** One gold attribution. */
export interface GoldQuote extends Span {
  kind: string
  fragments: Array<[number, number]>
  speaker: GoldPart | null
  cue: GoldPart | null
}

/** One PolNeAR document. */
export interface CorpusDoc {
  id: string
  text: string
  quotes: GoldQuote[]
}

/** A paragraph read as the runtime reads it. */
export interface ReadParagraph {
  span: Span
  tokens: Token[]
  /** Per token: inside double quote marks. */
  quoted: boolean[]
}

/**
 * Where the corpora are: `$WIRECOPY_CORPORA`, or `../shared/corpora` from
 * the repository root.
 *
 * @returns The folder path.
 */
export function corporaFolder(): string {
  return process.env.WIRECOPY_CORPORA ?? fileURLToPath(new URL('../../shared/corpora/', import.meta.url))
}

/**
 * Load a PolNeAR split.
 *
 * @param split `train` or `dev`.
 * @returns The documents, or `undefined` when the file is absent.
 */
export function loadPolnear(split: 'train' | 'dev'): CorpusDoc[] | undefined {
  const file = corporaFolder().replace(/\/?$/, '/') + 'polnear/' + split + '.jsonl'
  if (!existsSync(file)) return undefined
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as CorpusDoc)
}

/**
 * Read a text as the runtime does: the layout and text stages, then the
 * quotes stage's paragraphs (headline and paragraphs, datelines skipped),
 * their tokens and which of them stand inside double quote marks.
 *
 * @param text The text.
 * @returns The paragraphs.
 */
export function readParagraphs(text: string): ReadParagraph[] {
  return readQuoteParagraphs(readDocument(text).document).paragraphs
}

export {cueFeatures}
