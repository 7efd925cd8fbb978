/**
 * Learn the speaker ranker (`src/lib/6-quotes/speaker-model.ts`) from the
 * PolNeAR train split, read exactly as the runtime reads it (the layout,
 * text and entities stages, the quotes stage's drafts after the overlap
 * model), and write `src/data/speaker-model.ts`.
 *
 * Every draft whose content pairs with a gold quote (as `npm run eval`
 * pairs them) gives one example: its candidate speakers
 * (`speaker-candidates.ts`), each right when it agrees with the gold speaker
 * as the eval scores it (overlap, or both nobody). An averaged perceptron
 * ranks them (seeded shuffles, deterministic). The margin by which the best
 * candidate must beat the rules' choice is chosen by five-fold
 * cross-validation on train (folds by document): the margin that gains the
 * most right speakers over the held-out folds.
 *
 * ```sh
 * npx tsx scripts/learn-speakers.ts          # cross-validate the margin, learn on the split, write src/data/speaker-model.ts
 * npx tsx scripts/learn-speakers.ts --dev    # also report the gain on dev (nothing chosen on it)
 * ```
 */
import {readFileSync, writeFileSync} from 'node:fs'
import {gzipSync} from 'node:zlib'
import {fileURLToPath} from 'node:url'
import {hashRange} from '../src/lib/3-entities/tagger/hash.js'
import {tagMentions} from '../src/lib/3-entities/tagger/index.js'
import {draftQuotes} from '../src/lib/6-quotes/index.js'
import {settlePairs} from '../src/lib/6-quotes/settle-pairs.js'
import type {Candidate} from '../src/lib/6-quotes/speaker-candidates.js'
import {placeMentions} from '../src/lib/6-quotes/speaker-entities.js'
import {featuresPerCandidate, type TokenFacts} from '../src/lib/6-quotes/speaker-features.js'
import {candidateKeys, forEachRanked, speakerFeatureBits, speakerZero} from '../src/lib/6-quotes/speaker-model.js'
import {alphabet} from '../src/lib/6-quotes/span-packing.js'
import {writeGaps} from './gap-packing.js'
import {createState, runStages, stages} from '../src/lib/pipeline.js'
import type {Span} from '../src/lib/types.js'
import {scoreQuotes, speakerAgrees} from './eval/score-quotes.js'
import {loadPolnear, type CorpusDoc} from './quotes-corpus.js'
import {seededShuffler} from './seeded.js'
import {isMain} from './is-main.js'

/** Passes over the examples. */
const epochs = 8
/** Features seen fewer times are dropped. */
const minCount = Number(process.env.MIN_COUNT ?? 20)
/** Weights under this share of the largest are dropped. */
const pruneBelow = Number(process.env.PRUNE ?? 0.05)
/** Weights are rounded to this many steps either side of zero. */
const levels = Number(process.env.LEVELS ?? 16)
/** Margins tried in the cross-validation, in the units of the weights. */
const margins = [0, 0.25, 0.5, 0.75, 1, 1.5, 2, 3, 4, 6, 8, 12, 16]

/** One paired draft: its candidates' keys and which candidates are right. */
interface Example {
  doc: number
  keys: Uint32Array
  right: boolean[]
}

const keyCount = 1 << speakerFeatureBits

/**
 * The examples of a split.
 *
 * @param docs The documents.
 * @returns The examples, and how many paired drafts had no right candidate.
 */
