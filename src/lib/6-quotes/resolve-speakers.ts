import type {Entity, EntityType, Quote, Span} from '../types.js'
import type {Draft} from './draft.js'
import type {QuoteReading} from './read-paragraphs.js'
import {organizationNouns} from '../lexicon/speakers.js'
import {nounPhraseBefore} from './speaker-span.js'
import {firstTokenFrom} from './token-search.js'
import {countStartingBefore} from '../util/count-before.js'

/**
 * Resolving speakers to entities:
 *
 * 1. an entity mention that overlaps the speaker (names, and the nominal and
 *    pronoun mentions of the entities' clusters);
 * 2. a relative pronoun (`who`, `which`, `that`) takes its antecedent, the
 *    noun phrase before it;
 * 3. a document (`the statement`, `the letter`) is its issuer's: the entity
 *    named next to the last mention of that document before it
 *    (`the ministry said in a statement`);
 * 4. a nominal (`the ministry`) is the latest entity whose name holds its
 *    head noun (`Foreign Ministry`); failing that, a nominal of an
 *    organisation (`the company`, `the chipmaker`) is the latest
 *    organisation named in the story's paragraphs before it (`Nvidia`);
 * 5. `he`/`she` is the latest person mentioned before, `it` the latest
 *    organization, when no cluster says otherwise.
 */

/** How many mentions back a pronoun or a nominal looks for its entity. */
const lookBack = 60

/** One mention, with its entity. */
interface Placed {
  span: Span
  entity: Entity
}

/** Speakers that are documents, which speak for whoever issued them. */
const documents = new Set([
  'statement', 'statements', 'release', 'letter', 'report', 'communique', 'communiqué', 'announcement', 'memo',
  'note', 'post', 'tweet', 'message', 'email', 'document', 'website', 'declaration', 'resolution', 'filing',
  'complaint', 'lawsuit', 'ad', 'advertisement', 'video', 'op-ed', 'editorial', 'decree', 'order', 'bill'
])

/**
 * Turn drafts into quotes, with their speakers resolved where the entities allow.
 *
 * @param input The caller's input.
 * @param reading The paragraphs read.
 * @param drafts The drafts, in text order.
 * @param entities The entities of the dispatch.
 * @returns The quotes.
 */
export function resolveSpeakers(input: string, reading: QuoteReading, drafts: readonly Draft[], entities: readonly Entity[]): Quote[] {
  // The mentions by start, listed when a speaker first needs them.
  let placed: Placed[] | undefined
  const resolved: Placed[] = []
  return drafts.map(function (draft): Quote {
    const quote: Quote = {
      kind: draft.kind,
      text: input.slice(draft.content.start, draft.content.end),
      span: draft.content,
      cue: {text: input.slice(draft.cue.start, draft.cue.end), span: draft.cue}
    }
    if (draft.speaker) {
      const speaker: NonNullable<Quote['speaker']> = {text: input.slice(draft.speaker.start, draft.speaker.end), span: draft.speaker}
      placed ??= mentionsByStart(entities)
      const entity = placed.length > 0 ? resolve(input, reading, draft, placed, resolved) : undefined
      if (entity) {
        speaker.entity = entity.id
        resolved.push({span: draft.speaker, entity})
      }
      quote.speaker = speaker
    }
    return quote
  })
}

/**
 * All mentions of the entities, by start; mentions that start together
 * stay in the order of the entities and of their mentions.
 *
 * @param entities The entities.
 * @returns The mentions.
 */
function mentionsByStart(entities: readonly Entity[]): Placed[] {
  const placed: Placed[] = []
  for (const entity of entities) for (const mention of entity.mentions) placed.push({span: mention.span, entity})
  return placed.sort((a, b) => a.span.start - b.span.start)
}

/**
 * The entity a draft's speaker refers to.
 *
 * @param input The input.
 * @param reading The paragraphs read.
 * @param draft The draft (with a speaker).
 * @param placed All mentions, by start.
 * @param resolved The speakers resolved so far, in text order.
 * @returns The entity, or `undefined`.
 */
