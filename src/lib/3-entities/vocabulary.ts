import {foldToken, gazetteer, type TrieNode} from './gazetteer-tables.js'
import {Fact, wordFacts} from './word-facts.js'

/**
 * The words the entities stage has seen, across documents, each with what
 * its steps read of a word computed once: news repeats its words, so a token
 * costs one lookup of its text instead of folding, hashing and matching it
 * again. The vocabulary starts again empty when it has grown past
 * `maxWords` (checked between documents), so memory stays bounded; a new
 * start bumps `generation`, and those who keep tables by word number start
 * theirs again too.
 */
export interface Vocabulary {
  /** Per word: its text, as written. */
  text: string[]
  /**
   * Word numbers by text: an open-addressing hash table of pairs, the hash
   * of a word and its number + 1 (0 for a free slot), so that a token is
   * looked up from the input without cutting its text out first.
   */
  slots: Int32Array
  /** Per ASCII character: the number of the word of that one character, or -1. */
  ascii: Int32Array
  /** Bumped at each new start. */
  generation: number
  /** Per word: its text folded with `foldToken`. */
  folded: string[]
  /** Per word: the gazetteer trie's node one step from the root by the folded text, if any. */
  first: Array<TrieNode | undefined>
  /**
   * Per word that still ends in a possessive (`'s`): the node one step from
   * the root by its stem, if any.
   */
  stem: Array<TrieNode | undefined>
  /** Per word: what the rules ask of it (`Fact` bits, see `word-facts.ts`). */
  facts: Uint32Array
  /** Per word: the organisation an acronym written so names, if any. */
  acronym: Array<string | undefined>
  /** Per word: its text with typographic marks made plain (`’s` as `'s`, `“` as `"`). */
  plain: string[]
  /** Per word: its plain text in lower case (the tagger's word). */
  lower: string[]
  /** Per word: the number of its `lower` form (the same for `NATO` and `Nato`). */
  lowerId: Int32Array
  /** How many distinct `lower` forms there are. */
  lowerCount: number
  /** Per lower form number: the form. */
  forms: string[]
  /** Lower form → its number. */
  lowerIds: Map<string, number>
}

/** Most words kept before starting again (checked between documents). */
export const maxWords = 1 << 16

let current: Vocabulary | undefined

/**
 * The vocabulary for a new document: the one in use, or an empty one when
 * that one has grown past `maxWords`.
 *
 * @returns The vocabulary.
 */
export function vocabularyForDocument(): Vocabulary {
  if (!current || current.text.length > maxWords) {
    current = {
      text: [],
      slots: new Int32Array(4096),
      ascii: new Int32Array(128).fill(-1),
      generation: (current?.generation ?? 0) + 1,
      folded: [],
      first: [],
      stem: [],
      facts: new Uint32Array(1024),
      acronym: [],
      plain: [],
      lower: [],
      lowerId: new Int32Array(1024),
      lowerCount: 0,
      forms: [],
      lowerIds: new Map()
    }
  }

  return current
}

/**
 * The number of a word, adding it on first sight.
 *
 * @param vocabulary The vocabulary.
 * @param text The word as written.
 * @returns Its number.
 */
export function wordNumber(vocabulary: Vocabulary, text: string): number {
  return wordAt(vocabulary, text, 0, text.length)
}

/**
 * The number of the word that a stretch of a text holds, adding it on first
 * sight: the same as `wordNumber(vocabulary, source.slice(start, end))`,
 * without cutting the word out unless it is new.
 *
 * @param vocabulary The vocabulary.
 * @param source The text.
 * @param start Offset of the word.
 * @param end Offset past it.
 * @returns Its number.
 */
export function wordAt(vocabulary: Vocabulary, source: string, start: number, end: number): number {
  const length = end - start

  if (length === 1) {
    const code = source.charCodeAt(start)
    const known = code < 128 ? vocabulary.ascii[code]! : -1
    if (known >= 0) return known
  }

  let hash = -2_128_831_035

  for (let index = start; index < end; index++) {
    hash = Math.imul(hash ^ source.charCodeAt(index), 16_777_619)
  }

  const slots = vocabulary.slots
  const mask = (slots.length >> 1) - 1
  let slot = hash & mask

  for (;;) {
    const id = slots[2 * slot + 1]! - 1
    if (id < 0) break
    if (slots[2 * slot] === hash && sameText(vocabulary.text[id]!, source, start, length)) return id
    slot = (slot + 1) & mask
  }

  const text = start === 0 && end === source.length ? source : source.slice(start, end)
  const id = addWord(vocabulary, text)
  slots[2 * slot] = hash
  slots[2 * slot + 1] = id + 1
  if (length === 1 && text.charCodeAt(0) < 128) vocabulary.ascii[text.charCodeAt(0)] = id
  if ((id + 1) * 4 > slots.length) rehash(vocabulary)
  return id
}

/**
 * Whether a word is the same as a stretch of a text.
 *
 * @param word The word.
 * @param source The text.
 * @param start Offset of the stretch.
 * @param length Its length.
 * @returns Whether they are the same.
 */
