import {quoteModel} from '../../data/quote-model.js'
import {buildKeyTable, rowOf, type KeyTable} from './key-table.js'
import {alphabetCodes, readGaps} from './span-packing.js'

/**
 * The quote span model: an averaged perceptron over BIO labels of cue and
 * content, per token of a unit, decoded with Viterbi (weights learned by
 * `scripts/learn-quote-spans.ts` from PolNeAR train, in
 * `src/data/quote-model.ts`; features in `span-features.ts`).
 */

/** The labels: outside, first and next token of a cue, first and next token of a content. */
export const enum SpanLabel {
  O = 0,
  BeginCue = 1,
  InCue = 2,
  BeginContent = 3,
  InContent = 4
}

/** How many labels. */
export const spanLabelCount = 5

/** How many bits of a feature hash make its key. */
export const spanFeatureBits = 18

/** The packed model, as the generated module holds it. */
export interface PackedSpanModel {
  /** Hash of the source of the features it was learned with (\`span-features.ts\`). */
  features: number
  /** Gaps between the sorted feature keys (`writeGaps`). */
  keys: string
  /** Per key, its five weights, each a character of `alphabet` (its place less `zero`, times `scale`). */
  weights: string
  /** What one step of a packed weight is worth. */
  scale: number
  /** Weights of label pairs (`previous * 5 + next`), then of first labels. */
  transitions: number[]
}

/** A decoded model: its feature keys in a table of their rows (`key-table.ts`), and the weights. */
export interface SpanModel extends KeyTable {
  /** Weights, `row * 5 + label`. */
  weights: Float32Array
  /** `previous * 5 + next`, what BIO forbids at -Infinity. */
  pair: Float64Array
  /** First labels, what BIO forbids at -Infinity. */
  first: Float64Array
}

/** The character place of a zero weight. */
export const zeroPlace = 44

/** Whether BIO lets `next` follow `previous` (-1: the first token). */
export function allowed(previous: number, next: number): boolean {
  if (next === SpanLabel.InCue) return previous === SpanLabel.BeginCue || previous === SpanLabel.InCue
  if (next === SpanLabel.InContent) return previous === SpanLabel.BeginContent || previous === SpanLabel.InContent
  return true
}

/**
 * Make a model from feature keys, their weights and the transitions.
 *
 * @param keys The feature keys, one per row.
 * @param weights The weights, `row * 5 + label`.
 * @param transitions Pairs, then first labels.
 * @returns The model.
 */
export function buildSpanModel(keys: ArrayLike<number>, weights: Float32Array, transitions: ArrayLike<number>): SpanModel {
  const {slotKeys, slotRows} = buildKeyTable(keys)
  const pair = new Float64Array(spanLabelCount * spanLabelCount)
  const first = new Float64Array(spanLabelCount)
  for (let previous = 0; previous < spanLabelCount; previous++) {
    for (let next = 0; next < spanLabelCount; next++) {
      pair[previous * spanLabelCount + next] = allowed(previous, next) ? transitions[previous * spanLabelCount + next]! : -Infinity
    }
  }
  for (let next = 0; next < spanLabelCount; next++) first[next] = allowed(-1, next) ? transitions[spanLabelCount * spanLabelCount + next]! : -Infinity
  return {slotKeys, slotRows, weights, pair, first}
}

let model: SpanModel | undefined

/**
 * The shipped model, decoded on first use.
 *
 * @returns The model.
 */
export function loadSpanModel(): SpanModel {
  if (model) return model
  const keys = readGaps(quoteModel.keys)
  const weights = new Float32Array(keys.length * spanLabelCount)
  const text = quoteModel.weights
  const digits = alphabetCodes()
  for (let index = 0; index < weights.length; index++) weights[index] = (digits[text.charCodeAt(index) & 127]! - zeroPlace) * quoteModel.scale
  model = buildSpanModel(keys, weights, quoteModel.transitions)
  return model
}

/**
 * The emission scores of a unit's tokens: per token, the sum of the
 * weights of its features, added in the order of its features (so the sums
 * are the same to the last bit as one feature added at a time).
 *
 * @param model The model.
 * @param hashes The features' hashes, `perToken` per token, one token after the other.
 * @param count How many tokens.
 * @param perToken How many features each token has.
 * @param emission Where the scores go, `token * 5 + label`.
 */
export function scoreTokens(model: SpanModel, hashes: Uint32Array, count: number, perToken: number, emission: Float64Array): void {
  const {weights} = model
  for (let at = 0; at < count; at++) {
    // The five labels' sums (`spanLabelCount`), kept in locals.
    let o = 0
    let beginCue = 0
    let inCue = 0
    let beginContent = 0
    let inContent = 0
    for (let slot = at * perToken; slot < (at + 1) * perToken; slot++) {
      const row = rowOf(model, hashes[slot]! >>> (32 - spanFeatureBits))
      if (row === -1) continue
      const base = row * spanLabelCount
      o += weights[base]!
      beginCue += weights[base + 1]!
      inCue += weights[base + 2]!
      beginContent += weights[base + 3]!
      inContent += weights[base + 4]!
    }
    const out = at * spanLabelCount
    emission[out] = o
    emission[out + 1] = beginCue
    emission[out + 2] = inCue
    emission[out + 3] = beginContent
    emission[out + 4] = inContent
  }
}

/** Work space of `viterbi`, reused from unit to unit. */
let score = new Float64Array(1024)
let back = new Uint8Array(1024)

/**
 * The best labels of a unit under the emission scores and the model's transitions.
 *
 * @param pair Transition weights, `previous * 5 + next`.
 * @param first First-label weights.
 * @param emission The scores, `token * 5 + label`.
 * @param count How many tokens.
 * @returns The labels.
 */
export function viterbi(pair: Float64Array, first: Float64Array, emission: Float64Array, count: number): Uint8Array {
  const labels = new Uint8Array(count)
  if (count === 0) return labels
  if (score.length < count * spanLabelCount) {
    score = new Float64Array(count * spanLabelCount * 2)
    back = new Uint8Array(count * spanLabelCount * 2)
  }
  for (let label = 0; label < spanLabelCount; label++) score[label] = first[label]! + emission[label]!
  for (let at = 1; at < count; at++) {
    for (let next = 0; next < spanLabelCount; next++) {
      let best = -Infinity
      let from = 0
      for (let previous = 0; previous < spanLabelCount; previous++) {
        const value = score[(at - 1) * spanLabelCount + previous]! + pair[previous * spanLabelCount + next]!
        if (value > best) {
          best = value
          from = previous
        }
      }
      score[at * spanLabelCount + next] = best + emission[at * spanLabelCount + next]!
      back[at * spanLabelCount + next] = from
    }
  }
  let last = 0
  for (let label = 1; label < spanLabelCount; label++) {
    if (score[(count - 1) * spanLabelCount + label]! > score[(count - 1) * spanLabelCount + last]!) last = label
  }
  for (let at = count - 1; at >= 0; at--) {
    labels[at] = last
    last = back[at * spanLabelCount + last]!
  }
  return labels
}
