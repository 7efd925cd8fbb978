/**
 * Learn the overlap model of the quotes stage (`src/lib/6-quotes/settle-pairs.ts`)
 * from the PolNeAR training split, and write `src/data/overlap-weights.ts`.
 *
 * Every pair of quotes that still overlap after the stage's rules
 * (`draftQuotes`, and `ruleAction`) is labelled by what each action does to
 * the scores of its document when taken alone: keep both, drop the inner
 * quote, drop the outer one, or cut the outer content before the inner
 * attribution, each scored on the gold as `npm run eval` scores (paired
 * quotes, paired cues and speakers, quotes predicted; see `utility`). A
 * multinomial logistic regression (SGD, seeded, deterministic) learns the
 * label from the pair's features (`pair-features.ts`); weights are kept for
 * features seen at least 20 times, in tenths.
 *
 * ```sh
 * npx tsx scripts/learn-overlaps.ts         # write src/data/overlap-weights.ts
 * npx tsx scripts/learn-overlaps.ts --dev   # how the labels are told apart on dev
 * ```
 */
import {writeFileSync} from 'node:fs'
import {draftQuotes} from '../src/lib/6-quotes/index.js'
import {paragraphAt} from '../src/lib/6-quotes/fold-overlaps.js'
import {pairFeatures, type Pair} from '../src/lib/6-quotes/pair-features.js'
import {applyAction, confidence, orient, pairActions, pairLookBack, ruleAction, type PairAction} from '../src/lib/6-quotes/settle-pairs.js'
import type {FoldedDraft} from '../src/lib/6-quotes/fold-overlaps.js'
import type {QuoteReading} from '../src/lib/6-quotes/read-paragraphs.js'
import {scoreQuotes} from './eval/score-quotes.js'
import {readDocument} from '../src/lib/pipeline.js'
import type {Span} from '../src/lib/types.js'
import {loadPolnear, type CorpusDoc} from './quotes-corpus.js'
import {seededShuffler} from './seeded.js'

/** One labelled pair. */
interface Example {
  features: string[]
  label: number
  /** Per action: paired quotes, paired cues, paired speakers and quotes predicted, as scored on the gold. */
  effects: number[][]
}

/** Features seen fewer times than this are dropped. */
const minCount = 20
/** Weights smaller than this are dropped. */
const minWeight = 0.1
const epochs = 30
const rate = 0.05
const l2 = 1e-4

/**
 * The labelled pairs of a split.
 *
 * @param docs The documents.
 * @returns The examples.
 */
function examplesOf(docs: readonly CorpusDoc[]): Example[] {
  const examples: Example[] = []
  for (const doc of docs) {
    const {document} = readDocument(doc.text)
    const {reading, folded} = draftQuotes(document)
    for (let at = 0; at < folded.length; at++) {
      for (let back = at - 1; back >= Math.max(0, at - pairLookBack); back--) {
        const [outer, inner] = orient(folded[back]!, folded[at]!)
        if (!overlaps(outer.draft.content, inner.draft.content)) continue
        const paragraph = paragraphAt(reading, inner.draft.cue.start)
        if (!paragraph) continue
        const pair: Pair = {outer: outer.draft, inner: inner.draft}
        if (ruleAction(paragraph, pair)) continue
        const effects = pairActions.map((action) => effectOf(doc, reading, folded, back, at, action))
        examples.push({features: pairFeatures(doc.text, paragraph, pair), label: bestOf(effects), effects})
      }
    }
  }
  return examples
}

/**
 * What one action on one pair alone gives, scored on the gold: paired
 * quotes, paired cues, paired speakers, quotes predicted.
 *
 * @param doc The document.
 * @param reading The paragraphs.
 * @param folded The drafts.
 * @param back The earlier draft of the pair.
 * @param at The later one.
 * @param action The action.
 * @returns The counts.
 */
