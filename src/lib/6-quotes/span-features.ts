import {hashRange, mix} from '../3-entities/tagger/hash.js'
import {governed} from './features.js'
import type {QuoteParagraph} from './read-paragraphs.js'
import {classIndex} from './token-classes.js'
import type {Token} from './tokens.js'

/**
 * The features of the quote span model (`span-model.ts`), shared by its
 * learner (`scripts/learn-quote-spans.ts`) and the runtime so that both see
 * the same thing. Per token of a unit (a sentence): the word, its neighbours
 * and their classes, the cue model's
 * probability for it and its neighbours, how far and which way the nearest
 * candidate cue stands, the clause marker (`that`, `whether`, `to`, …) and
 * commas since that cue, whether it stands inside quote marks, and where in
 * the sentence it stands. Each feature is a 32-bit hash of its template and
 * parts: no string is built.
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

/** What a unit's features read, per token of the unit (index from its first token). */
export interface UnitFacts {
  /** Hash of the word's normal form. */
  word: Uint32Array
  /** Class number (`classIndex`). */
  group: Uint8Array
  /** Cue probability in tenths (0 for a word outside the cue lexicon), plus one for a lexicon word. */
  cue: Uint8Array
  /** What the rules made of the token (`ruleMarks`), 0 when not given. */
  rule: Uint8Array
  /** Whether the rules made anything of the unit. */
  covered: number
}

/**
 * Read what the features of a unit need, once per token.
 *
 * @param paragraph The paragraph, its cue probabilities filled in (`findCues`).
 * @param start The unit's first token.
 * @param end One past its last token.
 * @param marks What the rules made of each token of the paragraph (`ruleMarks` in `model-quotes.ts`).
 * @returns The facts.
 */
export function unitFacts(paragraph: QuoteParagraph, start: number, end: number, marks: Uint8Array): UnitFacts {
  const count = end - start
  const rule = marks.subarray(start, end)
  const facts: UnitFacts = {word: new Uint32Array(count), group: new Uint8Array(count), cue: new Uint8Array(count), rule, covered: rule.some((mark) => mark > 0) ? 1 : 0}
  const {tokens, cueScores} = paragraph
  for (let at = 0; at < count; at++) {
    const token = tokens[start + at]!
    facts.word[at] = hashRange(0, token.norm, 0, token.norm.length)
    facts.group[at] = classIndex(token)
    if (token.kind !== 'word') continue
    const probability = cueScores[start + at]!
    if (probability > 0) facts.cue[at] = 1 + Math.min(9, Math.floor(probability * 10))
  }
  return facts
}

/** A bucket of a distance in tokens: 1, 2, 3, 4–6, 7–10, 11–20, more. */
export function distanceBucket(distance: number): number {
  if (distance <= 3) return distance
  if (distance <= 6) return 4
  if (distance <= 10) return 5
  return distance <= 20 ? 6 : 7
}

/**
 * Per token of a unit, the nearest candidate cue before and after it (index
 * in the unit, -1 for none).
 *
 * @param facts The unit's facts.
 * @returns The two arrays.
 */
function nearestCandidates(facts: UnitFacts): {before: Int32Array; after: Int32Array} {
  const count = facts.cue.length
  const before = new Int32Array(count)
  const after = new Int32Array(count)
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
  return {before, after}
}

/** How many features each token has (a feature that does not apply is one of its own, `mix(template, none)`). */
export const featuresPerToken = 33

/** The value of a feature that does not apply. */
const none = 0xff_ff

/** The features of the last unit read, reused from unit to unit. */
let buffer = new Uint32Array(1024)

/**
 * The features of every token of a unit, as 32-bit hashes: `featuresPerToken`
 * per token, one token after the other, in a buffer that the next call
 * overwrites (it may be longer than the unit needs).
 *
 * @param tokens The paragraph's tokens.
 * @param quoted Per token, whether it stands inside double quote marks.
 * @param start The unit's first token.
 * @param facts The unit's facts (`unitFacts`).
 * @returns The hashes.
 */
