import {hashRange, mix} from '../3-entities/tagger/hash.js'
import type {Span} from '../types.js'
import type {Draft} from './draft.js'
import {Source, type Candidate, type CueSite} from './speaker-candidates.js'
import {entityOf} from './speaker-entities.js'
import {bucket, featuresPerCandidate, nesting, overlapsRule, placeOf, tokenFacts, type DraftFacts, type TokenFacts} from './speaker-features.js'
import {classIndex} from './token-classes.js'

/**
 * The speaker ranker's features (`speaker-features.ts`) as the runtime
 * computes them: the very same keys, faster. Each candidate's values are
 * written straight into the buffer (no array per candidate), then every
 * value of the draft is hashed with its template in one loop (one call of
 * `mix`, which the compiler inlines, where the plain version's thirty-one
 * were not) and cut to a key. The learner (`scripts/learn-speakers.ts`)
 * reads the plain version, whose source's hash the model holds, so the
 * small helpers below stand in both files; `test/fast-paths.test.ts` holds
 * the two equal, so a change to the features is made in both.
 */

/** The value of a part that does not apply. */
const none = 0xff_ff

/** Words that open a clause between a candidate and its cue. */
const clauseWords = new Set(['that', 'who', 'which', 'because', 'when', 'while', 'if', 'as', 'after', 'before', 'and', 'but', 'whom', 'where', 'since', 'although'])

/** The keys of the candidates of the last draft read, reused from draft to draft. */
let buffer = new Uint32Array(featuresPerCandidate * 64)

/**
 * The keys of every candidate of a draft, `featuresPerCandidate` each: the
 * plain features' hashes cut to `bits` bits (`candidateKeys` of
 * `speaker-model.ts`), in a buffer that the next call overwrites (it may be
 * longer than the draft needs).
 *
 * @param facts What the draft's candidates share (`draftFacts`).
 * @param candidates The candidates.
 * @param bits How many bits make a key.
 * @returns The keys.
 */
export function fastCandidateKeys(facts: DraftFacts, candidates: readonly Candidate[], bits: number): Uint32Array {
  if (buffer.length < candidates.length * featuresPerCandidate) buffer = new Uint32Array(candidates.length * featuresPerCandidate * 2)
  const out = buffer
  let rank = 0
  for (let index = 0; index < candidates.length; index++) {
    const candidate = candidates[index]!
    const at = index * featuresPerCandidate
    if (candidate.paragraph === -1) nobodyValues(facts, candidate.sources, out, at)
    else phraseValues(facts, candidate, (candidate.sources & Source.Before) === 0 ? -1 : rank++, out, at)
  }
  for (let index = 0; index < candidates.length; index++) {
    // Nobody's features have templates of their own, from 65.
    const base = candidates[index]!.paragraph === -1 ? 65 : 1
    const at = index * featuresPerCandidate
    for (let slot = 0; slot < featuresPerCandidate; slot++) out[at + slot] = mix(base + slot, out[at + slot]!) >>> (32 - bits)
  }
  return out
}

/**
 * Write the parts of nobody's features, and `none` for the rest.
 *
 * @param facts What the draft's candidates share.
 * @param sources Where nobody comes from (the rules, or not).
 * @param out The buffer.
 * @param at Where to write.
 */
function nobodyValues(facts: DraftFacts, sources: number, out: Uint32Array, at: number): void {
  const {site, cueWord, kind} = facts
  const known = tokenFacts(facts, site.paragraph.index)
  const before = classAt(known, site.start - 1)
  const beforeWord = wordAt(known, site.start - 1)
  let slot = at
  out[slot++] = sources
  out[slot++] = mix(sources, kind)
  out[slot++] = cueWord
  out[slot++] = mix(cueWord, kind)
  out[slot++] = beforeWord
  out[slot++] = before
  out[slot++] = mix(before, classAt(known, site.start - 2))
  out[slot++] = wordAt(known, site.end)
  out[slot++] = mix(cueWord, beforeWord)
  out[slot++] = mix(kind, classAt(known, site.end))
  out[slot++] = mix(facts.parent ? 1 : 0, sources)
  out.fill(none, slot, at + featuresPerCandidate)
}

/**
 * Write the parts of a phrase's features.
 *
 * @param facts What the draft's candidates share.
 * @param candidate The candidate.
 * @param rank Its place among the phrases before the cue, nearest first (-1 for the others).
 * @param out The buffer.
 * @param at Where to write.
 */
