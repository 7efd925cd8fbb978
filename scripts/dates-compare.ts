/**
 * `tsx scripts/dates-compare.ts`: the measurement behind the dates engine
 * decision (docs/dates.md). Scores, on the TempEval-3 training split (each
 * document's `dct` as the reference date), wirecopy's own dates engine (run
 * on the layout and text stages alone) and
 * chrono-node (a devDependency) with its results mapped to TIMEX3 as plainly
 * as its components allow: a certain day gives `YYYY-MM-DD`, a certain month
 * `YYYY-MM`, else the year; an hour makes it a time. Prints both reports and
 * the time each took.
 *
 * Options: `--split train|dev`, `--limit N`, `--errors N` (examples of misses),
 * `--only wirecopy|chrono`.
 */
import {performance} from 'node:perf_hooks'
import * as chrono from 'chrono-node'
import type {Article, ParseOptions, TimeExpression} from '../src/index.js'
import {findDates} from '../src/lib/4-dates/index.js'
import {readDocument} from '../src/lib/pipeline.js'
import {corporaRoot, loadCorpus, type SplitName, type TempevalDoc} from './eval/corpora.js'
import {evaluateTempeval} from './eval/evaluate.js'
import {scoreTimexes, type TimexItem} from './eval/score-timexes.js'
import {formatExamples, formatResult} from './eval/report.js'

const split = (readFlag('--split') ?? 'train') as SplitName
const limit = Number(readFlag('--limit') ?? Infinity)
const loaded = loadCorpus(corporaRoot(), 'tempeval3', split)

if (loaded.status !== 'ok') {
  console.log('dates-compare: skipped, ' + loaded.status + ': ' + loaded.file)
} else {
  const docs = loaded.docs.slice(0, limit)
  const only = readFlag('--only')
  const errors = Number(readFlag('--errors') ?? 0)
  for (const [name, parse] of [
    ['wirecopy (own engine: layout, text and dates stages)', datesStage],
    ['chrono-node 2.10 (mapped to TIMEX3)', chronoParse]
  ] as const) {
    if (only && !name.startsWith(only)) continue
    const start = performance.now()
    const result = evaluateTempeval(docs, split, parse, errors)
    console.log('\n' + name + ' — ' + Math.round(performance.now() - start) + ' ms')
    console.log(formatResult(result).join('\n'))
    if (errors > 0) console.log(formatExamples(name, result.examples).join('\n'))
    console.log(byType(docs, parse).join('\n'))
  }
}

/**
 * Scores by gold type: how many of each type are found (overlapping, and with
 * the same span), and how many of those found get the gold value and type.
 *
 * @param docs The documents.
 * @param parse The parser.
 * @returns Report lines.
 */
function byType(docs: readonly TempevalDoc[], parse: (text: string, options?: ParseOptions) => Article): string[] {
  const rows = new Map<string, {gold: number; relaxed: number; strict: number; value: number; type: number}>()
  for (const doc of docs) {
    const predicted: TimexItem[] = parse(doc.text, {published: doc.dct}).dates.map((date) => ({
      start: date.span.start,
      end: date.span.end,
      type: date.type,
      value: date.value
    }))
    const score = scoreTimexes(doc.text, doc.timexes, predicted)
    for (const item of doc.timexes) {
      const row = rows.get(item.type) ?? {gold: 0, relaxed: 0, strict: 0, value: 0, type: 0}
      row.gold++
      rows.set(item.type, row)
    }
    for (const pair of score.pairs) {
      const gold = doc.timexes[pair.gold]!
      const found = predicted[pair.predicted]!
      const row = rows.get(gold.type)!
      row.relaxed++
      if (pair.exact) row.strict++
      if (gold.value === found.value) row.value++
      if (gold.type.toUpperCase() === found.type.toUpperCase()) row.type++
    }
  }
  const percent = (part: number, whole: number) => (whole === 0 ? '   -' : ((100 * part) / whole).toFixed(1).padStart(5))
  const lines = ['  by gold type      gold  found(overlap)  found(same span)  value acc  type acc']
  for (const [type, row] of [...rows].sort((a, b) => b[1].gold - a[1].gold)) {
    lines.push(
      '  ' + type.padEnd(14) + String(row.gold).padStart(7) + percent(row.relaxed, row.gold).padStart(16) +
        percent(row.strict, row.gold).padStart(18) + percent(row.value, row.relaxed).padStart(11) + percent(row.type, row.relaxed).padStart(10)
    )
  }
  return lines
}

/**
 * An Article with only the dates wirecopy's own stages find: the layout and
 * text stages, then the dates stage, as parseDispatch runs them (the other
 * stages are left out, so that this measure does not depend on them).
 *
 * @param text The document.
 * @param options The reference date as `published`.
 * @returns A minimal Article.
 */
function datesStage(text: string, options?: ParseOptions): Article {
  const published = typeof options?.published === 'string' ? options.published : undefined
  const dates = findDates(readDocument(text, published).document)
  return {authors: [], body: {start: 0, end: text.length}, paragraphs: [], entities: [], dates, quotes: [], quantities: [], diagnostics: []}
}

/**
 * An Article with only the dates chrono-node finds in the text, for scoring.
 *
 * @param text The document.
 * @param options The reference date as `published`.
 * @returns A minimal Article.
 */
function chronoParse(text: string, options?: ParseOptions): Article {
  const published = typeof options?.published === 'string' ? options.published : undefined
  const reference = published ? new Date(published.slice(0, 10) + 'T12:00:00Z') : undefined
  const results = reference ? chrono.parse(text, {instant: reference, timezone: 0}) : chrono.parse(text)
  const dates = results.map(function (result): TimeExpression {
    const start = result.start
    const year = String(start.get('year') ?? 'XXXX').padStart(4, '0')
    const month = String(start.get('month') ?? 1).padStart(2, '0')
    const day = String(start.get('day') ?? 1).padStart(2, '0')
    let value = year
    if (start.isCertain('day')) value = year + '-' + month + '-' + day
    else if (start.isCertain('month')) value = year + '-' + month
    const timed = start.isCertain('hour')
    if (timed) value += 'T' + String(start.get('hour')).padStart(2, '0') + ':' + String(start.get('minute') ?? 0).padStart(2, '0')
    return {text: result.text, span: {start: result.index, end: result.index + result.text.length}, type: timed ? 'time' : 'date', value}
  })
  return {authors: [], body: {start: 0, end: text.length}, paragraphs: [], entities: [], dates, quotes: [], quantities: [], diagnostics: []}
}

/**
 * The value after a command-line flag.
 *
 * @param name The flag.
 * @returns Its value, or undefined.
 */
function readFlag(name: string): string | undefined {
  const index = process.argv.indexOf(name)
  return index === -1 ? undefined : process.argv[index + 1]
}