function sameText(word: string, source: string, start: number, length: number): boolean {
  if (word.length !== length) return false

  for (let index = 0; index < length; index++) {
    if (word.charCodeAt(index) !== source.charCodeAt(start + index)) return false
  }

  return true
}

/**
 * Double the hash table of a vocabulary and put its words back.
 *
 * @param vocabulary The vocabulary.
 */
function rehash(vocabulary: Vocabulary): void {
  const old = vocabulary.slots
  const slots = new Int32Array(old.length * 2)
  const mask = (slots.length >> 1) - 1

  for (let at = 0; at < old.length; at += 2) {
    if (old[at + 1] === 0) continue
    let slot = old[at]! & mask
    while (slots[2 * slot + 1] !== 0) slot = (slot + 1) & mask
    slots[2 * slot] = old[at]!
    slots[2 * slot + 1] = old[at + 1]!
  }

  vocabulary.slots = slots
}

/**
 * Add a word and what is read of it.
 *
 * @param vocabulary The vocabulary.
 * @param text The word as written.
 * @returns Its number.
 */
function addWord(vocabulary: Vocabulary, text: string): number {
  const id = vocabulary.text.length
  const table = gazetteer()
  const folded = foldToken(text)
  const first = table.root.next?.get(folded)
  const stem = folded.length > 2 && folded.endsWith("'s") ? table.root.next?.get(folded.slice(0, -2)) : undefined
  const acronym = acronymOf(text)
  vocabulary.text.push(text)
  vocabulary.folded.push(folded)
  vocabulary.first.push(first)
  vocabulary.stem.push(stem)
  vocabulary.acronym.push(acronym)

  const plain = plainPunctuation(text)
  const lower = plain.toLowerCase()
  let lowerId = vocabulary.lowerIds.get(lower)

  if (lowerId === undefined) {
    lowerId = vocabulary.lowerCount++
    vocabulary.lowerIds.set(lower, lowerId)
    vocabulary.forms.push(lower)
  }

  if (id >= vocabulary.lowerId.length) {
    vocabulary.lowerId = grow(vocabulary.lowerId, new Int32Array(vocabulary.lowerId.length * 2))
    vocabulary.facts = grow(vocabulary.facts, new Uint32Array(vocabulary.facts.length * 2))
  }

  vocabulary.plain.push(plain)
  vocabulary.lower.push(lower)
  vocabulary.lowerId[id] = lowerId
  vocabulary.facts[id] = wordFacts(text, folded) | (first || stem || acronym ? Fact.Gazetteer : 0)
  return id
}

/**
 * Copy an array into a larger one.
 *
 * @param from The array.
 * @param to The larger one.
 * @returns `to`.
 */
function grow<T extends Int32Array | Uint32Array>(from: T, to: T): T {
  to.set(from)
  return to
}

/**
 * The organisation a token names as an acronym: as listed (`NATO`, `Nato`,
 * `dpa`) or in capitals, never in lower case (`WHO` is not `who`). Acronyms
 * open with a capital, but for a few listed in lower case.
 *
 * @param word The token as written.
 * @returns The organisation key, if any.
 */
export function acronymOf(word: string): string | undefined {
  const table = gazetteer()
  const first = word.charCodeAt(0)
  if (word.length >= 16 || (first >= 97 && first <= 122 && !table.lowerAcronyms.has(word))) return undefined
  return table.acronyms.get(word) ?? (hasLowerCase(word) ? undefined : table.upperAcronyms.get(word))
}

/**
 * Whether a word has a lower-case letter.
 *
 * @param word The word.
 * @returns Whether it has.
 */
function hasLowerCase(word: string): boolean {
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index)
    if (code >= 97 && code <= 122) return true
    if (code > 127) return /\p{Ll}/u.test(word)
  }

  return false
}

/** Typographic quotes, apostrophes and dashes, and their plain forms. */
const typographic = /[\u2018\u2019\u201A\u201B\u2032\u201C\u201D\u201E\u00AB\u00BB\u2013\u2014\u2212]/g

/**
 * The text of a token with typographic quotes, apostrophes and dashes made
 * plain, as in the tagger's training text (`’s` reads as `'s`, `“` as `"`).
 *
 * @param text The token.
 * @returns Its plain form.
 */
export function plainPunctuation(text: string): string {
  for (let index = 0; index < text.length; index++) {
    if (text.charCodeAt(index) > 127) return text.replace(typographic, plainCharacter)
  }

  return text
}

/**
 * The plain form of one typographic character.
 *
 * @param char The character.
 * @returns Its plain form.
 */
function plainCharacter(char: string): string {
  const code = char.charCodeAt(0)
  if (code === 0x20_13 || code === 0x20_14 || code === 0x22_12) return '-'
  if (code === 0x20_1c || code === 0x20_1d || code === 0x20_1e || code === 0xab || code === 0xbb) return '"'
  return "'"
}
