import type {EntityType, Span} from '../types.js'
import type {Candidate} from './candidate.js'
import {matchesOfSpan, startsAt, tokenStartingAt, type Context} from './context.js'
import {foldToken, gazetteer} from './gazetteer-tables.js'
import type {TaggedMention} from './tagger/index.js'
import {trimSpan} from './trim-span.js'
import {monthNumbers} from '../lexicon/calendar.js'
import {commonAbbreviations, organizationHeads, placeHeads, sentenceAdverbs, titles} from './word-lists.js'

/** The entity type of each CoNLL label, before groups are told apart. */
const labelTypes: Readonly<Record<TaggedMention['label'], EntityType>> = {
  PER: 'person',
  LOC: 'location',
  ORG: 'organization',
  MISC: 'misc'
}

/**
 * Turn the tagger's mentions into typed candidates: spans trimmed to the
 * name, `MISC` told apart into `group` (nationalities, religious, political
 * and ethnic groups, by the gazetteers) and `misc`, and what the gazetteers
 * know of the name attached (country code, organisation).
 *
 * @param context The tokens and gazetteer matches.
 * @param mentions The tagger's mentions.
 * @returns The candidates, in text order; empty spans dropped.
 */
export function typeMentions(context: Context, mentions: readonly TaggedMention[]): Candidate[] {
  const input = context.document.input
  const result: Candidate[] = []

  for (const mention of mentions) {
    for (const part of splitList(input, mention.span)) {
      let span = trimSpan(input, part, keepsThe(context, part.start, part.end))
      if (mention.label === 'PER') span = withoutTitle(input, span)
      else if ((mention.label === 'ORG' || mention.label === 'MISC')) span = withCapitalThe(input, span)
      if (span.end <= span.start || !/\p{L}/u.test(input.slice(span.start, span.end))) continue
      const text = input.slice(span.start, span.end)
      if (isDateMonth(input, span) || commonAbbreviations.has(text) || sentenceAdverbs.has(text.toLowerCase())) continue
      result.push(typeCandidate(context, span.start, span.end, labelTypes[mention.label]))
    }
  }

  return personsAtEnd(context, confirmTitleCase(context, result)).sort((a, b) => a.start - b.start || b.end - a.end)
}

/**
 * Whether a name is a month before a day's number ("Feb 2", "Sept. 30"):
 * a date, not a name.
 *
 * @param input The caller's input.
 * @param span The name.
 * @returns Whether it is.
 */
function isDateMonth(input: string, span: Span): boolean {
  const word = input.slice(span.start, span.end).replace(/\.$/, '').toLowerCase()
  return monthNumbers.has(word) && /^\.?\s\d{1,2}\b/u.test(input.slice(span.end, span.end + 5))
}

/**
 * An organisation of three words or more that ends in the surname of a
 * person the text names alone elsewhere is a title and a person run
 * together ("Vice Minister of Transport Aidos Serikbayev" … "Serikbayev
 * said"): the person is the last two words.
 *
 * @param context The context.
 * @param candidates The tagger's names.
 * @returns The names, such organisations turned into their person.
 */
function personsAtEnd(context: Context, candidates: Candidate[]): Candidate[] {
  const input = context.document.input
  const surnames = new Set<string>()

  for (const candidate of candidates) {
    const text = input.slice(candidate.start, candidate.end)
    if (candidate.type === 'person' && !/\s/.test(text)) surnames.add(foldToken(text))
  }

  if (surnames.size === 0) return candidates

  return candidates.map(function (candidate) {
    if (candidate.type !== 'organization') return candidate
    const words = input.slice(candidate.start, candidate.end).split(' ')
    if (words.length < 3) return candidate
    const given = words.at(-2) ?? ''
    const folded = foldToken(given)
    if (!surnames.has(foldToken(words.at(-1) ?? '')) || !/^\p{Lu}\p{Ll}/u.test(given)) return candidate
    if (organizationHeads.has(folded) || titles.has(folded)) return candidate
    const start = candidate.end - (words.at(-1)?.length ?? 0) - 1 - given.length
    return typeCandidate(context, start, candidate.end, 'person')
  })
}

/**
 * In a headline in title case every word is capitalised, and the tagger
 * takes runs of them for names ("Buyout Talks Stall"): keep only the names
 * there that a gazetteer confirms or that the rest of the text names too.
 * The same holds for a name of one word that opens any headline.
 *
 * @param context The context.
 * @param candidates The tagger's names.
 * @returns The names kept.
 */
