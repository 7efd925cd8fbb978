/**
 * Measure the sentence splitter of `src/lib/2-text/`.
 *
 * 1. CoNLL-2003 has one sentence per line: the lines of each document after
 *    its headline and dateline are joined with single spaces into one
 *    paragraph, split with and without the repairs, and the boundaries found
 *    are scored against the line starts.
 * 2. PolNeAR and TempEval-3 have no sentence gold: their paragraphs (split at
 *    blank lines) are split with and without the repairs and the boundaries
 *    the repairs add or remove are counted; `--audit` prints each one, with
 *    its context, to be read and judged.
 *
 * Run: `npx tsx scripts/measure-sentences.ts [--errors N] [--audit]`. Reads
 * `../shared/corpora/` and skips a corpus, with a notice, when it is absent.
 * `--errors N` prints up to N missed and N wrong boundaries of the repaired
 * splitter on CoNLL-2003 train, for tuning.
 */
import {existsSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import type {Span} from '../src/lib/types.js'
import {parseParagraphRaw} from '../src/lib/2-text/parse-paragraph.js'
import {sentenceSpans} from '../src/lib/2-text/sentence-spans.js'
import {splitSentences} from '../src/lib/2-text/split-sentences.js'

/** A document joined into one paragraph, with its gold boundaries. */
interface Sample {
  text: string
  /** Offsets where a gold sentence starts, the first one left out. */
  gold: Set<number>
  /** The gold boundaries after a line ending like prose: `.`, `!`, `?`, maybe a closing quote. */
  prose: Set<number>
}

/** Counts for one splitter on one split. */
interface Score {
  truePositives: number
  falsePositives: number
  falseNegatives: number
  proseFound: number
  proseTotal: number
}

const corpora = fileURLToPath(
  new URL('../../shared/corpora/', import.meta.url)
)
const errorIndex = process.argv.indexOf('--errors')
const errorLimit =
  errorIndex === -1 ? 0 : Number(process.argv[errorIndex + 1] ?? '20')
const audit = process.argv.includes('--audit')

for (const split of ['train', 'dev']) {
  const file = corpora + 'conll2003/' + split + '.jsonl'
  if (!existsSync(file)) {
    console.log('Skipping CoNLL-2003 ' + split + ': cannot find ' + file)
    continue
  }

  const samples = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => toSample((JSON.parse(line) as {text: string}).text))

  const started = performance.now()
  const raw = score(samples, (text) =>
    sentenceSpans(text, parseParagraphRaw(text, {start: 0, end: text.length}))
  )
  const middle = performance.now()
  const repaired = score(
    samples,
    (text) => splitSentences(text, {start: 0, end: text.length}),
    split === 'train' ? errorLimit : 0
  )
  const ended = performance.now()

  console.log(
    'CoNLL-2003 ' +
      split +
      ': ' +
      samples.length +
      ' documents, ' +
      raw.proseTotal +
      ' of ' +
      (raw.truePositives + raw.falseNegatives) +
      ' boundaries after prose-like lines'
  )
  console.log(
    '  raw parse-english ' + format(raw) + ' (' + ms(middle - started) + ')'
  )
  console.log(
    '  after repairs     ' + format(repaired) + ' (' + ms(ended - middle) + ')'
  )
}

for (const name of ['polnear/train', 'polnear/dev', 'tempeval3/train']) {
  const file = corpora + name + '.jsonl'
  if (!existsSync(file)) {
    console.log('Skipping ' + name + ': cannot find ' + file)
    continue
  }

  const texts = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as {text: string}).text)
  let paragraphs = 0
  let added = 0
  let removed = 0

  for (const text of texts) {
    for (const paragraph of blankLineParagraphs(text)) {
      paragraphs++
      const tree = parseParagraphRaw(text, paragraph)
      const raw = starts(sentenceSpans(text, tree))
      const repaired = starts(splitSentences(text, paragraph))

      for (const offset of repaired) {
        if (!raw.has(offset)) {
          added++
          if (audit) show('split', text, offset, paragraph.start)
        }
      }

      for (const offset of raw) {
        if (!repaired.has(offset)) {
          removed++
          if (audit) show('merge', text, offset, paragraph.start)
        }
      }
    }
  }

  console.log(
    name +
      ' (no sentence gold): ' +
      paragraphs +
      ' paragraphs; the repairs add ' +
      added +
      ' boundaries and remove ' +
      removed +
      (audit ? '' : ' (read them with --audit)')
  )
}

