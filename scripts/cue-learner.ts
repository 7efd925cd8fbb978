/**
 * Learning the cue lexicon and the cue model of the quotes stage from
 * PolNeAR documents, for `scripts/learn-cues.ts` (which writes
 * `src/data/cues.ts`) and `scripts/learn-overlaps.ts` (which learns the
 * overlap model on cue probabilities out of fold).
 *
 * 1. Every gold cue gets a head: its word with the highest precision as a
 *    cue word over the split (share of that word's occurrences inside cues).
 * 2. The candidate words are the heads seen at least `minHeads` times whose
 *    precision as a head is at least `minPrecision`, and the words that
 *    share a stem with one of them or with a head seen once whose precision
 *    is at least `minOncePrecision` (`sharesStem`), learned after the others
 *    with the others' model held (`fitStemWords`).
 * 3. A logistic regression over the features of `src/lib/6-quotes/features.ts`
 *    tells heads from other occurrences of candidate words (cue words that
 *    are not heads are left out of training).
 * 4. Features seen fewer than 30 times and weights under 0.08 are dropped,
 *    the rest rounded to two decimals, to keep the table small.
 * 5. Besides the model, from the same gold: the prepositions and particles
 *    that follow a head inside its cue often enough to belong to it
 *    (`according to`, `called on`, `pointed out`); the words
 *    that stand between a speaker and the head (`has`, `also`); the heads
 *    that mostly come without a speaker (`seems`, `expected`); the heads
 *    that, after a comma, mostly have the speaker after them (`…, said X`).
 */
import {cueFeatures, sharesStem, stem} from '../src/lib/6-quotes/features.js'
import type {CueData} from '../src/lib/6-quotes/cue-weights.js'
import {groupOf} from '../src/lib/6-quotes/token-classes.js'
import type {Token} from '../src/lib/6-quotes/tokens.js'
import {readParagraphs, type CorpusDoc, type ReadParagraph} from './quotes-corpus.js'
import {seededShuffler} from './seeded.js'

const minHeads = 2
const minPrecision = 0.03
const epochs = 12
const l2 = 1e-6
const keepWeight = 0.08
const minFeatureCount = 30
/** The least precision as a head of a head seen once whose stem is scored too. */
const minOncePrecision = 0.3
/** The least count of a feature of the words scored by their stem (`x`, `xs`, `w`). */
const minStemFeatureCount = 10
/** Words that may continue a cue head (`called on`, `pointed out`): prepositions and particles. */
const particles = new Set(['to', 'of', 'on', 'at', 'with', 'for', 'about', 'against', 'after', 'in', 'out', 'back', 'into', 'over', 'from', 'as', 'upon', 'up', 'by'])

interface Instance {
  features: number[]
  label: number
  doc: number
}

/** A corpus read for learning: its documents, paragraphs, cue masks and heads. */
export interface Reading {
  docs: CorpusDoc[]
  read: ReadParagraph[][]
  masks: Uint8Array[]
  heads: Array<Set<number>>
}

/** What is learned from a set of documents. */
export interface Model {
  candidates: Map<string, number>
  /** The stems of the candidates: a word sharing one is scored too (`sharesStem`). */
  stems: Set<string>
  /** The stems of heads seen once (beyond the lexicon's): a word sharing one is scored too. */
  extraStems: Set<string>
  weights: Float64Array
  featureNames: string[]
  featureCounts: Uint32Array
}

/**
 * Everything `src/data/cues.ts` holds, learned from some documents: the
 * model's kept weights, the lexicon and the lists learned beside it.
 *
 * @param reading The corpus.
 * @param chosen The documents to learn from.
 * @returns The data, in the form the runtime reads (`CueData`).
 */
export function learnCueData(reading: Reading, chosen: readonly number[]): CueData {
  const model = learn(reading, chosen)
  const kept: Array<[string, number]> = []
  for (const [id, weight] of model.weights.entries()) {
    const name = model.featureNames[id]!
    const rounded = Math.round(weight * 100) / 100
    if (rounded !== 0 || name === 'b' || name === 'x') kept.push([name, rounded])
  }
  kept.sort((a, b) => (a[0] < b[0] ? -1 : 1))
  return {
    cueWeights: kept.map(([name, weight]) => name + ' ' + weight).join('\n'),
    cueWords: [...model.candidates.keys()].sort().join(' '),
    cueStems: [...model.extraStems].sort().join(' '),
    cueExtensions: learnExtensions(reading, chosen).join('\n'),
    speakerlessCues: learnSpeakerless(reading, chosen).join(' '),
    invertingCues: learnInverting(reading, chosen).join(' '),
    speakerGapWords: learnGaps(reading, chosen).join(' ')
  }
}

