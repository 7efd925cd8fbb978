/**
 * Scoring of quotes as the PolNeAR section of the corpora README: content spans
 * trimmed of space, quote marks and `, . ; : ! ? -`, paired one to one by
 * largest overlap; quote F1, speaker, cue and kind accuracy on pairs,
 * quote+speaker F1 and recall per gold kind.
 */

import {prf, ratio, type Prf} from './metrics.js'
import {pairSpans, spansOverlap, trimSpan, type Pair, type Span} from './spans.js'

/** The kinds of quote. */
export type QuoteKind = 'direct' | 'mixed' | 'indirect'

/** The kinds, in report order. */
export const quoteKinds: readonly QuoteKind[] = ['direct', 'mixed', 'indirect']

/** A quote reduced to what is scored. */
export interface QuoteItem extends Span {
  /** Direct, mixed or indirect. */
  kind: string
  /** Who said it, when known. */
  speaker?: Span | null
  /** The reporting verb or phrase, when known. */
  cue?: Span | null
}

/** Counts; sums over documents give corpus scores. */
export interface QuoteCounts {
  /** Gold quotes. */
  gold: number
  /** Predicted quotes. */
  predicted: number
  /** Pairs (trimmed content spans overlap). */
  matched: number
  /** Pairs whose speakers agree (overlap, or both none). */
  speaker: number
  /** Pairs whose cues overlap. */
  cue: number
  /** Pairs whose kinds agree. */
  kind: number
  /** Gold quotes per kind. */
  goldByKind: Record<QuoteKind, number>
  /** Paired gold quotes per gold kind. */
  matchedByKind: Record<QuoteKind, number>
  /** Predicted quotes per predicted kind. */
  predictedByKind: Record<QuoteKind, number>
  /** Pairs of predicted quotes whose trimmed contents overlap (nested ones included). */
  overlapping: number
  /** Pairs of gold quotes whose trimmed contents overlap. */
  goldOverlapping: number
}

/** The scores of a document or a corpus. */
export interface QuoteSummary {
  /** Content overlap. */
  quote: Prf
  /** Content overlap whose speaker also agrees. */
  quoteSpeaker: Prf
  /** Share of pairs whose speakers agree. */
  speakerAccuracy: number
  /** Share of pairs whose cues overlap. */
  cueAccuracy: number
  /** Share of pairs whose kinds agree. */
  kindAccuracy: number
  /** Share of the gold quotes of each kind that are paired. */
  recallByKind: Record<QuoteKind, number>
  /** Overlapping pairs of predicted quotes per 100 predicted quotes. */
  overlapsPer100: number
  /** Overlapping pairs of gold quotes per 100 gold quotes. */
  goldOverlapsPer100: number
}

/** What scoring one document yields. */
export interface QuoteScore {
  /** The counts to add to the corpus totals. */
  counts: QuoteCounts
  /** The gold content spans, trimmed. */
  gold: Span[]
  /** The predicted content spans, trimmed. */
  predicted: Span[]
  /** The pairs, by index. */
  pairs: Pair[]
  /** Indices of gold quotes left without a partner. */
  unmatchedGold: number[]
  /** Indices of predictions left without a partner. */
  unmatchedPredicted: number[]
}

const trimmedCharacters = new Set([
  '"',
  "'",
  '`',
  '\u2018',
  '\u2019',
  '\u201C',
  '\u201D',
  ',',
  '.',
  ';',
  ':',
  '!',
  '?',
  '-'
])

/**
 * Trim white space, quote marks (straight and curly, single and double, and
 * the doubled backticks and apostrophes of some newswire) and `, . ; : ! ? -`
 * from both edges of a quote span.
 *
 * @param text The document text.
 * @param span The span.
 * @returns The trimmed span.
 */
export function trimQuoteSpan(text: string, span: Span): Span {
  return trimSpan(text, span, function (character) {
    return /^\s$/.test(character) || trimmedCharacters.has(character)
  })
}

/**
 * Whether two speakers agree: both absent, or both present and overlapping.
 *
 * @param gold The gold speaker span, if any.
 * @param predicted The predicted speaker span, if any.
 * @returns `true` when they agree.
 */
export function speakerAgrees(
  gold: Span | null | undefined,
  predicted: Span | null | undefined
): boolean {
  if (!gold && !predicted) return true
  return Boolean(gold && predicted && spansOverlap(gold, predicted))
}

/**
 * Whether two cues agree: both present and overlapping.
 *
 * @param gold The gold cue span, if any.
 * @param predicted The predicted cue span, if any.
 * @returns `true` when they agree.
 */
export function cueAgrees(
  gold: Span | null | undefined,
  predicted: Span | null | undefined
): boolean {
  return Boolean(gold && predicted && spansOverlap(gold, predicted))
}

/**
 * Counts with everything at zero.
 *
 * @returns Fresh zero counts.
 */
