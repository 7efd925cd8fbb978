/**
 * Scoring of time expressions as TempEval-3: spans trimmed of space and
 * punctuation, paired one to one (identical spans first, then largest
 * overlap); strict and relaxed F1, value and type accuracy, value F1.
 */

import {prf, ratio, type Prf} from './metrics.js'
import {pairSpans, trimSpan, type Pair, type Span} from './spans.js'

/** A time expression reduced to what is scored. */
export interface TimexItem extends Span {
  /** TIMEX3 type, in either case (`DATE` and `date` agree). */
  type: string
  /** TIMEX3 value, compared as is. */
  value: string
}

/** Counts; sums over documents give corpus scores. */
export interface TimexCounts {
  /** Gold expressions. */
  gold: number
  /** Predicted expressions. */
  predicted: number
  /** Pairs whose trimmed spans are the same. */
  strict: number
  /** All pairs (their trimmed spans overlap). */
  relaxed: number
  /** Pairs whose values agree. */
  value: number
  /** Pairs whose types agree. */
  type: number
}

/** The scores of a document or a corpus. */
export interface TimexSummary {
  /** Same span. */
  strict: Prf
  /** Overlapping span. */
  relaxed: Prf
  /** Share of relaxed pairs with the gold value. */
  valueAccuracy: number
  /** Value accuracy times relaxed F1. */
  valueF1: number
  /** Share of relaxed pairs with the gold type. */
  typeAccuracy: number
}

/** What scoring one document yields. */
export interface TimexScore {
  /** The counts to add to the corpus totals. */
  counts: TimexCounts
  /** The gold spans, trimmed. */
  gold: Span[]
  /** The predicted spans, trimmed. */
  predicted: Span[]
  /** Pairs, unpaired gold and unpaired predictions, by index. */
  pairs: Pair[]
  /** Indices of gold expressions left without a partner. */
  unmatchedGold: number[]
  /** Indices of predictions left without a partner. */
  unmatchedPredicted: number[]
}

const spaceOrPunctuation = /^[\s\p{P}]$/u

/**
 * Trim white space and punctuation from both edges of a time expression span.
 *
 * @param text The document text.
 * @param span The span.
 * @returns The trimmed span.
 */
export function trimTimexSpan(text: string, span: Span): Span {
  return trimSpan(text, span, function (character) {
    return spaceOrPunctuation.test(character)
  })
}

/**
 * Counts with everything at zero.
 *
 * @returns Fresh zero counts.
 */
export function emptyTimexCounts(): TimexCounts {
  return {gold: 0, predicted: 0, strict: 0, relaxed: 0, value: 0, type: 0}
}

/**
 * Add the counts of one document to running totals, in place.
 *
 * @param total The running totals.
 * @param counts The counts to add.
 */
export function addTimexCounts(total: TimexCounts, counts: TimexCounts): void {
  total.gold += counts.gold
  total.predicted += counts.predicted
  total.strict += counts.strict
  total.relaxed += counts.relaxed
  total.value += counts.value
  total.type += counts.type
}

/**
 * Score the time expressions of one document.
 *
 * @param text The document text both lists index.
 * @param gold The gold expressions.
 * @param predicted The predicted expressions.
 * @returns Counts, trimmed spans and the pairing.
 */
export function scoreTimexes(
  text: string,
  gold: readonly TimexItem[],
  predicted: readonly TimexItem[]
): TimexScore {
  const goldSpans = gold.map(function (item) {
    return trimTimexSpan(text, item)
  })
  const predictedSpans = predicted.map(function (item) {
    return trimTimexSpan(text, item)
  })
  const pairing = pairSpans(goldSpans, predictedSpans, {exactFirst: true})
  const counts = emptyTimexCounts()

  counts.gold = gold.length
  counts.predicted = predicted.length

  for (const pair of pairing.pairs) {
    const goldItem = gold[pair.gold]!
    const predictedItem = predicted[pair.predicted]!
    counts.relaxed++
    if (pair.exact) counts.strict++
    if (goldItem.value === predictedItem.value) counts.value++
    if (goldItem.type.toUpperCase() === predictedItem.type.toUpperCase()) counts.type++
  }

  return {counts, gold: goldSpans, predicted: predictedSpans, ...pairing}
}

/**
 * Turn counts into scores.
 *
 * @param counts The counts.
 * @returns Strict and relaxed P/R/F1, value and type accuracy, value F1.
 */
export function summarizeTimexes(counts: TimexCounts): TimexSummary {
  const relaxed = prf(counts.relaxed, counts.predicted, counts.gold)
  const valueAccuracy = ratio(counts.value, counts.relaxed)

  return {
    strict: prf(counts.strict, counts.predicted, counts.gold),
    relaxed,
    valueAccuracy,
    valueF1: valueAccuracy * relaxed.f1,
    typeAccuracy: ratio(counts.type, counts.relaxed)
  }
}
