/**
 * Decoding the sentences of a document, stretch by stretch between plain
 * runs, in windows, with the decoder's work space kept between calls.
 */

import type {DocumentTokens} from './document-tokens.js'
import {labelCount} from './labels.js'
import type {Model} from './model.js'
import {latticeFor, viterbi, type Lattice} from './viterbi.js'

/** What decoding a document's sentences reads and reuses. */
export interface Decoding {
  model: Model
  /** The local scores of every token (`localScores`). */
  local: Float32Array
  /** 1 for each token in a plain run. */
  plain: Uint8Array
  /** Per token: the non-local code whose scores are added, or -1 for none. */
  used: Int32Array
  /** The scores of each non-local code (`WordScores.nonLocal`). */
  nonLocal: Float64Array
  /** Work space for one window's scores. */
  emission: Float64Array
  /** The decoder's work space, kept from call to call. */
  lattice: Lattice | undefined
}

/**
 * Decode one sentence: its stretches between plain runs (see `stretch`), in
 * windows of at most `windowSize` tokens, from each token's local scores
 * plus those of its non-local code, copied in double precision (the same
 * values) so that the decoder always reads one kind of array and stays fast.
 * Tokens outside every stretch keep the label `out` holds for them.
 *
 * @param work What decoding reads and reuses.
 * @param first Index of the sentence's first token.
 * @param end Index past its last token.
 * @param out Where to write the labels, by token index.
 */
export function decodeSentence(work: Decoding, first: number, end: number, out: Int32Array): void {
  const {local, used, nonLocal, emission} = work

  for (let [from, to] = stretch(work.plain, first, first, end); from < to; [from, to] = stretch(work.plain, to, first, end)) {
    for (let start = from; start < to; start += windowSize) {
      const size = Math.min(windowSize, to - start)

      for (let t = 0; t < size; t++) {
        const row = used[start + t]! * labelCount
        const at = t * labelCount
        const base = (start + t) * labelCount
        if (row < 0) for (let l = 0; l < labelCount; l++) emission[at + l] = local[base + l]!
        else for (let l = 0; l < labelCount; l++) emission[at + l] = local[base + l]! + nonLocal[row + l]!
      }

      work.lattice = decode(work.model, emission, size, work.lattice, out.subarray(start, start + size))
    }
  }
}

/** Work space of the decoder, reused from document to document (it only grows). */
export const scratchSpace: {emission: Float64Array; lattice: Lattice | undefined} = {
  emission: new Float64Array(0),
  lattice: undefined
}

/**
 * The reused emission space, big enough for sentences of some length (at
 * most `windowSize` tokens are decoded at once).
 *
 * @param tokens The length of the longest sentence.
 * @returns The space.
 */
export function emissionSpace(tokens: number): Float64Array {
  const size = Math.min(Math.max(tokens, 64), windowSize) * labelCount
  if (scratchSpace.emission.length < size) scratchSpace.emission = new Float64Array(size)
  return scratchSpace.emission
}

/**
 * The number of tokens of a document's longest sentence.
 *
 * @param doc The document's tokens.
 * @returns The length.
 */
export function longestSentence(doc: DocumentTokens): number {
  let longest = 0
  for (let s = 0; s < doc.sentences.length; s++) longest = Math.max(longest, doc.sentenceStart[s + 1]! - doc.sentenceStart[s]!)
  return longest
}

/**
 * The next stretch of a sentence to decode: from the first token at or after
 * `from` that is not in a plain run, to past the last one before the next
 * plain token, with the plain token on either side of it included, so that
 * the decoder reads the transitions out of and into `O` as it would over the
 * whole sentence. Plain tokens between stretches keep label `O` (0).
 *
 * @param plain 1 for each token in a plain run.
 * @param from Where to look from.
 * @param first Index of the sentence's first token.
 * @param end Index past the sentence's last token.
 * @returns `[start, end]` of the stretch; `start === end` when none is left.
 */
function stretch(plain: Uint8Array, from: number, first: number, end: number): [number, number] {
  let start = from
  while (start < end && plain[start] === 1) start++
  if (start === end) return [end, end]
  let stop = start
  while (stop < end && plain[stop] === 0) stop++
  return [start > first && plain[start - 1] === 1 ? start - 1 : start, stop < end ? stop + 1 : stop]
}

/** Longest stretch decoded at once: a huge run-on sentence is cut into windows this long. */
const windowSize = 1024

/**
 * Decode one sentence, in windows of at most `windowSize` tokens so that the work
 * space stays small on hostile input.
 *
 * @param model The model (for its transitions).
 * @param emission The sentence's label scores, from its first token.
 * @param length How many tokens.
 * @param lattice Work space to reuse, if any.
 * @param out Where to write the labels.
 * @returns The work space, for the next call.
 */
function decode(
  model: Model,
  emission: Float64Array,
  length: number,
  lattice: Lattice | undefined,
  out: Int32Array
): Lattice {
  const space = latticeFor(lattice, Math.min(length, windowSize))

  for (let start = 0; start < length; start += windowSize) {
    const size = Math.min(windowSize, length - start)
    viterbi(emission.subarray(start * labelCount), size, model.transitions, space, out.subarray(start, start + size))
  }

  return space
}
