/**
 * Precision, recall, F1 and accuracy from counts.
 */

/** Precision, recall and F1 as fractions between 0 and 1. */
export interface Prf {
  /** True positives over predictions (`0` when there are none). */
  precision: number
  /** True positives over gold items (`0` when there are none). */
  recall: number
  /** Harmonic mean of precision and recall (`0` when both are `0`). */
  f1: number
}

/**
 * Divide, reading `0 / 0` as `0`.
 *
 * @param numerator What was right.
 * @param denominator Out of how many.
 * @returns The fraction, or `0` when the denominator is `0`.
 */
export function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator
}

/**
 * Precision, recall and F1 from counts.
 *
 * @param truePositives Predictions that match gold items.
 * @param predicted All predictions.
 * @param gold All gold items.
 * @returns The three scores as fractions.
 */
export function prf(truePositives: number, predicted: number, gold: number): Prf {
  const precision = ratio(truePositives, predicted)
  const recall = ratio(truePositives, gold)
  const f1 = ratio(2 * precision * recall, precision + recall)
  return {precision, recall, f1}
}

/**
 * Turn a fraction into a percentage, the scale of reports and floors.
 *
 * @param fraction A value between 0 and 1.
 * @returns The value times 100.
 */
export function percent(fraction: number): number {
  return fraction * 100
}