function confirmTitleCase(context: Context, candidates: Candidate[]): Candidate[] {
  const input = context.document.input
  const inTitle = candidates.map(function (candidate) {
    const token = tokenStartingAt(context, candidate.start)
    const sentence = token < 0 ? undefined : context.sentences[context.sentenceOf[token]!]
    if (!sentence) return false
    // A headline's first word is capitalised whatever it is ("Island ferry
    // sailings cancelled"): alone, it is held to the same proof.
    const opensHeadline = sentence.kind === 'headline' && context.positionOf[token] === 0 && context.ends[token] === candidate.end
    return sentence.titleCase || opensHeadline
  })
  if (!inTitle.includes(true)) return candidates
  const elsewhere = new Set<string>()

  for (const [index, candidate] of candidates.entries()) {
    if (!inTitle[index]) elsewhere.add(foldToken(input.slice(candidate.start, candidate.end)))
  }

  return candidates.filter(function (candidate, index) {
    if (!inTitle[index]) return true
    return elsewhere.has(foldToken(input.slice(candidate.start, candidate.end))) || matchesOfSpan(context, candidate.start, candidate.end).length > 0
  })
}

/**
 * Take a title off the front of a person's name ("Mayor Denise Harlan" →
 * "Denise Harlan"), when a name is left.
 *
 * @param input The caller's input.
 * @param span The name.
 * @returns The name without its title.
 */
function withoutTitle(input: string, span: Span): Span {
  const match = /^(\p{L}+)\.?\s+(?=\p{Lu})/u.exec(input.slice(span.start, span.end))
  if (!match?.[1] || !titles.has(match[1].toLowerCase())) return span
  return {start: span.start + match[0].length, end: span.end}
}

/**
 * Cut a span that runs over a list ("Organization of Islamic Cooperation,
 * European Union") at its commas, when every part opens with a capital.
 *
 * @param input The caller's input.
 * @param span The span.
 * @returns The parts (the span itself when it is no list).
 */
function splitList(input: string, span: Span): Span[] {
  const text = input.slice(span.start, span.end)
  if (!text.includes(', ')) return [span]
  const parts: Span[] = []
  let start = span.start

  for (const piece of text.split(', ')) {
    if (!/^\p{Lu}/u.test(piece)) return [span]
    parts.push({start, end: start + piece.length})
    start += piece.length + 2
  }

  return parts
}

/**
 * Type one span with what the gazetteers know of it.
 *
 * @param context The context.
 * @param start Offset of the name.
 * @param end End of the name.
 * @param type The tagger's type.
 * @returns The candidate.
 */
function typeCandidate(context: Context, start: number, end: number, type: EntityType): Candidate {
  const candidate: Candidate = {start, end, type, form: 'name', source: 'tagger'}
  const text = context.document.input.slice(start, end)

  for (const match of matchesOfSpan(context, start, end)) {
    if (type === 'misc' && (match.kind === 'demonym' || match.kind === 'group')) {
      candidate.type = 'group'
      if (match.kind === 'demonym') candidate.ref = 'demonym:' + match.id
      if (match.id) candidate.country = match.id
      break
    }

    // A place name the tagger calls MISC ("Nagorno-Karabakh") is a place.
    if (type === 'misc' && (match.kind === 'country' || match.kind === 'region')) candidate.type = 'location'

    if (candidate.type === 'location' && match.id && (match.kind === 'country' || match.kind === 'city' || match.kind === 'region')) {
      // A city's country before a region's ("Portland" the city, not the parish).
      if (match.kind === 'city' || !candidate.country) candidate.country = match.id

      if (match.kind === 'country') {
        // "Georgia" the country before the US state.
        candidate.ref = 'country:' + match.id
        candidate.country = match.id
        break
      }
    }

    if (type === 'organization' && (match.kind === 'organization' || match.kind === 'org-acronym')) {
      candidate.ref = 'org:' + match.id
      const country = gazetteer().organizations.get(match.id ?? '')?.country
      if (country) candidate.country = country
      break
    }
  }

  if (type === 'organization' && /^[\p{Lu}.&]{2,}$/u.test(text)) candidate.form = 'acronym'
  if (candidate.type === 'location' && !candidate.ref && endsInOrganizationHead(text)) {
    candidate.type = 'organization'
    delete candidate.country
  }

  if (candidate.type === 'organization' && !candidate.country) addLeadingCountry(context, candidate)
  if (candidate.type !== 'person' && candidate.type !== 'group' && afterHonorific(context.document.input, start)) candidate.type = 'person'
  if (candidate.type === 'person') retypeByHead(candidate, text)
  if ((candidate.type === 'organization' || candidate.type === 'misc') && isPlaceOf(text)) candidate.type = 'location'
  return candidate
}

/**
 * Whether a name opens with a place's head noun and `of` ("Isle of Mull",
 * "Gulf of Aden", "Sea of Azov"): a place, whatever the tagger said.
 *
 * @param text The name.
 * @returns Whether it is.
 */
function isPlaceOf(text: string): boolean {
  const words = text.split(' ')
  return words.length > 2 && words[1] === 'of' && placeHeads.has(foldToken(words[0] ?? ''))
}

