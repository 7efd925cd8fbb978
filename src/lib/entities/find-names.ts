import {monthWords} from '../lexicon/calendar.js'
import type {EntityType} from '../types.js'
import type {Candidate} from './candidate.js'
import {matchesOfSpan, startsAt, type Context} from './context.js'
import {foldToken, gazetteer} from './gazetteer-tables.js'
import {matchGazetteer, type GazetteerMatch} from './gazetteer.js'
import {Fact, withoutFinalPeriod} from './word-facts.js'
import {insertWords, type TrieNode} from '../util/word-trie.js'

/**
 * Names found without the learned tagger: byline authors (persons), the
 * dateline's place (locations) and agency, gazetteer phrases written as names,
 * organisations by their head noun ("… Ministry", "Organization of …"),
 * persons after a title or a known given name, and later repeats of the
 * names found (a surname alone, an organisation again). The entities stage
 * adds them where the tagger found nothing.
 */

/** A name found in one sentence, by token indices in text order. */
interface Found {
  first: number
  /** Index past the last token. */
  last: number
  type: EntityType
  form: Candidate['form']
  source: Candidate['source']
  ref?: string
  country?: string
  gender?: 'm' | 'f'
  /** Higher wins among overlapping names of the same length. */
  rank: number
}

/** The longest run of capitalised words taken as one name. */
const maxRun = 10

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

/** Month names and their abbreviations: a dateline's place ends before them. */
const months: ReadonlySet<string> = new Set(monthWords)

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
 * The text of a token as written.
 *
 * @param context The context.
 * @param token Its index in text order.
 * @returns Its text.
 */
function textOf(context: Context, token: number): string {
  return context.vocabulary.text[context.words[token]!]!
}

/**
 * Give a location found by the dateline or a pattern what the gazetteers
 * know of its words: the country's reference, or the country it lies in.
 *
 * @param context The context.
 * @param candidate The location, updated.
 */
