/**
 * Printing: the tables of each section, examples, skips and floors, as lines
 * of text.
 */

import {percent, ratio, type Prf} from './metrics.js'
import {conllTypes, type TypeCounts} from './score-entities.js'
import {quoteKinds} from './score-quotes.js'
import type {
  ConllResult,
  EvalResult,
  Example,
  GumResult,
  LayoutPart,
  LayoutResult,
  NewsquantResult,
  PolnearResult,
  RunStats,
  TempevalResult
} from './evaluate.js'
import {lowerIsBetter, type FloorCheck} from './floors.js'
import {charsPerSecond} from './summary.js'

/** How many failing documents to name per corpus. */
const failuresShown = 5

/**
 * Format one section's result.
 *
 * @param result The result.
 * @returns Lines of text.
 */
export function formatResult(result: EvalResult): string[] {
  switch (result.corpus) {
    case 'conll2003':
    case 'wikigold': {
      return formatConll(result)
    }

    case 'gum-other': {
      return formatGum(result)
    }

    case 'tempeval3': {
      return formatTempeval(result)
    }

    case 'polnear': {
      return formatPolnear(result)
    }

    case 'newsquant': {
      return formatNewsquant(result)
    }

    case 'layout': {
      return formatLayout(result)
    }
  }
}

/**
 * Format error examples.
 *
 * @param title What they are examples of.
 * @param examples The examples.
 * @returns Lines of text (none when there are no examples).
 */
export function formatExamples(title: string, examples: readonly Example[]): string[] {
  if (examples.length === 0) return []
  const lines = ['  examples (' + title + '):']

  for (const example of examples) {
    lines.push(
      '    ' +
        example.label.padEnd(8) +
        example.id +
        ' [' +
        example.start +
        ',' +
        example.end +
        ') ' +
        clip(example.text) +
        (example.note ? '  ' + example.note : '')
    )
  }

  return lines
}

/**
 * Format the outcome of the floor check.
 *
 * @param check The outcome.
 * @param skippedBecause Why floors were not checked, if they were not.
 * @returns Lines of text.
 */
export function formatFloors(check: FloorCheck | undefined, skippedBecause?: string): string[] {
  if (!check) return ['floors: not checked (' + (skippedBecause ?? 'no reason') + ')']
  const total = check.checked.length + check.unmeasured.length
  if (total === 0) return ['floors: none set (scripts/eval/floors.json is empty)']
  const lines = [
    'floors: ' + check.checked.length + ' checked, ' + check.failures.length + ' failed' +
      (check.unmeasured.length > 0 ? ', ' + check.unmeasured.length + ' not measured this run' : '')
  ]

  for (const failure of check.failures) {
    const [word, sign] = lowerIsBetter(failure.metric) ? ['ABOVE', ' > most '] : ['BELOW', ' < floor ']
    lines.push('  ' + word + ' ' + failure.metric + ': ' + failure.value.toFixed(1) + sign + failure.floor)
  }

  for (const metric of check.unmeasured) lines.push('  not measured: ' + metric)
  return lines
}

/**
 * Format a CoNLL-2003 result.
 *
 * @param result The result.
 * @returns Lines of text.
 */
function formatConll(result: ConllResult): string[] {
  const lines = header(result.corpus, result.split, result.stats)
  lines.push(tableHeader('entities (exact)', ['tp']))
  lines.push(prfRow('PER+LOC+ORG', result.summary.main, countCells(result.summary.main)))

  for (const type of conllTypes) {
    const scores = result.summary.byType[type]
    lines.push(prfRow(type === 'MISC' ? 'MISC (apart)' : '  ' + type, scores, countCells(scores)))
  }

  return lines
}

/**
 * Format a GUM result.
 *
 * @param result The result.
 * @returns Lines of text.
 */
function formatGum(result: GumResult): string[] {
  const {counts, summary} = result
  const lines = header('gum-other', result.split, result.stats)
  lines.push(tableHeader('entities (overlap)', ['tp']))
  lines.push(prfRow('lenient types', summary.main, [counts.gold, counts.predicted, counts.truePositives]))
  lines.push(prfRow('  any type', summary.spans, [counts.gold, counts.predicted, counts.overlaps]))
  lines.push(prfRow('clusters (pairs)', summary.clusters, [counts.pairsGold, counts.pairsOurs, counts.pairsBoth]))
  return lines
}

