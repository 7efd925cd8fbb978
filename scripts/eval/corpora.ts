/**
 * Finding and reading the evaluation corpora (JSONL, one document a line).
 * They live outside the repository, in `../shared/corpora` from its root, or
 * wherever the `WIRECOPY_CORPORA` environment variable points.
 */

import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {GumDoc} from './score-gum.js'
import type {GoldQuantity} from './score-quantities.js'

/** The annotated corpora. */
export type CorpusName = 'conll2003' | 'wikigold' | 'gum-other' | 'tempeval3' | 'polnear' | 'newsquant'

/** The splits that are kept here (test splits are held back). */
export type SplitName = 'train' | 'dev'

/** The corpora, in report order. */
export const corpusNames: readonly CorpusName[] = ['conll2003', 'wikigold', 'gum-other', 'tempeval3', 'polnear', 'newsquant']

/** The split each corpus is scored on unless told otherwise. */
export const defaultSplits: Readonly<Record<CorpusName, SplitName>> = {
  conll2003: 'dev',
  wikigold: 'dev',
  'gum-other': 'dev',
  tempeval3: 'train',
  polnear: 'dev',
  newsquant: 'dev'
}

/** A span with its text, as the corpora give speakers and cues. */
export interface GoldSpan {
  start: number
  end: number
  text?: string
}

/** A CoNLL-2003 document. */
export interface ConllDoc {
  id: string
  text: string
  entities: Array<{start: number; end: number; type: string; text?: string}>
}

/** A TempEval-3 document. */
export interface TempevalDoc {
  id: string
  text: string
  /** Document creation time. */
  dct: string
  title?: string | null
  timexes: Array<{start: number; end: number; type: string; value: string; text?: string; mod?: string}>
}

/** A PolNeAR document. */
export interface PolnearDoc {
  id: string
  text: string
  title?: string | null
  quotes: Array<{
    start: number
    end: number
    kind: string
    text?: string
    speaker: GoldSpan | null
    cue: GoldSpan | null
  }>
}

/** A NewsQuant sentence. */
export interface NewsquantDoc {
  id: string
  text: string
  quantities: GoldQuantity[]
}

/** The document type of each corpus. */
export interface CorpusDocs {
  conll2003: ConllDoc
  wikigold: ConllDoc
  'gum-other': GumDoc
  tempeval3: TempevalDoc
  polnear: PolnearDoc
  newsquant: NewsquantDoc
}

/** The outcome of loading one corpus split. */
export type Loaded<Doc> =
  | {status: 'ok'; file: string; docs: Doc[]}
  | {status: 'missing'; file: string}
  | {status: 'unreadable'; file: string; reason: string}

/** The annotation field each corpus must carry. */
const annotationField: Readonly<Record<CorpusName, string>> = {
  conll2003: 'entities',
  wikigold: 'entities',
  'gum-other': 'entities',
  tempeval3: 'timexes',
  polnear: 'quotes',
  newsquant: 'quantities'
}

/**
 * The folder holding the corpora: `WIRECOPY_CORPORA` when set, otherwise
 * `../shared/corpora` from the repository root.
 *
 * @param env The environment to read (default `process.env`).
 * @returns An absolute path.
 */
export function corporaRoot(env: NodeJS.ProcessEnv = process.env): string {
  const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url))
  const override = env.WIRECOPY_CORPORA
  return override ? path.resolve(override) : path.resolve(repositoryRoot, '../shared/corpora')
}

/**
 * The file of one corpus split.
 *
 * @param root The corpora folder.
 * @param corpus The corpus.
 * @param split The split.
 * @returns The path of its JSONL file.
 */
export function corpusFile(root: string, corpus: CorpusName, split: SplitName): string {
  return path.join(root, corpus, split + '.jsonl')
}

/**
 * Parse JSONL: one JSON value a line, blank lines skipped.
 *
 * @param source The file contents.
 * @returns The values, in order.
 * @throws When a line is not JSON; the message names the line.
 */
export function parseJsonl(source: string): unknown[] {
  const values: unknown[] = []

  for (const [index, line] of source.split('\n').entries()) {
    if (line.trim() === '') continue

    try {
      values.push(JSON.parse(line))
    } catch (error) {
      throw new Error('line ' + (index + 1) + ': ' + String(error))
    }
  }

  return values
}

/**
 * Load one corpus split, checking that each document has an `id`, a `text`
 * and its annotation list.
 *
 * @param root The corpora folder.
 * @param corpus The corpus.
 * @param split The split.
 * @returns The documents, or why there are none.
 */
export function loadCorpus<Name extends CorpusName>(
  root: string,
  corpus: Name,
  split: SplitName
): Loaded<CorpusDocs[Name]> {
  const file = corpusFile(root, corpus, split)
  if (!fs.existsSync(file)) return {status: 'missing', file}

  let values: unknown[]

  try {
    values = parseJsonl(fs.readFileSync(file, 'utf8'))
  } catch (error) {
    return {status: 'unreadable', file, reason: String(error)}
  }

  const field = annotationField[corpus]

  for (const [index, value] of values.entries()) {
    const record = value as Record<string, unknown> | null

    if (
      !record ||
      typeof record !== 'object' ||
      typeof record.id !== 'string' ||
      typeof record.text !== 'string' ||
      !Array.isArray(record[field])
    ) {
      return {
        status: 'unreadable',
        file,
        reason: 'document ' + (index + 1) + ' lacks a string `id`, a string `text` or a `' + field + '` list'
      }
    }
  }

  return {status: 'ok', file, docs: values as Array<CorpusDocs[Name]>}
}
