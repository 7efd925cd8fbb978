import {quoteModel} from '../../data/quote-model.js'
import {buildKeyTable, type KeyTable} from './key-table.js'
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
  // The key table's probe (`rowOf`) is written out here, its arrays read
  // once: the loop runs once per feature of every token read.
  const {weights, slotKeys, slotRows} = model
  const mask = slotKeys.length - 1
  const shift = 32 - spanFeatureBits
  for (let at = 0; at < count; at++) {
    // The five labels' sums (`spanLabelCount`), kept in locals.
    let o = 0
    let beginCue = 0
    let inCue = 0
    let beginContent = 0
    let inContent = 0
    const end = (at + 1) * perToken
    for (let slot = at * perToken; slot < end; slot++) {
      const key = hashes[slot]! >>> shift
      let probe = key & mask
      let found = slotKeys[probe]!
      while (found !== key && found !== -1) {
        probe = (probe + 1) & mask
        found = slotKeys[probe]!
      }
      if (found === -1) continue
      const base = slotRows[probe]! * spanLabelCount
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

/** Work space of `viterbi`, reused from unit to unit: per token and label, the best previous label. */
let back = new Uint8Array(1024)

/** The label `bestOf` picked last. */
let picked = 0

/**
 * The best of five scores, the first of equals; the label it picked goes to `picked`.
 *
 * @returns The best score.
 */
function bestOf(o: number, beginCue: number, inCue: number, beginContent: number, inContent: number): number {
  let best = o
  picked = 0
  if (beginCue > best) {
    best = beginCue
    picked = 1
  }
  if (inCue > best) {
    best = inCue
    picked = 2
  }
  if (beginContent > best) {
    best = beginContent
    picked = 3
  }
  if (inContent > best) {
    best = inContent
    picked = 4
  }
  return best
}

/**
 * The best labels of a unit under the emission scores and the model's
 * transitions. The five labels' scores of the last token and the
 * twenty-five transitions (`w` previous next) stay in locals
 * (`spanLabelCount` is 5).
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
  if (back.length < count * spanLabelCount) back = new Uint8Array(count * spanLabelCount * 2)
  const w00 = pair[0]!, w01 = pair[1]!, w02 = pair[2]!, w03 = pair[3]!, w04 = pair[4]!
  const w10 = pair[5]!, w11 = pair[6]!, w12 = pair[7]!, w13 = pair[8]!, w14 = pair[9]!
  const w20 = pair[10]!, w21 = pair[11]!, w22 = pair[12]!, w23 = pair[13]!, w24 = pair[14]!
  const w30 = pair[15]!, w31 = pair[16]!, w32 = pair[17]!, w33 = pair[18]!, w34 = pair[19]!
  const w40 = pair[20]!, w41 = pair[21]!, w42 = pair[22]!, w43 = pair[23]!, w44 = pair[24]!
  let s0 = first[0]! + emission[0]!
  let s1 = first[1]! + emission[1]!
  let s2 = first[2]! + emission[2]!
  let s3 = first[3]! + emission[3]!
  let s4 = first[4]! + emission[4]!
  for (let at = 1; at < count; at++) {
    const row = at * spanLabelCount
    const n0 = bestOf(s0 + w00, s1 + w10, s2 + w20, s3 + w30, s4 + w40) + emission[row]!
    back[row] = picked
    const n1 = bestOf(s0 + w01, s1 + w11, s2 + w21, s3 + w31, s4 + w41) + emission[row + 1]!
    back[row + 1] = picked
    const n2 = bestOf(s0 + w02, s1 + w12, s2 + w22, s3 + w32, s4 + w42) + emission[row + 2]!
    back[row + 2] = picked
    const n3 = bestOf(s0 + w03, s1 + w13, s2 + w23, s3 + w33, s4 + w43) + emission[row + 3]!
    back[row + 3] = picked
    const n4 = bestOf(s0 + w04, s1 + w14, s2 + w24, s3 + w34, s4 + w44) + emission[row + 4]!
    back[row + 4] = picked
    s0 = n0
    s1 = n1
    s2 = n2
    s3 = n3
    s4 = n4
  }
  bestOf(s0, s1, s2, s3, s4)
  let last = picked
  for (let at = count - 1; at >= 0; at--) {
    labels[at] = last
    last = back[at * spanLabelCount + last]!
  }
  return labels
}
