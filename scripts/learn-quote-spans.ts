/**
 * Learn the quote span model (`src/lib/6-quotes/span-model.ts`): an averaged
 * perceptron over BIO labels of cue and content per token, decoded with
 * Viterbi, over the features of `span-features.ts`, from the PolNeAR train
 * split read exactly as the runtime reads it (the layout and text stages,
 * the quotes stage's reading, and the rules' drafts whose marks the
 * features read), every unit (sentence) of four tokens or more.
 * Deterministic: the same split gives the same file.
 *
 *   npx tsx scripts/learn-quote-spans.ts            # write src/data/quote-model.ts
 *   npx tsx scripts/learn-quote-spans.ts --holdout  # learn on 4/5 of train (every fifth document held out), write, report on the rest
 */
import {readFileSync, writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {hashRange} from '../src/lib/3-entities/tagger/hash.js'
import {alphabet} from '../src/lib/6-quotes/span-packing.js'
import {writeGaps} from './gap-packing.js'
import {ruleDrafts} from '../src/lib/6-quotes/index.js'
import {ruleMarks} from '../src/lib/6-quotes/model-quotes.js'
import {readParagraphs, type QuoteParagraph} from '../src/lib/6-quotes/read-paragraphs.js'
import {featuresPerToken, spanFeatures, unitFacts} from '../src/lib/6-quotes/span-features.js'
import {allowed, SpanLabel, spanFeatureBits, spanLabelCount, viterbi, zeroPlace} from '../src/lib/6-quotes/span-model.js'
import {readDocument} from '../src/lib/pipeline.js'
import {loadPolnear, type CorpusDoc} from './quotes-corpus.js'
import {seededRandom} from './seeded.js'
import {isMain} from './is-main.js'

/** Settings of the learning. */
const epochs = 6
/** Features seen fewer times are dropped. */
const minCount = 5
/** Features whose weights are all under this (in absolute value) are dropped. */
const pruneBelow = 25
/** Weights are rounded to this many steps either side of zero. */
const levels = 16

/** One unit: its feature keys per token and its gold labels. */
interface Example {
  features: Int32Array
  offsets: Int32Array
  gold: Uint8Array
}

const keyCount = 1 << spanFeatureBits

/**
 * Label the tokens of a unit from the gold attributions: cue tokens, then content tokens.
 *
 * @param paragraph The paragraph.
 * @param start The unit's first token.
 * @param end One past its last token.
 * @param doc The document.
 * @returns The labels.
 */
function goldLabels(paragraph: QuoteParagraph, start: number, end: number, doc: CorpusDoc): Uint8Array {
  const labels = new Uint8Array(end - start)
  const owner = new Int32Array(end - start).fill(-1)
  const from = paragraph.tokens[start]!.start
  const to = paragraph.tokens[end - 1]!.end
  doc.quotes.forEach(function (quote, number) {
    if (quote.end <= from || quote.start >= to) {
      if (!quote.cue || quote.cue.end <= from || quote.cue.start >= to) return
    }
    const parts: Array<[Array<[number, number]>, SpanLabel]> = [[quote.fragments, SpanLabel.BeginContent]]
    if (quote.cue) parts.push([quote.cue.fragments ?? [[quote.cue.start, quote.cue.end]], SpanLabel.BeginCue])
    for (const [fragments, begin] of parts) {
      for (let at = start; at < end; at++) {
        const token = paragraph.tokens[at]!
        if (!fragments.some(([a, b]) => token.start >= a && token.end <= b)) continue
        if (labels[at - start] === SpanLabel.BeginCue || labels[at - start] === SpanLabel.InCue) continue
        labels[at - start] = begin
        owner[at - start] = number * 4 + begin
      }
    }
  })
  for (let at = 1; at < labels.length; at++) {
    const label = labels[at]!
    if (label === SpanLabel.O || owner[at] !== owner[at - 1]) continue
    if (label === SpanLabel.BeginCue || label === SpanLabel.BeginContent) labels[at] = label + 1
  }
  return labels
}

/**
 * The examples of a set of documents: every unit of four tokens or more,
 * with the marks of the rules' drafts.
 *
 * @param docs The documents.
 * @returns The examples.
 */
function examplesOf(docs: readonly CorpusDoc[]): Example[] {
  const examples: Example[] = []
  for (const doc of docs) {
    const {document} = readDocument(doc.text)
    const reading = readParagraphs(document)
    const marks = ruleMarks(reading, ruleDrafts(doc.text, reading))
    for (const paragraph of reading.paragraphs) {
      for (const unit of paragraph.units) {
        if (unit.end - unit.start < 4) continue
        const facts = unitFacts(paragraph, unit.start, unit.end, marks[paragraph.index]!)
        const hashes = spanFeatures(paragraph.tokens, paragraph.quoted, unit.start, facts)
        const offsets = Int32Array.from({length: unit.end - unit.start + 1}, (_, at) => at * featuresPerToken)
        examples.push({features: Int32Array.from(hashes, (hash) => hash >>> (32 - spanFeatureBits)), offsets, gold: goldLabels(paragraph, unit.start, unit.end, doc)})
      }
    }
  }
  return examples
}

/** A perceptron's weights with their running sums for averaging. */
interface Perceptron {
  feature: Float64Array
  featureSum: Float64Array
  transition: Float64Array
  transitionSum: Float64Array
  time: number
}

/** Emission scores of an example. */
function emissionOf(weights: Float64Array, example: Example): Float64Array {
  const count = example.gold.length
  const emission = new Float64Array(count * spanLabelCount)
  for (let at = 0; at < count; at++) {
    for (let f = example.offsets[at]!; f < example.offsets[at + 1]!; f++) {
      const base = example.features[f]! * spanLabelCount
      for (let label = 0; label < spanLabelCount; label++) emission[at * spanLabelCount + label]! += weights[base + label]!
    }
  }
  return emission
}

/** The transitions with what BIO forbids at -Infinity: pairs and first labels. */
function constrained(transition: Float64Array): {pair: Float64Array; first: Float64Array} {
  const pair = new Float64Array(spanLabelCount * spanLabelCount)
  const first = new Float64Array(spanLabelCount)
  for (let a = 0; a < spanLabelCount; a++) {
    for (let b = 0; b < spanLabelCount; b++) pair[a * spanLabelCount + b] = allowed(a, b) ? transition[a * spanLabelCount + b]! : -Infinity
  }
  for (let b = 0; b < spanLabelCount; b++) first[b] = allowed(-1, b) ? transition[spanLabelCount * spanLabelCount + b]! : -Infinity
  return {pair, first}
}

/** Move a weight and its running sum. */
function bump(weights: Float64Array, sums: Float64Array, index: number, delta: number, time: number): void {
  weights[index]! += delta
  sums[index]! += delta * time
}

/** Learn from one example. */
function learn(model: Perceptron, example: Example): void {
  const {pair, first} = constrained(model.transition)
  const predicted = viterbi(pair, first, emissionOf(model.feature, example), example.gold.length)
  const {gold} = example
  for (let at = 0; at < gold.length; at++) {
    const g = gold[at]!
    const p = predicted[at]!
    if (g !== p) {
      for (let f = example.offsets[at]!; f < example.offsets[at + 1]!; f++) {
        const base = example.features[f]! * spanLabelCount
        bump(model.feature, model.featureSum, base + g, 1, model.time)
        bump(model.feature, model.featureSum, base + p, -1, model.time)
      }
    }
    const gi = at === 0 ? spanLabelCount * spanLabelCount + g : gold[at - 1]! * spanLabelCount + g
    const pi = at === 0 ? spanLabelCount * spanLabelCount + p : predicted[at - 1]! * spanLabelCount + p
    if (gi !== pi) {
      bump(model.transition, model.transitionSum, gi, 1, model.time)
      bump(model.transition, model.transitionSum, pi, -1, model.time)
    }
  }
  model.time++
}

/**
 * Train the averaged perceptron.
 *
 * @param examples The examples.
 * @returns The averaged feature and transition weights.
 */
function train(examples: Example[]): {feature: Float64Array; transition: Float64Array} {
  const model: Perceptron = {
    feature: new Float64Array(keyCount * spanLabelCount),
    featureSum: new Float64Array(keyCount * spanLabelCount),
    transition: new Float64Array(spanLabelCount * (spanLabelCount + 1)),
    transitionSum: new Float64Array(spanLabelCount * (spanLabelCount + 1)),
    time: 1
  }
  const order = examples.map((_, index) => index)
  const next = seededRandom(12)
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let index = order.length - 1; index > 0; index--) {
      const other = Math.floor(next() * (index + 1))
      ;[order[index], order[other]] = [order[other]!, order[index]!]
    }
    for (const index of order) learn(model, examples[index]!)
  }
  const average = (weights: Float64Array, sums: Float64Array) => weights.map((weight, index) => weight - sums[index]! / model.time)
  return {feature: average(model.feature, model.featureSum), transition: average(model.transition, model.transitionSum)}
}

