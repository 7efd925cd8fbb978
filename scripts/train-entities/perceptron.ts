/**
 * A structured (averaged) perceptron over BILOU labels with Viterbi decoding
 * (Collins 2002), on features already turned into dense ids.
 */

import {labelCount} from '../../src/lib/3-entities/tagger/labels.js'
import {constrain, latticeFor, viterbi, type Lattice} from '../../src/lib/3-entities/tagger/viterbi.js'
export {seededRandom} from '../seeded.js'

/** One training sentence: feature ids per token and the gold labels. */
export interface Example {
  /** Feature ids of every token, one after the other. */
  features: Int32Array
  /** Index in `features` of each token's first feature, and the end. */
  offsets: Int32Array
  /** Gold label per token. */
  gold: Int32Array
}

/** The weights of a model. */
export interface Weights {
  /** `feature * labelCount + label`. */
  feature: Float64Array
  /** `previous * labelCount + next`. */
  pair: Float64Array
  first: Float64Array
  last: Float64Array
}

/** A perceptron in training: its weights and their running sums for averaging. */
export interface Perceptron {
  weights: Weights
  sums: Weights
  /** How many examples it has seen. */
  time: number
}

/**
 * Make a perceptron with every weight at zero.
 *
 * @param features How many feature ids there are.
 * @returns The perceptron.
 */
export function createPerceptron(features: number): Perceptron {
  return {weights: zeroWeights(features), sums: zeroWeights(features), time: 1}
}

/**
 * Weights at zero.
 *
 * @param features How many feature ids.
 * @returns The weights.
 */
function zeroWeights(features: number): Weights {
  return {
    feature: new Float64Array(features * labelCount),
    pair: new Float64Array(labelCount * labelCount),
    first: new Float64Array(labelCount),
    last: new Float64Array(labelCount)
  }
}

/** Work space shared by the calls of `decode`. */
let lattice: Lattice | undefined
let emission = new Float64Array(0)

/**
 * Label a sentence with given weights.
 *
 * @param weights The weights.
 * @param example The sentence (its `gold` is not read).
 * @returns The labels.
 */
export function decode(weights: Weights, example: Pick<Example, 'features' | 'offsets'>): Int32Array {
  const count = example.offsets.length - 1
  const out = new Int32Array(count)
  if (count <= 0) return out
  if (emission.length < count * labelCount) emission = new Float64Array(count * labelCount * 2)
  emission.fill(0, 0, count * labelCount)
  const table = weights.feature

  for (let t = 0; t < count; t++) {
    const row = t * labelCount
    for (let f = example.offsets[t]!; f < example.offsets[t + 1]!; f++) {
      const base = example.features[f]! * labelCount
      for (let l = 0; l < labelCount; l++) emission[row + l]! += table[base + l]!
    }
  }

  lattice = latticeFor(lattice, count)
  viterbi(emission, count, constrain(weights.pair, weights.first, weights.last), lattice, out)
  return out
}

/**
 * Learn from one sentence: decode it, and where the labels are wrong, move
 * the weights toward the gold labels and away from the predicted ones.
 *
 * @param model The perceptron.
 * @param example The sentence.
 * @returns Whether the prediction was wrong.
 */
export function learn(model: Perceptron, example: Example): boolean {
  const predicted = decode(model.weights, example)
  const {gold, features, offsets} = example
  const count = gold.length
  let wrong = false

  for (let t = 0; t < count; t++) {
    if (predicted[t] !== gold[t]) {
      wrong = true
      break
    }
  }

  if (wrong) {
    for (let t = 0; t < count; t++) {
      const g = gold[t]!
      const p = predicted[t]!

      if (g !== p) {
        for (let f = offsets[t]!; f < offsets[t + 1]!; f++) {
          const base = features[f]! * labelCount
          update(model, model.weights.feature, model.sums.feature, base + g, 1)
          update(model, model.weights.feature, model.sums.feature, base + p, -1)
        }
      }

      const gp = t === 0 ? -1 : gold[t - 1]!
      const pp = t === 0 ? -1 : predicted[t - 1]!

      if (g !== p || gp !== pp) {
        if (t === 0) {
          update(model, model.weights.first, model.sums.first, g, 1)
          update(model, model.weights.first, model.sums.first, p, -1)
        } else {
          update(model, model.weights.pair, model.sums.pair, gp * labelCount + g, 1)
          update(model, model.weights.pair, model.sums.pair, pp * labelCount + p, -1)
        }
      }
    }

    const g = gold[count - 1]!
    const p = predicted[count - 1]!

    if (g !== p) {
      update(model, model.weights.last, model.sums.last, g, 1)
      update(model, model.weights.last, model.sums.last, p, -1)
    }
  }

  model.time++
  return wrong
}

/**
 * Change one weight and its running sum.
 *
 * @param model The perceptron (for its time).
 * @param weights The weight array.
 * @param sums Its running sums.
 * @param index Which weight.
 * @param delta By how much.
 */
function update(model: Perceptron, weights: Float64Array, sums: Float64Array, index: number, delta: number): void {
  weights[index]! += delta
  sums[index]! += model.time * delta
}

/**
 * The averaged weights: the mean of the weights over every step of training.
 *
 * @param model The perceptron.
 * @returns The averaged weights.
 */
export function averaged(model: Perceptron): Weights {
  return {
    feature: average(model.weights.feature, model.sums.feature, model.time),
    pair: average(model.weights.pair, model.sums.pair, model.time),
    first: average(model.weights.first, model.sums.first, model.time),
    last: average(model.weights.last, model.sums.last, model.time)
  }
}

/**
 * Average one weight array.
 *
 * @param weights The weights.
 * @param sums Their running sums.
 * @param time The number of steps.
 * @returns The averages.
 */
function average(weights: Float64Array, sums: Float64Array, time: number): Float64Array {
  const result = new Float64Array(weights.length)
  for (let index = 0; index < weights.length; index++) result[index] = weights[index]! - sums[index]! / time
  return result
}

/**
 * Shuffle an array in place (Fisher–Yates).
 *
 * @param items The array.
 * @param random The random source.
 */
export function shuffle<T>(items: T[], random: () => number): void {
  for (let index = items.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1))
    const item = items[index]!
    items[index] = items[other]!
    items[other] = item
  }
}