function effectOf(doc: CorpusDoc, reading: QuoteReading, folded: readonly FoldedDraft[], back: number, at: number, action: PairAction): number[] {
  const copy = folded.map((item) => ({draft: {...item.draft, content: {...item.draft.content}}}))
  const [outer, inner] = orient(copy[back]!, copy[at]!)
  applyAction(doc.text, reading, outer, inner, action)
  const kept = copy.filter((item) => item.draft.content.end > item.draft.content.start)
  const counts = scoreQuotes(doc.text, doc.quotes, kept.map(({draft}) => ({...draft.content, kind: draft.kind, speaker: draft.speaker, cue: draft.cue}))).counts
  return [counts.matched, counts.cue, counts.speaker, counts.predicted]
}

/**
 * The action that scores best: a gain in paired quotes, less a share of
 * the quotes predicted (quote F1), in paired cues and speakers beyond their
 * current shares (cue and speaker accuracy). Ties go to the first action in
 * the order `dropInner`, `cutOuter`, `dropOuter`, `keep`: a pair that makes
 * no difference should not stay an overlap.
 *
 * @param effects The counts of each action.
 * @returns The index of the action.
 */
function bestOf(effects: readonly number[][]): number {
  let best = -1
  let bestGain = -Infinity
  for (const action of ['dropInner', 'cutOuter', 'dropOuter', 'keep'] as const) {
    const index = pairActions.indexOf(action)
    const gain = utility(effects[index]!)
    if (gain > bestGain + 1e-9) {
      best = index
      bestGain = gain
    }
  }
  return best
}

/**
 * The utility of scored counts.
 *
 * @param counts Paired quotes, cues, speakers, quotes predicted.
 * @returns The utility.
 */
function utility(counts: readonly number[]): number {
  const [matched, cue, speaker, predicted] = counts as [number, number, number, number]
  return 2 * matched - 0.8 * predicted + cueWeight * (cue - 0.92 * matched) + (speaker - 0.88 * matched)
}

/** How much a paired cue counts against a paired quote in the labels. */
const cueWeight = 2

/**
 * Train the model.
 *
 * @param examples The examples.
 * @returns The weights per feature.
 */
function train(examples: readonly Example[]): Map<string, number[]> {
  const counts = new Map<string, number>()
  for (const example of examples) for (const feature of example.features) counts.set(feature, (counts.get(feature) ?? 0) + 1)
  const weights = new Map<string, number[]>()
  for (const [feature, count] of counts) if (count >= minCount) weights.set(feature, [0, 0, 0, 0])
  const order = examples.map((_, index) => index)
  const sums = new Map<string, number[]>()
  let steps = 0
  const shuffle = seededShuffler(12345)
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffle(order)
    for (const index of order) {
      step(weights, examples[index]!)
      // Average the weights over the steps of the second half of the
      // epochs: the average depends far less on the last examples seen.
      if (epoch >= epochs / 2) {
        for (const [feature, row] of weights) {
          const sum = (sums.get(feature) ?? sums.set(feature, [0, 0, 0, 0]).get(feature))!
          for (let label = 0; label < row.length; label++) sum[label]! += row[label]!
        }
        steps++
      }
    }
  }
  for (const [feature, sum] of sums) weights.set(feature, sum.map((value) => value / steps))
  return weights
}

/**
 * One SGD step of the softmax regression on one example.
 *
 * @param weights The weights, updated in place.
 * @param example The example.
 */
function step(weights: Map<string, number[]>, example: Example): void {
  const rows = example.features.map((feature) => weights.get(feature)).filter((row) => row !== undefined)
  const probabilities = softmax(scores(rows))
  for (const row of rows) {
    for (let label = 0; label < row.length; label++) {
      const gradient = probabilities[label]! - (label === example.label ? 1 : 0)
      row[label] = row[label]! - rate * (gradient + l2 * row[label]!)
    }
  }
}

/**
 * The class scores of a set of weight rows.
 *
 * @param rows The rows.
 * @returns The sums.
 */
function scores(rows: ReadonlyArray<readonly number[]>): number[] {
  const sums = [0, 0, 0, 0]
  for (const row of rows) for (let label = 0; label < sums.length; label++) sums[label]! += row[label]!
  return sums
}

/**
 * Softmax.
 *
 * @param values The scores.
 * @returns The probabilities.
 */
function softmax(values: readonly number[]): number[] {
  const top = Math.max(...values)
  const exps = values.map((value) => Math.exp(value - top))
  const total = exps.reduce((a, b) => a + b, 0)
  return exps.map((value) => value / total)
}

