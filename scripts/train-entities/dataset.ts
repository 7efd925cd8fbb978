/**
 * Turning labelled documents into training examples: feature hashes mapped to
 * dense ids, rare features dropped.
 */

import type {DocumentTokens} from '../../src/lib/3-entities/tagger/document-tokens.js'
import {featureKey} from '../../src/lib/3-entities/tagger/model.js'
import {labelOf} from '../../src/lib/3-entities/tagger/labels.js'
import {documentVotes} from '../../src/lib/3-entities/tagger/non-local.js'
import type {LabelledDocument} from './corpus.js'
import {createFeatureBuffer, nonLocalFeatures, sentenceFeatures} from './features.js'
import type {Example} from './perceptron.js'

/** Feature hashes of every sentence of a document, before ids are given. */
export interface HashedSentence {
  hashes: Uint32Array
  offsets: Int32Array
}

/**
 * Compute the feature hashes of every sentence of a document.
 *
 * @param tokens The document's tokens (with whatever context the features read).
 * @returns Per sentence, its hashes.
 */
export function hashDocument(tokens: DocumentTokens): HashedSentence[] {
  const buffer = createFeatureBuffer()
  const result: HashedSentence[] = []

  for (let s = 0; s < tokens.sentences.length; s++) {
    const count = sentenceFeatures(tokens, s, buffer)
    const offsets = buffer.offsets.slice(0, count + 1)
    result.push({hashes: buffer.hashes.slice(0, offsets[count]), offsets})
  }

  return result
}

/**
 * Compute the non-local feature hashes of every sentence of a document.
 *
 * @param tokens The document's tokens.
 * @param labels A first pass's labels of every token, flat.
 * @returns Per sentence, its hashes.
 */
export function hashNonLocal(tokens: DocumentTokens, labels: Int32Array): HashedSentence[] {
  const buffer = createFeatureBuffer()
  const votes = documentVotes(tokens, labels)
  const result: HashedSentence[] = []

  for (let s = 0; s < tokens.sentences.length; s++) {
    const count = nonLocalFeatures(tokens, votes, s, buffer)
    const offsets = buffer.offsets.slice(0, count + 1)
    result.push({hashes: buffer.hashes.slice(0, offsets[count]), offsets})
  }

  return result
}

/**
 * Join the hashes of two feature sets of the same sentences, token by token.
 *
 * @param a The first set.
 * @param b The second set.
 * @returns The joined sentences.
 */
export function joinHashed(a: HashedSentence[], b: HashedSentence[]): HashedSentence[] {
  return a.map(function (left, s) {
    const right = b[s]!
    const count = left.offsets.length - 1
    const offsets = new Int32Array(count + 1)
    const hashes = new Uint32Array(left.hashes.length + right.hashes.length)
    let n = 0

    for (let t = 0; t < count; t++) {
      offsets[t] = n
      hashes.set(left.hashes.subarray(left.offsets[t], left.offsets[t + 1]), n)
      n += left.offsets[t + 1]! - left.offsets[t]!
      hashes.set(right.hashes.subarray(right.offsets[t], right.offsets[t + 1]), n)
      n += right.offsets[t + 1]! - right.offsets[t]!
    }

    offsets[count] = n
    return {hashes, offsets}
  })
}

/** Feature hashes and their dense ids. */
export interface FeatureIndex {
  /** Id of each feature key (`featureKey` of the hash). */
  ids: Map<number, number>
  /** Key of each id. */
  hashes: number[]
}

/**
 * Give an id to every feature hash seen at least `minCount` times.
 *
 * @param documents Hashed sentences of every training document.
 * @param minCount Fewest occurrences a feature needs.
 * @returns The index.
 */
export function indexFeatures(documents: HashedSentence[][], minCount: number): FeatureIndex {
  const counts = new Map<number, number>()

  for (const document of documents) {
    for (const sentence of document) {
      for (const hash of sentence.hashes) {
        const key = featureKey(hash)
        counts.set(key, (counts.get(key) ?? 0) + 1)
      }
    }
  }

  const ids = new Map<number, number>()
  const hashes: number[] = []

  for (const [hash, count] of counts) {
    if (count < minCount) continue
    ids.set(hash, hashes.length)
    hashes.push(hash)
  }

  return {ids, hashes}
}

/**
 * Make the examples of one document.
 *
 * @param hashed Its hashed sentences.
 * @param index The feature index (unknown features are dropped).
 * @param document The labelled document, for the gold labels.
 * @returns One example per sentence.
 */
export function toExamples(hashed: HashedSentence[], index: FeatureIndex, document?: LabelledDocument): Example[] {
  return hashed.map(function (sentence, s) {
    const count = sentence.offsets.length - 1
    const features: number[] = []
    const offsets = new Int32Array(count + 1)

    for (let t = 0; t < count; t++) {
      offsets[t] = features.length
      for (let f = sentence.offsets[t]!; f < sentence.offsets[t + 1]!; f++) {
        const id = index.ids.get(featureKey(sentence.hashes[f]!))
        if (id !== undefined) features.push(id)
      }
    }

    offsets[count] = features.length
    const gold = new Int32Array(count)
    const names = document?.labels[s]
    if (names) for (let t = 0; t < count; t++) gold[t] = labelOf(names[t]!)
    return {features: Int32Array.from(features), offsets, gold}
  })
}
