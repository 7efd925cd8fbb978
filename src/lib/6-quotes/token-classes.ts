import {classAuxiliaries, classDeterminers, classPronouns, ownClass} from '../lexicon/cue-classes.js'
import type {Token} from './tokens.js'

/**
 * The coarse classes of the quotes stage's tokens, which the cue model's
 * features read beside the words themselves (`features.ts`).
 */

/**
 * The class of a token, computed once and kept on it.
 *
 * @param token The token, or `undefined` past an edge of the paragraph.
 * @returns Its class (`END` past an edge).
 */
export function groupOf(token: Token | undefined): string {
  if (!token) return 'END'
  if (token.group === '') token.group = tokenClass(token)
  return token.group
}

/** The class of each word of `ownClass`, `determiners`, `pronouns` and `auxiliaries`, the first set that holds it winning. */
const listedClasses = new Map<string, string>()
for (const [words, name] of [[classAuxiliaries, 'AUX'], [classPronouns, 'PRON'], [classDeterminers, 'DET'], [ownClass, '']] as const) {
  for (const word of words) listedClasses.set(word, name || word)
}

/** Every class `tokenClass` gives, `END` first. */
export const tokenClasses: readonly string[] = [
  'END', 'Q', 'Q1', 'STOP', ',', ':', ';', '(', ')', 'DASH', 'P', ...ownClass, 'DET', 'PRON', 'AUX', 'NUM', 'CAP', 'LY', 'W'
]

/** How many classes there are. */
export const classCount = tokenClasses.length

/** The number of each class. */
const classNumbers = new Map(tokenClasses.map((name, index) => [name, index]))

/**
 * The number of a token's class (its index in `tokenClasses`), for tables
 * of weights by class.
 *
 * @param token The token, or `undefined` past an edge of the paragraph.
 * @returns The number.
 */
export function classIndex(token: Token | undefined): number {
  return token ? classNumbers.get(groupOf(token))! : 0
}

/**
 * The coarse class of a token, for features that should generalise beyond
 * the word itself.
 *
 * @param token The token, or `undefined` past an edge of the paragraph.
 * @returns Its class.
 */
export function tokenClass(token: Pick<Token, 'norm' | 'kind' | 'capital'> | undefined): string {
  if (!token) return 'END'
  const norm = token.norm
  if (token.kind === 'punct') {
    if (norm === '"') return 'Q'
    if (norm === "'") return 'Q1'
    if (norm === '.' || norm === '!' || norm === '?') return 'STOP'
    if (norm === ',' || norm === ':' || norm === ';' || norm === '(' || norm === ')') return norm
    if (isDash(norm)) return 'DASH'
    return 'P'
  }
  const listed = listedClasses.get(norm) ?? contractedClass(norm)
  if (listed !== undefined) return listed
  const first = norm.charCodeAt(0)
  if (first < 128 ? first >= 48 && first <= 57 : /^\p{N}/u.test(norm)) return 'NUM'
  if (token.capital) return 'CAP'
  if (norm.endsWith('ly')) return 'LY'
  return 'W'
}

/**
 * The class of a contracted word, one token in the token table: a negated
 * auxiliary (`didn't`, `won't`) is an auxiliary, a pronoun with a clitic
 * (`they're`, `it's`, `I'm`) a pronoun.
 *
 * @param norm The word's normal form (apostrophes written `'`).
 * @returns Its class, or `undefined` for a word that is no such contraction.
 */
function contractedClass(norm: string): string | undefined {
  const apostrophe = norm.indexOf("'")
  if (apostrophe <= 0) return undefined
  if (norm.endsWith("n't")) return 'AUX'
  return listedClasses.get(norm.slice(0, apostrophe)) === 'PRON' ? 'PRON' : undefined
}

/**
 * Whether a punctuation token is a dash: `-`, `–`, `—`, or a run of them
 * (`--`, one token in the token table).
 *
 * @param norm Its normal form.
 * @returns `true` for a dash.
 */
function isDash(norm: string): boolean {
  for (let index = 0; index < norm.length; index++) {
    const code = norm.charCodeAt(index)
    if (code !== 45 && code !== 0x20_13 && code !== 0x20_14) return false
  }
  return norm.length > 0
}
