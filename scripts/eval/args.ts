/**
 * The command line of `npm run eval`.
 */

import {parseArgs} from 'node:util'
import type {SplitName} from './corpora.js'

/** The sections the harness can run. */
export type SectionName = 'conll2003' | 'wikigold' | 'gum-other' | 'tempeval3' | 'polnear' | 'newsquant' | 'layout'

/** The sections, in run order. */
export const sectionNames: readonly SectionName[] = ['conll2003', 'wikigold', 'gum-other', 'tempeval3', 'polnear', 'newsquant', 'layout']

/** What the command line asks for. */
export interface EvalArgs {
  /** Sections to run (all when none is named). */
  sections: SectionName[]
  /** Split for every corpus, instead of each corpus's default. */
  split?: SplitName
  /** Only the first N documents of each corpus. */
  limit?: number
  /** Print a JSON summary instead of tables. */
  json: boolean
  /** How many examples of each kind of error to print per corpus. */
  errors: number
  /** Print usage and stop. */
  help: boolean
  /** Run `wirecopy/light` (no learned entity model) instead of the full entry. */
  light: boolean
}

/** Usage text. */
export const usage = `Usage: npm run eval -- [options]

  --corpus NAME   conll2003, wikigold, gum-other, tempeval3, polnear, newsquant
                  or layout; repeatable (default: all)
  --split NAME    train or dev for every corpus (default: dev, but tempeval3
                  train)
  --limit N       only the first N documents of each corpus
  --json          print a machine-readable summary instead of tables
  --errors N      print N example false positives and negatives per corpus
  --light         run wirecopy/light (no learned entity model); floors not checked
  --help          print this text

Corpora are read from ../shared/corpora (or $WIRECOPY_CORPORA).
Floors in scripts/eval/floors.json are checked unless --limit or --light is given;
a rate of errors (a metric ending in .per100) is bounded from above.`

/**
 * Read the command line.
 *
 * @param argv The arguments after the script name.
 * @returns What they ask for.
 * @throws When an option or value is unknown.
 */
export function readArgs(argv: readonly string[]): EvalArgs {
  const {values} = parseArgs({
    args: [...argv],
    options: {
      corpus: {type: 'string', multiple: true},
      split: {type: 'string'},
      limit: {type: 'string'},
      json: {type: 'boolean', default: false},
      errors: {type: 'string'},
      help: {type: 'boolean', default: false},
      light: {type: 'boolean', default: false}
    },
    strict: true,
    allowPositionals: false
  })

  const sections: SectionName[] = []

  for (const name of values.corpus ?? []) {
    if (!(sectionNames as readonly string[]).includes(name)) {
      throw new Error('Unexpected corpus `' + name + '`, expected one of ' + sectionNames.join(', '))
    }

    if (!sections.includes(name as SectionName)) sections.push(name as SectionName)
  }

  if (values.split !== undefined && values.split !== 'train' && values.split !== 'dev') {
    throw new Error('Unexpected split `' + values.split + '`, expected train or dev')
  }

  const result: EvalArgs = {
    sections: sections.length > 0 ? sections : [...sectionNames],
    json: values.json ?? false,
    errors: values.errors === undefined ? 0 : count('--errors', values.errors),
    help: values.help ?? false,
    light: values.light ?? false
  }

  if (values.split !== undefined) result.split = values.split
  if (values.limit !== undefined) result.limit = count('--limit', values.limit)
  return result
}

/**
 * Read a count.
 *
 * @param option The option, for the message.
 * @param value Its value.
 * @returns The count.
 * @throws When it is not a whole number of zero or more.
 */
function count(option: string, value: string): number {
  if (!/^\d+$/.test(value)) {
    throw new Error('Unexpected `' + option + ' ' + value + '`, expected a whole number')
  }

  return Number(value)
}