function resolve(
  input: string,
  reading: QuoteReading,
  draft: Draft,
  placed: readonly Placed[],
  resolved: readonly Placed[]
): Entity | undefined {
  const span = draft.speaker!
  const direct = overlapping(placed, span)
  if (direct) return direct

  const words = input.slice(span.start, span.end).toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? []
  const head = words.at(-1) ?? ''

  if ((head === 'who' || head === 'which' || head === 'that') && words.length === 1 && draft.speakerTokens) {
    const {paragraph, range} = draft.speakerTokens
    const tokens = reading.paragraphs[paragraph]!.tokens
    let last = range.start - 1
    if (tokens[last]?.norm === ',') last--
    const antecedent = nounPhraseBefore(tokens, last, 0)
    if (antecedent) {
      return overlapping(placed, {start: tokens[antecedent.start]!.start, end: tokens[antecedent.end - 1]!.end})
    }
    return undefined
  }

  if (documents.has(head)) return issuer(reading, placed, resolved, head, span.start)
  if (head === 'he' || head === 'she' || head === 'him' || head === 'her' || head === 'his') return latest(placed, span.start, ['person'])
  if (head === 'it') return latest(placed, span.start, ['organization'])
  if (head === 'they' || head === 'we' || head === 'i' || head === 'you') return undefined
  const entity = named(placed, head, span.start)
  if (entity || words[0] !== 'the' || words.length > 3 || !organizationNouns.has(head)) return entity
  return latestInStory(reading, placed, span.start)
}

/**
 * The organisation named last before an offset in the paragraphs the stage
 * reads (not in the dateline, where the agency stands).
 *
 * @param reading The paragraphs read.
 * @param placed Mentions by start.
 * @param before The offset.
 * @returns The entity, or `undefined`.
 */
function latestInStory(reading: QuoteReading, placed: readonly Placed[], before: number): Entity | undefined {
  const last = upperBound(placed, before) - 1
  for (let index = last; index >= 0 && last - index < lookBack; index--) {
    const item = placed[index]!
    if (item.span.end > before || item.entity.type !== 'organization') continue
    const paragraph = reading.paragraphs[paragraphBefore(reading, item.span.start + 1)]
    if (paragraph && item.span.end <= paragraph.span.end) return item.entity
  }
  return undefined
}

/**
 * The entity with the mention that overlaps a span the most.
 *
 * @param placed Mentions by start.
 * @param span The span.
 * @returns The entity, or `undefined`.
 */
function overlapping(placed: readonly Placed[], span: Span): Entity | undefined {
  let best: Placed | undefined
  let bestOverlap = 0
  // Mentions are short: look back a little from the first one at or after the end.
  for (let index = upperBound(placed, span.end) - 1; index >= 0; index--) {
    const item = placed[index]!
    if (item.span.start < span.start - 200) break
    const overlap = Math.min(item.span.end, span.end) - Math.max(item.span.start, span.start)
    if (overlap > bestOverlap) {
      best = item
      bestOverlap = overlap
    }
  }
  return best?.entity
}

/**
 * The entity of the latest mention, before an offset, of one of the types.
 *
 * @param placed Mentions by start.
 * @param before The offset.
 * @param types The entity types wanted.
 * @returns The entity, or `undefined`.
 */
function latest(placed: readonly Placed[], before: number, types: readonly EntityType[]): Entity | undefined {
  const last = upperBound(placed, before) - 1
  for (let index = last; index >= 0 && last - index < lookBack; index--) {
    const item = placed[index]!
    if (item.span.end <= before && types.includes(item.entity.type)) return item.entity
  }
  return undefined
}

/**
 * The latest entity, mentioned before an offset, whose name holds a word.
 *
 * @param placed Mentions by start.
 * @param head The head noun, in lower case.
 * @param before The offset.
 * @returns The entity, or `undefined`.
 */
function named(placed: readonly Placed[], head: string, before: number): Entity | undefined {
  if (head.length < 3) return undefined
  const plainHead = isAscii(head)
  let pattern: RegExp | undefined
  const last = upperBound(placed, before) - 1
  for (let index = last; index >= 0 && last - index < lookBack; index--) {
    const item = placed[index]!
    if (item.span.end > before) continue
    const name = item.entity.name
    if (plainHead && isAscii(name) ? holdsAsciiWord(name, head) : (pattern ??= wordPattern(head)).test(name)) return item.entity
  }
  return undefined
}

