import {hashRange, mix} from '../3-entities/tagger/hash.js'
import type {Span} from '../types.js'
import type {Draft} from './draft.js'
import type {QuoteReading} from './read-paragraphs.js'
import {Source, type Candidate, type CueSite} from './speaker-candidates.js'
import {entityOf, type PlacedMention} from './speaker-entities.js'
import {classIndex} from './token-classes.js'
import type {Token} from './tokens.js'

/**
 * The features of a candidate speaker (`speaker-candidates.ts`), shared by
 * the ranker (`speaker-model.ts`) and its learner
 * (`scripts/learn-speakers.ts`): where the candidate comes from, where it
 * stands against the cue and how far, its first and last words and those
 * around it, their classes, what stands between it and the cue (commas,
 * clause words, other cues), the entity it names, the cue word and the
 * draft's kind. Each feature is a 32-bit hash of its template and parts: no
 * string is built.
 */

/** What the features of a draft's candidates share. */
export interface DraftFacts {
  reading: QuoteReading
  draft: Draft
  site: CueSite
  /** Hash of the cue's head word (its likeliest token). */
  cueWord: number
  /** Kind of the draft, as a number. */
  kind: number
  /** Mentions by start. */
  mentions: readonly PlacedMention[]
  /** The content of the quote the draft is nested in, if any. */
  parent: Span | undefined
  /** What stands between the cue and the tokens before it, read back from the cue as far as asked (`betweenBefore`). */
  before: Between
  /** What stands between the cue and the tokens after it, read on from the cue as far as asked (`betweenAfter`). */
  after: Between
  /** Word hashes and classes per paragraph, filled in on first use (`tokenFacts`). */
  words: Map<number, TokenFacts>
}

const kindNumbers: Record<Draft['kind'], number> = {direct: 1, indirect: 2, mixed: 3}

/** Words that open a clause between a candidate and its cue. */
const clauseWords = new Set(['that', 'who', 'which', 'because', 'when', 'while', 'if', 'as', 'after', 'before', 'and', 'but', 'whom', 'where', 'since', 'although'])

/**
 * What the candidates of a draft share.
 *
 * @param reading The paragraphs read.
 * @param draft The draft.
 * @param site Where its cue stands.
 * @param mentions The mentions by start.
 * @param parent The content of the quote the draft is nested in, if any.
 * @param words Word hashes and classes per paragraph, shared by the drafts of a document.
 * @returns The facts.
 */
export function draftFacts(
  reading: QuoteReading,
  draft: Draft,
  site: CueSite,
  mentions: readonly PlacedMention[],
  parent: Span | undefined,
  words: Map<number, TokenFacts>
): DraftFacts {
  const {tokens, cueScores} = site.paragraph
  let head = site.start
  for (let index = site.start + 1; index < site.end; index++) if (cueScores[index]! > cueScores[head]!) head = index
  const norm = tokens[head]!.norm
  const before: Between = {bits: new Uint8Array(site.start - site.unitStart + 1), reached: site.start, commas: 0, marks: 0}
  const after: Between = {bits: new Uint8Array(site.unitEnd - site.end + 1), reached: site.end, commas: 0, marks: 0}
  return {reading, draft, site, cueWord: hashRange(0, norm, 0, norm.length), kind: kindNumbers[draft.kind], mentions, parent, before, after, words}
}

/** What stands between the cue and the tokens on one side of it, read as far as asked. */
interface Between {
  /** Per token, from the unit's first (before) or from the cue's end (after), the bits (`betweenBit`, and commas up to 3). */
  bits: Uint8Array
  /** The token read last: the stretch from it to the cue is read. */
  reached: number
  /** Commas and marks read so far. */
  commas: number
  marks: number
}

/**
 * What stands between a candidate that ends at `end` before the cue and the cue.
 *
 * @param facts What the draft's candidates share.
 * @param end One past the candidate's last token.
 * @returns The bits.
 */
function betweenBefore(facts: DraftFacts, end: number): number {
  const {site, before} = facts
  while (before.reached > end) {
    const index = --before.reached
    if (site.paragraph.tokens[index]!.norm === ',') before.commas++
    else before.marks |= betweenBit(site, index)
    before.bits[index - site.unitStart] = before.marks | Math.min(before.commas, 3)
  }
  return before.bits[end - site.unitStart]!
}

/**
 * What stands between the cue and a candidate that starts at `start` after it.
 *
 * @param facts What the draft's candidates share.
 * @param start The candidate's first token.
 * @returns The bits.
 */