/**
 * Format a TempEval-3 result.
 *
 * @param result The result.
 * @returns Lines of text.
 */
function formatTempeval(result: TempevalResult): string[] {
  const {counts, summary} = result
  const lines = header('tempeval3', result.split, result.stats)
  lines.push(tableHeader('timexes (trimmed)', ['pairs']))
  lines.push(prfRow('strict', summary.strict, [counts.gold, counts.predicted, counts.strict]))
  lines.push(prfRow('relaxed', summary.relaxed, [counts.gold, counts.predicted, counts.relaxed]))
  lines.push(
    '  ' +
      cell('value F1', 18) +
      ' '.repeat(14) +
      number(percent(summary.valueF1)) +
      '   = value accuracy × relaxed F1'
  )
  lines.push(accuracyRow('value accuracy', counts.value, counts.relaxed))
  lines.push(accuracyRow('type accuracy', counts.type, counts.relaxed))
  return lines
}

/**
 * Format a PolNeAR result.
 *
 * @param result The result.
 * @returns Lines of text.
 */
function formatPolnear(result: PolnearResult): string[] {
  const {counts, summary} = result
  const lines = header('polnear', result.split, result.stats)
  lines.push(tableHeader('quotes (overlap)', ['pairs']))
  lines.push(prfRow('quote', summary.quote, [counts.gold, counts.predicted, counts.matched]))
  lines.push(prfRow('quote+speaker', summary.quoteSpeaker, [counts.gold, counts.predicted, counts.speaker]))
  lines.push(accuracyRow('speaker accuracy', counts.speaker, counts.matched))
  lines.push(accuracyRow('cue accuracy', counts.cue, counts.matched))
  lines.push(accuracyRow('kind accuracy', counts.kind, counts.matched))
  lines.push(
    '  ' +
      cell('overlapping pairs', 18) +
      number(summary.overlapsPer100) +
      ' per 100 quotes (' +
      counts.overlapping +
      '; gold ' +
      summary.goldOverlapsPer100.toFixed(1) +
      ', ' +
      counts.goldOverlapping +
      ')'
  )

  for (const kind of quoteKinds) {
    lines.push(
      accuracyRow('recall ' + kind, counts.matchedByKind[kind], counts.goldByKind[kind]) +
        '   we predicted ' +
        counts.predictedByKind[kind]
    )
  }

  return lines
}

/**
 * Format a NewsQuant result.
 *
 * @param result The result.
 * @returns Lines of text.
 */
function formatNewsquant(result: NewsquantResult): string[] {
  const {counts, summary} = result
  const lines = header('newsquant', result.split, result.stats)
  lines.push(tableHeader('quantities', ['pairs']))
  lines.push(prfRow('value', summary.value, [counts.gold, counts.predicted, counts.value]))
  lines.push(prfRow('value+unit', summary.valueUnit, [counts.gold, counts.predicted, counts.unit]))
  lines.push(prfRow('value+change', summary.valueChange, [counts.gold, counts.predicted, counts.change]))
  lines.push(accuracyRow('concept overlap', counts.concept, counts.withConcept))
  return lines
}

/**
 * Format the layout checks.
 *
 * @param result The result.
 * @returns Lines of text.
 */
function formatLayout(result: LayoutResult): string[] {
  const lines: string[] = []

  for (const part of result.parts) {
    lines.push(...header('layout ' + part.corpus, part.split, part.stats))
    lines.push(...layoutRows(part))
  }

  if (result.parts.length === 0) lines.push('', 'layout: no corpus to look at')
  return lines
}

/**
 * The rows of the layout checks on one corpus.
 *
 * @param part The checks.
 * @returns Lines of text.
 */