function examplesOf(docs: readonly CorpusDoc[]): {examples: Example[]; paired: number; unreachable: number} {
  const examples: Example[] = []
  let paired = 0
  let unreachable = 0
  for (const [number, doc] of docs.entries()) {
    const state = {...createState(doc.text, undefined, tagMentions), windowSize: Number.POSITIVE_INFINITY}
    runStages(state, stages.slice(0, 3))
    const document = state.window!.document!
    const mentions = placeMentions(state.window!.entities ?? [])
    const words = new Map<number, TokenFacts>()
    const {reading, folded: drafted} = draftQuotes(document)
    const folded = settlePairs(document.input, reading, drafted)
    const predicted = folded.map(({draft}) => ({...draft.content, kind: draft.kind, speaker: draft.speaker, cue: draft.cue}))
    const goldOf = new Map<number, number>()
    for (const pair of scoreQuotes(doc.text, doc.quotes, predicted).pairs) goldOf.set(pair.predicted, pair.gold)
    forEachRanked(reading, folded, function (draft, site, candidates, parent, index) {
      const gold = goldOf.get(index)
      if (gold === undefined) return
      paired++
      const speaker = doc.quotes[gold]!.speaker
      const right = candidates.map((candidate) => speakerAgrees(speaker, spanOf(reading, candidate)))
      if (right.some(Boolean)) examples.push({doc: number, keys: Uint32Array.from(candidateKeys(reading, draft, candidates, site, mentions, parent, words)), right})
      else unreachable++
    })
  }
  return {examples, paired, unreachable}
}

/**
 * The span of a candidate.
 *
 * @param reading The paragraphs read.
 * @param candidate The candidate.
 * @returns Its span, or `undefined` for nobody.
 */
function spanOf(reading: ReturnType<typeof draftQuotes>['reading'], candidate: Candidate): Span | undefined {
  if (candidate.paragraph === -1) return undefined
  const tokens = reading.paragraphs[candidate.paragraph]!.tokens
  return {start: tokens[candidate.start]!.start, end: tokens[candidate.end - 1]!.end}
}

/**
 * The score of each candidate of an example.
 *
 * @param weights Weights per key.
 * @param example The example.
 * @returns The scores.
 */
function scoresOf(weights: Float64Array | Float32Array, example: Example): number[] {
  const scores: number[] = []
  for (let index = 0; index < example.right.length; index++) {
    let score = 0
    for (let at = index * featuresPerCandidate; at < (index + 1) * featuresPerCandidate; at++) score += weights[example.keys[at]!]!
    scores.push(score)
  }
  return scores
}

/**
 * Train the ranker: an averaged perceptron; on a mistake, the features of
 * the best-scored right candidate go up and those of the best-scored one
 * down.
 *
 * @param examples The examples.
 * @returns The averaged weights per key.
 */
function train(examples: readonly Example[]): Float64Array {
  const kept = keptKeys(examples)
  const weights = new Float64Array(keyCount)
  // Sums of the updates weighted by the step they came at, for the average.
  const stamped = new Float64Array(keyCount)
  const order = examples.map((_, index) => index)
  const shuffle = seededShuffler(20_261_206)
  let step = 1
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffle(order)
    for (const index of order) {
      const example = examples[index]!
      const scores = scoresOf(weights, example)
      let guess = 0
      let truth = -1
      for (let at = 0; at < scores.length; at++) {
        if (scores[at]! > scores[guess]!) guess = at
        if (example.right[at] && (truth === -1 || scores[at]! > scores[truth]!)) truth = at
      }
      if (!example.right[guess]) {
        update(weights, stamped, kept, example.keys, truth, 1, step)
        update(weights, stamped, kept, example.keys, guess, -1, step)
      }
      step++
    }
  }
  const averaged = new Float64Array(keyCount)
  for (let key = 0; key < keyCount; key++) averaged[key] = weights[key]! - stamped[key]! / step
  return averaged
}

/**
 * Which keys are learned: those seen at least `minCount` times.
 *
 * @param examples The examples.
 * @returns Per key, 1 when it is learned.
 */
function keptKeys(examples: readonly Example[]): Uint8Array {
  const counts = new Int32Array(keyCount)
  for (const example of examples) for (const key of example.keys) counts[key]!++
  return Uint8Array.from(counts, (count) => (count >= minCount ? 1 : 0))
}