function addPlace(context: Context, candidate: Candidate): void {
  for (const match of matchesOfSpan(context, candidate.start, candidate.end)) {
    if (!match.id || (match.kind !== 'country' && match.kind !== 'city' && match.kind !== 'region')) continue
    candidate.country = match.id

    if (match.kind === 'country') {
      candidate.ref = 'country:' + match.id
      return
    }
  }
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

/**
 * The place and agency of a dateline: `LONDON 1996-08-30`, `Richmond, Va.,
 * March 3 (AP) —`: each comma part of the leading capitalised words is a
 * location, a capitalised word in brackets an organisation.
 *
 * @param context The context.
 * @param index The dateline sentence's index.
 * @param found Where to add the names.
 */
function datelineNames(context: Context, index: number, found: Found[]): void {
  const from = context.sentenceStart[index]!
  const to = context.sentenceStart[index + 1]!
  let partStart = from
  let position = from

  for (; position < to; position++) {
    const text = textOf(context, position)
    const folded = withoutFinalPeriod(context.folded[position]!)
    if (/^\d/.test(text) || months.has(folded) || /^[-–—(:/]/.test(text)) break

    if (text === ',') {
      if (position > partStart) found.push(place(partStart, position))
      partStart = position + 1
      continue
    }

    if (!(context.facts[position]! & Fact.Capital)) break
  }

  if (position > partStart) found.push(place(partStart, position))

  for (let open = position; open < to; open++) {
    if (textOf(context, open) !== '(') continue
    let close = open + 1
    while (close < to && textOf(context, close) !== ')') close++
    let capitalized = close < to

    for (let inside = open + 1; inside < close && capitalized; inside++) {
      if (!(context.facts[inside]! & Fact.Capital)) capitalized = false
    }

    if (close > open + 1 && capitalized) {
      found.push({first: open + 1, last: close, type: 'organization', form: 'name', source: 'dateline', rank: 9})
    }

    break
  }

  function place(first: number, last: number): Found {
    return {first, last, type: 'location', form: 'name', source: 'dateline', rank: 9}
  }
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
function gazetteerNames(context: Context, index: number, found: Found[]): void {
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
 * Organisations by their head noun: a run of capitalised words that ends in
 * one ("Azerbaijani Foreign Ministry", "Turkic Council") or starts with one
 * before `of` ("Organization of Islamic Cooperation", "Bank of England").
 * A misspelt word inside does not break the run.
 *
 * @param context The context.
 * @param index The sentence's index.
 * @param found Where to add the names.
 */
function organizationNames(context: Context, index: number, found: Found[]): void {
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

/**
 * Persons after a title ("President Ilham Aliyev" → "Ilham Aliyev") or
 * opening with a known given name ("Hillary Clinton"); the title stays out
 * of the name but gives the gender when it shows one.
 *
 * @param context The context.
 * @param index The sentence's index.
 * @param found Where to add the names.
 */
function personNames(context: Context, index: number, found: Found[]): void {
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

/**
 * Later mentions of names found elsewhere in the document: the same words
 * again, or a person's surname alone ("Clinton" after "Hillary Clinton").
 *
 * @param context The context.
 * @param picked The names found so far (by token).
 * @param outside Names found outside the sentences (authors), by offset.
 * @param taken The taken tokens (updated).
 * @returns The repeats.
 */
function repeats(context: Context, picked: readonly Found[], outside: readonly Candidate[], taken: Uint8Array): Found[] {
  const root: RepeatNode = {}
  const input = context.document.input
  const folded = context.folded
  const facts = context.facts

  for (const item of picked) {
    if (item.type === 'group') continue
    remember(root, folded, item.first, item.last, {type: item.type, ref: item.ref, country: item.country})
    if (item.type === 'person' && item.last - item.first > 1) remember(root, folded, item.last - 1, item.last, {type: 'person'})
  }

  for (const item of outside) {
    const words = input.slice(item.start, item.end).split(/\s+/).map(foldToken)
    if (item.type === 'person' && words.length > 1) remember(root, words, words.length - 1, words.length, {type: 'person'})
  }

  const found: Found[] = []
  if (!root.next) return found

  for (let index = 0; index < context.sentences.length; index++) {
    const caps = context.sentences[index]!.caps
    const to = context.sentenceStart[index + 1]!

    for (let token = context.sentenceStart[index]!; token < to; token++) {
      if (taken[token] || !(facts[token]! & Fact.NameWord || caps)) continue
      // The longest known name that starts here, over free tokens.
      let node: RepeatNode | undefined = root
      let bestEnd = -1
      let best: RepeatName | undefined

      for (let end = token; end < to && node && !taken[end]; end++) {
        node = node.next?.get(folded[end]!)

        if (node?.name) {
          bestEnd = end + 1
          best = node.name
        }
      }

      if (!best || (caps && bestEnd === token + 1 && best.type === 'person')) continue
      const repeat: Found = {first: token, last: bestEnd, type: best.type, form: 'name', source: 'repeat', rank: 1}
      if (best.ref) repeat.ref = best.ref
      if (best.country) repeat.country = best.country
      if (facts[token]! & Fact.AllUpper && best.type === 'organization' && bestEnd === token + 1) repeat.form = 'acronym'
      for (let at = token; at < bestEnd; at++) taken[at] = 1
      found.push(repeat)
      token = bestEnd - 1
    }
  }

  return found
}

/** What a repeated name is. */
interface RepeatName {
  type: EntityType
  ref?: string | undefined
  country?: string | undefined
}

/** A node of the trie of names found, by folded word. */
type RepeatNode = TrieNode<RepeatName>

/**
 * Add a name to the trie of names found; the first name of some words wins.
 *
 * @param root The trie.
 * @param words Folded words.
 * @param from Index of the name's first word.
 * @param to Index past its last word.
 * @param name What it is.
 */
function remember(root: RepeatNode, words: readonly string[], from: number, to: number, name: RepeatName): void {
  if (from >= to) return

  for (let index = from; index < to; index++) {
    if (!words[index]) return
  }

  insertWords(root, words, from, to, name)
}

/**
 * Hyphenated compounds of nationalities or countries ("Armenian-Azerbaijani"):
 * each part is a name of its own, where no other name took the token.
 *
 * @param context The context.
 * @param taken The taken tokens.
 * @param result Where to add the parts, as candidates.
 */
function compoundParts(context: Context, taken: Uint8Array, result: Candidate[]): void {
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