/**
 * The paragraphs of a text, split at blank lines, without empty ones.
 *
 * @param text A document.
 * @returns Where each paragraph stands.
 */
function blankLineParagraphs(text: string): Span[] {
  const spans: Span[] = []
  let start = 0

  for (const match of text.matchAll(/\n[ \t]*\n\s*/g)) {
    if (text.slice(start, match.index).trim() !== '') {
      spans.push({start, end: match.index})
    }

    start = match.index + match[0].length
  }

  if (text.slice(start).trim() !== '') spans.push({start, end: text.length})
  return spans
}

/**
 * The offsets where sentences start, the first one left out.
 *
 * @param spans Sentences.
 * @returns Their starts after the first.
 */
function starts(spans: Span[]): Set<number> {
  return new Set(spans.slice(1).map((span) => span.start))
}

/**
 * Join the lines of one document after its headline and dateline.
 *
 * @param text The document, one sentence per line.
 * @returns The paragraph and its gold boundaries.
 */
function toSample(text: string): Sample {
  let lines = text.split('\n').slice(1)
  const dateline = lines.slice(0, 2).findIndex((line) => {
    return /\b\d{4}-\d{2}-\d{2}$/.test(line)
  })
  if (dateline !== -1) lines = lines.slice(dateline + 1)

  const gold = new Set<number>()
  const prose = new Set<number>()
  let offset = 0
  let index = -1

  while (++index < lines.length) {
    const line = lines[index] ?? ''
    if (index > 0) {
      gold.add(offset)
      if (/[.!?]["'\u201D\u2019)]*$/.test(lines[index - 1] ?? '')) {
        prose.add(offset)
      }
    }

    offset += line.length + 1
  }

  return {text: lines.join(' '), gold, prose}
}

/**
 * Score one splitter on all samples.
 *
 * @param samples The documents.
 * @param split The splitter.
 * @param errors How many errors of each kind to print.
 * @returns The counts.
 */
function score(
  samples: Sample[],
  split: (text: string) => Span[],
  errors = 0
): Score {
  const result: Score = {
    truePositives: 0,
    falsePositives: 0,
    falseNegatives: 0,
    proseFound: 0,
    proseTotal: 0
  }
  let missed = 0
  let wrong = 0

  for (const sample of samples) {
    const found = starts(split(sample.text))

    for (const offset of found) {
      if (sample.gold.has(offset)) {
        result.truePositives++
      } else {
        result.falsePositives++
        if (wrong++ < errors) show('wrong', sample.text, offset)
      }
    }

    for (const offset of sample.gold) {
      if (!found.has(offset)) {
        result.falseNegatives++
        if (sample.prose.has(offset) && missed++ < errors) {
          show('missed', sample.text, offset)
        }
      }
    }

    for (const offset of sample.prose) {
      result.proseTotal++
      if (found.has(offset)) result.proseFound++
    }
  }

  return result
}

/**
 * Print the text around one boundary.
 *
 * @param label What kind of boundary.
 * @param text The text.
 * @param offset The boundary.
 * @param from Where the paragraph starts; no context is shown before it.
 */
function show(label: string, text: string, offset: number, from = 0): void {
  console.log(
    label.padEnd(7) +
      JSON.stringify(text.slice(Math.max(from, offset - 50), offset)) +
      ' | ' +
      JSON.stringify(text.slice(offset, offset + 40))
  )
}

/**
 * Format precision, recall, F1 and recall on prose-like boundaries.
 *
 * @param value The counts.
 * @returns One line.
 */
function format(value: Score): string {
  const precision =
    value.truePositives / (value.truePositives + value.falsePositives || 1)
  const recall =
    value.truePositives / (value.truePositives + value.falseNegatives || 1)
  const f1 = (2 * precision * recall) / (precision + recall || 1)
  return (
    'P ' +
    percent(precision) +
    '  R ' +
    percent(recall) +
    '  F1 ' +
    percent(f1) +
    '  prose-line R ' +
    percent(value.proseFound / (value.proseTotal || 1)) +
    '  (tp ' +
    value.truePositives +
    ', fp ' +
    value.falsePositives +
    ', fn ' +
    value.falseNegatives +
    ')'
  )
}

/**
 * @param value A ratio.
 * @returns It as a percentage with one decimal.
 */
function percent(value: number): string {
  return (value * 100).toFixed(1)
}

/**
 * @param value Milliseconds.
 * @returns Them rounded, with a unit.
 */
function ms(value: number): string {
  return Math.round(value) + ' ms'
}
