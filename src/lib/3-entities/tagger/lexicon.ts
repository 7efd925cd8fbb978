import {hashRange} from './hash.js'
import {contexts, fromBase64, numberContexts, RangeDecoder, readGapList, readGapLists} from '../../util/range-decoder.js'
import {findSlot, spread} from './packing.js'

/**
 * The case lexicon: which words news text writes in lower case in the middle
 * of a sentence, learned from unlabelled training text (see
 * `scripts/train-entities/case-lexicon.ts`). It tells a capitalised adjective
 * ("the Constitutional framework") from a name the model has never seen.
 * Words are kept as 22-bit hashes of their lower-case form.
 *
 * The same table holds the word clusters (`src/data/word-clusters.ts`, made
 * by `scripts/build-word-clusters.ts`): for each word seen often enough in
 * unlabelled text, its class at three nested levels, which the tagger reads
 * as features so that a word it never saw in training is read like the words
 * that occur where it does.
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

/** Word clusters, packed as `src/data/word-clusters.ts` holds them. */
export interface PackedClusters {
  /** For each finest class, its words' sorted keys, packed one list after the other (see `readGapLists`). */
  words: string
  /** The class of each finest class at the middle level. */
  middle: readonly number[]
  /** The class of each middle class at the coarsest level. */
  coarse: readonly number[]
}

/**
 * A decoded lexicon: an open-addressed table of keys with their `WordCase`
 * (the low 2 bits) and their cluster code (the bits above, see `wordCluster`).
 */
export interface Lexicon {
  /** Per slot: a key (`-1` for empty) and its value. */
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
 * @param clusters The word clusters, if any.
 * @returns The lexicon.
 */
export function buildLexicon(lower: ArrayLike<number>, both: ArrayLike<number>, clusters?: PackedClusters): Lexicon {
  const members = clusters ? readGapLists(clusters.words, clusters.middle.length) : []
  let size = 1
  while (size < (lower.length + both.length + members.reduce((sum, keys) => sum + keys.length, 0)) * 2) size *= 2
  const lexicon = {slots: new Int32Array(size * 2).fill(-1), mask: size - 1}
  for (const key of Array.from(lower)) setValue(lexicon, key, WordCase.Lower)
  for (const key of Array.from(both)) setValue(lexicon, key, WordCase.Both)

  members.forEach(function (keys, fine) {
    const middle = clusters!.middle[fine]!
    const code = (fine + 1) | ((middle + 1) << 9) | ((clusters!.coarse[middle]! + 1) << 16)
    for (const key of keys) setValue(lexicon, key, code << 2)
  })

  return lexicon
}

/**
 * Add bits to the value of a key in the table (inserting the key if new).
 *
 * @param lexicon The table.
 * @param key The key.
 * @param bits The bits to add.
 */
function setValue(lexicon: Lexicon, key: number, bits: number): void {
  const {slots, mask} = lexicon
  let slot = spread(key) & mask
  while (slots[slot * 2] !== -1 && slots[slot * 2] !== key) slot = (slot + 1) & mask
  if (slots[slot * 2] === -1) slots[slot * 2 + 1] = 0
  slots[slot * 2] = key
  slots[slot * 2 + 1]! |= bits
}

/** The lexicon as the tagger's model holds it (`src/data/entity-model.ts`). */
export interface PackedLexicon {
  /**
   * Every word the lexicon knows, packed with the range coder: the sorted
   * keys as a gap list, then for each key its `WordCase` (2 bits, a tree)
   * and its finest class + 1 (9 bits, a tree in a context of the case; 0 for
   * none). See `readLexicon`.
   */
  lexicon: string
  /** The class of each finest class at the middle level. */
  clusterMiddle: readonly number[]
  /** The class of each middle class at the coarsest level. */
  clusterCoarse: readonly number[]
}

/**
 * Decode a packed lexicon: the same table `buildLexicon` makes from the
 * case lexicon and the clusters it was packed from.
 *
 * @param packed The packed lexicon.
 * @returns The lexicon.
 */
export function readLexicon(packed: PackedLexicon): Lexicon {
  const decoder = new RangeDecoder(fromBase64(packed.lexicon))
  const keys = readGapList(decoder, contexts(numberContexts))
  const cases = contexts(4)
  const classes = contexts(4 << 9)
  // At most a quarter full, as `buildLexicon` makes it from the case lexicon
  // and the clusters apart (their lists overlap), so look-ups probe as few slots.
  let size = 1
  while (size < keys.length * 4) size *= 2
  const lexicon = {slots: new Int32Array(size * 2).fill(-1), mask: size - 1}

  for (const key of keys) {
    const known = decoder.tree(cases, 0, 2)
    const fine = decoder.tree(classes, known << 9, 9) - 1
    let value = known

    if (fine >= 0) {
      const middle = packed.clusterMiddle[fine]!
      value |= ((fine + 1) | ((middle + 1) << 9) | ((packed.clusterCoarse[middle]! + 1) << 16)) << 2
    }

    setValue(lexicon, key, value)
  }

  return lexicon
}

/**
 * What a lexicon holds: each key with its value, by key.
 *
 * @param lexicon The lexicon.
 * @returns Pairs of key and value, ascending by key.
 */
export function lexiconEntries(lexicon: Lexicon): Array<[key: number, value: number]> {
  const entries: Array<[number, number]> = []

  for (let slot = 0; slot <= lexicon.mask; slot++) {
    const key = lexicon.slots[slot * 2]!
    if (key !== -1) entries.push([key, lexicon.slots[slot * 2 + 1]!])
  }

  return entries.sort((a, b) => a[0] - b[0])
}

/**
 * What the lexicon knows of a word.
 *
 * @param lexicon The lexicon.
 * @param lower The word in lower case.
 * @returns Its class.
 */
export function wordCase(lexicon: Lexicon, lower: string): WordCase {
  return (valueOf(lexicon, lower) & 3) as WordCase
}

/**
 * A word's cluster code: 0 when it has none, otherwise its finest class + 1
 * in bits 0–8, its middle class + 1 in bits 9–15 and its coarsest class + 1
 * from bit 16.
 *
 * @param lexicon The lexicon.
 * @param lower The word in lower case.
 * @returns Its code.
 */
export function wordCluster(lexicon: Lexicon, lower: string): number {
  return valueOf(lexicon, lower) >>> 2
}

/**
 * The value the table keeps for a word.
 *
 * @param lexicon The lexicon.
 * @param lower The word in lower case.
 * @returns Its value, 0 when it is not in the table.
 */
function valueOf(lexicon: Lexicon, lower: string): number {
  const found = findSlot(lexicon.slots, lexicon.mask, lexiconKey(lower))
  return found === -1 ? 0 : found
}
