import {speakerModel} from '../../data/speaker-model.js'
import type {Entity, Span} from '../types.js'
import type {Draft} from './draft.js'
import type {QuoteReading} from './read-paragraphs.js'
import type {FoldedDraft} from './fold-overlaps.js'
import {cueSite, speakerCandidates, type Candidate, type CueSite} from './speaker-candidates.js'
import {placeMentions, type PlacedMention} from './speaker-entities.js'
import {candidateFeatures, draftFacts, featuresPerCandidate, type TokenFacts} from './speaker-features.js'
import {fastCandidateKeys} from './speaker-features-fast.js'
import {Source} from './speaker-candidates.js'
import {buildKeyTable, rowOf, type KeyTable} from './key-table.js'
import {alphabetCodes, readGaps} from './span-packing.js'

/**
 * The speaker ranker: a linear model over the candidate speakers of each
 * draft (`speaker-candidates.ts`, features in `speaker-features.ts`),
 * learned by `scripts/learn-speakers.ts` from PolNeAR train (weights in
 * `src/data/speaker-model.ts`). Its choice replaces the rules' speaker only
 * when it scores higher than the rules' choice by more than the learned
 * margin.
 */

/** The packed model, as the generated module holds it. */
export interface PackedSpeakerModel {
  /** Hash of the source of the candidates and features it was learned with. */
  features: number
  /** Gaps between the sorted feature keys (see `span-packing.ts`). */
  keys: string
  /** Per key, its weight, a character of `alphabet` (its place less `speakerZero`, times `scale`). */
  weights: string
  /** What one step of a packed weight is worth. */
  scale: number
  /** How much more than the rules' choice the best candidate must score to replace it. */
  margin: number
}

/** A decoded model: its feature keys in a table of their rows (`key-table.ts`), and per row, its weight. */
export interface SpeakerModel extends KeyTable {
  weights: Float32Array
  margin: number
}

/** How many bits of a feature hash make its key. */
export const speakerFeatureBits = 16

/** The character place of a zero weight. */
export const speakerZero = 44

let model: SpeakerModel | undefined

/**
 * The shipped model, decoded on first use.
 *
 * @returns The model.
 */
export function loadSpeakerModel(): SpeakerModel {
  if (model) return model
  const keys = readGaps(speakerModel.keys)
  const weights = new Float32Array(keys.length)
  const digits = alphabetCodes()
  for (let row = 0; row < keys.length; row++) weights[row] = (digits[speakerModel.weights.charCodeAt(row) & 127]! - speakerZero) * speakerModel.scale
  model = {...buildKeyTable(keys), weights, margin: speakerModel.margin}
  return model
}

/** The features of the candidates of the last draft read, reused from draft to draft. */
let buffer = new Uint32Array(featuresPerCandidate * 64)

/**
 * The features of every candidate of a draft, `featuresPerCandidate` each,
 * as keys of `speakerFeatureBits` bits, in a buffer the next call reuses:
 * the plain features, as the learner reads them (the ranker reads the same
 * keys from `fastCandidateKeys`).
 *
 * @param reading The paragraphs read.
 * @param draft The draft.
 * @param candidates Its candidates.
 * @param site Where its cue stands.
 * @param mentions The mentions by start.
 * @param parent The content of the quote the draft is nested in, if any.
 * @param words Word hashes and classes per paragraph, shared by the drafts of a document.
 * @returns The keys.
 */
export function candidateKeys(
  reading: QuoteReading,
  draft: Draft,
  candidates: readonly Candidate[],
  site: CueSite,
  mentions: readonly PlacedMention[],
  parent: Span | undefined,
  words: Map<number, TokenFacts>
): Uint32Array {
  const size = candidates.length * featuresPerCandidate
  if (buffer.length < size) buffer = new Uint32Array(size * 2)
  const facts = draftFacts(reading, draft, site, mentions, parent, words)
  let rank = 0
  for (const [index, candidate] of candidates.entries()) {
    const before = (candidate.sources & Source.Before) !== 0
    candidateFeatures(facts, candidate, before ? rank : -1, buffer, index * featuresPerCandidate)
    if (before) rank++
  }
  const keys = buffer.subarray(0, size)
  for (let index = 0; index < size; index++) keys[index] = keys[index]! >>> (32 - speakerFeatureBits)
  return keys
}