/**
 * Add to the weights of one candidate's keys.
 *
 * @param weights The weights.
 * @param stamped The step-weighted sums of the updates.
 * @param kept Per key, whether it is learned (seen often enough).
 * @param keys The example's keys.
 * @param candidate The candidate.
 * @param amount What to add.
 * @param step The step.
 */
function update(weights: Float64Array, stamped: Float64Array, kept: Uint8Array, keys: Uint32Array, candidate: number, amount: number, step: number): void {
  for (let at = candidate * featuresPerCandidate; at < (candidate + 1) * featuresPerCandidate; at++) {
    if (!kept[keys[at]!]) continue
    weights[keys[at]!]! += amount
    stamped[keys[at]!]! += amount * step
  }
}

/**
 * The right speakers gained over the rules' choice at each margin.
 *
 * @param weights The weights.
 * @param examples The examples.
 * @returns Per margin of `margins`: right speakers gained, lost.
 */
function gains(weights: Float64Array | Float32Array, examples: readonly Example[]): Array<[number, number]> {
  const result = margins.map((): [number, number] => [0, 0])
  for (const example of examples) {
    const scores = scoresOf(weights, example)
    let best = 0
    for (let at = 1; at < scores.length; at++) if (scores[at]! > scores[best]!) best = at
    if (best === 0 || example.right[best] === example.right[0]) continue
    const lead = scores[best]! - scores[0]!
    for (const [index, margin] of margins.entries()) {
      if (lead <= margin) continue
      if (example.right[best]) result[index]![0]++
      else result[index]![1]++
    }
  }
  return result
}

/**
 * Choose the margin by five-fold cross-validation over documents.
 *
 * @param examples The examples.
 * @returns The margin, and the gains per margin summed over the folds.
 */
function chooseMargin(examples: readonly Example[]): {margin: number; table: Array<[number, number]>} {
  const table = margins.map((): [number, number] => [0, 0])
  for (let fold = 0; fold < 5; fold++) {
    const learned = examples.filter((example) => example.doc % 5 !== fold)
    const weights = train(learned)
    for (const [index, [gained, lost]] of gains(unpack(pack(weights, learned), weights, learned), examples.filter((example) => example.doc % 5 === fold)).entries()) {
      table[index]![0] += gained
      table[index]![1] += lost
    }
  }
  let best = margins.length - 1
  for (let index = 0; index < margins.length; index++) if (table[index]![0] - table[index]![1] > table[best]![0] - table[best]![1]) best = index
  return {margin: margins[best]!, table}
}

/**
 * Pack the weights: features seen at least `minCount` times, quantised;
 * zero steps dropped.
 *
 * @param weights The averaged weights.
 * @param examples The examples (for the feature counts).
 * @returns The packed fields, and how many features it keeps.
 */
function pack(weights: Float64Array, examples: readonly Example[]) {
  const counts = new Int32Array(keyCount)
  for (const example of examples) for (const key of example.keys) counts[key]!++
  let largest = 0
  for (let key = 0; key < keyCount; key++) if (counts[key]! >= minCount) largest = Math.max(largest, Math.abs(weights[key]!))
  const scale = Number((largest / levels).toPrecision(4))
  const keys: number[] = []
  let packed = ''
  for (let key = 0; key < keyCount; key++) {
    if (counts[key]! < minCount) continue
    const steps = stepsOf(weights[key]!, scale)
    if (steps === 0) continue
    keys.push(key)
    packed += alphabet.charAt(speakerZero + steps)
  }
  return {keys: writeGaps(keys), weights: packed, scale, count: keys.length}
}

/**
 * The weights as the runtime reads them back from the packed fields.
 *
 * @param packed The packed fields.
 * @param keys The keys kept, ascending.
 * @returns Weights per key.
 */
function unpack(packed: ReturnType<typeof pack>, weights: Float64Array, examples: readonly Example[]): Float32Array {
  const counts = new Int32Array(keyCount)
  for (const example of examples) for (const key of example.keys) counts[key]!++
  const result = new Float32Array(keyCount)
  for (let key = 0; key < keyCount; key++) {
    if (counts[key]! < minCount) continue
    result[key] = stepsOf(weights[key]!, packed.scale) * packed.scale
  }
  return result
}