/**
 * How often the model's best label is the gold one, and a confusion table.
 *
 * @param weights The weights.
 * @param examples The examples.
 * @returns A report.
 */
function accuracy(weights: ReadonlyMap<string, readonly number[]>, examples: readonly Example[]): string {
  let right = 0
  const confusion = pairActions.map(() => pairActions.map(() => 0))
  for (const example of examples) {
    const sums = scores(example.features.map((feature) => weights.get(feature)).filter((row) => row !== undefined))
    const best = sums.indexOf(Math.max(...sums))
    if (best === example.label) right++
    confusion[example.label]![best]!++
  }
  const rows = pairActions.map((action, index) => action.padEnd(10) + confusion[index]!.map((n) => String(n).padStart(6)).join(''))
  const theta = confidence
  const total = [0, 0, 0, 0]
  const oracle = [0, 0, 0, 0]
  for (const example of examples) {
    const sums = scores(example.features.map((feature) => weights.get(feature)).filter((row) => row !== undefined))
    let best = sums.indexOf(Math.max(...sums))
    const norm = sums.reduce((a, b) => a + Math.exp(b - sums[best]!), 0)
    if (1 / norm < theta) best = 0
    for (let k = 0; k < 4; k++) {
      total[k]! += example.effects[best]![k]! - example.effects[0]![k]!
      oracle[k]! += example.effects[example.label]![k]! - example.effects[0]![k]!
    }
  }
  for (const [index, action] of pairActions.entries()) {
    const fixed = [0, 0, 0, 0]
    for (const example of examples) for (let k = 0; k < 4; k++) fixed[k]! += example.effects[index]![k]! - example.effects[0]![k]!
    rows.push('always ' + action + ': ' + fixed.join(' '))
  }
  rows.push('delta vs keep (matched, cue, speaker, predicted): model ' + total.join(' ') + ' oracle ' + oracle.join(' '))
  return `${right}/${examples.length} = ${((100 * right) / examples.length).toFixed(1)}%\n` + rows.join('\n')
}

/**
 * Whether two spans share a character.
 *
 * @param a A span.
 * @param b Another.
 * @returns `true` when they overlap.
 */
function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end
}

/**
 * Whether a span lies within another.
 *
 * @param inner The span.
 * @param outer The other.
 * @returns `true` when it does.
 */
function within(inner: Span, outer: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end
}

/**
 * The generated module.
 *
 * @param weights The weights.
 * @returns Its source.
 */
function moduleOf(weights: ReadonlyMap<string, readonly number[]>): string {
  const entries: string[] = []
  for (const [feature, row] of [...weights].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (row.every((value) => Math.abs(value) < minWeight)) continue
    entries.push(feature + ' ' + row.map((value) => Math.round(value * 10)).join(' '))
  }
  return [
    '// Generated by scripts/learn-overlaps.ts from PolNeAR train. Do not edit.',
    '',
    '/**',
    ' * Per feature of an overlapping pair, one line: the feature, then the',
    ' * weights (in tenths) of the actions `keep`, `dropInner`, `dropOuter`, `cutOuter`.',
    ' */',
    'export const overlapWeights = ' + JSON.stringify(entries.join('\n')),
    ''
  ].join('\n')
}

const trainDocs = loadPolnear('train')
if (!trainDocs) throw new Error('Cannot find PolNeAR train in the corpora folder')
const examples = examplesOf(trainDocs)
const counts = pairActions.map((_, label) => examples.filter((example) => example.label === label).length)
console.log('train pairs', examples.length, Object.fromEntries(pairActions.map((action, index) => [action, counts[index]])))
const weights = train(examples)
console.log('train', accuracy(weights, examples))
if (process.argv.includes('--dev')) {
  const devDocs = loadPolnear('dev')
  if (devDocs) console.log('dev', accuracy(weights, examplesOf(devDocs)))
} else {
  writeFileSync(new URL('../src/data/overlap-weights.ts', import.meta.url), moduleOf(weights))
  console.log('wrote src/data/overlap-weights.ts,', weights.size, 'features')
}