/**
 * Read a split: paragraphs as the runtime reads them, a mask of the
 * characters inside gold cues, and per document the starts of the head
 * tokens (each gold cue's word of highest precision as a cue word).
 *
 * @param corpus The documents.
 * @returns The reading.
 */
export function readCorpus(corpus: CorpusDoc[]): Reading {
  const read = corpus.map((doc) => readParagraphs(doc.text))
  const occurrences = new Map<string, number>()
  const inCue = new Map<string, number>()
  const masks = corpus.map(function (doc, index) {
    const mask = new Uint8Array(doc.text.length)
    for (const quote of doc.quotes) {
      for (const [start, end] of quote.cue?.fragments ?? (quote.cue ? [[quote.cue.start, quote.cue.end]] : [])) {
        mask.fill(1, start, end)
      }
    }
    for (const paragraph of read[index]!) {
      for (const token of paragraph.tokens) {
        if (token.kind !== 'word') continue
        add(occurrences, token.norm)
        if (mask[token.start]) add(inCue, token.norm)
      }
    }
    return mask
  })
  const precisionOf = (word: string) => (inCue.get(word) ?? 0) / ((occurrences.get(word) ?? 0) + 2)
  const heads = corpus.map(function (doc, index) {
    const tokens = read[index]!.flatMap((paragraph) => paragraph.tokens)
    const starts = new Set<number>()
    for (const quote of doc.quotes) {
      if (!quote.cue) continue
      const fragments = quote.cue.fragments ?? [[quote.cue.start, quote.cue.end]]
      let best: Token | undefined
      for (const token of tokens) {
        if (token.kind !== 'word') continue
        if (!fragments.some(([start, end]) => token.start >= start && token.end <= end)) continue
        if (!best || precisionOf(token.norm) > precisionOf(best.norm)) best = token
      }
      if (best) starts.add(best.start)
    }
    return starts
  })
  return {docs: corpus, read, masks, heads}
}

/**
 * Learn the lexicon and the model from some documents.
 *
 * @param reading The corpus.
 * @param chosen The documents to learn from.
 * @returns The model.
 */
export function learn(reading: Reading, chosen: readonly number[]): Model {
  const occurrences = new Map<string, number>()
  const headCounts = new Map<string, number>()
  for (const index of chosen) {
    for (const paragraph of reading.read[index]!) {
      for (const token of paragraph.tokens) {
        if (token.kind !== 'word') continue
        add(occurrences, token.norm)
        if (reading.heads[index]!.has(token.start)) add(headCounts, token.norm)
      }
    }
  }
  const candidates = new Map<string, number>()
  for (const [word, heads] of headCounts) {
    const precision = heads / (occurrences.get(word) ?? heads)
    if (heads >= minHeads && precision >= minPrecision) candidates.set(word, precision)
  }
  const stems = new Set([...candidates.keys()].map(stem))
  // The stems of the heads seen once, when seen as a head in at least `minOncePrecision` of their occurrences.
  const extraStems = new Set<string>()
  for (const [word, heads] of headCounts) {
    const precision = heads / (occurrences.get(word) ?? heads)
    if (heads === 1 && precision >= minOncePrecision && word.length > 4 && !stems.has(stem(word))) extraStems.add(stem(word))
  }
  for (const extra of extraStems) stems.add(extra)

  const featureIds = new Map<string, number>()
  const featureNames: string[] = []
  const idOf = function (name: string): number {
    let id = featureIds.get(name)
    if (id === undefined) {
      id = featureNames.length
      featureIds.set(name, id)
      featureNames.push(name)
    }
    return id
  }
  const instances: Instance[] = []
  const stemInstances: Instance[] = []
  for (const index of chosen) {
    const mask = reading.masks[index]!
    const heads = reading.heads[index]!
    for (const paragraph of reading.read[index]!) {
      for (const [position, token] of paragraph.tokens.entries()) {
        if (token.kind !== 'word' || !isCandidate(token.norm, candidates, stems)) continue
        const head = heads.has(token.start)
        if (!head && mask[token.start]) continue
        const byStem = !candidates.has(token.norm)
        if (byStem) {
          stemInstances.push({features: cueFeatures(paragraph.tokens, position, paragraph.quoted, true).map(idOf), label: head ? 1 : 0, doc: index})
        } else {
          instances.push({features: cueFeatures(paragraph.tokens, position, paragraph.quoted).map(idOf), label: head ? 1 : 0, doc: index})
        }
      }
    }
  }
  const featureCounts = new Uint32Array(featureNames.length)
  for (const item of instances) for (const feature of item.features) featureCounts[feature]!++
  for (const item of instances) item.features = item.features.filter((feature) => featureCounts[feature]! >= minFeatureCount)
  const weights = fit(instances, featureNames.length)
  // What the runtime keeps: frequent features, weights not near zero, rounded.
  for (const [id, weight] of weights.entries()) {
    const keep = featureCounts[id]! >= minFeatureCount && (Math.abs(weight) >= keepWeight || featureNames[id] === 'b')
    weights[id] = keep ? Math.round(weight * 100) / 100 : 0
  }
  if (stemInstances.length > 0) fitStemWords(stemInstances, weights, featureNames, candidates)
  return {candidates, stems, extraStems, weights, featureNames, featureCounts}
}

