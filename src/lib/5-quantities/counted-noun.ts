import {nounsInUs, singular} from './read-unit.js'
import type {Word} from './sentence-words.js'
import {notCountedWords, numberWords, scaleWords} from '../lexicon/quantities.js'

/**
 * The noun a count counts: "20,000 Azerbaijanis" Azerbaijani, "120
 * countries" country, "14 first-team players" player, "a third of the
 * population" population.
 */

/** A counted noun phrase. */
export interface CountedNoun {
  /** Its first and last word. */
  first: number
  last: number
  /** Its head's singular. */
  unit: string
}

/** Determiners and possessives skipped after "of": "a third of the population", "1/16 of a pint". */
const determiners = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'your', 'these', 'those', 'all', 'my'])

/** Most words in a counted noun phrase. */
const longestPhrase = 3

/**
 * Read the counted noun after a number.
 *
 * @param words The sentence's words.
 * @param index The word after the number.
 * @param single Whether the number is one (its noun is singular).
 * @returns The noun phrase, if one follows.
 */
export function readCountedNoun(words: readonly Word[], index: number, single: boolean): CountedNoun | undefined {
  const run: number[] = []
  for (let at = index; at < words.length && run.length < longestPhrase; at++) {
    const word = words[at]!
    if (!word.spaced || !isNounLike(word)) {
      // "11 working groups": a word in -ing before a noun describes it.
      const next = words[at + 1]
      if (!/^[a-z]{4,}ing$/.test(word.text) || !next?.spaced || !isNounLike(next) || notCountedWords.has(word.lower)) break
    }
    if (run.length > 0 && /^\p{Lu}/u.test(word.text) && !/^\p{Lu}/u.test(words[run[0]!]!.text)) break
    run.push(at)
  }
  if (run.length === 0) return undefined

  // The head: the first plural ("19 fouls proves", "14 first-team players"), else the last word
  // ("11 member trade agreement", "a quarter of the office space").
  let head = run[0]!
  if (!single) head = run.find((at) => isPlural(words[at]!.lower)) ?? run.at(-1)!
  const text = words[head]!.text
  // A capitalised noun is counted only in the plural ("20,000 Azerbaijanis",
  // "Nine Republicans"); "787 Dreamliner", "49 Zorro Ranch" are names.
  if (/^\p{Lu}/u.test(text) && !isPlural(words[head]!.lower)) return undefined
  return {first: run[0]!, last: head, unit: /^\p{Lu}/u.test(text) && !isAllCaps(text) ? singular(text) : singular(text.toLowerCase())}
}

/**
 * Read the noun phrase after "of": "of the population", "of people".
 *
 * @param words The sentence's words.
 * @param index The word "of".
 * @returns The noun phrase, if one follows.
 */
export function readOfPhrase(words: readonly Word[], index: number): CountedNoun | undefined {
  let at = index + 1
  while (at < words.length && determiners.has(words[at]!.lower)) at++
  // "one of the most spectacular catches": the superlative describes.
  if (words[at]?.lower === 'most' || words[at]?.lower === 'least') at++
  return readCountedNoun(words, at, false)
}

function isNounLike(word: Word): boolean {
  if (notCountedWords.has(word.lower) || numberWords.has(word.lower) || scaleWords.has(word.lower)) return false
  if (!/^[\p{L}][\p{L}'-]*$/u.test(word.text)) return false
  return !/(?:ly|ing)$/.test(word.lower) || word.lower.length < 5
}

/**
 * Whether a lower-case noun looks plural: "-s" but not "-ss", "-ous",
 * "-sis" ("famous", "analysis") or a noun in "-us" ("virus"); "-men"
 * ("businessmen"), "people" and kin.
 *
 * @param lower The noun, lower case.
 * @returns Whether it looks plural.
 */
export function isPlural(lower: string): boolean {
  if (lower.endsWith('s')) return !/(?:ss|ous|sis)$/.test(lower) && !nounsInUs.has(lower)
  return lower.endsWith('men') || pluralForms.has(lower)
}

function isAllCaps(text: string): boolean {
  return text.length > 1 && text === text.toUpperCase()
}

const pluralForms = new Set(['people', 'men', 'women', 'children', 'police', 'staff', 'personnel', 'cattle', 'feet'])