function phraseValues(facts: DraftFacts, candidate: Candidate, rank: number, out: Uint32Array, at: number): void {
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
  const placeDistance = mix(place, distance)
  const cuePlace = mix(cueWord, place)
  const placeRanked = mix(place, ranked)
  const placeSources = mix(place, sources)
  let slot = at
  out[slot++] = sources
  out[slot++] = mix(sources, kind)
  out[slot++] = placeDistance
  out[slot++] = mix(placeDistance, kind)
  out[slot++] = wordAt(known, candidate.start)
  out[slot++] = firstClass
  out[slot++] = wordAt(known, candidate.end - 1)
  out[slot++] = lastClass
  out[slot++] = previousWord
  out[slot++] = previous
  out[slot++] = nextWord
  out[slot++] = next
  out[slot++] = mix(previous, firstClass)
  out[slot++] = mix(lastClass, next)
  out[slot++] = bucket(candidate.end - candidate.start)
  out[slot++] = mix(place, between)
  out[slot++] = cuePlace
  out[slot++] = mix(cuePlace, lastClass)
  out[slot++] = entity
  out[slot++] = mix(entity, place)
  out[slot++] = mix(inside, mix(place, paragraph.quoted[candidate.start] ? 1 : 0))
  out[slot++] = placeRanked
  out[slot++] = mix(placeRanked, between)
  out[slot++] = mix(wordAt(tokenFacts(facts, site.paragraph.index), site.start - 1), place)
  out[slot++] = mix(kind, placeSources)
  out[slot++] = mix(place, overlapsRule(draft, first.start, last.end))
  out[slot++] = mix(previous, mix(place, kind))
  out[slot++] = mix(entity, cuePlace)
  out[slot++] = mix(previousWord, place)
  out[slot++] = mix(nextWord, place)
  out[slot] = mix(nesting(facts.parent, first.start, last.end), placeSources)
}

/** What stands between the cue and the tokens on one side of it (`Between` of `speaker-features.ts`). */
type Between = DraftFacts['before']

/**
 * What stands between a candidate that ends at `end` before the cue and the cue.
 *
 * @param facts What the draft's candidates share.
 * @param end One past the candidate's last token.
 * @returns The bits.
 */
function betweenBefore(facts: DraftFacts, end: number): number {
  const {site, before} = facts
  while (before.reached > end) readBetween(site, before, --before.reached, before.reached - site.unitStart)
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
  while (after.reached < start) readBetween(site, after, after.reached, ++after.reached - site.end)
  return after.bits[start - site.end]!
}

/**
 * Read one more token between the cue and the candidates on one side.
 *
 * @param site The cue's site.
 * @param side What is read so far on that side.
 * @param index The token.
 * @param cell Where its bits go.
 */
function readBetween(site: CueSite, side: Between, index: number, cell: number): void {
  const norm = site.paragraph.tokens[index]!.norm
  if (norm === ',') side.commas++
  else if (norm === '"') side.marks |= 4
  else if (clauseWords.has(norm)) side.marks |= 8
  else if (site.paragraph.cueScores[index]! >= 0.3) side.marks |= 16
  else if (norm === '(' || norm === ';' || norm === ':' || norm === '\u2014') side.marks |= 32
  side.bits[cell] = side.marks | Math.min(side.commas, 3)
}

/**
 * Hash of the word of a token of a paragraph (`none` past an edge), read once.
 *
 * @param known The paragraph's token facts.
 * @param index The token.
 * @returns The hash.
 */
function wordAt(known: TokenFacts, index: number): number {
  if (index < 0 || index >= known.words.length) return none
  if (known.classes[index] === 0) readToken(known, index)
  return known.words[index]!
}

/**
 * The class number of a token of a paragraph (that of the edge, 0, past an edge), read once.
 *
 * @param known The paragraph's token facts.
 * @param index The token.
 * @returns The number.
 */
function classAt(known: TokenFacts, index: number): number {
  if (index < 0 || index >= known.classes.length) return 0
  if (known.classes[index] === 0) readToken(known, index)
  return known.classes[index]!
}

/**
 * Read the hash and class of a token.
 *
 * @param known The paragraph's token facts.
 * @param index The token.
 */
function readToken(known: TokenFacts, index: number): void {
  const token = known.tokens[index]!
  known.words[index] = hashRange(0, token.norm, 0, token.norm.length)
  known.classes[index] = classIndex(token)
}

