import {hashRange, mix} from '../3-entities/tagger/hash.js'
import {complementCode, distanceBucket, type UnitFacts} from './span-features.js'
import type {Token} from './tokens.js'

/**
 * The quote span model's features (`span-features.ts`) as the runtime
 * computes them: the very same hashes, faster. Each token's values are
 * written first and hashed with their templates in one loop (one call of
 * `mix`, which the compiler inlines, where the plain version's thirty-three
 * calls were not), and the work buffers are reused from unit to unit: about
 * 2.5 times as fast. The learner (`scripts/learn-quote-spans.ts`) reads the
 * plain version, whose source's hash the model holds;
 * `test/quotes-span-features.test.ts` holds the two equal, so a change to
 * the features is made in both.
 */

/** Lowest cue probability of a candidate cue, for the distance features. */
const candidateFloor = 0.05

/** Clause markers, by number. */
const markers = new Map([
  ['that', 1],
  ['whether', 2],
  ['if', 3],
  ['to', 4],
  ['how', 5],
  ['when', 6],
  ['what', 7],
  ['why', 8],
  ['about', 9],
  ['of', 10],
  ['for', 11]
])

/** Per token of the last unit read, the nearest candidate cue before and after it, reused from unit to unit. */
let nearest = {before: new Int32Array(256), after: new Int32Array(256)}

/**
 * Per token of a unit, the nearest candidate cue before and after it (index
 * in the unit, -1 for none), in buffers that the next call overwrites.
 *
 * @param facts The unit's facts.
 * @returns The two arrays.
 */
function nearestCandidates(facts: UnitFacts): {before: Int32Array; after: Int32Array} {
  const count = facts.cue.length
  if (nearest.before.length < count) nearest = {before: new Int32Array(count * 2), after: new Int32Array(count * 2)}
  const {before, after} = nearest
  const floor = 1 + Math.floor(candidateFloor * 10)
  let last = -1
  for (let at = 0; at < count; at++) {
    before[at] = last
    if (facts.cue[at]! >= floor) last = at
  }
  last = -1
  for (let at = count - 1; at >= 0; at--) {
    after[at] = last
    if (facts.cue[at]! >= floor) last = at
  }
  return nearest
}

/**
 * The templates of a token's features, in the order they are written: a
 * feature's hash is `mix(template, value)`.
 */
const templates = Uint32Array.of(1, 2, 3, 4, 5, 6, 11, 12, 13, 14, 15, 17, 18, 19, 20, 21, 22, 30, 31, 32, 35, 36, 37, 38, 39, 43, 50, 51, 52, 53, 54, 55, 56)

/** How many features each token has (`featuresPerToken` of `span-features.ts`). */
const featuresPerToken = templates.length

/** The value of a feature that does not apply. */
const none = 0xff_ff

/** The features of the last unit read, reused from unit to unit. */
let buffer = new Uint32Array(1024)

/**
 * The features of every token of a unit, as 32-bit hashes, the same as
 * `spanFeatures` gives: `featuresPerToken`
 * per token, one token after the other, in a buffer that the next call
 * overwrites (it may be longer than the unit needs). Each token's values are
 * written first, then hashed with their templates in one loop (one call of
 * `mix` that the compiler inlines, where thirty-three did not).
 *
 * @param tokens The paragraph's tokens.
 * @param quoted Per token, whether it stands inside double quote marks.
 * @param start The unit's first token.
 * @param facts The unit's facts (`unitFacts`).
 * @returns The hashes.
 */
export function fastSpanFeatures(tokens: readonly Token[], quoted: readonly boolean[], start: number, facts: UnitFacts): Uint32Array {
  const count = facts.word.length
  if (buffer.length < count * featuresPerToken) buffer = new Uint32Array(count * featuresPerToken * 2)
  const out = buffer
  const {before, after} = nearestCandidates(facts)
  const padded = padFacts(facts)
  let marker = 0
  let commas = 0
  for (let at = 0; at < count; at++) {
    if (at > 0 && before[at] === at - 1) {
      marker = 0
      commas = 0
    }
    const token = tokens[start + at]!
    let slot = wordValues(padded, at, out, at * featuresPerToken)
    const cueBefore = before[at]!
    const cueAfter = after[at]!
    out[slot++] = cueBefore < 0 ? 0 : distanceBucket(at - cueBefore) * 16 + facts.cue[cueBefore]!
    out[slot++] = cueAfter < 0 ? 0 : distanceBucket(cueAfter - at) * 16 + facts.cue[cueAfter]!
    out[slot++] = cueBefore < 0 ? 255 : marker * 4 + Math.min(commas, 3)
    out[slot++] = quoted[start + at] ? facts.group[at]! : none
    out[slot++] = distanceBucket(at + 1)
    out[slot++] = distanceBucket(count - at)
    const complement = token.kind === 'word' ? complementCode(tokens, start + at) : none
    out[slot++] = facts.cue[at]! > 0 ? mix(facts.word[at]!, complement) : none
    out[slot++] = mix(complement, facts.cue[at]!)
    out[slot++] = mix(complement, facts.group[at]! * 64 + (at > 0 ? facts.group[at - 1]! : 63))
    ruleValues(facts, at, out, slot)
    const number = markers.get(token.norm)
    if (number) marker = number
    else if (token.norm === ',') commas++
  }
  for (let at = 0; at < count; at++) {
    const base = at * featuresPerToken
    for (let index = 0; index < featuresPerToken; index++) out[base + index] = mix(templates[index]!, out[base + index]!)
  }
  return out
}

