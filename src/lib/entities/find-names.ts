import type {EntityType} from '../types.js'
import type {Candidate} from './candidate.js'
import {matchesOfSpan, type Context} from './context.js'
import {foldToken, gazetteer} from './gazetteer-tables.js'
import {matchGazetteer, type GazetteerMatch} from './gazetteer.js'
import {isCapitalized, isTitleCase, type Sentence} from './tokens.js'
import {connectors, openers, organizationHeads, titles} from './word-lists.js'

/**
 * Names found without the learned tagger: byline authors (persons), the
 * dateline's place (locations) and agency, gazetteer phrases written as names,
 * organisations by their head noun ("… Ministry", "Organization of …"),
 * persons after a title or a known given name, and later repeats of the
 * names found (a surname alone, an organisation again). The entities stage
 * adds them where the tagger found nothing.
 */

/** A name found in one sentence, by token indices. */
interface Found {
  sentence: number
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

/** Connectors after a head noun that open an organisation's complement: "Commission on …". */
const ofLike = new Set(['of', 'for', 'on'])

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
const months = new Set([
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'january',
  'february',
  'march',
  'april',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december'
])

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
  const taken = context.sentences.map((sentence) => new Uint8Array(sentence.tokens.length))

  for (const [index, sentence] of context.sentences.entries()) {
    const found: Found[] = []
    if (sentence.kind === 'dateline') found.push(...datelineNames(sentence, index))
    found.push(...gazetteerNames(context, sentence, index))

    if (!sentence.caps && !isTitleCase(sentence)) {
      found.push(...organizationNames(context, sentence, index))
      found.push(...personNames(context, sentence, index))
    }

    picked.push(...pick(found, taken[index] ?? new Uint8Array()))
  }

  picked.push(...repeats(context, picked, result, taken))

  for (const item of picked) {
    const sentence = context.sentences[item.sentence]
    const first = sentence?.tokens[item.first]
    const last = sentence?.tokens[item.last - 1]
    if (!first || !last) continue
    const candidate: Candidate = {start: first.start, end: last.end, type: item.type, form: item.form, source: item.source}
    if (item.ref) candidate.ref = item.ref
    if (item.country) candidate.country = item.country
    else if (item.type === 'location') addPlace(context, candidate)
    if (item.type === 'organization' && /^[\p{Lu}.&]{2,}$/u.test(first.text) && item.last - item.first === 1) candidate.form = 'acronym'
    if (item.gender) candidate.gender = item.gender
    result.push(candidate)
  }

