/**
 * Organisations by their head noun, in runs of capitalised words.
 */

import {startsAt, type Context} from '../context.js'
import {Fact} from '../word-facts.js'
import {textOf, type Found} from './found.js'

/** The longest run of capitalised words taken as one name. */
const maxRun = 10

/**
 * Organisations by their head noun: a run of capitalised words that ends in
 * one ("Azerbaijani Foreign Ministry", "Turkic Council") or starts with one
 * before `of` ("Organization of Islamic Cooperation", "Bank of England").
 * A misspelt word inside does not break the run.
 *
 * @param context The context.
 * @param index The sentence's index.
 * @param found Where to add the names.
 */
export function organizationNames(context: Context, index: number, found: Found[]): void {
  const facts = context.facts
  const runs = capitalRuns(context, index)

  for (let run = 0; run < runs.length; run += 2) {
    const first = runs[run]!
    const last = runs[run + 1]!
    if (last - first < 2 || facts[first]! & Fact.Title) continue
    let head = (facts[last - 1]! & Fact.OrganizationHead) !== 0

    for (let at = first; at + 1 < last && !head; at++) {
      if (facts[at]! & Fact.OrganizationHead && facts[at + 1]! & Fact.OfLikeBare) head = true
    }

    if (!head) continue
    const item: Found = {first, last, type: 'organization', form: 'name', source: 'pattern', rank: 0}
    const country = countryOfWord(context, index, first)
    if (country) item.country = country
    found.push(item)
  }
}

/**
 * The country code that one token names as a country or demonym.
 *
 * @param context The context.
 * @param sentence The sentence index.
 * @param token The token's index in text order.
 * @returns The code, if any.
 */
function countryOfWord(context: Context, sentence: number, token: number): string | undefined {
  const list = context.matches[sentence]!
  const position = token - context.sentenceStart[sentence]!

  for (let at = context.matchFrom[token]!; startsAt(list, at, position); at++) {
    const match = list[at]!
    if (match.end === position + 1 && (match.kind === 'country' || match.kind === 'demonym')) return match.id
  }

  return undefined
}

/**
 * Runs of capitalised words, with lower-case connectors inside when a
 * capitalised word follows them; an opening word ("The", "In") is left out.
 *
 * @param context The context.
 * @param index The sentence's index.
 * @returns The runs' `[first, last)` token ranges, one after the other.
 */
function capitalRuns(context: Context, index: number): number[] {
  const runs: number[] = []
  const facts = context.facts
  const from = context.sentenceStart[index]!
  const to = context.sentenceStart[index + 1]!
  // The sentence's first word, past opening quotes and brackets.
  let opening = from
  while (opening < to && !(facts[opening]! & Fact.Letter)) opening++
  let token = from

  while (token < to) {
    const fact = facts[token]!

    if (!(fact & Fact.NameWord) || fact & Fact.Opener) {
      token++
      continue
    }

    // A capitalised word that opens the sentence joins no name across a
    // connector: "Having the Non-Aligned Movement".
    if (token === opening && token + 1 < to && facts[token + 1]! & Fact.Connector) {
      token++
      continue
    }

    const first = token
    let last = token + 1

    while (last < to && last - first < maxRun) {
      const next = facts[last]!

      if (next & Fact.NameWord && !(next & Fact.Opener)) {
        last++
      } else if (joins(context, first, last) && last + 1 < to && facts[last + 1]! & Fact.NameWord) {
        last += 2
      } else {
        break
      }
    }

    runs.push(first, last)
    token = last
  }

  return runs
}

/**
 * Whether the connector at a position may join two parts of a name: `and`
 * only after an `of` or `for` ("Ministry of Digital Development and
 * Transport", but not "House and Senate").
 *
 * @param context The context.
 * @param first Index of the first word of the run.
 * @param at Index of the connector.
 * @returns Whether it joins.
 */
function joins(context: Context, first: number, at: number): boolean {
  if (!(context.facts[at]! & Fact.Connector)) return false
  if (textOf(context, at) !== 'and') return true

  for (let index = first; index < at; index++) {
    if (context.facts[index]! & Fact.OfLike) return true
  }

  return false
}
