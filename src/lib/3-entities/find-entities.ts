import type {Document} from '../2-text/index.js'
import type {Entity, EntityType, KnownName, Mention} from '../types.js'
import type {Candidate} from './candidate.js'
import {clusterMentions, type Cluster} from './cluster.js'
import {createContext, type Context} from './context.js'
import {findNames} from './names/index.js'
import {foldToken, gazetteer} from './gazetteer-tables.js'
import {findCitedAuthors, withCitedAuthors} from './citations.js'
import {findKnownNames, knownNameOf, withKnownNames} from './known-names.js'
import {modernNames} from '../lexicon/modern-names.js'
import {mergeCandidates} from './merge-candidates.js'
import {linkNominals, type Link} from './nominals.js'
import {linkPronouns} from './pronouns.js'
import type {TaggedMention} from './tagger/index.js'
import {typeByUsage} from './type-by-usage.js'
import {typeMentions} from './type-mentions.js'
import {isSpace} from '../2-text/characters.js'
import {withoutFinalPeriod} from './word-facts.js'
import {titles} from './word-lists.js'

/**
 * What finds names before the rules: the learned tagger (`tagMentions`), or
 * only the people the byline and trailers credit (`authorMentions`).
 */
export type MentionFinder = (document: Document, context: Context) => TaggedMention[]

/**
 * The entities stage with a given name finder: names found by it (and,
 * where it found none, by the byline, dateline, gazetteers and patterns),
 * typed, clustered into entities, with nominal and pronoun mentions linked
 * and countries coded. This module does not import the learned model, so a
 * bundle that passes `authorMentions` leaves it out.
 *
 * @param document The parsed dispatch.
 * @param tag What finds names before the rules.
 * @param callerNames The caller's own names (`options.names`): they win
 *   where the text writes them, and give their entity its name; the names of
 *   this decade in `../lexicon/modern-names.ts` come after them.
 * @returns The entities, in order of first mention, ids `e1`, `e2`, ….
 */
export function findEntitiesWith(document: Document, tag: MentionFinder, callerNames: readonly KnownName[] = []): Entity[] {
  const names = callerNames.length > 0 ? [...callerNames, ...modernNames] : modernNames
  const context = createContext(document)
  const tagged = typeMentions(context, tag(document, context))
  const merged = typeByUsage(document.input, mergeCandidates(tagged, findNames(context), context.document.input))
  const authors = findCitedAuthors(document.input)
  const cited = withCitedAuthors(document.input, withKnownNames(merged, authors), authors)
  const candidates = withKnownNames(cited, findKnownNames(context, names))
  const input = document.input

  for (const candidate of candidates) {
    if (candidate.type === 'person' && !candidate.gender) addGender(input, candidate)
  }

  const clusters = clusterMentions(input, candidates)
  // Per cluster, its nominal links, then its pronoun links.
  const links: Link[][] = clusters.map(() => [])
  for (const link of linkNominals(context, clusters)) links[link.cluster]!.push(link)
  for (const link of linkPronouns(context, clusters)) links[link.cluster]!.push(link)
  return clusters.map((cluster, index) => toEntity(input, cluster, index, links[index]!, names))
}

/**
 * Give a person the gender its title ("Mrs.") or given name shows.
 *
 * @param input The caller's input.
 * @param candidate The person, updated.
 */
function addGender(input: string, candidate: Candidate): void {
  // The word before the name, without its period: "Mrs." → "mrs". It is
  // read within the 16 characters before the name.
  const from = Math.max(0, candidate.start - 16)
  let end = candidate.start
  while (end > from && isSpace(input.charCodeAt(end - 1))) end--
  let start = end
  while (start > from && !isSpace(input.charCodeAt(start - 1))) start--
  const title = titles.get(withoutFinalPeriod(input.slice(start, end)).toLowerCase())
  const first = /^\p{L}+/u.exec(input.slice(candidate.start, candidate.end))?.[0] ?? ''
  const given = gazetteer().genders.get(foldToken(first))
  const gender = title ?? (given === 'm' || given === 'f' ? given : undefined)
  if (gender) candidate.gender = gender
}

/**
 * Turn a cluster and its links into an entity.
 *
 * @param input The caller's input.
 * @param cluster The cluster.
 * @param index Its index (the id is `e` and one more).
 * @param links Its nominal and pronoun links.
 * @param names The caller's own names.
 * @returns The entity.
 */