function betweenAfter(facts: DraftFacts, start: number): number {
  const {site, after} = facts
  while (after.reached < start) {
    const index = after.reached++
    if (site.paragraph.tokens[index]!.norm === ',') after.commas++
    else after.marks |= betweenBit(site, index)
    after.bits[index + 1 - site.end] = after.marks | Math.min(after.commas, 3)
  }
  return after.bits[start - site.end]!
}

/** Per token of a paragraph, the hash of its word and its class number, read on first use. */
export interface TokenFacts {
  tokens: readonly Token[]
  words: Uint32Array
  /** Class numbers; 0 (the class of nothing past an edge) for a token not read yet. */
  classes: Uint8Array
}

/**
 * The word hashes and classes of a paragraph's tokens, kept for the document.
 *
 * @param facts What the draft's candidates share.
 * @param index The paragraph's index.
 * @returns Them.
 */
export function tokenFacts(facts: DraftFacts, index: number): TokenFacts {
  let known = facts.words.get(index)
  if (!known) {
    const tokens = facts.reading.paragraphs[index]!.tokens
    known = {tokens, words: new Uint32Array(tokens.length), classes: new Uint8Array(tokens.length)}
    facts.words.set(index, known)
  }
  return known
}

/**
 * Read the hash and class of a token, once.
 *
 * @param known The paragraph's token facts.
 * @param index The token.
 */
function readToken(known: TokenFacts, index: number): void {
  if (known.classes[index] !== 0) return
  const token = known.tokens[index]!
  known.words[index] = hashRange(0, token.norm, 0, token.norm.length)
  known.classes[index] = classIndex(token)
}

/** How many features a candidate has. */
export const featuresPerCandidate = 31

/** The value of a part that does not apply. */
const none = 0xff_ff

/**
 * A bucket of a count: 0, 1, 2, 3, 4–6, 7–10, 11–20, more.
 *
 * @param value The count.
 * @returns The bucket.
 */
export function bucket(value: number): number {
  if (value <= 3) return value
  if (value <= 6) return 4
  if (value <= 10) return 5
  return value <= 20 ? 6 : 7
}

/**
 * Hash of the word of a token of a paragraph (`none` past an edge).
 *
 * @param known The paragraph's token facts.
 * @param index The token.
 * @returns The hash.
 */
function wordAt(known: TokenFacts, index: number): number {
  if (index < 0 || index >= known.words.length) return none
  readToken(known, index)
  return known.words[index]!
}

/**
 * The class number of a token of a paragraph (that of the edge, 0, past an edge).
 *
 * @param known The paragraph's token facts.
 * @param index The token.
 * @returns The number.
 */
function classAt(known: TokenFacts, index: number): number {
  if (index < 0 || index >= known.classes.length) return 0
  readToken(known, index)
  return known.classes[index]!
}

/**
 * The features of one candidate, written to `out` from `at`.
 *
 * @param facts What the draft's candidates share.
 * @param candidate The candidate.
 * @param rank Its place among the phrases before the cue, nearest first (-1 for the others).
 * @param out The buffer.
 * @param at Where to write.
 */
export function candidateFeatures(facts: DraftFacts, candidate: Candidate, rank: number, out: Uint32Array, at: number): void {
  // Nobody's features have templates of their own, from 65.
  const values = candidate.paragraph === -1 ? nobodyValues(facts, candidate.sources) : phraseValues(facts, candidate, rank)
  const base = candidate.paragraph === -1 ? 65 : 1
  for (let index = 0; index < featuresPerCandidate; index++) out[at + index] = mix(base + index, values[index] ?? none)
}

/**
 * The parts of nobody's features.
 *
 * @param facts What the draft's candidates share.
 * @param sources Where nobody comes from (the rules, or not).
 * @returns The parts.
 */
function nobodyValues(facts: DraftFacts, sources: number): number[] {
  const {site, cueWord, kind} = facts
  const known = tokenFacts(facts, site.paragraph.index)
  const before = classAt(known, site.start - 1)
  const beforeWord = wordAt(known, site.start - 1)
  return [
    sources,
    mix(sources, kind),
    cueWord,
    mix(cueWord, kind),
    beforeWord,
    before,
    mix(before, classAt(known, site.start - 2)),
    wordAt(known, site.end),
    mix(cueWord, beforeWord),
    mix(kind, classAt(known, site.end)),
    mix(facts.parent ? 1 : 0, sources)
  ]
}

/**
 * The parts of a phrase's features.
 *
 * @param facts What the draft's candidates share.
 * @param candidate The candidate.
 * @param rank Its place among the phrases before the cue, nearest first (-1 for the others).
 * @returns The parts.
 */
