import {monthNames} from '../lexicon/calendar.js'
import type {Candidate} from './candidate.js'
import {foldToken, gazetteer} from './gazetteer-tables.js'

/**
 * Authors cited by name and year, as studies are cited in papers and in
 * the science news that quotes them: "(Klein, Ortiz, & Wu, 2019; Patel et
 * al., 2021)", "Dye & Bavelier (2010)", "Polio and Gass 1997", "Carrano &
 * Biewener [7]". Each surname is a person, whatever the tagger made of it
 * (an author's surname alone reads as a place or a firm: "Klingberg",
 * "Miller & Robertson"), and so is every later mention of the same words
 * ("used by Carrano and Biewener").
 */

/**
 * One author: one or two capitalised words ("Klein", "Domínguez Caparrós",
 * "Morgan-Short"). Every repetition in these patterns is bounded, so a
 * hostile run of capitalised words costs linear time.
 */
const author = String.raw`\p{Lu}[\p{L}'’-]{0,30}(?:\s\p{Lu}[\p{L}'’-]{0,30})?`

/** Authors in a list: "Klein, Ortiz, & Wu", "Dye & Bavelier", "Patel". */
const authors = String.raw`${author}(?:,\s?${author}){0,12}(?:,?\s(?:&|and)\s${author})?`

/** Two or more authors, or one and "et al.". */
const severalAuthors = String.raw`${author}(?:,\s?${author}){0,12},?\s(?:&|and)\s${author}|${author}(?=\set al\.)`

/** A year of publication, maybe with a letter ("2019b"). */
const year = String.raw`(?:1[89]|20)\d\d[a-z]?\b`

/** Words that may open a citation before its authors ("see", "e.g."). */
const lead = String.raw`(?:(?:see|also see|see also|see for example|for example|e\.g\.|cf\.|based on)[,\s]+)*`

/** One citation after an opening bracket or a semicolon: its authors are group 1. */
const inBrackets = new RegExp(String.raw`^\s*${lead}(${authors})(?:\s+et al\.)?,?\s+${year}`, 'u')

/**
 * Authors before a year in brackets: "Santos (1989)", "Dye & Bavelier (2010)".
 * The lookahead for a capital first lets the search pass over every other
 * character at once (each pattern here starts with an author).
 */
const beforeBracketedYear = new RegExp(String.raw`(?=\p{Lu})(?<![\p{L}\d])(${authors})(?:\s+et al\.)?,?\s+\(${year}\)`, 'gu')

/** What a match of `beforeBracketedYear` ends with; most texts have none, and are not searched for authors. */
const bracketedYear = new RegExp(String.raw`\s\(${year}\)`, 'u')

/**
 * Two or more authors after a word in lower case, before a bare year or a
 * reference number: "through Polio and Gass 1997", "by Carrano & Biewener
 * [7]" (not "the 1994 World Cup and Euro 1996").
 */
const beforeBareYear = new RegExp(
  String.raw`(?=\p{Lu})(?<=(?:^|[\s(])\p{Ll}+[,:]?\s)(${severalAuthors})(?:\s+et al\.)?,?\s+(?:${year}|\[\d{1,3}\])`,
  'gu'
)

/** One author's name inside a list. */
const authorName = new RegExp(author, 'gu')

/** Months, which stand before a year as authors do ("(March, 1999)"). */
const months: ReadonlySet<string> = new Set(monthNames.map((month) => month.toLowerCase()))

/**
 * Find the authors of the citations in a text.
 *
 * @param input The caller's input.
 * @returns One person per author, in text order, none overlapping another.
 */
export function findCitedAuthors(input: string): Candidate[] {
  if (!/\d\d/.test(input)) return []
  const found: Candidate[] = []

  for (let open = input.indexOf('('); open !== -1; open = input.indexOf('(', open + 1)) {
    const stop = /[()]/.exec(input.slice(open + 1, open + 401))
    const inside = input.slice(open + 1, open + 1 + (stop ? stop.index : 400))
    let offset = open + 1

    for (const part of inside.split(';')) {
      const cited = inBrackets.exec(part)
      if (cited) addAuthors(input, found, cited[1]!, offset + cited[0].lastIndexOf(cited[1]!), true)
      offset += part.length + 1
    }
  }

  if (bracketedYear.test(input)) for (const match of input.matchAll(beforeBracketedYear)) addAuthors(input, found, match[1]!, match.index)
  for (const match of input.matchAll(beforeBareYear)) addAuthors(input, found, match[1]!, match.index)
  found.sort((a, b) => a.start - b.start)
  return found.filter((candidate, index) => index === 0 || candidate.start >= found[index - 1]!.end)
}

/**
 * Add each author of a list as a person.
 *
 * @param input The caller's input.
 * @param found Where to add.
 * @param list The list of authors.
 * @param start Offset of the list in the input.
 * @param bracketed Whether the list is inside brackets, where a city may be
 *   the place of publication ("(Alexander Altmann, London 1973)").
 */
function addAuthors(input: string, found: Candidate[], list: string, start: number, bracketed = false): void {
  for (const name of list.matchAll(authorName)) {
    if (!maybeAuthor(name[0], bracketed)) continue
    const at = start + name.index
    if (input.slice(at, at + name[0].length) !== name[0]) continue
    found.push({start: at, end: at + name[0].length, type: 'person', form: 'name', source: 'pattern'})
  }
}

/**
 * Whether a name in a citation may be an author: written in lower case
 * after its capital (not "UK"), no month, no country the gazetteers know,
 * and inside brackets no city ("London 1973" is a place of publication;
 * "Santos (1989)" an author).
 *
 * @param name The name.
 * @param bracketed Whether the citation is inside brackets.
 * @returns Whether it may.
 */
function maybeAuthor(name: string, bracketed: boolean): boolean {
  if (!/\p{Ll}/u.test(name) || months.has(name.toLowerCase())) return false
  if (/\s/u.test(name)) return true
  const entries = gazetteer().root.next?.get(foldToken(name))?.entries ?? []
  return !entries.some((entry) => entry.kind === 'country' || (bracketed && entry.kind === 'city'))
}

/**
 * Every mention of a cited author's name is that person: a name made only
 * of cited surnames and "and" or "&" ("Carrano and Biewener") becomes one
 * person per surname, and a one-word name that is a cited surname a person.
 *
 * @param input The caller's input.
 * @param candidates The names found, in text order.
 * @param cited The cited authors.
 * @returns The names, retyped and split, in text order.
 */
export function withCitedAuthors(input: string, candidates: readonly Candidate[], cited: readonly Candidate[]): Candidate[] {
  const surnames = new Set(cited.map((name) => input.slice(name.start, name.end)))
  if (surnames.size === 0) return [...candidates]
  const result: Candidate[] = []

  for (const candidate of candidates) {
    const text = input.slice(candidate.start, candidate.end)
    const parts = text.split(/( (?:and|&) )/u)
    const names = parts.filter((_, index) => index % 2 === 0)

    if (candidate.ref || !names.every((name) => surnames.has(name))) {
      result.push(candidate)
      continue
    }

    let at = candidate.start

    for (const [index, part] of parts.entries()) {
      if (index % 2 === 0) result.push({start: at, end: at + part.length, type: 'person', form: 'name', source: candidate.source})
      at += part.length
    }
  }

  return result
}