export function emptyQuoteCounts(): QuoteCounts {
  return {
    gold: 0,
    predicted: 0,
    matched: 0,
    speaker: 0,
    cue: 0,
    kind: 0,
    goldByKind: {direct: 0, mixed: 0, indirect: 0},
    matchedByKind: {direct: 0, mixed: 0, indirect: 0},
    predictedByKind: {direct: 0, mixed: 0, indirect: 0},
    overlapping: 0,
    goldOverlapping: 0
  }
}

/**
 * Add the counts of one document to running totals, in place.
 *
 * @param total The running totals.
 * @param counts The counts to add.
 */
export function addQuoteCounts(total: QuoteCounts, counts: QuoteCounts): void {
  total.gold += counts.gold
  total.predicted += counts.predicted
  total.matched += counts.matched
  total.speaker += counts.speaker
  total.cue += counts.cue
  total.kind += counts.kind
  total.overlapping += counts.overlapping
  total.goldOverlapping += counts.goldOverlapping

  for (const kind of quoteKinds) {
    total.goldByKind[kind] += counts.goldByKind[kind]
    total.matchedByKind[kind] += counts.matchedByKind[kind]
    total.predictedByKind[kind] += counts.predictedByKind[kind]
  }
}

/**
 * Score the quotes of one document.
 *
 * @param text The document text both lists index.
 * @param gold The gold quotes.
 * @param predicted The predicted quotes.
 * @returns Counts, trimmed spans and the pairing.
 */
export function scoreQuotes(
  text: string,
  gold: readonly QuoteItem[],
  predicted: readonly QuoteItem[]
): QuoteScore {
  const goldSpans = gold.map(function (item) {
    return trimQuoteSpan(text, item)
  })
  const predictedSpans = predicted.map(function (item) {
    return trimQuoteSpan(text, item)
  })
  const pairing = pairSpans(goldSpans, predictedSpans)
  const counts = emptyQuoteCounts()

  counts.gold = gold.length
  counts.predicted = predicted.length
  counts.overlapping = countOverlaps(predictedSpans)
  counts.goldOverlapping = countOverlaps(goldSpans)

  for (const item of gold) {
    if (isQuoteKind(item.kind)) counts.goldByKind[item.kind]++
  }

  for (const item of predicted) {
    if (isQuoteKind(item.kind)) counts.predictedByKind[item.kind]++
  }

  for (const pair of pairing.pairs) {
    const goldItem = gold[pair.gold]!
    const predictedItem = predicted[pair.predicted]!
    counts.matched++
    if (isQuoteKind(goldItem.kind)) counts.matchedByKind[goldItem.kind]++
    if (speakerAgrees(goldItem.speaker, predictedItem.speaker)) counts.speaker++
    if (cueAgrees(goldItem.cue, predictedItem.cue)) counts.cue++
    if (goldItem.kind === predictedItem.kind) counts.kind++
  }

  return {counts, gold: goldSpans, predicted: predictedSpans, ...pairing}
}

/**
 * Turn counts into scores.
 *
 * @param counts The counts.
 * @returns Quote and quote+speaker P/R/F1, accuracies and recall per kind.
 */
export function summarizeQuotes(counts: QuoteCounts): QuoteSummary {
  return {
    quote: prf(counts.matched, counts.predicted, counts.gold),
    quoteSpeaker: prf(counts.speaker, counts.predicted, counts.gold),
    speakerAccuracy: ratio(counts.speaker, counts.matched),
    cueAccuracy: ratio(counts.cue, counts.matched),
    kindAccuracy: ratio(counts.kind, counts.matched),
    overlapsPer100: ratio(counts.overlapping, counts.predicted) * 100,
    goldOverlapsPer100: ratio(counts.goldOverlapping, counts.gold) * 100,
    recallByKind: {
      direct: ratio(counts.matchedByKind.direct, counts.goldByKind.direct),
      mixed: ratio(counts.matchedByKind.mixed, counts.goldByKind.mixed),
      indirect: ratio(counts.matchedByKind.indirect, counts.goldByKind.indirect)
    }
  }
}

/**
 * Count the pairs of spans that overlap (share at least one character), one
 * inside the other included.
 *
 * @param spans The spans of one document.
 * @returns The number of overlapping pairs.
 */
export function countOverlaps(spans: readonly Span[]): number {
  const sorted = [...spans].sort(function (a, b) {
    return a.start - b.start
  })
  let count = 0
  for (const [index, span] of sorted.entries()) {
    for (let next = index + 1; next < sorted.length && sorted[next]!.start < span.end; next++) {
      if (spansOverlap(span, sorted[next]!)) count++
    }
  }

  return count
}

/**
 * Whether a string is one of the quote kinds.
 *
 * @param kind The string.
 * @returns `true` for `direct`, `mixed` and `indirect`.
 */
function isQuoteKind(kind: string): kind is QuoteKind {
  return kind === 'direct' || kind === 'mixed' || kind === 'indirect'
}