function phraseValues(facts: DraftFacts, candidate: Candidate, rank: number): number[] {
  const {site, draft, cueWord, kind} = facts
  const sources = candidate.sources
  const paragraph = facts.reading.paragraphs[candidate.paragraph]!
  const tokens = paragraph.tokens
  const known = tokenFacts(facts, candidate.paragraph)
  const first = tokens[candidate.start]!
  const last = tokens[candidate.end - 1]!
  const firstClass = classAt(known, candidate.start)
  const lastClass = classAt(known, candidate.end - 1)
  const previous = classAt(known, candidate.start - 1)
  const next = classAt(known, candidate.end)
  const previousWord = wordAt(known, candidate.start - 1)
  const nextWord = wordAt(known, candidate.end)
  const place = placeOf(site, candidate)
  const between = place === 1 ? betweenBefore(facts, candidate.end) : place === 2 ? betweenAfter(facts, candidate.start) : 0
  const distance = bucket(place === 1 ? site.start - candidate.end : place === 2 ? candidate.start - site.end : 0)
  const entity = entityOf(facts.mentions, {start: first.start, end: last.end})
  const inside = draft.content.start <= first.start && last.end <= draft.content.end ? 1 : 0
  const ranked = rank < 0 ? none : Math.min(rank, 3)
  return [
    sources,
    mix(sources, kind),
    mix(place, distance),
    mix(mix(place, distance), kind),
    wordAt(known, candidate.start),
    firstClass,
    wordAt(known, candidate.end - 1),
    lastClass,
    previousWord,
    previous,
    nextWord,
    next,
    mix(previous, firstClass),
    mix(lastClass, next),
    bucket(candidate.end - candidate.start),
    mix(place, between),
    mix(cueWord, place),
    mix(mix(cueWord, place), lastClass),
    entity,
    mix(entity, place),
    mix(inside, mix(place, paragraph.quoted[candidate.start] ? 1 : 0)),
    mix(place, ranked),
    mix(mix(place, ranked), between),
    mix(wordAt(tokenFacts(facts, site.paragraph.index), site.start - 1), place),
    mix(kind, mix(place, sources)),
    mix(place, overlapsRule(draft, first.start, last.end)),
    mix(previous, mix(place, kind)),
    mix(entity, mix(cueWord, place)),
    mix(previousWord, place),
    mix(nextWord, place),
    mix(nesting(facts.parent, first.start, last.end), mix(place, sources))
  ]
}

/**
 * Where a candidate stands against the quote the draft is nested in: 0 no
 * such quote, 1 inside its content, 2 outside it.
 *
 * @param parent The outer content, if any.
 * @param start The candidate's start.
 * @param end Its end.
 * @returns The place.
 */
export function nesting(parent: Span | undefined, start: number, end: number): number {
  if (!parent) return 0
  return parent.start <= start && end <= parent.end ? 1 : 2
}

/**
 * Where a candidate stands against the cue: 1 before it in its unit, 2
 * after it in its unit, 3 elsewhere in its paragraph, 4 in another paragraph.
 *
 * @param site The cue's site.
 * @param candidate The candidate.
 * @returns The place.
 */
export function placeOf(site: CueSite, candidate: Candidate): number {
  if (candidate.paragraph !== site.paragraph.index) return 4
  if (candidate.end <= site.start && candidate.start >= site.unitStart) return 1
  if (candidate.start >= site.end && candidate.end <= site.unitEnd) return 2
  return 3
}

/**
 * What one token between a candidate and the cue adds (commas are counted
 * apart): a quote mark, a clause word, another likely cue, a bracket, a
 * semicolon, a colon or a dash, as bits.
 *
 * @param site The cue's site.
 * @param index The token.
 * @returns The bits.
 */
function betweenBit(site: CueSite, index: number): number {
  const norm = site.paragraph.tokens[index]!.norm
  if (norm === '"') return 4
  if (clauseWords.has(norm)) return 8
  if (site.paragraph.cueScores[index]! >= 0.3) return 16
  return norm === '(' || norm === ';' || norm === ':' || norm === '\u2014' ? 32 : 0
}

/**
 * Whether a span overlaps the rules' speaker without being it: 0 no rule
 * speaker or no overlap, 1 the same, 2 an overlap.
 *
 * @param draft The draft.
 * @param start The span's start.
 * @param end Its end.
 * @returns The relation.
 */
export function overlapsRule(draft: Draft, start: number, end: number): number {
  const rule = draft.speaker
  if (!rule || rule.end <= start || end <= rule.start) return 0
  return rule.start === start && rule.end === end ? 1 : 2
}