/** A unit's facts with two cells of padding at each end (words 1 before and 2 after the edges, classes 0, cues 0). */
interface PaddedFacts {
  word: Uint32Array
  group: Uint8Array
  cue: Uint8Array
}

/** The padded facts of the last unit read, reused from unit to unit. */
let padded: PaddedFacts = {word: new Uint32Array(256), group: new Uint8Array(256), cue: new Uint8Array(256)}

/**
 * Pad a unit's facts so that neighbours past the edges read as edges, in
 * buffers that the next call overwrites.
 *
 * @param facts The facts.
 * @returns The padded facts.
 */
function padFacts(facts: UnitFacts): PaddedFacts {
  const count = facts.word.length
  if (padded.word.length < count + 4) {
    const size = (count + 4) * 2
    padded = {word: new Uint32Array(size), group: new Uint8Array(size), cue: new Uint8Array(size)}
  }
  const {word, group, cue} = padded
  word.set(facts.word, 2)
  word[0] = word[1] = 1
  word[count + 2] = word[count + 3] = 2
  group.set(facts.group, 2)
  group[0] = group[1] = group[count + 2] = group[count + 3] = 0
  cue.set(facts.cue, 2)
  cue[0] = cue[1] = cue[count + 2] = cue[count + 3] = 0
  return padded
}

/**
 * Write the values of the features of one token read from its word and its
 * neighbours (templates 1 to 22).
 *
 * @param facts The unit's padded facts.
 * @param at The token's index in the unit.
 * @param out The values.
 * @param slot Where the token's values start.
 * @returns Where the next value goes.
 */
function wordValues(facts: PaddedFacts, at: number, out: Uint32Array, slot: number): number {
  const {word, group, cue} = facts
  const i = at + 2
  out[slot++] = 0
  out[slot++] = word[i]!
  out[slot++] = word[i - 1]!
  out[slot++] = word[i + 1]!
  out[slot++] = word[i - 2]!
  out[slot++] = word[i + 2]!
  out[slot++] = group[i]!
  out[slot++] = group[i - 1]! * 64 + group[i]!
  out[slot++] = group[i]! * 64 + group[i + 1]!
  out[slot++] = group[i - 2]! * 64 + group[i - 1]!
  out[slot++] = group[i + 1]! * 64 + group[i + 2]!
  out[slot++] = cue[i]!
  out[slot++] = cue[i - 1]!
  out[slot++] = cue[i + 1]!
  out[slot++] = cue[i - 2]! * 16 + cue[i + 2]!
  out[slot++] = mix(word[i]!, group[i + 1]!)
  out[slot++] = mix(word[i - 1]!, word[i]!)
  return slot
}

/**
 * Write the values of the features of one token read from what the rules
 * made of it and its neighbours (`ruleMarks` in `model-quotes.ts`; templates
 * 50 to 56).
 *
 * @param facts The unit's facts.
 * @param at The token's index in the unit.
 * @param out The values.
 * @param slot Where they go.
 */
function ruleValues(facts: UnitFacts, at: number, out: Uint32Array, slot: number): void {
  const {rule, cue, group, covered} = facts
  out[slot++] = rule[at]!
  out[slot++] = at > 0 ? rule[at - 1]! : 255
  out[slot++] = at + 1 < rule.length ? rule[at + 1]! : 255
  out[slot++] = rule[at]! * 16 + cue[at]!
  out[slot++] = covered
  out[slot++] = covered * 16 + cue[at]!
  out[slot] = rule[at]! * 64 + group[at]!
}
