/**
 * Pruning, quantising and packing trained weights into the generated module
 * `src/data/entity-model.ts` (decoded by `src/lib/3-entities/tagger/model.ts`).
 */

import {labelCount} from '../../src/lib/3-entities/tagger/labels.js'
import {lexiconEntries, type Lexicon, type PackedClusters, type PackedLexicon} from '../../src/lib/3-entities/tagger/lexicon.js'
import type {PackedModel} from '../../src/lib/3-entities/tagger/model.js'
import {contexts, numberContexts} from '../../src/lib/util/range-decoder.js'
import {WeightContexts} from '../../src/lib/3-entities/tagger/weight-coding.js'
import {dataCheck, type DataCheck} from '../data-check.js'
import {RangeEncoder, toBase64, writeGapList, writeSortedNumbers} from '../range-encoder.js'
import type {FeatureIndex} from './dataset.js'
import type {Weights} from './perceptron.js'

/** Most non-zero values each sign of the codebook can have. */
export const maxLevelsPerSign = 44

/** What each packed field of the model holds, for `test/data-packing.test.ts`. */
export type ModelCheck = Record<'keys' | 'weights' | 'lexicon', DataCheck>

/** A packed model with the check of what it holds. */
export interface PackResult extends PackedModel {
  /** The check of each packed field: the keys, the weight codes (row by row), the lexicon's keys and values. */
  check: ModelCheck
}

/** How to prune and quantise. */
export interface PackOptions {
  /** Weights whose absolute value is below this become 0. */
  prune: number
  /** Features whose largest absolute weight is below this are dropped. */
  minFeature: number
  /** How many non-zero values each sign of the codebook has (at most `maxLevelsPerSign`). */
  levels: number
}

/**
 * Prune, quantise and pack weights. The codebook has 0 and, for each sign,
 * `options.levels` values fitted to the absolute weights that survive
 * pruning (`fitLevels`).
 *
 * @param weights The averaged weights, by feature id.
 * @param index The feature keys of the ids.
 * @param lexicon The lexicon the features were computed with (the case lexicon and the word clusters, `buildLexicon`).
 * @param clusters The word clusters it was built with.
 * @param options How to prune.
 * @returns The packed model, with its check.
 */
export function packModel(
  weights: Weights,
  index: FeatureIndex,
  lexicon: Lexicon,
  clusters: PackedClusters,
  options: PackOptions
): PackResult {
  const levelsPerSign = Math.max(1, Math.min(maxLevelsPerSign, options.levels))
  const kept: number[] = []

  for (let id = 0; id < index.hashes.length; id++) {
    let largest = 0
    for (let label = 0; label < labelCount; label++) largest = Math.max(largest, Math.abs(weights.feature[id * labelCount + label]!))
    if (largest >= options.minFeature && largest >= options.prune && largest > 0) kept.push(id)
  }

  kept.sort((a, b) => index.hashes[a]! - index.hashes[b]!)
  const magnitudes: number[] = []

  for (const id of kept) {
    for (let label = 0; label < labelCount; label++) {
      const value = Math.abs(weights.feature[id * labelCount + label]!)
      if (value >= options.prune && value > 0) magnitudes.push(value)
    }
  }

  const {means, bounds} = fitLevels(magnitudes, levelsPerSign)

  // Codes: 0 is 0; 1 … 44 the positive levels; 45 … 88 the negative ones.
  const levels = [0, ...means.map((value) => round(value)), ...means.map((value) => -round(value))]
  const codes = new Uint8Array(kept.length * labelCount)

  kept.forEach(function (id, row) {
    for (let label = 0; label < labelCount; label++) {
      const value = weights.feature[id * labelCount + label]!
      const magnitude = Math.abs(value)
      let code = 0

      if (magnitude >= options.prune && magnitude > 0) {
        let level = 0
        while (level < levelsPerSign - 1 && magnitude > bounds[level]!) level++
        code = value > 0 ? 1 + level : 1 + levelsPerSign + level
      }

      codes[row * labelCount + label] = code
    }
  })

  const keys = kept.map((id) => index.hashes[id]!)
  return {
    keys: writeSortedNumbers(keys),
    weights: writeWeightCodes(codes, levelsPerSign),
    levels,
    transitions: [...weights.pair, ...weights.first, ...weights.last].map((value) => round(value)),
    ...writeLexicon(lexicon, clusters),
    check: {
      keys: dataCheck(keys),
      weights: dataCheck(codes),
      lexicon: dataCheck(lexiconEntries(lexicon).map(([key, value]) => key + ' ' + value))
    }
  }
}

/**
 * Pack a lexicon (the inverse of `readLexicon`): its sorted keys as a gap
 * list, then each key's case and finest class + 1 as trees of bits.
 *
 * @param lexicon The lexicon.
 * @param clusters The word clusters it was built with (their middle and coarsest classes are kept as lists).
 * @returns The packed lexicon.
 * @throws When a value is not what `readLexicon` would make of its case and class.
 */