/**
 * A pattern that finds a word in a name, in any case, between non-letters.
 *
 * @param head The word.
 * @returns The pattern.
 */
function wordPattern(head: string): RegExp {
  return new RegExp('(?:^|[^\\p{L}])' + head.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '(?:$|[^\\p{L}])', 'iu')
}

/**
 * Whether an ASCII name holds an ASCII word in lower case, in any case,
 * between non-letters: what `wordPattern` finds, without building it (in
 * ASCII, case-insensitive matching is matching in lower case).
 *
 * @param name The name.
 * @param word The word, in lower case.
 * @returns Whether the name holds it.
 */
function holdsAsciiWord(name: string, word: string): boolean {
  const lower = name.toLowerCase()
  for (let at = lower.indexOf(word); at !== -1; at = lower.indexOf(word, at + 1)) {
    const after = at + word.length
    if ((at === 0 || !isAsciiLetter(lower.charCodeAt(at - 1))) && (after === lower.length || !isAsciiLetter(lower.charCodeAt(after)))) return true
  }
  return false
}

/**
 * Whether a string is all ASCII.
 *
 * @param value The string.
 * @returns `true` when every code unit is below 128.
 */
function isAscii(value: string): boolean {
  for (let index = 0; index < value.length; index++) if (value.charCodeAt(index) > 127) return false
  return true
}

/**
 * Whether a code is an ASCII letter.
 *
 * @param code The code.
 * @returns `true` for `A`–`Z` and `a`–`z`.
 */
function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}

/**
 * The issuer of a document: at the latest earlier mention of the document
 * word, the entity an earlier quote gave it as speaker (`the statement
 * said` … `the statement reads`), or else the entity mentioned nearest it in
 * its sentence, outside quote marks, before it if any, else after it
 * (`the ministry said in a statement`, `in a statement, the ministry said`).
 * The search goes back at most 30 paragraphs and 5,000 words.
 *
 * @param reading The paragraphs read.
 * @param placed All mentions, by start.
 * @param resolved The speakers resolved so far.
 * @param word The document word (`statement`).
 * @param before Where the speaker starts.
 * @returns The issuer, or `undefined`.
 */
function issuer(
  reading: QuoteReading,
  placed: readonly Placed[],
  resolved: readonly Placed[],
  word: string,
  before: number
): Entity | undefined {
  let seen = 0
  let budget = 5000
  for (let p = paragraphBefore(reading, before); p >= 0 && seen < 30 && budget > 0; p--) {
    const paragraph = reading.paragraphs[p]!
    seen++
    for (let index = firstTokenFrom(paragraph.tokens, before) - 1; index >= 0 && budget > 0; index--, budget--) {
      const token = paragraph.tokens[index]!
      if (token.norm !== word || paragraph.quoted[index]) continue
      for (let at = resolved.length - 1; at >= 0; at--) {
        const item = resolved[at]!
        if (item.span.start <= token.start && token.end <= item.span.end) return item.entity
      }
      const unit = paragraph.units[paragraph.unitOf[index]!]!
      const from = paragraph.tokens[unit.start]!.start
      const to = paragraph.tokens[unit.end - 1]!.end
      let previous: Placed | undefined
      let next: Placed | undefined
      for (let at = upperBound(placed, from); at < placed.length && placed[at]!.span.start < to; at++) {
        const item = placed[at]!
        const position = firstTokenFrom(paragraph.tokens, item.span.start)
        if (paragraph.quoted[position]) continue
        if (item.span.end <= token.start) previous = item
        else if (!next && item.span.start >= token.end) next = item
      }
      const found = previous ?? next
      if (found) return found.entity
    }
  }
  return undefined
}

/**
 * Index of the last paragraph that starts before an offset.
 *
 * @param reading The paragraphs read.
 * @param offset The offset.
 * @returns The index (`-1` when none does).
 */
function paragraphBefore(reading: QuoteReading, offset: number): number {
  return countStartingBefore(reading.paragraphs, offset, (paragraph) => paragraph.span.start) - 1
}

/**
 * How many mentions start before an offset.
 *
 * @param placed Mentions by start.
 * @param offset The offset.
 * @returns The count.
 */
function upperBound(placed: readonly Placed[], offset: number): number {
  return countStartingBefore(placed, offset, (mention) => mention.span.start)
}