/**
 * Pack the weights: features seen at least `minCount` times, weights under
 * `pruneBelow` dropped, the rest quantised.
 *
 * @param learned The averaged weights.
 * @param examples The examples (for the feature counts).
 * @returns The packed model's fields, and how many features it keeps.
 */
function pack(learned: {feature: Float64Array; transition: Float64Array}, examples: Example[]) {
  const counts = new Int32Array(keyCount)
  for (const example of examples) for (const key of example.features) counts[key]!++
  let largest = 0
  for (const weight of learned.feature) largest = Math.max(largest, Math.abs(weight))
  const scale = Number((largest / levels).toPrecision(4))
  const keys: number[] = []
  let weights = ''
  for (let key = 0; key < keyCount; key++) {
    if (counts[key]! < minCount) continue
    const row = Array.from({length: spanLabelCount}, (_, label) => learned.feature[key * spanLabelCount + label]!)
    if (Math.max(...row.map(Math.abs)) < pruneBelow) continue
    const steps = row.map((weight) => Math.max(-zeroPlace, Math.min(levels, Math.round(weight / scale))))
    if (steps.every((step) => step === 0)) continue
    keys.push(key)
    for (const step of steps) weights += alphabet.charAt(zeroPlace + step)
  }
  const transitions = Array.from(learned.transition, (weight) => Number(weight.toFixed(3)))
  if (keys.length > 0x7f_ff) throw new Error(`${keys.length} features: more than the runtime's 16-bit rows hold`)
  return {keys: writeGaps(keys), weights, scale, transitions, count: keys.length}
}