/**
 * A weight in steps of the scale; 0 under `pruneBelow` of the largest.
 *
 * @param weight The weight.
 * @param scale What a step is worth.
 * @returns The steps.
 */
function stepsOf(weight: number, scale: number): number {
  if (Math.abs(weight) < pruneBelow * scale * levels) return 0
  return Math.max(-speakerZero, Math.min(levels, Math.round(weight / scale)))
}

/**
 * A hash of the source of the candidates and their features (entities included): the runtime's
 * must be the ones the model was learned with (checked by
 * `test/quotes-speaker-model.test.ts`).
 *
 * @returns The hash.
 */
export function speakerSourceHash(): number {
  let hash = 0
  for (const name of ['speaker-candidates.ts', 'speaker-entities.ts', 'speaker-features.ts']) {
    const text = readFileSync(fileURLToPath(new URL('../src/lib/6-quotes/' + name, import.meta.url)), 'utf8')
    hash = hashRange(hash, text, 0, text.length)
  }
  return hash
}

/**
 * Write the generated module.
 *
 * @param packed The packed model.
 * @param margin The margin.
 */
function write(packed: ReturnType<typeof pack>, margin: number): void {
  const file = fileURLToPath(new URL('../src/data/speaker-model.ts', import.meta.url))
  const text = `// Generated by scripts/learn-speakers.ts from PolNeAR train (../shared/corpora). Do not edit.
import type {PackedSpeakerModel} from '../lib/6-quotes/speaker-model.js'

/**
 * The speaker ranker's weights (see src/lib/6-quotes/speaker-model.ts): ${packed.count} features,
 * ${epochs} epochs of an averaged perceptron, features seen at least ${minCount} times, quantised;
 * the margin chosen by five-fold cross-validation on the split.
 */
export const speakerModel: PackedSpeakerModel = {
  features: ${speakerSourceHash()},
  keys: '${packed.keys}',
  weights: '${packed.weights}',
  scale: ${packed.scale},
  margin: ${margin}
}
`
  writeFileSync(file, text)
  console.log(`wrote ${file}: ${packed.count} features, ${text.length} bytes, ${gzipSync(text).length} gzipped`)
}

/**
 * A line of gains per margin.
 *
 * @param table Gains and losses per margin.
 * @returns The line.
 */
function describe(table: ReadonlyArray<readonly [number, number]>): string {
  return margins.map((margin, index) => `${margin}: +${table[index]![0]} -${table[index]![1]}`).join(', ')
}

/**
 * Learn the speaker ranker from PolNeAR train and write `src/data/speaker-model.ts`.
 */
function main(): void {
  const trainDocs = loadPolnear('train')
  if (!trainDocs) throw new Error('Cannot find PolNeAR train in the corpora folder')
  const read = examplesOf(trainDocs)
  const {examples} = read
  const ruleRight = examples.filter((example) => example.right[0]).length
  console.log(`train: ${read.paired} paired drafts, ${read.unreachable} with no right candidate, rules right on ${ruleRight}`)
  const {margin, table} = chooseMargin(examples)
  console.log('cross-validated gains per margin:', describe(table))
  console.log('margin', margin)
  const weights = train(examples)
  const packed = pack(weights, examples)
  const shipped = unpack(packed, weights, examples)
  console.log('train gains per margin (packed):', describe(gains(shipped, examples)))
  if (process.argv.includes('--dev')) {
    const devDocs = loadPolnear('dev')
    if (devDocs) {
      const dev = examplesOf(devDocs)
      console.log(`dev: ${dev.paired} paired drafts, ${dev.unreachable} with no right candidate`)
      console.log('dev gains per margin (packed):', describe(gains(shipped, dev.examples)))
    }
  }
  write(packed, margin)
}

if (isMain(import.meta.url)) main()
