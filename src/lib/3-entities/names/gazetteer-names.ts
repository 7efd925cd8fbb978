/**
 * Gazetteer phrases written as names, and what the gazetteers know of a
 * place found otherwise.
 */

import type {EntityType} from '../../types.js'
import type {Candidate} from '../candidate.js'
import {matchesOfSpan, type Context} from '../context.js'
import {gazetteer} from '../gazetteer-tables.js'
import type {GazetteerMatch} from '../gazetteer.js'
import {Fact} from '../word-facts.js'
import type {Found} from './found.js'

/** Which gazetteer kind wins when one phrase has several. */
const kindRank: Readonly<Record<string, number>> = {
  organization: 7,
  'org-acronym': 6,
  country: 5,
  demonym: 4,
  group: 3,
  region: 2,
  city: 1
}

/**
 * Gazetteer phrases written as names: every word of them capitalised (or the
 * sentence all in capitals); lower-case connectors inside ("Republic of
 * Azerbaijan") are fine. Given names alone are no names.
 *
 * @param context The context.
 * @param index The sentence's index.
 * @param found Where to add the names.
 */
export function gazetteerNames(context: Context, index: number, found: Found[]): void {
  const sentence = context.sentences[index]!
  const base = context.sentenceStart[index]!
  const table = gazetteer()

  for (const match of context.matches[index]!) {
    // Given names and companies are evidence for the tagger, not names alone.
    if (match.kind === 'given-name' || match.kind === 'company') continue
    if (!sentence.caps && !writtenAsName(context.facts, base + match.start, base + match.end)) continue
    // In capitals, "SPLIT" or "NICE" is more often a word than a city.
    if (sentence.caps && sentence.kind !== 'dateline' && (match.kind === 'city' || match.kind === 'region') && match.end - match.start === 1) continue
    found.push(fromMatch(match, base, table.organizations.get(match.id ?? '')?.country))
  }
}

/**
 * Turn a gazetteer match into a name.
 *
 * @param match The match.
 * @param base The index of its sentence's first token.
 * @param organizationCountry The country of a national organisation.
 * @returns The name.
 */
function fromMatch(match: GazetteerMatch, base: number, organizationCountry: string | undefined): Found {
  // The objects are written out whole (not spread from a common base): this
  // runs for every gazetteer match of a document.
  const first = base + match.start
  const last = base + match.end
  const rank = kindRank[match.kind] ?? 0
  const source = 'gazetteer'

  switch (match.kind) {
    case 'organization':
    case 'org-acronym': {
      const form = match.kind === 'org-acronym' ? 'acronym' : 'name'
      const found: Found = {first, last, source, rank, type: 'organization', form, ref: 'org:' + match.id}
      if (organizationCountry) found.country = organizationCountry
      return found
    }

    case 'country': {
      return match.id
        ? {first, last, source, rank, type: 'location', form: 'name', ref: 'country:' + match.id, country: match.id}
        : {first, last, source, rank, type: 'location', form: 'name'}
    }

    case 'demonym': {
      return {first, last, source, rank, type: 'group', form: 'name', ref: 'demonym:' + match.id, country: match.id}
    }

    default: {
      const type: EntityType = match.kind === 'group' ? 'group' : 'location'
      return match.id ? {first, last, source, rank, type, form: 'name', country: match.id} : {first, last, source, rank, type, form: 'name'}
    }
  }
}

/**
 * Whether the tokens of a phrase are written as a name: its words capitalised
 * but for connectors and possessive endings, its first word capitalised.
 *
 * @param facts Per token, its word's facts.
 * @param first Index of the first token.
 * @param last Index past the last token.
 * @returns Whether it is written as a name.
 */
function writtenAsName(facts: Uint32Array, first: number, last: number): boolean {
  for (let index = first; index < last; index++) {
    const fact = facts[index]!
    if (!(fact & Fact.Letter) || fact & Fact.Possessive) continue
    if (fact & Fact.Capital) continue
    if (index === first || !(fact & Fact.Connector)) return false
  }

  return true
}

/**
 * Give a location found by the dateline or a pattern what the gazetteers
 * know of its words: the country's reference, or the country it lies in.
 *
 * @param context The context.
 * @param candidate The location, updated.
 */
export function addPlace(context: Context, candidate: Candidate): void {
  for (const match of matchesOfSpan(context, candidate.start, candidate.end)) {
    if (!match.id || (match.kind !== 'country' && match.kind !== 'city' && match.kind !== 'region')) continue
    candidate.country = match.id

    if (match.kind === 'country') {
      candidate.ref = 'country:' + match.id
      return
    }
  }
}
