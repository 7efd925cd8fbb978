/**
 * Persons after a title or opening with a known given name.
 */

import {startsAt, type Context} from '../context.js'
import {Fact} from '../word-facts.js'
import type {Found} from './found.js'

/**
 * Persons after a title ("President Ilham Aliyev" → "Ilham Aliyev") or
 * opening with a known given name ("Hillary Clinton"); the title stays out
 * of the name but gives the gender when it shows one.
 *
 * @param context The context.
 * @param index The sentence's index.
 * @param found Where to add the names.
 */
export function personNames(context: Context, index: number, found: Found[]): void {
  const facts = context.facts
  const to = context.sentenceStart[index + 1]!

  for (let token = context.sentenceStart[index]!; token < to; token++) {
    const fact = facts[token]!

    if (fact & Fact.Title && token + 1 < to && facts[token + 1]! & Fact.NameWord) {
      const end = nameEnd(context, index, token + 1)
      const stop = end < to ? facts[end]! : 0

      // "Deputy Agriculture Minister Pavel Gradov": the name comes after the last title.
      if (end > token + 1 && !(stop & Fact.Title) && !(stop & Fact.OrganizationHead)) {
        const item: Found = {first: token + 1, last: end, type: 'person', form: 'name', source: 'pattern', rank: 0}
        const next = facts[token + 1]!
        const gender =
          fact & Fact.TitleMale
            ? 'm'
            : fact & Fact.TitleFemale
              ? 'f'
              : next & Fact.FoldedGivenMale
                ? 'm'
                : next & Fact.FoldedGivenFemale
                  ? 'f'
                  : undefined
        if (gender) item.gender = gender
        found.push(item)
      }

      continue
    }

    if (!(fact & Fact.GivenName) || !(fact & Fact.NameWord) || nameBlocked(context, index, token)) continue
    const end = nameEnd(context, index, token + 1)

    if (end > token + 1) {
      const item: Found = {first: token, last: end, type: 'person', form: 'name', source: 'pattern', rank: 0}
      const known = fact & Fact.GivenMale ? 'm' : fact & Fact.GivenFemale ? 'f' : undefined
      if (known) item.gender = known
      found.push(item)
    }
  }
}

/**
 * Where a person's name that goes on at a token ends: up to three more
 * capitalised words or initials, none a country, demonym, organisation,
 * title or head noun.
 *
 * @param context The context.
 * @param index The sentence's index.
 * @param from The first token to look at.
 * @returns Index past the last name token (`from` when none).
 */
function nameEnd(context: Context, index: number, from: number): number {
  const to = context.sentenceStart[index + 1]!
  let end = from

  while (end < to && end < from + 3) {
    const fact = context.facts[end]!
    if (!(fact & Fact.NameWord) || fact & (Fact.OpenerBare | Fact.Title | Fact.OrganizationHead)) break
    if (nameBlocked(context, index, end)) break
    end++
  }

  return end
}

/**
 * Whether a token is a country, demonym, group or organisation, and so no
 * part of a person's name.
 *
 * @param context The context.
 * @param sentence The sentence index.
 * @param token The token's index in text order.
 * @returns Whether it is.
 */
function nameBlocked(context: Context, sentence: number, token: number): boolean {
  const list = context.matches[sentence]!
  const position = token - context.sentenceStart[sentence]!

  for (let at = context.matchFrom[token]!; startsAt(list, at, position); at++) {
    const kind = list[at]!.kind
    if (kind !== 'given-name' && kind !== 'city' && kind !== 'region' && kind !== 'company') return true
  }

  return false
}
