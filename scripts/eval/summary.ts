/**
 * The flat, named metrics of a run (percentages, the scale of floors) and the
 * machine-readable summary printed by `--json`.
 */

import {percent, ratio, type Prf} from './metrics.js'
import {conllTypes} from './score-entities.js'
import {quoteKinds} from './score-quotes.js'
import type {EvalResult, LayoutPart, RunStats} from './evaluate.js'

/** Metric name to value, in percent: `conll2003.dev.f1` → `46.9`. */
export type Metrics = Record<string, number>

/**
 * Name the metrics of one section's result.
 *
 * @param result The result.
 * @returns Its metrics, in percent.
 */
export function resultMetrics(result: EvalResult): Metrics {
  const metrics: Metrics = {}

  switch (result.corpus) {
    case 'conll2003':
    case 'wikigold': {
      const prefix = result.corpus + '.' + result.split
      addPrf(metrics, prefix, result.summary.main)
      for (const type of conllTypes) addPrf(metrics, prefix + '.' + type, result.summary.byType[type])
      break
    }

    case 'gum-other': {
      const prefix = 'gum-other.' + result.split
      addPrf(metrics, prefix, result.summary.main)
      addPrf(metrics, prefix + '.anyType', result.summary.spans)
      addPrf(metrics, prefix + '.clusters', result.summary.clusters)
      break
    }

    case 'tempeval3': {
      const prefix = 'tempeval3.' + result.split
      addPrf(metrics, prefix + '.strict', result.summary.strict)
      addPrf(metrics, prefix + '.relaxed', result.summary.relaxed)
      metrics[prefix + '.value.accuracy'] = percent(result.summary.valueAccuracy)
      metrics[prefix + '.value.f1'] = percent(result.summary.valueF1)
      metrics[prefix + '.type.accuracy'] = percent(result.summary.typeAccuracy)
      break
    }

    case 'polnear': {
      const prefix = 'polnear.' + result.split
      addPrf(metrics, prefix + '.quote', result.summary.quote)
      addPrf(metrics, prefix + '.quoteSpeaker', result.summary.quoteSpeaker)
      metrics[prefix + '.speaker.accuracy'] = percent(result.summary.speakerAccuracy)
      metrics[prefix + '.cue.accuracy'] = percent(result.summary.cueAccuracy)
      metrics[prefix + '.kind.accuracy'] = percent(result.summary.kindAccuracy)
      metrics[prefix + '.overlaps.per100'] = result.summary.overlapsPer100

      for (const kind of quoteKinds) {
        metrics[prefix + '.recall.' + kind] = percent(result.summary.recallByKind[kind])
      }

      break
    }

    case 'newsquant': {
      const prefix = 'newsquant.' + result.split
      addPrf(metrics, prefix + '.value', result.summary.value)
      addPrf(metrics, prefix + '.valueUnit', result.summary.valueUnit)
      addPrf(metrics, prefix + '.valueChange', result.summary.valueChange)
      metrics[prefix + '.concept.overlap'] = percent(result.summary.conceptOverlap)
      break
    }

    case 'layout': {
      for (const part of result.parts) Object.assign(metrics, layoutMetrics(part))
      break
    }
  }

  return metrics
}

/**
 * Name the metrics of the layout checks on one corpus. Shares are over all
 * documents run (a document on which the parser threw counts as a miss), title
 * comparisons over the documents that have a title.
 *
 * @param part The layout checks on one corpus.
 * @returns Its metrics, in percent.
 */
export function layoutMetrics(part: LayoutPart): Metrics {
  const prefix = 'layout.' + part.corpus + '.' + part.split
  const {counts, stats} = part

  switch (part.corpus) {
    case 'polnear': {
      return {
        [prefix + '.headlineExact']: percent(ratio(counts.headlineExact, counts.titled)),
        [prefix + '.headline']: percent(ratio(counts.headlineLoose, counts.titled))
      }
    }

    case 'tempeval3': {
      return {
        [prefix + '.headline']: percent(ratio(counts.headlineLoose, counts.titled)),
        [prefix + '.published']: percent(ratio(counts.published, stats.docs)),
        [prefix + '.publishedMatches']: percent(ratio(counts.publishedMatches, stats.docs))
      }
    }

    case 'conll2003': {
      return {
        [prefix + '.dateline']: percent(ratio(counts.dateline, stats.docs)),
        [prefix + '.bodyAfterFirstLine']: percent(ratio(counts.bodyAfterFirstLine, stats.docs))
      }
    }
  }
}

/**
 * Characters per second through the parser.
 *
 * @param stats What a run cost.
 * @returns The speed, `0` when no time was measured.
 */
export function charsPerSecond(stats: RunStats): number {
  return ratio(stats.chars, stats.parseMs / 1000)
}

/**
 * Add precision, recall and F1 under a prefix.
 *
 * @param metrics The metrics to add to.
 * @param prefix The name prefix.
 * @param scores The scores, as fractions.
 */
function addPrf(metrics: Metrics, prefix: string, scores: Prf): void {
  metrics[prefix + '.precision'] = percent(scores.precision)
  metrics[prefix + '.recall'] = percent(scores.recall)
  metrics[prefix + '.f1'] = percent(scores.f1)
}
