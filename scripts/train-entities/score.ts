/**
 * Scoring predicted labels against the gold entities of a document, as the
 * CoNLL-2003 README says: exact span and type, micro-averaged over PER, LOC
 * and ORG, MISC apart.
 */

import {labelSpans, types} from '../../src/lib/3-entities/tagger/labels.js'
import type {LabelledDocument} from './corpus.js'

/** Counts per type. */
export type Counts = Record<string, {tp: number; predicted: number; gold: number}>

/**
 * Counts at zero.
 *
 * @returns Zero counts for every type.
 */
export function emptyCounts(): Counts {
  return Object.fromEntries(types.map((type) => [type, {tp: 0, predicted: 0, gold: 0}]))
}

/**
 * The entity spans (offsets into the input) that labels give, with the
 * byline authors as people, as `tagMentions` returns them.
 *
 * @param document The document.
 * @param labels Per sentence, the labels.
 * @returns Keys `start:end:TYPE`.
 */
export function predictedKeys(document: LabelledDocument, labels: ArrayLike<number>[]): Set<string> {
  const keys = new Set<string>()

  const {sentenceStart, starts, ends} = document.tokens

  document.tokens.sentences.forEach(function (_, s) {
    const first = sentenceStart[s]!

    for (const span of labelSpans(labels[s]!, sentenceStart[s + 1]! - first)) {
      keys.add(starts[first + span.start]! + ':' + ends[first + span.end - 1]! + ':' + types[span.type]!)
    }
  })

  for (const author of document.document.authors) keys.add(author.span.start + ':' + author.span.end + ':PER')
  return keys
}

/**
 * Add the counts of one document.
 *
 * @param counts Running counts.
 * @param document The document with its gold entities.
 * @param predicted Its predicted keys.
 */
export function addCounts(counts: Counts, document: LabelledDocument, predicted: Set<string>): void {
  const gold = new Set(document.gold.map((entity) => entity.start + ':' + entity.end + ':' + entity.type))

  for (const key of gold) {
    const type = key.slice(key.lastIndexOf(':') + 1)
    counts[type]!.gold++
    if (predicted.has(key)) counts[type]!.tp++
  }

  for (const key of predicted) counts[key.slice(key.lastIndexOf(':') + 1)]!.predicted++
}

/** Precision, recall and F1 in percent. */
export interface Scores {
  p: number
  r: number
  f: number
}

/**
 * Scores from counts.
 *
 * @param tp True positives.
 * @param predicted Predictions.
 * @param gold Gold items.
 * @returns The scores.
 */
export function prf(tp: number, predicted: number, gold: number): Scores {
  const p = predicted ? (100 * tp) / predicted : 0
  const r = gold ? (100 * tp) / gold : 0
  return {p, r, f: p + r ? (2 * p * r) / (p + r) : 0}
}

/**
 * The main score (PER+LOC+ORG) and the per-type ones.
 *
 * @param counts The counts.
 * @returns Scores by name: `main`, `PER`, `LOC`, `ORG`, `MISC`.
 */
export function summarize(counts: Counts): Record<string, Scores> {
  const main = {tp: 0, predicted: 0, gold: 0}

  for (const type of ['PER', 'LOC', 'ORG']) {
    main.tp += counts[type]!.tp
    main.predicted += counts[type]!.predicted
    main.gold += counts[type]!.gold
  }

  const result: Record<string, Scores> = {main: prf(main.tp, main.predicted, main.gold)}
  for (const type of types) result[type] = prf(counts[type]!.tp, counts[type]!.predicted, counts[type]!.gold)
  return result
}

/**
 * One line of scores for people.
 *
 * @param scores From `summarize`.
 * @returns The line.
 */
export function formatScores(scores: Record<string, Scores>): string {
  return Object.entries(scores)
    .map(([name, s]) => `${name} ${s.f.toFixed(2)} (P ${s.p.toFixed(1)} R ${s.r.toFixed(1)})`)
    .join(' | ')
}
