import {hashRange} from './hash.js'
import {findSlot, readGaps, spread} from './packing.js'

/**
 * The case lexicon: which words news text writes in lower case in the middle
 * of a sentence, learned from unlabelled training text (see
 * `scripts/train-entities/case-lexicon.ts`). It tells a capitalised adjective
 * ("the Constitutional framework") from a name the model has never seen.
 * Words are kept as 22-bit hashes of their lower-case form.
 */

/** What the lexicon knows of a word. */
export const enum WordCase {
  /** Not in the lexicon. */
  Unknown = 0,
  /** Mostly written in lower case mid-sentence. */
  Lower = 1,
  /** Written both ways. */
  Both = 2
}

/** A decoded lexicon: an open-addressed table of keys with their `WordCase`. */
export interface Lexicon {
  /** Per slot: a key (`-1` for empty) and its class. */
  slots: Int32Array
  /** The number of slots less one. */
  mask: number
}

/**
 * The lexicon key of a word.
 *
 * @param lower The word in lower case.
 * @returns A 22-bit key.
 */
export function lexiconKey(lower: string): number {
  return hashRange(0x1e_c5, lower, 0, lower.length) >>> 10
}

/**
 * Build a lexicon from keys and classes.
 *
 * @param lower Keys of the words mostly in lower case.
 * @param both Keys of the words written both ways.
 * @returns The lexicon.
 */
export function buildLexicon(lower: ArrayLike<number>, both: ArrayLike<number>): Lexicon {
  let size = 1
  while (size < (lower.length + both.length) * 2) size *= 2
  const slots = new Int32Array(size * 2).fill(-1)
  const mask = size - 1

  for (const [keys, kind] of [
    [lower, WordCase.Lower],
    [both, WordCase.Both]
  ] as const) {
    for (let index = 0; index < keys.length; index++) {
      const key = keys[index]!
      let slot = spread(key) & mask
      while (slots[slot * 2] !== -1 && slots[slot * 2] !== key) slot = (slot + 1) & mask
      slots[slot * 2] = key
      slots[slot * 2 + 1] = kind
    }
  }

  return {slots, mask}
}

/**
 * Decode a lexicon packed as two gap lists (`writeGaps`).
 *
 * @param lower The packed keys of the words mostly in lower case.
 * @param both The packed keys of the words written both ways.
 * @returns The lexicon.
 */
export function decodeLexicon(lower: string, both: string): Lexicon {
  return buildLexicon(readGaps(lower), readGaps(both))
}

/**
 * What the lexicon knows of a word.
 *
 * @param lexicon The lexicon.
 * @param lower The word in lower case.
 * @returns Its class.
 */
export function wordCase(lexicon: Lexicon, lower: string): WordCase {
  const found = findSlot(lexicon.slots, lexicon.mask, lexiconKey(lower))
  return found === -1 ? WordCase.Unknown : (found as WordCase)
}