/** Ranks the speakers of a document's drafts, in place (`rankSpeakers`). */
export type SpeakerRanker = (reading: QuoteReading, folded: readonly FoldedDraft[], entities: readonly Entity[]) => void

/**
 * Let the ranker choose the speaker of each draft, in place: the best
 * candidate replaces the rules' choice when it scores higher by more than
 * the margin.
 *
 * @param reading The paragraphs read.
 * @param folded The drafts, in text order, with their parents.
 * @param entities The entities, for the candidates' entity features.
 */
export function rankSpeakers(reading: QuoteReading, folded: readonly FoldedDraft[], entities: readonly Entity[]): void {
  const model = loadSpeakerModel()
  const mentions = placeMentions(entities)
  const words = new Map<number, TokenFacts>()
  forEachRanked(reading, folded, function (draft, site, candidates, parent) {
    const facts = draftFacts(reading, draft, site, mentions, parent, words)
    const best = bestCandidate(model, fastCandidateKeys(facts, candidates, speakerFeatureBits), candidates.length)
    if (best > 0) setSpeaker(reading, draft, candidates[best]!)
  })
}

/**
 * Visit the drafts the ranker reads, with their candidates (the learner
 * reads them the same way).
 *
 * @param reading The paragraphs read.
 * @param folded The drafts, in text order, with their parents.
 * @param visit What to do with a draft, where its cue stands, its candidates, the content of the quote it is nested in and its index.
 */
export function forEachRanked(
  reading: QuoteReading,
  folded: readonly FoldedDraft[],
  visit: (draft: Draft, site: CueSite, candidates: Candidate[], parent: Span | undefined, index: number) => void
): void {
  // The speaker the rules gave the last draft before that has one.
  let previous: Draft['speakerTokens']
  for (const [index, {draft, parent}] of folded.entries()) {
    const rule = draft.speakerTokens
    const site = cueSite(reading, draft)
    if (site && !(parent && ownSubject(site, rule))) visit(draft, site, speakerCandidates(reading, draft, site, previous), parent?.content, index)
    if (rule) previous = rule
  }
}

/**
 * Whether the rules' speaker is the subject right before the cue, with at
 * most two words between (`the unions had warned`): a report nested in
 * another quote keeps such a speaker (on PolNeAR train, cross-validated,
 * the ranker's choice there loses as many speakers as it gains).
 *
 * @param site Where the cue stands.
 * @param rule The rules' speaker, if any.
 * @returns `true` for such a speaker.
 */
function ownSubject(site: CueSite, rule: Draft['speakerTokens']): boolean {
  if (!rule || rule.paragraph !== site.paragraph.index || rule.range.end > site.start || site.start - rule.range.end > 2) return false
  for (let index = rule.range.end; index < site.start; index++) if (site.paragraph.tokens[index]!.kind !== 'word') return false
  return true
}

/**
 * The index of the candidate to take: the best one when it beats the first
 * (the rules' choice) by more than the model's margin, else 0. A key the
 * model does not have weighs nothing.
 *
 * @param model The model.
 * @param keys The candidates' keys, `featuresPerCandidate` each.
 * @param count How many candidates.
 * @returns The index.
 */
export function bestCandidate(model: SpeakerModel, keys: Uint32Array, count: number): number {
  const {weights, margin} = model
  let best = 0
  let bestScore = -Infinity
  let ruleScore = 0
  for (let index = 0; index < count; index++) {
    let score = 0
    for (let at = index * featuresPerCandidate; at < (index + 1) * featuresPerCandidate; at++) {
      const row = rowOf(model, keys[at]!)
      if (row !== -1) score += weights[row]!
    }
    if (index === 0) ruleScore = score
    if (score > bestScore) {
      best = index
      bestScore = score
    }
  }
  return bestScore - ruleScore > margin ? best : 0
}

/**
 * Give a draft a candidate as its speaker (nobody included).
 *
 * @param reading The paragraphs read.
 * @param draft The draft.
 * @param candidate The candidate.
 */
function setSpeaker(reading: QuoteReading, draft: Draft, candidate: Candidate): void {
  if (candidate.paragraph === -1) {
    delete draft.speaker
    delete draft.speakerTokens
    return
  }
  const tokens = reading.paragraphs[candidate.paragraph]!.tokens
  draft.speaker = {start: tokens[candidate.start]!.start, end: tokens[candidate.end - 1]!.end}
  draft.speakerTokens = {paragraph: candidate.paragraph, range: {start: candidate.start, end: candidate.end}}
}
