import type {Vocabulary} from '../vocabulary.js'
import {caseClass, shapeOf} from '../../2-text/word-shape.js'
import {hashRange} from './hash.js'
import {wordCase, wordCluster, WordCase, type Lexicon} from './lexicon.js'

/**
 * What the tagger's features read of each word of the vocabulary, computed
 * once per word: its case class and shape (of the word as written), the hash
 * and the case-lexicon class of its lower-case form. Kept per vocabulary
 * start and lexicon; grown as the vocabulary grows.
 */
export interface WordTable {
  /** The vocabulary generation this table belongs to. */
  generation: number
  /** The lexicon the classes come from, if any. */
  lexicon: Lexicon | undefined
  /** How many words are filled in. */
  words: number
  /** Per word: `Case`. */
  caseOf: Uint8Array
  /** Per word: hash of its shape. */
  shape: Uint32Array
  /** How many lower-case forms are filled in. */
  forms: number
  /** Per lower-case form: its hash. */
  hash: Uint32Array
  /** Per lower-case form: `WordCase` from the lexicon. */
  lexiconCase: Uint8Array
  /** Per lower-case form: its cluster code (`wordCluster`), 0 for none. */
  cluster: Uint32Array
  /** Per lower-case form: the last document numbering that gave it a number. */
  stamp: Int32Array
  /** Per lower-case form: its number in that document. */
  dense: Int32Array
  /** The current document numbering. */
  numbering: number
}

let table: WordTable | undefined

/**
 * The word table for a vocabulary and a lexicon, filled for every word the
 * vocabulary has now.
 *
 * @param vocabulary The vocabulary.
 * @param lexicon The case lexicon, if any.
 * @returns The table.
 */
export function wordTableOf(vocabulary: Vocabulary, lexicon: Lexicon | undefined): WordTable {
  if (!table || table.generation !== vocabulary.generation || table.lexicon !== lexicon) {
    table = {
      generation: vocabulary.generation,
      lexicon,
      words: 0,
      caseOf: new Uint8Array(1024),
      shape: new Uint32Array(1024),
      forms: 0,
      hash: new Uint32Array(1024),
      lexiconCase: new Uint8Array(1024),
      cluster: new Uint32Array(1024),
      stamp: new Int32Array(1024),
      dense: new Int32Array(1024),
      numbering: 0
    }
  }

  fill(table, vocabulary)
  return table
}

/**
 * Fill in the words and forms added to the vocabulary since the last call.
 *
 * @param words The table.
 * @param vocabulary The vocabulary.
 */
function fill(words: WordTable, vocabulary: Vocabulary): void {
  const count = vocabulary.plain.length

  if (count > words.caseOf.length) {
    const size = capacity(count)
    words.caseOf = grow(words.caseOf, new Uint8Array(size))
    words.shape = grow(words.shape, new Uint32Array(size))
  }

  for (; words.words < count; words.words++) {
    const plain = vocabulary.plain[words.words]!
    words.caseOf[words.words] = caseClass(plain)
    words.shape[words.words] = shapeOf(plain)
  }

  const forms = vocabulary.lowerCount

  if (forms > words.hash.length) {
    const size = capacity(forms)
    words.hash = grow(words.hash, new Uint32Array(size))
    words.lexiconCase = grow(words.lexiconCase, new Uint8Array(size))
    words.cluster = grow(words.cluster, new Uint32Array(size))
    words.stamp = grow(words.stamp, new Int32Array(size))
    words.dense = grow(words.dense, new Int32Array(size))
  }

  for (; words.forms < forms; words.forms++) {
    const lower = vocabulary.forms[words.forms]!
    words.hash[words.forms] = hashRange(0, lower, 0, lower.length)
    words.lexiconCase[words.forms] = words.lexicon ? wordCase(words.lexicon, lower) : WordCase.Unknown
    words.cluster[words.forms] = words.lexicon ? wordCluster(words.lexicon, lower) : 0
  }
}

/**
 * A capacity of at least `count`: the next power of two.
 *
 * @param count How many items.
 * @returns The capacity.
 */
function capacity(count: number): number {
  let size = 1024
  while (size < count) size *= 2
  return size
}

/**
 * Copy an array into a larger one.
 *
 * @param from The array.
 * @param to The larger one.
 * @returns `to`.
 */
function grow<T extends Uint8Array | Uint32Array | Int32Array>(from: T, to: T): T {
  to.set(from)
  return to
}
