/**
 * Span arithmetic shared by the scorers: trimming, overlap and one-to-one
 * pairing of gold and predicted spans.
 */

/** Offsets into a document's text, end exclusive. */
export interface Span {
  /** Offset of the first code unit. */
  start: number
  /** Offset just past the last code unit. */
  end: number
}

/** One gold item paired with one predicted item, by their indices. */
export interface Pair {
  /** Index into the gold list. */
  gold: number
  /** Index into the predicted list. */
  predicted: number
  /** Whether the two spans are the same. */
  exact: boolean
}

/** The result of pairing two span lists one to one. */
export interface Pairing {
  /** The pairs, in gold order. */
  pairs: Pair[]
  /** Indices of gold spans left without a partner. */
  unmatchedGold: number[]
  /** Indices of predicted spans left without a partner. */
  unmatchedPredicted: number[]
}

/** Options for `pairSpans`. */
export interface PairOptions {
  /** Pair identical spans before any other (default `false`). */
  exactFirst?: boolean
}

/**
 * Move the edges of a span inward past every code unit the predicate accepts.
 * A span made only of such code units collapses to an empty span at its end.
 *
 * @param text The document text the span indexes.
 * @param span The span to trim.
 * @param isTrimmed Whether a single code unit is dropped from the edges.
 * @returns The trimmed span.
 */
export function trimSpan(
  text: string,
  span: Span,
  isTrimmed: (character: string) => boolean
): Span {
  let start = Math.max(0, span.start)
  let end = Math.min(text.length, span.end)

  while (start < end && isTrimmed(text.charAt(start))) start++
  while (end > start && isTrimmed(text.charAt(end - 1))) end--

  return start < end ? {start, end} : {start: end, end}
}

/**
 * How many code units two spans share.
 *
 * @param a One span.
 * @param b The other span.
 * @returns The length of their intersection, `0` when they are disjoint.
 */
export function overlapLength(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start))
}

/**
 * Whether two spans share at least one code unit.
 *
 * @param a One span.
 * @param b The other span.
 * @returns `true` when they overlap.
 */
export function spansOverlap(a: Span, b: Span): boolean {
  return overlapLength(a, b) > 0
}

/**
 * Whether two spans are the same.
 *
 * @param a One span.
 * @param b The other span.
 * @returns `true` when start and end agree.
 */
export function sameSpan(a: Span, b: Span): boolean {
  return a.start === b.start && a.end === b.end
}

/**
 * Pair gold and predicted spans one to one. With `exactFirst`, identical spans
 * are paired first, in list order. The rest are paired greedily by largest
 * overlap; among equal overlaps the pair whose hull is smaller (the closer
 * fit) wins, then the earlier gold span, then the earlier prediction. Spans
 * that overlap nothing free stay unpaired. (That tie-break already pairs
 * identical spans together; `exactFirst` states the TempEval-3 rule outright.)
 *
 * @param gold The gold spans.
 * @param predicted The predicted spans.
 * @param options Whether to pair identical spans first.
 * @returns The pairs and the indices left over on each side.
 */
export function pairSpans(
  gold: readonly Span[],
  predicted: readonly Span[],
  options: PairOptions = {}
): Pairing {
  const goldTaken = new Array<boolean>(gold.length).fill(false)
  const predictedTaken = new Array<boolean>(predicted.length).fill(false)
  const pairs: Pair[] = []

  if (options.exactFirst) {
    for (const [g, goldSpan] of gold.entries()) {
      const p = predicted.findIndex(function (span, index) {
        return !predictedTaken[index] && sameSpan(span, goldSpan)
      })

      if (p !== -1) {
        goldTaken[g] = true
        predictedTaken[p] = true
        pairs.push({gold: g, predicted: p, exact: true})
      }
    }
  }

  const candidates: Array<{gold: number; predicted: number; overlap: number; hull: number}> = []

  for (const [g, goldSpan] of gold.entries()) {
    if (goldTaken[g]) continue

    for (const [p, predictedSpan] of predicted.entries()) {
      if (predictedTaken[p]) continue
      const overlap = overlapLength(goldSpan, predictedSpan)
      const hull =
        Math.max(goldSpan.end, predictedSpan.end) - Math.min(goldSpan.start, predictedSpan.start)
      if (overlap > 0) candidates.push({gold: g, predicted: p, overlap, hull})
    }
  }

  candidates.sort(function (a, b) {
    return (
      b.overlap - a.overlap ||
      a.hull - b.hull ||
      a.gold - b.gold ||
      a.predicted - b.predicted
    )
  })

  for (const candidate of candidates) {
    if (goldTaken[candidate.gold] || predictedTaken[candidate.predicted]) continue
    goldTaken[candidate.gold] = true
    predictedTaken[candidate.predicted] = true
    pairs.push({
      gold: candidate.gold,
      predicted: candidate.predicted,
      exact: sameSpan(gold[candidate.gold]!, predicted[candidate.predicted]!)
    })
  }

  pairs.sort(function (a, b) {
    return a.gold - b.gold
  })

  return {
    pairs,
    unmatchedGold: untaken(goldTaken),
    unmatchedPredicted: untaken(predictedTaken)
  }
}

/**
 * List the indices whose flag is off.
 *
 * @param taken One flag per index.
 * @returns The indices not taken, ascending.
 */
function untaken(taken: readonly boolean[]): number[] {
  const result: number[] = []
  for (const [index, flag] of taken.entries()) if (!flag) result.push(index)
  return result
}