export function spanFeatures(tokens: readonly Token[], quoted: readonly boolean[], start: number, facts: UnitFacts): Uint32Array {
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
    let slot = wordFeatures(padded, at, out, at * featuresPerToken)
    const cueBefore = before[at]!
    const cueAfter = after[at]!
    out[slot++] = mix(30, cueBefore < 0 ? 0 : distanceBucket(at - cueBefore) * 16 + facts.cue[cueBefore]!)
    out[slot++] = mix(31, cueAfter < 0 ? 0 : distanceBucket(cueAfter - at) * 16 + facts.cue[cueAfter]!)
    out[slot++] = mix(32, cueBefore < 0 ? 255 : marker * 4 + Math.min(commas, 3))
    out[slot++] = mix(35, quoted[start + at] ? facts.group[at]! : none)
    out[slot++] = mix(36, distanceBucket(at + 1))
    out[slot++] = mix(37, distanceBucket(count - at))
    const complement = token.kind === 'word' ? complementCode(tokens, start + at) : none
    out[slot++] = mix(38, facts.cue[at]! > 0 ? mix(facts.word[at]!, complement) : none)
    out[slot++] = mix(39, mix(complement, facts.cue[at]!))
    out[slot++] = mix(43, mix(complement, facts.group[at]! * 64 + (at > 0 ? facts.group[at - 1]! : 63)))
    ruleFeatures(facts, at, out, slot)
    const number = markers.get(token.norm)
    if (number) marker = number
    else if (token.norm === ',') commas++
  }
  return out
}

/** Codes of what a word governs (`governed`), by name. */
const complementCodes = new Map<string, number>()

/**
 * A number for what a word governs.
 *
 * @param tokens The paragraph's tokens.
 * @param index The word.
 * @returns The code.
 */
export function complementCode(tokens: readonly Token[], index: number): number {
  const name = governed(tokens, index)
  let code = complementCodes.get(name)
  if (code === undefined) complementCodes.set(name, (code = hashRange(0, name, 0, name.length)))
  return code
}

/** A unit's facts with two cells of padding at each end (words 1 before and 2 after the edges, classes 0, cues 0). */
interface PaddedFacts {
  word: Uint32Array
  group: Uint8Array
  cue: Uint8Array
}

/**
 * Pad a unit's facts so that neighbours past the edges read as edges.
 *
 * @param facts The facts.
 * @returns The padded facts.
 */
function padFacts(facts: UnitFacts): PaddedFacts {
  const count = facts.word.length
  const padded: PaddedFacts = {
    word: new Uint32Array(count + 4),
    group: new Uint8Array(count + 4),
    cue: new Uint8Array(count + 4)
  }
  padded.word.set(facts.word, 2)
  padded.word[0] = padded.word[1] = 1
  padded.word[count + 2] = padded.word[count + 3] = 2
  padded.group.set(facts.group, 2)
  padded.cue.set(facts.cue, 2)
  return padded
}

/**
 * Write the features of one token read from its word and its neighbours.
 *
 * @param facts The unit's padded facts.
 * @param at The token's index in the unit.
 * @param out The features.
 * @param slot Where the token's features start.
 * @returns Where the next feature goes.
 */
function wordFeatures(facts: PaddedFacts, at: number, out: Uint32Array, slot: number): number {
  const {word, group, cue} = facts
  const i = at + 2
  out[slot++] = mix(1, 0)
  out[slot++] = mix(2, word[i]!)
  out[slot++] = mix(3, word[i - 1]!)
  out[slot++] = mix(4, word[i + 1]!)
  out[slot++] = mix(5, word[i - 2]!)
  out[slot++] = mix(6, word[i + 2]!)
  out[slot++] = mix(11, group[i]!)
  out[slot++] = mix(12, group[i - 1]! * 64 + group[i]!)
  out[slot++] = mix(13, group[i]! * 64 + group[i + 1]!)
  out[slot++] = mix(14, group[i - 2]! * 64 + group[i - 1]!)
  out[slot++] = mix(15, group[i + 1]! * 64 + group[i + 2]!)
  out[slot++] = mix(17, cue[i]!)
  out[slot++] = mix(18, cue[i - 1]!)
  out[slot++] = mix(19, cue[i + 1]!)
  out[slot++] = mix(20, cue[i - 2]! * 16 + cue[i + 2]!)
  out[slot++] = mix(21, mix(word[i]!, group[i + 1]!))
  out[slot++] = mix(22, mix(word[i - 1]!, word[i]!))
  return slot
}

/**
 * Write the features of one token read from what the rules made of it and
 * its neighbours (`ruleMarks` in `model-quotes.ts`).
 *
 * @param facts The unit's facts.
 * @param at The token's index in the unit.
 * @param out The features.
 * @param slot Where they go.
 */
function ruleFeatures(facts: UnitFacts, at: number, out: Uint32Array, slot: number): void {
  const {rule, cue, group, covered} = facts
  out[slot++] = mix(50, rule[at]!)
  out[slot++] = mix(51, at > 0 ? rule[at - 1]! : 255)
  out[slot++] = mix(52, at + 1 < rule.length ? rule[at + 1]! : 255)
  out[slot++] = mix(53, rule[at]! * 16 + cue[at]!)
  out[slot++] = mix(54, covered)
  out[slot++] = mix(55, covered * 16 + cue[at]!)
  out[slot] = mix(56, rule[at]! * 64 + group[at]!)
}
