/**
 * The parts of hyphenated compounds of nationalities or countries.
 */

import type {EntityType} from '../../types.js'
import type {Candidate} from '../candidate.js'
import type {Context} from '../context.js'
import {matchGazetteer} from '../gazetteer.js'
import {Fact} from '../word-facts.js'
import {textOf} from './found.js'

/**
 * Hyphenated compounds of nationalities or countries ("Armenian-Azerbaijani"):
 * each part is a name of its own, where no other name took the token.
 *
 * @param context The context.
 * @param taken The taken tokens.
 * @param result Where to add the parts, as candidates.
 */
export function compoundParts(context: Context, taken: Uint8Array, result: Candidate[]): void {
  const facts = context.facts

  for (let token = 0; token < facts.length; token++) {
    if (taken[token] || !(facts[token]! & Fact.CapitalParts)) continue
    const parts = textOf(context, token).split('-')
    const matches = matchGazetteer(parts)
    const kinds = parts.map(function (_, at) {
      return matches.find((match) => match.start === at && match.end === at + 1 && (match.kind === 'demonym' || match.kind === 'country'))
    })
    if (kinds.some((kind) => !kind)) continue
    let offset = context.starts[token]!

    for (const [at, part] of parts.entries()) {
      const match = kinds[at]

      if (match?.id) {
        const type: EntityType = match.kind === 'country' ? 'location' : 'group'
        const ref = (match.kind === 'country' ? 'country:' : 'demonym:') + match.id
        result.push({start: offset, end: offset + part.length, type, form: 'name', source: 'gazetteer', ref, country: match.id})
      }

      offset += part.length + 1
    }
  }
}