/**
 * Give an organisation named after its country ("Azerbaijani Foreign
 * Ministry", "Kazakh Railways") that country's code.
 *
 * @param context The context.
 * @param candidate The organisation, updated.
 */
function addLeadingCountry(context: Context, candidate: Candidate): void {
  const first = tokenStartingAt(context, candidate.start)
  if (first < 0) return
  const list = context.matches[context.sentenceOf[first]!]!
  const position = context.positionOf[first]!

  for (let at = context.matchFrom[first]!; startsAt(list, at, position); at++) {
    const match = list[at]!

    if (match.end === position + 1 && match.id && (match.kind === 'country' || match.kind === 'demonym')) {
      candidate.country = match.id
      return
    }
  }
}

/** Head nouns that are also surnames ("Margaret Court", "Michael Bay"). */
const surnameHeads = new Set(['court', 'house', 'post', 'times', 'guard', 'bank', 'front', 'chamber', 'board', 'club', 'fund', 'command', 'service', 'union', 'office', 'network', 'media', 'bay', 'lake', 'bridge', 'street', 'road', 'forces', 'army', 'navy', 'labs', 'exchange', 'forum', 'journal', 'brigade', 'congress', 'senate', 'cabinet', 'duma', 'majlis', 'broadcasting', 'agencies', 'brigades', 'consulate'])

/**
 * A person's name never holds an ampersand nor ends in the head noun of an
 * organisation ("Marlowe Partners") or of a place ("Ingraham Glacier"): such
 * a name is one of those.
 *
 * @param candidate The name the tagger calls a person, updated.
 * @param text Its text.
 */
function retypeByHead(candidate: Candidate, text: string): void {
  const words = text.split(/\s+/)
  if (words.length < 2) return
  // No person's name holds an ampersand ("Hollis & Crane", "Procter & Gamble").
  if (words.includes('&')) {
    candidate.type = 'organization'
    return
  }

  const last = foldToken(words.at(-1) ?? '').replace(/\.$/, '')
  if (organizationHeads.has(last) && !surnameHeads.has(last)) candidate.type = 'organization'
  else if (placeHeads.has(last) && !surnameHeads.has(last)) candidate.type = 'location'
}

/**
 * Whether a name of two words or more ends in an organisation's head noun
 * that no place name ends in ("Azerbaijan Railways", "Kazakh Airways"): a
 * "place" so named is an organisation.
 *
 * @param text The name.
 * @returns Whether it does.
 */
function endsInOrganizationHead(text: string): boolean {
  const words = text.split(/\s+/)
  if (words.length < 2) return false
  const last = foldToken(words.at(-1) ?? '').replace(/\.$/, '')
  return organizationHeads.has(last) && !surnameHeads.has(last) && !placeHeads.has(last)
}

/**
 * Whether a name stands right after an honorific that only persons take
 * ("Mr. Halloran", "Mrs Okafor").
 *
 * @param input The caller's input.
 * @param start Offset of the name.
 * @returns Whether it does.
 */
function afterHonorific(input: string, start: number): boolean {
  return /(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Miss|Mme|Mlle|Messrs)\.?\s+$/u.test(input.slice(Math.max(0, start - 8), start))
}

/**
 * Whether a span opens with a "The" that is part of its name: the gazetteers
 * have the name with it ("The Hague"), or it is written capitalised inside a
 * sentence ("albums by The Stooges").
 *
 * @param context The context.
 * @param start Offset of the span.
 * @param end End of the span.
 * @returns Whether to keep the "The".
 */
function keepsThe(context: Context, start: number, end: number): boolean {
  const input = context.document.input
  if (!/^the\s/i.test(input.slice(start, start + 4))) return false
  return matchesOfSpan(context, start, end).length > 0 || capitalTheInside(input, start)
}

/**
 * A name with the capitalised "The" written right before it inside a
 * sentence ("albums by The Stooges"): a band's, a paper's, a society's
 * name takes it in CoNLL's conventions.
 *
 * @param input The caller's input.
 * @param span The name.
 * @returns The span, with the "The" when there is one.
 */
function withCapitalThe(input: string, span: Span): Span {
  const start = span.start - 4
  if (start < 0 || input.slice(start, span.start) !== 'The ' || !capitalTheInside(input, start)) return span
  return {start, end: span.end}
}

/**
 * Whether a "The" is written capitalised inside a sentence ("albums by The
 * Stooges"), where only a name would write it so.
 *
 * @param input The caller's input.
 * @param start Offset of the "The".
 * @returns Whether it is.
 */
function capitalTheInside(input: string, start: number): boolean {
  if (input.charCodeAt(start) !== 0x54 || input.charCodeAt(start + 1) !== 0x68) return false
  let at = start - 1
  while (at >= 0 && (input[at] === ' ' || input[at] === '\t')) at--
  return at >= 0 && /[\p{Ll}\d,;]/u.test(input[at]!)
}
