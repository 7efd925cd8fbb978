import type {EntityType} from '../types.js'
import type {Candidate} from './candidate.js'
import {nameWords} from './cluster.js'
import {foldToken, gazetteer} from './gazetteer-tables.js'
import {organizationHeads} from './word-lists.js'

/**
 * A second look at the types, by the way the document uses a name: a name
 * that has a chief executive, shares or a spokesman, or that one holds
 * shares in, is an organisation ("Google's chief executive", "shares of
 * Tesla"); a name followed by an age between commas is a person ("Raimundo
 * Silva, 54,"); a word alone that opens an organisation's name of the same
 * document ("Meta" after "Meta Platforms") is that organisation; a short
 * name after a possessive is an organisation ("Elon Musk's X"); an acronym
 * the text defines as a term in lower case is no name ("sea surface
 * salinity (SSS)"). What one
 * mention shows holds for every mention of the same words. Names a gazetteer
 * or the caller knows (with a reference) keep their type.
 */

/** What follows an organisation's name and its possessive. */
const organizationAfter =
  /^(?:'s|’s) (?:(?:chief |co-?)?(?:executive|executives|ceo|cfo|chairman|chairwoman|founder|founders)|shares|stock|share price|market value|board|spokesman|spokeswoman|spokesperson|headquarters|subsidiary|subsidiaries|parent company|shareholders|revenue|revenues|profit|profits|earnings|sales)\b/iu

/** What comes before an organisation's name. */
const organizationBefore = /\b(?:shares (?:of|in)|stake in|stakes in|a unit of|subsidiary of|acquisition of|takeover of|spokesman for|spokeswoman for|spokesperson for|chief executive of|ceo of)\s+$/iu

/**
 * What follows a company's name in a sentence about its business: a verb
 * of saying or planning, then, in the same sentence, its jobs, customers,
 * shares, sales or stores ("Amazon said on Tuesday it would cut 14,000 jobs").
 */
const businessAfter =
  /^ (?:said|says|announced|reported|plans)\b[^.!?]{0,120}?\b(?:jobs|employees|workers|layoffs|customers|subscribers|shareholders|investors|shares|revenue|profits?|sales|earnings|stores|warehouses)\b/iu

/** What follows a language's name: "the Eegimaa language", "Jóola dialects", "Siwu speakers". */
const languageAfter = /^ (?:language|languages|dialect|dialects|speakers|speaker|verbs|nouns|grammar)\b/u

/** An age between commas after a person's name. */
const personAfter = /^,\s*\d{1,3},/u

/**
 * A short name (`X`, `HP`, `3M`) right after a name's possessive, before a
 * word in lower case or a punctuation mark: "Elon Musk's X said".
 */
const shortAfterPossessive = /^(?:'s|’s) ((?:\p{Lu}|\p{Lu}{2}|\d\p{Lu}|\p{Lu}\d)(?=\s+\p{Ll}|[,.;:]))/u

/** An acronym defined in brackets: "(SSS)", "(CFLs)". */
const bracketAcronym = /\((\p{Lu}[\p{Lu}\d]{1,5})s?\)/gu

/** Types a usage may change. */
const retypable: ReadonlySet<EntityType> = new Set(['person', 'organization', 'location', 'misc'])

/**
 * Retype names by their usage, in place, and add the short names the
 * context makes names.
 *
 * @param input The caller's input.
 * @param candidates The names, in text order.
 * @returns The names, with the short ones added.
 */
export function typeByUsage(input: string, found: Candidate[]): Candidate[] {
  const candidates = withoutTerms(input, found)
  const votes = new Map<string, EntityType>()
  const openings = new Set<string>()

  for (const candidate of candidates) {
    const words = nameWords(input.slice(candidate.start, candidate.end))
    const key = words.join(' ')
    const vote = usageOf(input, candidate)
    if (vote && !votes.has(key)) votes.set(key, vote)
    if (candidate.type === 'organization' && words.length === 2 && organizationHeads.has(words[1]!)) openings.add(words[0]!)
  }

  oneTypePerName(input, candidates)
  const added = shortNames(input, candidates)
  if (votes.size === 0 && openings.size === 0) return added

  for (const candidate of candidates) {
    if (candidate.ref || !retypable.has(candidate.type)) continue
    const words = nameWords(input.slice(candidate.start, candidate.end))
    // A place opens many an organisation's name ("Ohio University"): only a
    // "person" or misc name alone is taken for the organisation it opens.
    const opens = words.length === 1 && openings.has(words[0]!) && candidate.type !== 'location'
    const vote = votes.get(words.join(' ')) ?? (opens ? 'organization' : undefined)
    if (vote && vote !== candidate.type) {
      candidate.type = vote
      delete candidate.gender
      if (vote !== 'location' && vote !== 'organization') delete candidate.country
    }
  }

  return added
}

/**
 * Leave out acronyms the text defines as a term, in lower case: "sea surface
 * salinity (SSS)", "compact fluorescent lamps (CFLs)" — no organisation,
 * every mention of them.
 *
 * @param input The caller's input.
 * @param candidates The names, in text order.
 * @returns The names without such acronyms.
 */
function withoutTerms(input: string, candidates: Candidate[]): Candidate[] {
  const terms = new Set<string>()

  for (const match of input.matchAll(bracketAcronym)) {
    const letters = match[1]!
    const before = input.slice(Math.max(0, match.index - 80), match.index).split(/\s+/).filter(Boolean)
    const words = before.slice(-letters.length)
    if (words.length === letters.length && words.every((word, index) => word.charAt(0) === letters.charAt(index).toLowerCase())) {
      terms.add(letters)
    }
  }

  if (terms.size === 0) return candidates
  return candidates.filter((candidate) => !terms.has(input.slice(candidate.start, candidate.end).replace(/s$/, '')))
}

/**
 * Short organisation names the context makes names: after a person's or an
 * organisation's possessive ("Elon Musk's X", "Alphabet's X"), where no name
 * is found yet.
 *
 * @param input The caller's input.
 * @param candidates The names, in text order.
 * @returns The names with the short ones added, in text order.
 */
function shortNames(input: string, candidates: Candidate[]): Candidate[] {
  const added: Candidate[] = []

  for (const [index, candidate] of candidates.entries()) {
    if (candidate.type !== 'person' && candidate.type !== 'organization') continue
    const match = shortAfterPossessive.exec(input.slice(candidate.end, candidate.end + 8))
    if (!match?.[1]) continue
    const start = candidate.end + match[0].length - match[1].length
    const next = candidates[index + 1]
    if (next && next.start < start + match[1].length) continue
    added.push({start, end: start + match[1].length, type: 'organization', form: 'name', source: 'pattern'})
  }

  return added.length === 0 ? candidates : [...candidates, ...added].sort((a, b) => a.start - b.start || b.end - a.end)
}

/**
 * What the text around one mention says its type is.
 *
 * @param input The caller's input.
 * @param candidate The mention.
 * @returns The type it shows, if any.
 */
function usageOf(input: string, candidate: Candidate): EntityType | undefined {
  const after = input.slice(candidate.end, candidate.end + 40)
  if ((candidate.type === 'person' || candidate.type === 'organization') && personAfter.test(after)) return 'person'
  if (organizationAfter.test(after)) return 'organization'
  if (languageAfter.test(after)) return 'misc'
  if (candidate.type === 'location' && mayBeCompany(input.slice(candidate.start, candidate.end))) {
    if (businessAfter.test(input.slice(candidate.end, candidate.end + 160))) return 'organization'
  }

  if (organizationBefore.test(input.slice(Math.max(0, candidate.start - 30), candidate.start))) return 'organization'
  return undefined
}

/**
 * Whether a one-word name may be a company: no country, city or region of a
 * country the gazetteers know ("Amazon", "Tesla"; not "Georgia", "Texas");
 * a river or a forest ("Amazon") may.
 *
 * @param text The name.
 * @returns Whether it may.
 */
function mayBeCompany(text: string): boolean {
  if (/\s/u.test(text)) return false
  const entries = gazetteer().root.next?.get(foldToken(text))?.entries ?? []
  return !entries.some((entry) => entry.kind === 'country' || entry.kind === 'city' || (entry.kind === 'region' && entry.id))
}

/**
 * Give every mention of the same name the type most of them have (one
 * sense per document: "Pangasinan" is not a place, a firm and a person in
 * one article); a tie changes nothing, and names with a reference keep
 * their type.
 *
 * @param input The caller's input.
 * @param candidates The names; changed in place.
 */
function oneTypePerName(input: string, candidates: Candidate[]): void {
  const counts = new Map<string, Map<EntityType, number>>()

  for (const candidate of candidates) {
    if (candidate.ref || !retypable.has(candidate.type)) continue
    const text = input.slice(candidate.start, candidate.end)
    let count = counts.get(text)
    if (!count) counts.set(text, (count = new Map()))
    count.set(candidate.type, (count.get(candidate.type) ?? 0) + 1)
  }

  for (const candidate of candidates) {
    if (candidate.ref || !retypable.has(candidate.type)) continue
    const count = counts.get(input.slice(candidate.start, candidate.end))!
    if (count.size < 2) continue
    const ranked = [...count].sort((a, b) => b[1] - a[1])
    const [type, most] = ranked[0]!

    if (most > ranked[1]![1] && type !== candidate.type) {
      candidate.type = type
      delete candidate.gender
      if (type !== 'location' && type !== 'organization') delete candidate.country
    }
  }
}