function toEntity(input: string, cluster: Cluster, index: number, links: readonly Link[], names: readonly KnownName[]): Entity {
  const mentions: Mention[] = cluster.names.map(function (name) {
    return {text: input.slice(name.start, name.end), span: {start: name.start, end: name.end}, form: name.form}
  })

  for (const link of links) {
    mentions.push({text: input.slice(link.span.start, link.span.end), span: link.span, form: link.form})
  }

  mentions.sort((a, b) => a.span.start - b.span.start)
  const known = names.length > 0 ? knownNameOf(cluster.names.map((name) => name.ref), names) : undefined
  const entity: Entity = {id: 'e' + (index + 1), type: cluster.type, name: known ?? fullestName(mentions, cluster.type), mentions}
  const country = countryOf(cluster)
  if (country) entity.country = country
  return entity
}

/**
 * The fullest name form, best cased: the longest name mention (an acronym
 * only when the text has nothing else), but of as many words, one not in
 * capitals ("Brussels", not the dateline's "BRUSSELS"); the first of equals.
 * A place the text writes only in capitals (a dateline's city named once)
 * is named in title case ("Manaus", "Rio de Janeiro"), unless it reads as
 * an abbreviation ("USA", "U.S.", "USSR").
 *
 * @param mentions The mentions.
 * @param type The entity's type.
 * @returns The name.
 */
function fullestName(mentions: readonly Mention[], type: EntityType): string {
  let best: Mention | undefined

  for (const mention of mentions) {
    if (mention.form !== 'name' && mention.form !== 'acronym') continue
    if (!best || betterName(mention, best)) best = mention
  }

  if (best && type === 'location' && best.form === 'name' && inCapitals(best.text) && !abbreviation(best.text)) {
    return titleCase(best.text)
  }

  return best?.text ?? mentions[0]?.text ?? ''
}

/**
 * Whether a place's name in capitals reads as an abbreviation: dotted, of
 * three letters or fewer, or of four with no vowel after the first ("USSR",
 * "DPRK"; not "KYIV", "OMAN").
 *
 * @param text The name.
 * @returns Whether it does.
 */
function abbreviation(text: string): boolean {
  return text.includes('.') || text.length <= 3 || (text.length === 4 && !/^.[AEIOUY]|^..[AEIOUY]|[AEIOUY]$/u.test(text))
}

/** Words a place name keeps in lower case inside it ("Rio de Janeiro", "Stratford-upon-Avon"). */
const placeParticles = new Set(['of', 'de', 'del', 'della', 'da', 'das', 'do', 'dos', 'du', 'des', 'la', 'le', 'les', 'el', 'upon', 'on', 'the', 'and', 'am', 'an', 'im', 'sur', 'en', 'es', 'au', 'aux'])

/**
 * A name in capitals in title case: each word and each part after a hyphen
 * or an apostrophe capitalised, particles inside the name in lower case.
 *
 * @param text The name, in capitals.
 * @returns The name in title case.
 */
function titleCase(text: string): string {
  let first = true
  return text.toLowerCase().replace(/\p{L}+/gu, function (word, offset: number) {
    const after = offset > 0 ? text.charAt(offset - 1) : ''
    const keep = !first && placeParticles.has(word) && after !== "'" && after !== '’'
    first = false
    return keep ? word : word.charAt(0).toUpperCase() + word.slice(1)
  })
}

/**
 * Whether one name mention makes a better entity name than another.
 *
 * @param mention The challenger.
 * @param best The best so far.
 * @returns Whether the challenger wins.
 */
function betterName(mention: Mention, best: Mention): boolean {
  if (best.form !== mention.form) return best.form === 'acronym'
  // An acronym is written in capitals anyway.
  const caps = mention.form === 'name' && inCapitals(mention.text)
  const bestCaps = best.form === 'name' && inCapitals(best.text)
  if (caps !== bestCaps) {
    // Fewer words do not win, whatever their case ("NEW YORK STOCK EXCHANGE", not "Exchange").
    const words = wordCount(mention.text) - wordCount(best.text)
    return words === 0 ? bestCaps : words > 0
  }

  return mention.text.length > best.text.length
}

/**
 * How many words a name has.
 *
 * @param text The name.
 * @returns The count.
 */
function wordCount(text: string): number {
  return text.split(/\s+/).length
}

/**
 * Whether a name of more than one letter has no lower-case letter.
 *
 * @param text The name.
 * @returns Whether it is in capitals.
 */
function inCapitals(text: string): boolean {
  return text.length > 1 && text.toUpperCase() === text && /\p{Lu}.*\p{Lu}/su.test(text)
}

/**
 * The country code of an entity: the one a gazetteer reference gives, else
 * the first one any mention has.
 *
 * @param cluster The cluster.
 * @returns The code, if any.
 */
function countryOf(cluster: Cluster): string | undefined {
  if (cluster.type === 'person' || cluster.type === 'misc') return undefined
  const referenced = cluster.names.find((name) => name.country && name.ref)
  return (referenced ?? cluster.names.find((name) => name.country))?.country
}