/**
 * Learn the weights of the words scored by their stem, the model of the
 * lexicon's words held as it is: only the features that hang on such a
 * word alone (`x`, `xs`, its own `w`) move, so the lexicon's words score
 * as before and the new words ride on the same context weights.
 *
 * @param data The instances of the words scored by their stem.
 * @param weights The model's weights (kept and rounded), changed in place.
 * @param names The features' names.
 * @param candidates The lexicon.
 */
function fitStemWords(data: readonly Instance[], weights: Float64Array, names: readonly string[], candidates: ReadonlyMap<string, number>): void {
  const own = (id: number) => {
    const name = names[id]!
    return name === 'x' || name.startsWith('xs ') || (name.startsWith('w ') && !candidates.has(name.slice(2)))
  }
  const counts = new Map<number, number>()
  for (const item of data) for (const feature of item.features) if (own(feature)) counts.set(feature, (counts.get(feature) ?? 0) + 1)
  const fixed = data.map((item) => item.features.reduce((sum, feature) => (own(feature) ? sum : sum + (weights[feature] ?? 0)), 0))
  const learned = new Float64Array(weights.length)
  const owned = data.map((item) => item.features.filter((feature) => own(feature) && (counts.get(feature) ?? 0) >= minStemFeatureCount))
  const order = data.map((_, index) => index)
  const shuffle = seededShuffler(54321)
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffle(order)
    const rate = 0.2 / (1 + epoch)
    for (const index of order) {
      let sum = fixed[index]!
      for (const feature of owned[index]!) sum += learned[feature]!
      const gradient = data[index]!.label - 1 / (1 + Math.exp(-sum))
      for (const feature of owned[index]!) learned[feature] = learned[feature]! * (1 - rate * l2) + rate * gradient
    }
  }
  for (const [id, count] of counts) {
    const weight = learned[id]!
    weights[id] = count >= minStemFeatureCount && (Math.abs(weight) >= keepWeight || names[id] === 'x') ? Math.round(weight * 100) / 100 : 0
  }
}

/**
 * Whether a word is scored by the model: a word of the lexicon, or one that
 * shares its stem (as the runtime reads it: `isCueCandidate`).
 *
 * @param norm The word.
 * @param candidates The lexicon.
 * @param stems The lexicon's stems.
 * @returns `true` for a candidate.
 */
export function isCandidate(norm: string, candidates: ReadonlyMap<string, number>, stems: ReadonlySet<string>): boolean {
  return candidates.has(norm) || sharesStem(norm, stems)
}

/**
 * Fit a logistic regression by stochastic gradient descent, in a fixed
 * (seeded) order so that the output is the same on every run.
 *
 * @param data The instances.
 * @param size How many features there are.
 * @returns The weights.
 */
function fit(data: readonly Instance[], size: number): Float64Array {
  const w = new Float64Array(size)
  const order = data.map((_, index) => index)
  const shuffle = seededShuffler(12345)
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffle(order)
    const rate = 0.2 / (1 + epoch)
    for (const index of order) {
      const item = data[index]!
      const p = score(w, item.features)
      const gradient = item.label - p
      for (const feature of item.features) {
        w[feature] = w[feature]! * (1 - rate * l2) + rate * gradient
      }
    }
  }
  return w
}

/**
 * The probability the model gives an instance.
 *
 * @param w The weights.
 * @param features The instance's feature ids.
 * @returns A probability.
 */
function score(w: Float64Array, features: readonly number[]): number {
  let sum = 0
  for (const feature of features) sum += w[feature] ?? 0
  return 1 / (1 + Math.exp(-sum))
}

/**
 * Each gold cue's quote with the index of its head among the document's
 * tokens.
 *
 * @param reading The corpus.
 * @param index The document.
 * @returns The tokens and, per quote with a cue, the head's index.
 */
export function headsOf(reading: Reading, index: number): {tokens: Token[]; pairs: Array<{quote: CorpusDoc['quotes'][number]; head: number}>} {
  const tokens = reading.read[index]!.flatMap((paragraph) => paragraph.tokens)
  const heads = reading.heads[index]!
  const pairs: Array<{quote: CorpusDoc['quotes'][number]; head: number}> = []
  for (const quote of reading.docs[index]!.quotes) {
    if (!quote.cue) continue
    const head = tokens.findIndex((token) => heads.has(token.start) && token.start >= quote.cue!.start && token.end <= quote.cue!.end)
    if (head >= 0) pairs.push({quote, head})
  }
  return {tokens, pairs}
}