/**
 * A hash of the features' source (`span-features.ts`): the runtime's
 * features must be the ones the model was learned with (checked by
 * `test/quotes-model.test.ts`).
 *
 * @returns The hash.
 */
function featureHash(): number {
  const text = readFileSync(fileURLToPath(new URL('../src/lib/6-quotes/span-features.ts', import.meta.url)), 'utf8')
  return hashRange(0, text, 0, text.length)
}

/**
 * Write the generated module.
 *
 * @param packed The packed model.
 * @param note What it was learned from.
 */
function write(packed: ReturnType<typeof pack>, note: string): void {
  const file = fileURLToPath(new URL('../src/data/quote-model.ts', import.meta.url))
  const text = `// Generated by scripts/learn-quote-spans.ts from PolNeAR train (../shared/corpora). Do not edit.
import type {PackedSpanModel} from '../lib/6-quotes/span-model.js'

/**
 * The quote span model's weights (see src/lib/6-quotes/span-model.ts): ${packed.count} features × ${spanLabelCount} BIO labels,
 * ${epochs} epochs, ${note}, features seen at least ${minCount} times, weights under ${pruneBelow} dropped, quantised.
 */
export const quoteModel: PackedSpanModel = {
  features: ${featureHash()},
  keys: '${packed.keys}',
  weights: '${packed.weights}',
  scale: ${packed.scale},
  transitions: [${packed.transitions.join(', ')}]
}
`
  writeFileSync(file, text)
  console.log(`wrote ${file}: ${packed.count} features, ${text.length} bytes`)
}

/**
 * Learn the span model from PolNeAR train and write `src/data/quote-model.ts`.
 */
function main(): void {
  const docs = loadPolnear('train')
  if (!docs) throw new Error('PolNeAR train is not in ../shared/corpora')
  const holdout = process.argv.includes('--holdout')
  const examples = examplesOf(holdout ? docs.filter((_, index) => index % 5 !== 4) : docs)
  console.log(`${examples.length} units, ${examples.reduce((sum, e) => sum + e.gold.filter((label) => label === SpanLabel.BeginCue).length, 0)} gold cues`)
  const learned = train(examples)
  write(pack(learned, examples), holdout ? 'four fifths of the split' : 'the whole split')
  if (holdout) report(learned, examplesOf(docs.filter((_, index) => index % 5 === 4)))
}

if (isMain(import.meta.url)) main()

/**
 * The stretches of one kind in a unit's labels.
 *
 * @param labels The labels.
 * @param begin The kind's first label.
 * @returns The stretches, `[start, end)`.
 */
function stretchesOf(labels: ArrayLike<number>, begin: SpanLabel): Array<[number, number]> {
  const found: Array<[number, number]> = []
  for (let at = 0; at < labels.length; at++) {
    if (labels[at] === begin) found.push([at, at + 1])
    else if (labels[at] === begin + 1 && found.length > 0) found.at(-1)![1] = at + 1
  }
  return found
}

/**
 * Report on held-out units: cues and contents (of three tokens or more)
 * labelled, right when they overlap a gold one.
 *
 * @param learned The averaged weights.
 * @param held The held-out examples.
 */
function report(learned: {feature: Float64Array; transition: Float64Array}, held: Example[]): void {
  const {pair, first} = constrained(learned.transition)
  const counts = {cue: [0, 0, 0], content: [0, 0, 0]}
  for (const example of held) {
    const labels = viterbi(pair, first, emissionOf(learned.feature, example), example.gold.length)
    for (const [kind, begin] of [['cue', SpanLabel.BeginCue], ['content', SpanLabel.BeginContent]] as const) {
      const gold = stretchesOf(example.gold, begin)
      const found = stretchesOf(labels, begin).filter(([a, b]) => begin === SpanLabel.BeginCue || b - a >= 3)
      counts[kind][0]! += gold.length
      counts[kind][1]! += found.length
      counts[kind][2]! += found.filter(([a, b]) => gold.some(([c, d]) => a < d && c < b)).length
    }
  }
  const line = ([gold, found, right]: number[]) => `P ${((right! / found!) * 100).toFixed(1)} R ${((right! / gold!) * 100).toFixed(1)}`
  console.log(`held out: ${held.length} units; cues ${line(counts.cue)}, contents ${line(counts.content)}`)
}
