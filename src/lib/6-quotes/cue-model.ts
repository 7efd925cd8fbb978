import {classCount, classIndex} from './token-classes.js'
import {governed, neighbours, sharesStem, startsAfter} from './features.js'
import {loadCueModel as load, shapeOf, wordWeights, type CueModel, type WordWeights} from './cue-weights.js'
import type {Token} from './tokens.js'

/**
 * Scoring with the learned cue model (unpacked by `cue-weights.ts`): from
 * tables by class number and maps keyed by the strings the tokens hold, so
 * that it builds no string.
 */

/**
 * Whether a token may be scored: a word whose shape a word of the lexicon
 * has, or a word longer than four letters (which may share a stem with one).
 * Cheap, so that the scoring passes over most tokens at once.
 *
 * @param token The token.
 * @returns `false` when it surely is not.
 */
export function mayHeadCue(token: Token): boolean {
  return token.kind === 'word' && (token.norm.length > 4 || load().byShape[shapeOf(token.norm)] !== undefined)
}

/**
 * The weights of a word of the lexicon.
 *
 * @param weights The model.
 * @param norm The word's normal form.
 * @returns Its weights, or `undefined` for a word outside the lexicon.
 */
function lexiconEntry(weights: CueModel, norm: string): WordWeights | undefined {
  const bucket = weights.byShape[shapeOf(norm)]
  if (bucket) for (const entry of bucket) if (entry.word === norm) return entry
  return undefined
}

/**
 * The weights of a word scored by the model: a word of the lexicon, or one
 * that shares a stem with one (`sharesStem`), whose weights are made once.
 * Only a few forms share each stem, so the words kept stay few.
 *
 * @param weights The model.
 * @param norm The word's normal form.
 * @returns Its weights, or `undefined` for a word that is not scored.
 */
function candidateEntry(weights: CueModel, norm: string): WordWeights | undefined {
  const entry = lexiconEntry(weights, norm) ?? weights.byStem.get(norm)
  if (entry || !sharesStem(norm, weights.stems)) return entry
  const made = wordWeights(weights.single, norm, true)
  weights.byStem.set(norm, made)
  return made
}

/**
 * Whether the model scores a word: a word of the lexicon, or one that
 * shares a stem with one.
 *
 * @param norm The word's normal form.
 * @returns `true` for a candidate.
 */
export function isCueCandidate(norm: string): boolean {
  const weights = load()
  return weights.words.has(norm) || sharesStem(norm, weights.stems)
}

/**
 * Whether a word can head a cue at all (it is in the learned lexicon).
 *
 * @param norm The word's normal form.
 * @returns `true` for a candidate.
 */
export function isCueWord(norm: string): boolean {
  return load().words.has(norm)
}

/**
 * How likely the model finds that token `index` heads a reporting cue: the
 * features of `visitCueFeatures` (`features.ts`), weighed and added in the
 * order it visits them, so that the sum is the same to the last bit.
 *
 * @param tokens The paragraph's tokens.
 * @param index The token.
 * @param quoted Per token, whether it stands inside double quote marks.
 * @returns A probability; `0` for words that are not candidates.
 */
export function cueProbability(tokens: readonly Token[], index: number, quoted: readonly boolean[]): number {
  const token = tokens[index]
  if (!token || token.kind !== 'word') return 0
  const weights = load()
  const norm = token.norm
  const word = candidateEntry(weights, norm)
  if (!word) return 0
  const {p1, p1w, p2w, n1w, n2w, p1c, p2c, n1c, n2c} = neighbours(tokens, index, classIndex)
  const {flags} = weights

  let sum = word.head
  sum += weights.p1.get(p1w) ?? 0
  sum += weights.n1.get(n1w) ?? 0
  sum += weights.p2.get(p2w) ?? 0
  sum += weights.n2.get(n2w) ?? 0
  sum += weights.p1c[p1c]!
  sum += weights.n1c[n1c]!
  sum += weights.p2c[p2c]!
  sum += weights.n2c[n2c]!
  sum += weights.n12c[n1c * classCount + n2c]!
  sum += weights.p21c[p2c * classCount + p1c]!
  if (word.wn1c) sum += word.wn1c[n1c]!
  if (word.p1cw) sum += word.p1cw[p1c]!
  if (word.wn1) sum += word.wn1.get(n1w) ?? 0
  if (word.p1w) sum += word.p1w.get(p1w) ?? 0
  if (word.pwn) sum += word.pwn[p1c * classCount + n1c]!
  if (word.wnn) sum += word.wnn[n1c * classCount + n2c]!
  if (word.ppw) sum += word.ppw[p2c * classCount + p1c]!
  sum += weights.pn[p1c * classCount + n1c]!
  sum += word.suffix
  if (quoted[index]) {
    sum += flags.quoted
    sum += word.quoted
  }
  // What stands a few tokens away: a `that`, a quote mark, a sentence end.
  for (let offset = 1; offset <= 4; offset++) {
    const after = tokens[index + offset]
    if (!after) break
    const norm = after.norm
    if (norm === 'that') sum += flags.thatAfter
    if (norm === '"') sum += flags.markAfter
    if (norm === '.' || norm === '?' || norm === '!') {
      sum += weights.stopAfter[offset]!
      break
    }
  }
  for (let offset = 1; offset <= 6; offset++) {
    const before = tokens[index - offset]
    if (!before) break
    const norm = before.norm
    if (norm === '"') sum += flags.markBefore
    if (norm === ',') sum += flags.commaBefore
    if (norm === '.' || norm === '?' || norm === '!') {
      sum += weights.stopBefore[offset]!
      break
    }
  }
  const start = startsAfter(p1)
  if (token.capital && !start) sum += flags.capital
  if (start) sum += flags.sentenceStart
  const complement = governed(tokens, index)
  sum += weights.g.get(complement) ?? 0
  return 1 / (1 + Math.exp(-sum))
}

/**
 * Whether `next` continues a cue headed by `head` (`according` → `to`).
 *
 * @param head The head's normal form.
 * @param next The next word's normal form.
 * @returns `true` when the corpus mostly writes them as one cue.
 */
export function extendsCue(head: string, next: string): boolean {
  return load().extensions.get(head)?.has(next) ?? false
}

/**
 * Whether a word may stand between a speaker and the cue head (`has`, `also`).
 *
 * @param norm The word's normal form.
 * @returns `true` for such a word.
 */
export function isGapWord(norm: string): boolean {
  return load().gaps.has(norm)
}

/**
 * Whether a cue head mostly comes without a speaker (`seems`, `expected`).
 *
 * @param norm The head's normal form.
 * @returns `true` for such a head.
 */
export function isSpeakerless(norm: string): boolean {
  return load().speakerless.has(norm)
}

/**
 * Whether a cue head, after a comma, mostly has its speaker after it
 * (`…, said Jane Roe`).
 *
 * @param norm The head's normal form.
 * @returns `true` for such a head.
 */
export function isInverting(norm: string): boolean {
  return load().inverting.has(norm)
}
