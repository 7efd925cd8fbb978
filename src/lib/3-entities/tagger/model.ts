import {labelCount} from './labels.js'
import {readSortedNumbers} from '../../util/range-decoder.js'
import {readLexicon, type Lexicon, type PackedLexicon} from './lexicon.js'
import {findSlot, spread} from './packing.js'
import {constrain, type Transitions} from './viterbi.js'
import {readWeightCodes} from './weight-coding.js'

/**
 * The tagger's model: feature weights per label, quantised to small integers
 * and packed with a range coder (`util/range-decoder.ts`,
 * `weight-coding.ts`; written by `scripts/train-entities/encode-model.ts`),
 * and the label-pair weights. Decoded on first use, never at import.
 */

/** Bits of a feature hash the model keys on. */
export const featureBits = 22

/** The packed model, as the generated module holds it. */
export interface PackedModel extends PackedLexicon {
  /** The sorted feature keys (see `readSortedNumbers`). */
  keys: string
  /**
   * The weights' codes, row by row (see `readWeightCodes`): 0, or the
   * place of the weight's value in `levels`.
   */
  weights: string
  /** The values a weight can take (a codebook): 0, the positive levels, then the negative ones. */
  levels: number[]
  /** Weights of label pairs, first labels and last labels, as a flat list. */
  transitions: number[]
}

/** A decoded model. */
export interface Model {
  /** Open-addressed table: per slot, a feature key (`-1` for empty) and its row. */
  slots: Int32Array
  /** The number of slots less one, for masking. */
  mask: number
  /** Weights, `row * labelCount + label`. */
  weights: Float32Array
  /** Transitions, with what BILOU forbids at -Infinity. */
  transitions: Transitions
  /** The case lexicon the features read. */
  lexicon: Lexicon
}

/**
 * The key of a feature hash.
 *
 * @param hash A 32-bit feature hash.
 * @returns Its top `featureBits` bits.
 */
export function featureKey(hash: number): number {
  return hash >>> (32 - featureBits)
}

/**
 * Decode a packed model.
 *
 * @param packed The packed model.
 * @returns The model, ready for `lookup`.
 */
export function decodeModel(packed: PackedModel): Model {
  const keys = readSortedNumbers(packed.keys)
  const levels = Float32Array.from(packed.levels)
  const codes = readWeightCodes(packed.weights, keys.length, (levels.length - 1) / 2)
  const weights = new Float32Array(codes.length)

  for (let index = 0; index < codes.length; index++) {
    if (codes[index] !== 0) weights[index] = levels[codes[index]!]!
  }

  return buildModel(keys, weights, packed.transitions, readLexicon(packed))
}

/**
 * Make a model from feature keys, their weights and the transitions.
 *
 * @param keys Feature key of each row.
 * @param weights Weights, `row * labelCount + label`.
 * @param transitions Label pairs, then first labels, then last labels.
 * @param lexicon The case lexicon.
 * @returns The model.
 */
export function buildModel(
  keys: ArrayLike<number>,
  weights: Float32Array,
  transitions: ArrayLike<number>,
  lexicon: Lexicon
): Model {
  const count = keys.length
  let size = 1
  while (size < count * 2) size *= 2
  const slots = new Int32Array(size * 2).fill(-1)
  const mask = size - 1

  for (let row = 0; row < count; row++) {
    let slot = spread(keys[row]!) & mask
    while (slots[slot * 2] !== -1) slot = (slot + 1) & mask
    slots[slot * 2] = keys[row]!
    slots[slot * 2 + 1] = row
  }

  const pairs = labelCount * labelCount
  const t = Array.from(transitions)
  return {
    slots,
    mask,
    weights,
    lexicon,
    transitions: constrain(t.slice(0, pairs), t.slice(pairs, pairs + labelCount), t.slice(pairs + labelCount))
  }
}

/**
 * The row of a feature in the model.
 *
 * @param model The model.
 * @param hash The feature hash.
 * @returns Its row, or -1 when the model has no weights for it.
 */
export function lookup(model: Model, hash: number): number {
  return findSlot(model.slots, model.mask, featureKey(hash))
}
