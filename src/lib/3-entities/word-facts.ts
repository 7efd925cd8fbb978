import {isCapitalized} from '../2-text/characters.js'
import {gazetteer} from './gazetteer-tables.js'
import {connectors, nominalHeads, openers, organizationHeads, pronounGenders, titles} from './word-lists.js'

/**
 * What the rules of the entities stage ask of a word, as bits of one
 * number, computed once per word of the vocabulary (`vocabulary.facts`):
 * a token then costs one array read instead of regular expressions, string
 * operations and lookups in the word lists.
 */

/** One fact of a word; "bare" means folded and without its final period. */
export const enum Fact {
  /** Capitalised: an upper-case letter first (`isCapitalized`). */
  Capital = 1,
  /** It has a letter. */
  Letter = 1 << 1,
  /** Capitalised and with a letter: it may be part of a name. */
  NameWord = 1 << 2,
  /** Capital letters and nothing else. */
  AllUpper = 1 << 3,
  /** Two or more capitals, periods and ampersands, nothing else (`U.S.`, `AT&T`). */
  AcronymShape = 1 << 4,
  /** A possessive ending as written (`'s`, `’s`). */
  Possessive = 1 << 5,
  /** As written, a connector inside names (`of`, `de`, `&`). */
  Connector = 1 << 6,
  /** As written, `of`, `for` or `on`. */
  OfLike = 1 << 7,
  /** Bare, `of`, `for` or `on`. */
  OfLikeBare = 1 << 8,
  /** Folded, an opener (`the`, `in`). */
  Opener = 1 << 9,
  /** Bare, an opener. */
  OpenerBare = 1 << 10,
  /** Bare, a title (`mr`, `minister`). */
  Title = 1 << 11,
  /** Bare, a title that shows a man. */
  TitleMale = 1 << 12,
  /** Bare, a title that shows a woman. */
  TitleFemale = 1 << 13,
  /** Bare, an organisation's head noun. */
  OrganizationHead = 1 << 14,
  /** Bare, a given name of the gazetteer (of any gender). */
  GivenName = 1 << 15,
  /** Bare, a man's given name. */
  GivenMale = 1 << 16,
  /** Bare, a woman's given name. */
  GivenFemale = 1 << 17,
  /** Folded (with any final period), a man's given name. */
  FoldedGivenMale = 1 << 18,
  /** Folded (with any final period), a woman's given name. */
  FoldedGivenFemale = 1 << 19,
  /** In lower case, a pronoun of a man. */
  PronounMale = 1 << 20,
  /** In lower case, a pronoun of a woman. */
  PronounFemale = 1 << 21,
  /** Folded, `the`. */
  The = 1 << 22,
  /** Folded, a nominal head (`ministry`, `region`). */
  NominalHead = 1 << 23,
  /** It tells a sentence is not in capitals: a lower-case letter, as `inCapitals` reads it. */
  LowerSeen = 1 << 24,
  /** It has a capital, as `inCapitals` reads it. */
  UpperSeen = 1 << 25,
  /** It opens with a letter and has four characters or more (a word `isTitleCase` counts). */
  LongWord = 1 << 26,
  /** Capitalised parts joined by hyphens, two to four of them (`Armenian-Azerbaijani`). */
  CapitalParts = 1 << 27,
  /** A gazetteer phrase may start with it: it is an acronym, or a first step in the trie by itself or its stem (set by the vocabulary). */
  Gazetteer = 1 << 28
}

/** Connectors after a head noun that open an organisation's complement: "Commission on …". */
const ofLike: ReadonlySet<string> = new Set(['of', 'for', 'on'])

/**
 * The facts of a word.
 *
 * @param text The word as written.
 * @param folded The word folded with `foldToken`.
 * @returns Its `Fact` bits.
 */
export function wordFacts(text: string, folded: string): number {
  const bare = withoutFinalPeriod(folded)
  const genders = gazetteer().genders
  const given = genders.get(bare)
  const foldedGiven = genders.get(folded)
  const title = titles.get(bare)
  const pronoun = pronounGenders.get(text.toLowerCase())
  const capital = isCapitalized(text)
  const letter = /\p{L}/u.test(text)
  let facts = 0
  if (capital) facts |= Fact.Capital
  if (letter) facts |= Fact.Letter
  if (capital && letter) facts |= Fact.NameWord
  if (/^\p{Lu}+$/u.test(text)) facts |= Fact.AllUpper
  if (/^[\p{Lu}.&]{2,}$/u.test(text)) facts |= Fact.AcronymShape
  if (text === "'s" || text === '’s') facts |= Fact.Possessive
  if (connectors.has(text)) facts |= Fact.Connector
  if (ofLike.has(text)) facts |= Fact.OfLike
  if (ofLike.has(bare)) facts |= Fact.OfLikeBare
  if (openers.has(folded)) facts |= Fact.Opener
  if (openers.has(bare)) facts |= Fact.OpenerBare
  if (titles.has(bare)) facts |= Fact.Title
  if (title === 'm') facts |= Fact.TitleMale
  if (title === 'f') facts |= Fact.TitleFemale
  if (organizationHeads.has(bare)) facts |= Fact.OrganizationHead
  if (given) facts |= Fact.GivenName
  if (given === 'm') facts |= Fact.GivenMale
  if (given === 'f') facts |= Fact.GivenFemale
  if (foldedGiven === 'm') facts |= Fact.FoldedGivenMale
  if (foldedGiven === 'f') facts |= Fact.FoldedGivenFemale
  if (pronoun === 'm') facts |= Fact.PronounMale
  if (pronoun === 'f') facts |= Fact.PronounFemale
  if (folded === 'the') facts |= Fact.The
  if (nominalHeads.has(folded)) facts |= Fact.NominalHead
  if (/^\p{L}/u.test(text) && text.length >= 4) facts |= Fact.LongWord
  if (capital && hasCapitalParts(text)) facts |= Fact.CapitalParts
  return facts | caseFacts(text)
}

/**
 * Whether a word is made of two to four parts joined by hyphens, each
 * capitalised.
 *
 * @param text The word.
 * @returns Whether it is.
 */
function hasCapitalParts(text: string): boolean {
  if (!text.includes('-')) return false
  const parts = text.split('-')
  return parts.length <= 4 && parts.every((part) => isCapitalized(part))
}

/**
 * What a sentence's `caps` reads of a word: it scans the ASCII characters up to the
 * first other one, which makes it read the whole word by Unicode classes.
 *
 * @param text The word.
 * @returns `LowerSeen` and `UpperSeen` bits.
 */
function caseFacts(text: string): number {
  let facts = 0

  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)

    if (code > 127) {
      if (/\p{Ll}/u.test(text)) return facts | Fact.LowerSeen
      if (/\p{Lu}/u.test(text)) facts |= Fact.UpperSeen
      return facts
    }

    if (code >= 97 && code <= 122) return facts | Fact.LowerSeen
    if (code >= 65 && code <= 90) facts |= Fact.UpperSeen
  }

  return facts
}

/**
 * A word without its final period, if it has one ("Mr." → "Mr").
 *
 * @param word The word.
 * @returns The word without it.
 */
export function withoutFinalPeriod(word: string): string {
  return word.charCodeAt(word.length - 1) === 46 ? word.slice(0, -1) : word
}