function layoutRows(part: LayoutPart): string[] {
  const {counts, stats} = part
  const docs = stats.docs

  switch (part.corpus) {
    case 'polnear':
    case 'tempeval3': {
      const lines = [
        accuracyRow('headline set', counts.headline, docs),
        accuracyRow('title in text', counts.titleInText, counts.titled) + '   (reachable)',
        accuracyRow('headline = title', counts.headlineExact, counts.titled),
        accuracyRow('  final . aside', counts.headlineLoose, counts.titled)
      ]

      if (part.corpus === 'tempeval3') {
        lines.push(
          accuracyRow('published, no dct', counts.published, docs),
          accuracyRow('  = dct date', counts.publishedMatches, docs)
        )
      }

      return lines
    }

    case 'conll2003': {
      return [
        accuracyRow('dateline found', counts.dateline, docs),
        accuracyRow('body after line 1', counts.bodyAfterFirstLine, docs)
      ]
    }
  }
}

/**
 * The first lines of a section: what was run and what it cost.
 *
 * @param name The section name.
 * @param split The split.
 * @param stats What the run cost.
 * @returns Lines of text.
 */
function header(name: string, split: string, stats: RunStats): string[] {
  const lines = [
    '',
    name +
      ' ' +
      split +
      ': ' +
      stats.docs +
      ' docs, ' +
      stats.chars.toLocaleString('en-US') +
      ' chars, ' +
      stats.failures.length +
      ' failed; parse ' +
      Math.round(stats.parseMs).toLocaleString('en-US') +
      ' ms (' +
      speed(charsPerSecond(stats)) +
      '), total ' +
      Math.round(stats.totalMs).toLocaleString('en-US') +
      ' ms'
  ]

  for (const failure of stats.failures.slice(0, failuresShown)) {
    lines.push('  THREW on ' + failure.id + ': ' + failure.message)
  }

  if (stats.failures.length > failuresShown) {
    lines.push('  … and ' + (stats.failures.length - failuresShown) + ' more documents threw')
  }

  return lines
}

/**
 * The header row of a P/R/F1 table.
 *
 * @param title The table title.
 * @param extra The name of the last count column.
 * @returns A line.
 */
function tableHeader(title: string, extra: string[]): string {
  return '  ' + cell(title, 18) + ['P', 'R', 'F1', 'gold', 'pred', ...extra].map(function (name, index) {
    return name.padStart(index < 3 ? 6 : 7)
  }).join('')
}

/**
 * A row of a P/R/F1 table.
 *
 * @param label The row label.
 * @param scores The scores, as fractions.
 * @param counts Gold, predicted and matched counts.
 * @returns A line.
 */
function prfRow(label: string, scores: Prf, counts: number[]): string {
  return (
    '  ' +
    cell(label, 18) +
    [scores.precision, scores.recall, scores.f1].map(function (value) {
      return number(percent(value))
    }).join('') +
    counts.map(function (value) {
      return String(value).padStart(7)
    }).join('')
  )
}

/**
 * A row with an accuracy and its fraction.
 *
 * @param label The row label.
 * @param right How many are right.
 * @param total Out of how many.
 * @returns A line.
 */
function accuracyRow(label: string, right: number, total: number): string {
  return '  ' + cell(label, 18) + number(percent(ratio(right, total))) + '   ' + right + '/' + total
}

/**
 * The count cells of a row of the entity table.
 *
 * @param counts The counts.
 * @returns Gold, predicted and true positives.
 */
function countCells(counts: TypeCounts): number[] {
  return [counts.gold, counts.predicted, counts.truePositives]
}

/**
 * Pad a label.
 *
 * @param value The label.
 * @param width The width.
 * @returns The padded label.
 */
function cell(value: string, width: number): string {
  return value.length >= width ? value.slice(0, width - 1) + ' ' : value.padEnd(width)
}

/**
 * A percentage with one decimal, right-aligned.
 *
 * @param value The percentage.
 * @returns Six characters.
 */
function number(value: number): string {
  return value.toFixed(1).padStart(6)
}

/**
 * A speed in characters per second.
 *
 * @param value The speed.
 * @returns Text such as `1.2 M chars/s`.
 */
function speed(value: number): string {
  if (value >= 1e6) return (value / 1e6).toFixed(1) + ' M chars/s'
  if (value >= 1e3) return (value / 1e3).toFixed(1) + ' k chars/s'
  return Math.round(value) + ' chars/s'
}

/**
 * Quote example text on one line, cut short when long.
 *
 * @param text The text.
 * @returns A JSON string of at most about 100 characters.
 */
function clip(text: string): string {
  return JSON.stringify(text.length > 100 ? text.slice(0, 97) + '...' : text)
}
