/**
 * The tagger's features for training: every feature of every token of a
 * sentence, flat, as the learner reads them. The runtime never builds these
 * lists; it adds up the same groups separately (`tag-tokens.ts`), to the same
 * sums.
 */

import type {DocumentTokens} from '../../src/lib/3-entities/tagger/document-tokens.js'
import {
  after,
  before,
  contextCode,
  contextFeatures,
  maxPerToken,
  neighbourFeatures,
  neighbourOffsets,
  ownFeatures,
  pairFeatures
} from '../../src/lib/3-entities/tagger/features.js'
import {nonLocalCode, nonLocalFeaturesOf, type DocumentVotes} from '../../src/lib/3-entities/tagger/non-local.js'

/** The features of the tokens of one sentence, flat. */
export interface FeatureBuffer {
  /** Feature hashes of every token, one after the other. */
  hashes: Uint32Array
  /** Index in `hashes` of the first feature of each token, and the end. */
  offsets: Int32Array
}

/**
 * Make a buffer for `sentenceFeatures`; it grows as needed.
 *
 * @returns An empty buffer.
 */
export function createFeatureBuffer(): FeatureBuffer {
  return {hashes: new Uint32Array(4096), offsets: new Int32Array(257)}
}

/**
 * Compute every feature of every token of one sentence into `buffer` (for
 * training; the runtime adds the groups up separately, to the same sums).
 *
 * @param doc The document's tokens.
 * @param sentence Which sentence.
 * @param buffer Where to write (grown when too small).
 * @returns How many tokens the sentence has.
 */
export function sentenceFeatures(doc: DocumentTokens, sentence: number, buffer: FeatureBuffer): number {
  const first = doc.sentenceStart[sentence]!
  const end = doc.sentenceStart[sentence + 1]!
  const count = end - first
  if (buffer.offsets.length < count + 1) buffer.offsets = new Int32Array(count * 2 + 1)
  if (buffer.hashes.length < count * maxPerToken) buffer.hashes = new Uint32Array(count * maxPerToken * 2)
  const out = buffer.hashes
  const caps = doc.sentenceCaps[sentence]!
  const headline = doc.sentences[sentence]!.kind !== 'paragraph'
  let n = 0

  for (let index = first; index < end; index++) {
    buffer.offsets[index - first] = n
    n = ownFeatures(doc, index, caps, out, n)

    for (let which = 0; which < neighbourOffsets.length; which++) {
      const other = index + neighbourOffsets[which]!
      n =
        other < first
          ? neighbourFeatures(which, before, before, out, n)
          : other >= end
            ? neighbourFeatures(which, after, after, out, n)
            : neighbourFeatures(which, doc.wordHash[other]!, caps ? 0 : doc.shapeHash[other]!, out, n)
    }

    n = contextFeatures(contextCode(doc, index, first, caps, headline), out, n)
    n = pairFeatures(doc, index, first, end, caps, out, n)
  }

  buffer.offsets[count] = n
  return count
}

/**
 * Compute the non-local features of every token of one sentence into
 * `buffer`, as `sentenceFeatures` does for the local ones (for training).
 *
 * @param doc The tokens.
 * @param votes The first pass's votes.
 * @param sentence Which sentence.
 * @param buffer Where to write.
 * @returns How many tokens the sentence has.
 */
export function nonLocalFeatures(
  doc: DocumentTokens,
  votes: DocumentVotes,
  sentence: number,
  buffer: FeatureBuffer
): number {
  const first = doc.sentenceStart[sentence]!
  const end = doc.sentenceStart[sentence + 1]!
  const count = end - first
  if (buffer.offsets.length < count + 1) buffer.offsets = new Int32Array(count * 2 + 1)
  if (buffer.hashes.length < count * 8) buffer.hashes = new Uint32Array(count * 16)
  const caps = doc.sentenceCaps[sentence]!
  let n = 0

  for (let index = first; index < end; index++) {
    buffer.offsets[index - first] = n
    n = nonLocalFeaturesOf(nonLocalCode(votes, index, caps), buffer.hashes, n)
  }

  buffer.offsets[count] = n
  return count
}
