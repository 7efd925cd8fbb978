/**
 * The scores of distinct words, kept across documents for one model, and of
 * the feature codes that do not depend on the word (sentence edges, contexts,
 * non-local codes).
 */

import {after, before, contextCodes, contextFeatures, maxPerToken, neighbourFeatures, neighbourOffsets} from './features.js'
import {labelCount} from './labels.js'
import {lookup, type Model} from './model.js'
import {nonLocalCodes} from './non-local.js'

/** Floats per distinct word: its own features' scores, then its scores as each neighbour. */
export const typeWidth = (1 + neighbourOffsets.length) * labelCount

/**
 * Scores of distinct words, kept across documents for one model: the words of
 * news repeat, and adding up a word's features is most of the tagger's work.
 * When full it starts again empty, so memory stays bounded.
 */
export interface WordScores {
  /** The vocabulary generation the ids below belong to. */
  generation: number
  /**
   * Score ids by vocabulary word number, for sentences in lower case (0)
   * and in capitals (1); -1 for none yet.
   */
  ids: [Int32Array, Int32Array]
  /** `typeWidth` scores per word id. */
  scores: Float32Array
  /** How many ids are in use. */
  count: number
  /** The scores the sentence edges give as neighbours. */
  edges: Float64Array
  /** The scores of each context code, `code * labelCount + label`. */
  contexts: Float64Array
  /** The scores of each non-local code, `code * labelCount + label`, made as codes come up. */
  nonLocal: Float64Array
  /** Per non-local code: 0 until its scores are made, then 1, or 2 when they are all zero. */
  nonLocalMade: Uint8Array
}

/** Most distinct words kept (about 2.8 MB of scores). */
export const wordCapacity = 32768

/** The kept word scores of each model. */
const kept = new WeakMap<Model, WordScores>()

/**
 * The kept word scores of a model, made on first use.
 *
 * @param model The model.
 * @returns Its word scores.
 */
export function wordScoresOf(model: Model): WordScores {
  let found = kept.get(model)

  if (!found) {
    found = {
      generation: 0,
      ids: [new Int32Array(0), new Int32Array(0)],
      scores: new Float32Array(wordCapacity * typeWidth),
      count: 0,
      edges: edgeScores(model, new Uint32Array(maxPerToken)),
      contexts: contextScores(model, new Uint32Array(maxPerToken)),
      nonLocal: new Float64Array(nonLocalCodes * labelCount),
      nonLocalMade: new Uint8Array(nonLocalCodes)
    }
    kept.set(model, found)
  }

  return found
}

/**
 * Make the score ids fit a vocabulary: start again when it is a new one,
 * grow when it has more words.
 *
 * @param words The kept word scores.
 * @param generation The vocabulary's generation.
 * @param size How many words it has.
 */
export function fitIds(words: WordScores, generation: number, size: number): void {
  if (words.generation !== generation) {
    words.generation = generation
    words.ids = [new Int32Array(0), new Int32Array(0)]
    words.count = 0
  }

  if (words.ids[0].length >= size) return
  let length = Math.max(1024, words.ids[0].length)
  while (length < size) length *= 2

  for (const which of [0, 1] as const) {
    const grown = new Int32Array(length).fill(-1)
    grown.set(words.ids[which])
    words.ids[which] = grown
  }
}

/**
 * The scores the sentence edges give as neighbours: `before` for the
 * neighbours on the left, `after` for those on the right.
 *
 * @param model The model.
 * @param scratch Work space for the features.
 * @returns `which * labelCount + label`.
 */
function edgeScores(model: Model, scratch: Uint32Array): Float64Array {
  const scores = new Float64Array(neighbourOffsets.length * labelCount)

  for (let which = 0; which < neighbourOffsets.length; which++) {
    const edge = neighbourOffsets[which]! < 0 ? before : after
    addScores(model, scratch, 0, neighbourFeatures(which, edge, edge, scratch, 0), scores, which * labelCount)
  }

  return scores
}

/**
 * Whether a row of label scores is all zero.
 *
 * @param scores The scores.
 * @param at Index of the row's first score.
 * @returns Whether every score of the row is 0.
 */
export function isZero(scores: Float64Array, at: number): boolean {
  for (let l = 0; l < labelCount; l++) if (scores[at + l] !== 0) return false
  return true
}

/**
 * The scores of every context code.
 *
 * @param model The model.
 * @param scratch Work space for the features.
 * @returns `code * labelCount + label`.
 */
function contextScores(model: Model, scratch: Uint32Array): Float64Array {
  const scores = new Float64Array(contextCodes * labelCount)

  for (let code = 0; code < contextCodes; code++) {
    addScores(model, scratch, 0, contextFeatures(code, scratch, 0), scores, code * labelCount)
  }

  return scores
}

/**
 * Add the weights of some features to one token's label scores.
 *
 * @param model The model.
 * @param hashes The feature hashes.
 * @param from Index of the first feature to add.
 * @param to Index past the last one.
 * @param scores Where to add.
 * @param at Index of the token's first label score in `scores`.
 */
export function addScores(
  model: Model,
  hashes: Uint32Array,
  from: number,
  to: number,
  scores: Float64Array,
  at: number
): void {
  const weights = model.weights

  for (let f = from; f < to; f++) {
    const row = lookup(model, hashes[f]!)
    if (row < 0) continue
    const base = row * labelCount
    for (let l = 0; l < labelCount; l++) scores[at + l]! += weights[base + l]!
  }
}
