import {foldToken, gazetteer, type TrieNode} from './gazetteer-tables.js'

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
  /** Word number by text, as written. */
  ids: Map<string, number>
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
  if (!current || current.ids.size > maxWords) {
    current = {
      ids: new Map(),
      generation: (current?.generation ?? 0) + 1,
      folded: [],
      first: [],
      stem: [],
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
  const known = vocabulary.ids.get(text)
  return known === undefined ? addWord(vocabulary, text) : known
}

/**
 * Add a word and what is read of it.
 *
 * @param vocabulary The vocabulary.
 * @param text The word as written.
 * @returns Its number.
 */
function addWord(vocabulary: Vocabulary, text: string): number {
  const id = vocabulary.ids.size
  const table = gazetteer()
  const folded = foldToken(text)
  vocabulary.ids.set(text, id)
  vocabulary.folded.push(folded)
  vocabulary.first.push(table.root.next?.get(folded))
  vocabulary.stem.push(folded.length > 2 && folded.endsWith("'s") ? table.root.next?.get(folded.slice(0, -2)) : undefined)
  vocabulary.acronym.push(acronymOf(text))

  const plain = plainPunctuation(text)
  const lower = plain.toLowerCase()
  let lowerId = vocabulary.lowerIds.get(lower)

  if (lowerId === undefined) {
    lowerId = vocabulary.lowerCount++
    vocabulary.lowerIds.set(lower, lowerId)
    vocabulary.forms.push(lower)
  }

  if (id >= vocabulary.lowerId.length) {
    const grown = new Int32Array(vocabulary.lowerId.length * 2)
    grown.set(vocabulary.lowerId)
    vocabulary.lowerId = grown
  }

  vocabulary.plain.push(plain)
  vocabulary.lower.push(lower)
  vocabulary.lowerId[id] = lowerId
  return id
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
