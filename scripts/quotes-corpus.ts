/**
 * Reading PolNeAR for the quotes scripts: documents cut into paragraphs at
 * blank lines, tokenized and quote-paired exactly as the runtime does, with
 * the gold cue, speaker and content of each attribution.
 */
import {existsSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {cueFeatures} from '../src/lib/quotes/features.js'
import {insideQuotes, pairQuoteMarks} from '../src/lib/quotes/pair-quote-marks.js'
import {tokenize, type Token} from '../src/lib/quotes/tokens.js'
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
 * Cut a text into paragraphs at blank lines, tokenize them and mark the
 * tokens inside double quote marks.
 *
 * @param text The text.
 * @returns The paragraphs.
 */
export function readParagraphs(text: string): ReadParagraph[] {
  const spans: Span[] = []
  const pattern = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g
  let match: RegExpExecArray | null
  while ((match = pattern.exec(text)) !== null) {
    let start = match.index
    let end = start + match[0].length
    while (start < end && /\s/.test(text.charAt(start))) start++
    while (end > start && /\s/.test(text.charAt(end - 1))) end--
    if (end > start) spans.push({start, end})
  }
  const pairing = pairQuoteMarks(text, spans)
  return spans.map(function (span) {
    const tokens = tokenize(text, span)
    return {span, tokens, quoted: insideQuotes(tokens, pairing.quoted)}
  })
}

export {cueFeatures}
