/**
 * Names found without the learned tagger: byline authors (persons), the
 * dateline's place (locations) and agency, gazetteer phrases written as names,
 * organisations by their head noun ("… Ministry", "Organization of …"),
 * persons after a title or a known given name, and later repeats of the
 * names found (a surname alone, an organisation again). The entities stage
 * adds them where the tagger found nothing.
 */

import type {Candidate} from '../candidate.js'
import type {Context} from '../context.js'
import {Fact} from '../word-facts.js'
import {compoundParts} from './compound-parts.js'
import {datelineNames} from './dateline-names.js'
import type {Found} from './found.js'
import {addPlace, gazetteerNames} from './gazetteer-names.js'
import {organizationNames} from './organization-names.js'
import {personNames} from './person-names.js'
import {repeats} from './repeats.js'

/**
 * Find names without the tagger.
 *
 * @param context The tokens and gazetteer matches.
 * @returns Candidates in text order, none overlapping another.
 */
export function findNames(context: Context): Candidate[] {
  const result: Candidate[] = []

  for (const author of context.document.authors) {
    result.push({start: author.span.start, end: author.span.end, type: 'person', form: 'name', source: 'author'})
  }

  const picked: Found[] = []
  const taken = new Uint8Array(context.words.length)

  for (let index = 0; index < context.sentences.length; index++) {
    const sentence = context.sentences[index]!
    const found: Found[] = []
    if (sentence.kind === 'dateline') datelineNames(context, index, found)
    gazetteerNames(context, index, found)

    if (!sentence.caps && !sentence.titleCase) {
      organizationNames(context, index, found)
      personNames(context, index, found)
    }

    pick(found, taken, picked)
  }

  const found = repeats(context, picked, result, taken)
  for (const item of found) picked.push(item)

  for (const item of picked) {
    const candidate: Candidate = {
      start: context.starts[item.first]!,
      end: context.ends[item.last - 1]!,
      type: item.type,
      form: item.form,
      source: item.source
    }
    if (item.ref) candidate.ref = item.ref
    if (item.country) candidate.country = item.country
    else if (item.type === 'location') addPlace(context, candidate)
    if (item.type === 'organization' && context.facts[item.first]! & Fact.AcronymShape && item.last - item.first === 1) candidate.form = 'acronym'
    if (item.gender) candidate.gender = item.gender
    result.push(candidate)
  }

  compoundParts(context, taken, result)
  return result.sort((a, b) => a.start - b.start || b.end - a.end)
}

/**
 * Keep the longest of overlapping names (then the higher ranked: the
 * dateline, then gazetteer kinds, then patterns), marking
 * their tokens as taken.
 *
 * @param found The names of one sentence (reordered).
 * @param taken The taken tokens, updated.
 * @param kept Where to add the names kept.
 */
function pick(found: Found[], taken: Uint8Array, kept: Found[]): void {
  found.sort((a, b) => b.last - b.first - (a.last - a.first) || b.rank - a.rank || a.first - b.first)

  for (const item of found) {
    let free = true

    for (let index = item.first; index < item.last; index++) {
      if (taken[index]) free = false
    }

    if (!free) continue
    for (let index = item.first; index < item.last; index++) taken[index] = 1
    kept.push(item)
  }
}