/**
 * Pairs `head next`, the next word a preposition or particle, where that
 * word belongs to the cue in at least 4 of the pair's occurrences after a
 * head and at least 60% of them (`called on`, `pointed out`, `according
 * to`).
 *
 * @param reading The corpus.
 * @param chosen The documents to learn from.
 * @returns `head next` pairs, sorted.
 */
export function learnExtensions(reading: Reading, chosen: readonly number[]): string[] {
  const seen = new Map<string, number>()
  const inside = new Map<string, number>()
  for (const index of chosen) {
    const mask = reading.masks[index]!
    for (const paragraph of reading.read[index]!) {
      for (const [position, token] of paragraph.tokens.entries()) {
        if (!reading.heads[index]!.has(token.start)) continue
        const next = paragraph.tokens[position + 1]
        if (!next || next.kind !== 'word') continue
        if (!particles.has(next.norm)) continue
        const key = token.norm + ' ' + next.norm
        add(seen, key)
        if (mask[next.start]) add(inside, key)
      }
    }
  }
  const pairs: string[] = []
  for (const [key, count] of inside) {
    if (count >= 4 && count / (seen.get(key) ?? count) >= 0.6) pairs.push(key)
  }
  return pairs.sort()
}

/**
 * Lower-case words found at least 15 times in the short gaps (one or two
 * words) between the end of a gold speaker and the head of its cue, when the
 * speaker comes first: `has`, `also`, `had`.
 *
 * @param reading The corpus.
 * @param chosen The documents to learn from.
 * @returns The words, sorted.
 */
export function learnGaps(reading: Reading, chosen: readonly number[]): string[] {
  const counts = new Map<string, number>()
  for (const index of chosen) {
    const {tokens, pairs} = headsOf(reading, index)
    for (const {quote, head} of pairs) {
      if (!quote.speaker || quote.speaker.end > tokens[head]!.start) continue
      let first = head
      while (first > 0 && tokens[first - 1]!.start >= quote.speaker.end) first--
      const gap = tokens.slice(first, head)
      if (gap.length === 0 || gap.length > 2 || gap.some((token) => token.kind !== 'word' || token.capital || ['DET', 'that'].includes(groupOf(token)))) continue
      for (const token of gap) add(counts, token.norm)
    }
  }
  return [...counts].filter(([, count]) => count >= 15).map(([word]) => word).sort()
}

/**
 * Heads seen at least 5 times whose gold quotes lack a speaker at least half
 * of the time.
 *
 * @param reading The corpus.
 * @param chosen The documents to learn from.
 * @returns The heads, sorted.
 */
export function learnSpeakerless(reading: Reading, chosen: readonly number[]): string[] {
  const total = new Map<string, number>()
  const none = new Map<string, number>()
  for (const index of chosen) {
    const {tokens, pairs} = headsOf(reading, index)
    for (const {quote, head} of pairs) {
      add(total, tokens[head]!.norm)
      if (!quote.speaker) add(none, tokens[head]!.norm)
    }
  }
  return [...total].filter(([word, count]) => count >= 5 && (none.get(word) ?? 0) / count >= 0.5).map(([word]) => word).sort()
}

/**
 * Heads seen at least 5 times right after a comma whose gold speaker then
 * follows the cue at least half of the time.
 *
 * @param reading The corpus.
 * @param chosen The documents to learn from.
 * @returns The heads, sorted.
 */
export function learnInverting(reading: Reading, chosen: readonly number[]): string[] {
  const total = new Map<string, number>()
  const after = new Map<string, number>()
  for (const index of chosen) {
    const {tokens, pairs} = headsOf(reading, index)
    const positions = new Map(tokens.map((token, position) => [token.start, position]))
    for (const {quote, head} of pairs) {
      if (!quote.speaker) continue
      const first = tokens.find((token) => token.start >= quote.cue!.start)
      const before = first ? tokens[positions.get(first.start)! - 1] : undefined
      if (!before || (before.norm !== ',' && before.norm !== '"')) continue
      add(total, tokens[head]!.norm)
      if (quote.speaker.start >= quote.cue!.end) add(after, tokens[head]!.norm)
    }
  }
  return [...total].filter(([word, count]) => count >= 5 && (after.get(word) ?? 0) / count >= 0.5).map(([word]) => word).sort()
}

/**
 * A template literal holding a string, with its backticks, backslashes and
 * dollar signs escaped.
 *
 * @param value The string.
 * @returns Source text.
 */
export function literal(value: string): string {
  return '`' + value.replace(/[`\\$]/g, (character) => '\\' + character) + '`'
}

/**
 * Add one to a count.
 *
 * @param map The counts.
 * @param key The key.
 */
function add(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1)
}