export function writeLexicon(lexicon: Lexicon, clusters: PackedClusters): PackedLexicon {
  const entries = lexiconEntries(lexicon)
  const encoder = new RangeEncoder()
  const cases = contexts(4)
  const classes = contexts(4 << 9)
  writeGapList(encoder, contexts(numberContexts), entries.map(([key]) => key))

  for (const [key, value] of entries) {
    const known = value & 3
    const fine = (value >>> 2) & 511
    const middle = clusters.middle[fine - 1]!
    const code = fine === 0 ? 0 : fine | ((middle + 1) << 9) | ((clusters.coarse[middle]! + 1) << 16)
    if (value !== (known | (code << 2))) throw new Error('Cannot pack the lexicon value ' + value + ' of key ' + key)
    encoder.tree(cases, 0, 2, known)
    encoder.tree(classes, known << 9, 9, fine)
  }

  return {lexicon: toBase64(encoder.finish()), clusterMiddle: [...clusters.middle], clusterCoarse: [...clusters.coarse]}
}

/**
 * Pack weight codes with the range coder, row by row, in the contexts of
 * `WeightContexts` (the inverse of `readWeightCodes`). Most weights are zero
 * after pruning, and a row's weights tell much about each other: this keeps
 * the module small in the bundle.
 *
 * @param codes The codes, `row * labelCount + label`: 0, `1 + m` or `1 + levelsPerSign + m`.
 * @param levelsPerSign How many non-zero levels each sign has.
 * @returns The packed text, base 64.
 */
export function writeWeightCodes(codes: ArrayLike<number>, levelsPerSign: number): string {
  const encoder = new RangeEncoder()
  const model = new WeightContexts(levelsPerSign)

  for (let row = 0; row * labelCount < codes.length; row++) {
    model.startRow()

    for (let label = 0; label < labelCount; label++) {
      const code = codes[row * labelCount + label]!
      encoder.bit(model.zero, model.zeroContext(label), code === 0 ? 0 : 1)

      if (code !== 0) {
        const negative = code > levelsPerSign ? 1 : 0
        encoder.bit(model.sign, model.signContext(label), negative)
        encoder.tree(model.level, model.levelBase(label, negative), model.levelBits, code - 1 - negative * levelsPerSign)
      }

      model.note(label, code)
    }
  }

  return toBase64(encoder.finish())
}

/**
 * Fit quantisation levels to magnitudes (Lloyd's algorithm in one dimension:
 * the levels that make the squared error small), starting from levels spaced
 * geometrically between the smallest and the largest magnitude.
 *
 * @param magnitudes The absolute weights to quantise.
 * @param count How many levels.
 * @returns The levels, ascending, and the bounds between them.
 */
export function fitLevels(magnitudes: number[], count: number): {means: number[]; bounds: number[]} {
  const sorted = Float64Array.from(magnitudes).sort()
  const sums = new Float64Array(sorted.length + 1)
  for (let n = 0; n < sorted.length; n++) sums[n + 1] = sums[n]! + sorted[n]!
  const smallest = sorted[0] ?? 1
  const largest = Math.max(sorted.at(-1) ?? 1, smallest * 2)
  let means = Array.from({length: count}, (_, level) => smallest * Math.pow(largest / smallest, level / Math.max(1, count - 1)))
  let bounds: number[] = []

  for (let round = 0; round < 50; round++) {
    bounds = means.map((value, level) => (level + 1 < count ? (value + means[level + 1]!) / 2 : Number.POSITIVE_INFINITY))
    let from = 0
    const next: number[] = []

    for (let level = 0; level < count; level++) {
      let to = from
      while (to < sorted.length && sorted[to]! <= bounds[level]!) to++
      next.push(to > from ? (sums[to]! - sums[from]!) / (to - from) : means[level]!)
      from = to
    }

    means = next
  }

  return {means, bounds}
}

/**
 * Round a weight to four significant digits, for a shorter module.
 *
 * @param value The weight.
 * @returns It, rounded.
 */
function round(value: number): number {
  return Number(value.toPrecision(4))
}

/**
 * The source of the generated module.
 *
 * @param packed The packed model, with its check.
 * @param summary Lines for its doc comment (what it was trained on and how it scores).
 * @param sources The training splits, for the first line (`CoNLL-2003 train`).
 * @returns TypeScript source.
 */
export function moduleSource(packed: PackResult, summary: string[], sources = 'CoNLL-2003 train'): string {
  return [
    '// Generated by scripts/train-entities.ts from ' + sources + ' (../shared/corpora). Do not edit.',
    "import type {PackedModel} from '../lib/3-entities/tagger/model.js'",
    '',
    '/**',
    " * The entity tagger's weights, packed (see src/lib/3-entities/tagger/model.ts).",
    ...summary.map((line) => ' * ' + line),
    ' */',
    'export const entityModel: PackedModel = {',
    `  levels: [${packed.levels.join(',')}],`,
    `  transitions: [${packed.transitions.join(',')}],`,
    `  clusterMiddle: [${packed.clusterMiddle.join(',')}],`,
    `  clusterCoarse: [${packed.clusterCoarse.join(',')}],`,
    `  lexicon: '${packed.lexicon}',`,
    `  keys: '${packed.keys}',`,
    `  weights: '${packed.weights}'`,
    '}',
    '',
    '/** What each packed field decodes to, counted and hashed (scripts/data-check.ts; the weights as codes, row by row). */',
    `export const entityModelCheck = ${JSON.stringify(packed.check)}`,
    ''
  ].join('\n')
}