  result.push(...compoundParts(context, taken))
  return result.sort((a, b) => a.start - b.start || b.end - a.end)
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
 * @param found The names of one sentence.
 * @param taken Its taken tokens, updated.
 * @returns The names kept.
 */
function pick(found: Found[], taken: Uint8Array): Found[] {
  const kept: Found[] = []
  const order = [...found].sort((a, b) => b.last - b.first - (a.last - a.first) || b.rank - a.rank || a.first - b.first)

  for (const item of order) {
    let free = true

    for (let index = item.first; index < item.last; index++) {
      if (taken[index]) free = false
    }

    if (!free) continue
    for (let index = item.first; index < item.last; index++) taken[index] = 1
    kept.push(item)
  }

  return kept
}

/**
 * The place and agency of a dateline: `LONDON 1996-08-30`, `Richmond, Va.,
 * March 3 (AP) —`: each comma part of the leading capitalised words is a
 * location, a capitalised word in brackets an organisation.
 *
 * @param sentence The dateline sentence.
 * @param index Its index.
 * @returns The names.
 */
function datelineNames(sentence: Sentence, index: number): Found[] {
  const found: Found[] = []
  const tokens = sentence.tokens
  let partStart = 0
  let position = 0

  for (; position < tokens.length; position++) {
    const text = tokens[position]?.text ?? ''
    const folded = withoutFinalPeriod(foldToken(text))
    if (/^\d/.test(text) || months.has(folded) || /^[-–—(:/]/.test(text)) break

    if (text === ',') {
      if (position > partStart) found.push(place(partStart, position))
      partStart = position + 1
      continue
    }

    if (!isCapitalized(text)) break
  }

  if (position > partStart) found.push(place(partStart, position))

  for (let open = position; open < tokens.length; open++) {
    if (tokens[open]?.text !== '(') continue
    const close = tokens.findIndex((token, at) => at > open && token.text === ')')
    if (close > open + 1 && tokens.slice(open + 1, close).every((token) => isCapitalized(token.text))) {
      found.push({sentence: index, first: open + 1, last: close, type: 'organization', form: 'name', source: 'dateline', rank: 9})
    }

    break
  }

  return found

  function place(first: number, last: number): Found {
    return {sentence: index, first, last, type: 'location', form: 'name', source: 'dateline', rank: 9}
  }
}

/**
 * Gazetteer phrases written as names: every word of them capitalised (or the
 * sentence all in capitals); lower-case connectors inside ("Republic of
 * Azerbaijan") are fine. Given names alone are no names.
 *
 * @param context The context.
 * @param sentence The sentence.
 * @param index Its index.
 * @returns The names.
 */
function gazetteerNames(context: Context, sentence: Sentence, index: number): Found[] {
  const found: Found[] = []
  const table = gazetteer()

  for (const match of context.matches[index] ?? []) {
    if (match.kind === 'given-name') continue
    if (!sentence.caps && !writtenAsName(sentence, match.start, match.end)) continue
    // In capitals, "SPLIT" or "NICE" is more often a word than a city.
    if (sentence.caps && sentence.kind !== 'dateline' && (match.kind === 'city' || match.kind === 'region') && match.end - match.start === 1) continue
    found.push(fromMatch(match, index, table.organizations.get(match.id ?? '')?.country))
  }

  return found
}

/**
 * Turn a gazetteer match into a name.
 *
 * @param match The match.
 * @param index The sentence index.
 * @param organizationCountry The country of a national organisation.
 * @returns The name.
 */
function fromMatch(match: GazetteerMatch, index: number, organizationCountry: string | undefined): Found {
  // The objects are written out whole (not spread from a common base): this
  // runs for every gazetteer match of a document.
  const first = match.start
  const last = match.end
  const rank = kindRank[match.kind] ?? 0
  const source = 'gazetteer'

  switch (match.kind) {
    case 'organization':
    case 'org-acronym': {
      const form = match.kind === 'org-acronym' ? 'acronym' : 'name'
      const found: Found = {sentence: index, first, last, source, rank, type: 'organization', form, ref: 'org:' + match.id}
      if (organizationCountry) found.country = organizationCountry
      return found
    }

    case 'country': {
      return match.id
        ? {sentence: index, first, last, source, rank, type: 'location', form: 'name', ref: 'country:' + match.id, country: match.id}
        : {sentence: index, first, last, source, rank, type: 'location', form: 'name'}
    }

    case 'demonym': {
      return {sentence: index, first, last, source, rank, type: 'group', form: 'name', ref: 'demonym:' + match.id, country: match.id}
    }

    default: {
      const type: EntityType = match.kind === 'group' ? 'group' : 'location'
      return match.id
        ? {sentence: index, first, last, source, rank, type, form: 'name', country: match.id}
        : {sentence: index, first, last, source, rank, type, form: 'name'}
    }
  }
}

/**
 * Whether the tokens of a phrase are written as a name: its words capitalised
 * but for connectors and possessive endings, its first word capitalised.
 *
 * @param sentence The sentence.
 * @param first Index of the first token.
 * @param last Index past the last token.
 * @returns Whether it is written as a name.
 */
function writtenAsName(sentence: Sentence, first: number, last: number): boolean {
  for (let index = first; index < last; index++) {
    const text = sentence.tokens[index]?.text ?? ''
    if (!/\p{L}/u.test(text) || text === "'s" || text === '’s') continue
    if (isCapitalized(text)) continue
    if (index === first || !connectors.has(text)) return false
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
 * @param sentence The sentence.
 * @param index Its index.
 * @returns The names.
 */
function organizationNames(context: Context, sentence: Sentence, index: number): Found[] {
  const found: Found[] = []

  for (const [first, last] of capitalRuns(sentence)) {
    const words = (context.folded[index] ?? []).slice(first, last).map((word) => withoutFinalPeriod(word))
    const lastWord = words.at(-1) ?? ''
    const firstWord = words[0] ?? ''
    const headLast = organizationHeads.has(lastWord)
    const headBefore = words.some((word, at) => organizationHeads.has(word) && ofLike.has(words[at + 1] ?? ''))
    if (last - first < 2 || !(headLast || headBefore) || titles.has(firstWord)) continue
    const item: Found = {sentence: index, first, last, type: 'organization', form: 'name', source: 'pattern', rank: 0}
    const country = countryOfWord(context, index, first)
    if (country) item.country = country
    found.push(item)
  }

  return found
}

/**
 * The country code that one token names as a country or demonym.
 *
 * @param context The context.
 * @param sentence The sentence index.
 * @param token The token index.
 * @returns The code, if any.
 */
function countryOfWord(context: Context, sentence: number, token: number): string | undefined {
  for (const match of context.byStart[sentence]?.get(token) ?? []) {
    if (match.end === token + 1 && (match.kind === 'country' || match.kind === 'demonym')) return match.id
  }

  return undefined
}

/**
 * Runs of capitalised words, with lower-case connectors inside when a
 * capitalised word follows them; an opening word ("The", "In") is left out.
 *
 * @param sentence The sentence.
 * @returns `[first, last)` token ranges.
 */
function capitalRuns(sentence: Sentence): Array<[number, number]> {
  const runs: Array<[number, number]> = []
  const tokens = sentence.tokens
  let index = 0

  while (index < tokens.length) {
    const text = tokens[index]?.text ?? ''

    if (!isNameWord(text) || openers.has(foldToken(text))) {
      index++
      continue
    }

    // A capitalised word that opens the sentence joins no name across a
    // connector: "Having the Non-Aligned Movement".
    if (index === sentenceStart(tokens) && connectors.has(tokens[index + 1]?.text ?? '')) {
      index++
      continue
    }

    const first = index
    let last = index + 1

    while (last < tokens.length && last - first < maxRun) {
      const next = tokens[last]?.text ?? ''

      if (isNameWord(next) && !openers.has(foldToken(next))) {
        last++
      } else if (joins(tokens, first, last) && isNameWord(tokens[last + 1]?.text ?? '')) {
        last += 2
      } else {
        break
      }
    }

    runs.push([first, last])
    index = last
  }

  return runs
}

/**
 * Whether the connector at a position may join two parts of a name: `and`
 * only after an `of` or `for` ("Ministry of Digital Development and
 * Transport", but not "House and Senate").
 *
 * @param tokens The sentence's tokens.
 * @param first Index of the first word of the run.
 * @param at Index of the connector.
 * @returns Whether it joins.
 */
function joins(tokens: Sentence['tokens'], first: number, at: number): boolean {
  const text = tokens[at]?.text ?? ''
  if (!connectors.has(text)) return false
  if (text !== 'and') return true

  for (let index = first; index < at; index++) {
    if (ofLike.has(tokens[index]?.text ?? '')) return true
  }

  return false
}

/**
 * The index of a sentence's first word, past opening quotes and brackets.
 *
 * @param tokens The sentence's tokens.
 * @returns The index.
 */
function sentenceStart(tokens: Sentence['tokens']): number {
  let index = 0
  while (index < tokens.length && !/\p{L}/u.test(tokens[index]?.text ?? '')) index++
  return index
}

/**
 * Whether a token is a capitalised word (letters first, no possessive).
 *
 * @param text The token.
 * @returns Whether it may be part of a name.
 */
function isNameWord(text: string): boolean {
  return isCapitalized(text) && /\p{L}/u.test(text)
}

/**
 * Persons after a title ("President Ilham Aliyev" → "Ilham Aliyev") or
 * opening with a known given name ("Hillary Clinton"); the title stays out
 * of the name but gives the gender when it shows one.
 *
 * @param context The context.
 * @param sentence The sentence.
 * @param index Its index.
 * @returns The names.
 */
function personNames(context: Context, sentence: Sentence, index: number): Found[] {
  const found: Found[] = []
  const table = gazetteer()
  const tokens = sentence.tokens
  const folds = context.folded[index] ?? []

  for (let position = 0; position < tokens.length; position++) {
    const text = tokens[position]?.text ?? ''
    const folded = withoutFinalPeriod(folds[position] ?? '')

    if (titles.has(folded) && isNameWord(tokens[position + 1]?.text ?? '')) {
      const end = nameEnd(context, sentence, index, position + 1)
      const stop = withoutFinalPeriod(folds[end] ?? '')

      // "Deputy Agriculture Minister Pavel Gradov": the name comes after the last title.
      if (end > position + 1 && !titles.has(stop) && !organizationHeads.has(stop)) {
        const item: Found = {sentence: index, first: position + 1, last: end, type: 'person', form: 'name', source: 'pattern', rank: 0}
        const gender = titles.get(folded) ?? genderOf(table.genders.get(folds[position + 1] ?? ''))
        if (gender) item.gender = gender
        found.push(item)
      }

      continue
    }

    const gender = table.genders.get(folded)
    if (!gender || !isNameWord(text) || nameBlocked(context, index, position)) continue
    const end = nameEnd(context, sentence, index, position + 1)

    if (end > position + 1) {
      const item: Found = {sentence: index, first: position, last: end, type: 'person', form: 'name', source: 'pattern', rank: 0}
      const known = genderOf(gender)
      if (known) item.gender = known
      found.push(item)
    }
  }

  return found
}

/**
 * Where a person's name that goes on at a token ends: up to three more
 * capitalised words or initials, none a country, demonym, organisation,
 * title or head noun.
 *
 * @param context The context.
 * @param sentence The sentence.
 * @param index Its index.
 * @param from The first token to look at.
 * @returns Index past the last name token (`from` when none).
 */
function nameEnd(context: Context, sentence: Sentence, index: number, from: number): number {
  let end = from
  const folds = context.folded[index] ?? []

  while (end < sentence.tokens.length && end < from + 3) {
    const text = sentence.tokens[end]?.text ?? ''
    const folded = withoutFinalPeriod(folds[end] ?? '')
    if (!isNameWord(text) || openers.has(folded) || titles.has(folded) || organizationHeads.has(folded)) break
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
 * @param token The token index.
 * @returns Whether it is.
 */
function nameBlocked(context: Context, sentence: number, token: number): boolean {
  for (const match of context.byStart[sentence]?.get(token) ?? []) {
    if (match.kind !== 'given-name' && match.kind !== 'city' && match.kind !== 'region') return true
  }

  return false
}

/**
 * A gender code as a pronoun gender.
 *
 * @param code `m`, `f`, `b` or nothing.
 * @returns `m`, `f` or `undefined`.
 */
function genderOf(code: string | undefined): 'm' | 'f' | undefined {
  return code === 'm' || code === 'f' ? code : undefined
}

/**
 * Later mentions of names found elsewhere in the document: the same words
 * again, or a person's surname alone ("Clinton" after "Hillary Clinton").
 *
 * @param context The context.
 * @param picked The names found so far (by token).
 * @param outside Names found outside the sentences (authors), by offset.
 * @param taken Per sentence, its taken tokens (updated).
 * @returns The repeats.
 */
function repeats(context: Context, picked: readonly Found[], outside: readonly Candidate[], taken: Uint8Array[]): Found[] {
  const root: RepeatNode = {}
  const input = context.document.input

  for (const item of picked) {
    if (item.type === 'group') continue
    const tokens = context.sentences[item.sentence]?.tokens.slice(item.first, item.last) ?? []
    const words = tokens.map((token) => foldToken(token.text))
    remember(root, words, {type: item.type, ref: item.ref, country: item.country})
    if (item.type === 'person' && words.length > 1) remember(root, words.slice(-1), {type: 'person'})
  }

  for (const item of outside) {
    const words = input.slice(item.start, item.end).split(/\s+/).map(foldToken)
    if (item.type === 'person' && words.length > 1) remember(root, words.slice(-1), {type: 'person'})
  }

  const found: Found[] = []
  if (!root.next) return found

  for (const [index, sentence] of context.sentences.entries()) {
    const free = taken[index] ?? new Uint8Array()
    const folds = context.folded[index] ?? []

    for (let position = 0; position < sentence.tokens.length; position++) {
      const text = sentence.tokens[position]?.text ?? ''
      if (free[position] || !(isNameWord(text) || sentence.caps)) continue
      // The longest known name that starts here, over free tokens.
      let node: RepeatNode | undefined = root
      let best: {end: number; name: RepeatName} | undefined

      for (let end = position; end < sentence.tokens.length && node && !free[end]; end++) {
        node = node.next?.get(folds[end] ?? '')
        if (node?.name) best = {end: end + 1, name: node.name}
      }

      if (!best || (sentence.caps && best.end === position + 1 && best.name.type === 'person')) continue
      const repeat: Found = {sentence: index, first: position, last: best.end, type: best.name.type, form: 'name', source: 'repeat', rank: 1}
      if (best.name.ref) repeat.ref = best.name.ref
      if (best.name.country) repeat.country = best.name.country
      if (/^\p{Lu}+$/u.test(text) && best.name.type === 'organization' && best.end === position + 1) repeat.form = 'acronym'
      for (let at = position; at < best.end; at++) free[at] = 1
      found.push(repeat)
      position = best.end - 1
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
interface RepeatNode {
  next?: Map<string, RepeatNode>
  name?: RepeatName
}

/**
 * Add a name to the trie of names found; the first name of some words wins.
 *
 * @param root The trie.
 * @param words Its folded words.
 * @param name What it is.
 */
function remember(root: RepeatNode, words: readonly string[], name: RepeatName): void {
  if (words.length === 0 || words.some((word) => !word)) return
  let node = root

  for (const word of words) {
    if (!node.next) node.next = new Map()
    let child = node.next.get(word)

    if (!child) {
      child = {}
      node.next.set(word, child)
    }

    node = child
  }

  node.name ??= name
}

/**
 * Hyphenated compounds of nationalities or countries ("Armenian-Azerbaijani"):
 * each part is a name of its own, where no other name took the token.
 *
 * @param context The context.
 * @param taken Per sentence, its taken tokens.
 * @returns The parts, as candidates.
 */
function compoundParts(context: Context, taken: readonly Uint8Array[]): Candidate[] {
  const result: Candidate[] = []

  for (const [index, sentence] of context.sentences.entries()) {
    for (const [position, token] of sentence.tokens.entries()) {
      if (taken[index]?.[position] || !token.text.includes('-') || !isCapitalized(token.text)) continue
      const parts = token.text.split('-')
      if (parts.length > 4 || parts.some((part) => !isCapitalized(part))) continue
      const matches = matchGazetteer(parts)
      const kinds = parts.map(function (_, at) {
        return matches.find((match) => match.start === at && match.end === at + 1 && (match.kind === 'demonym' || match.kind === 'country'))
      })
      if (kinds.some((kind) => !kind)) continue
      let offset = token.start

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

  return result
}

/**
 * A word without its final period, if it has one ("Mr." → "Mr").
 *
 * @param word The word.
 * @returns The word without it.
 */
function withoutFinalPeriod(word: string): string {
  return word.charCodeAt(word.length - 1) === 46 ? word.slice(0, -1) : word
}
