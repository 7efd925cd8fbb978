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
 * The pairs are read with cue probabilities out of fold: train is cut in
 * five folds of documents, and each fold is read with a cue model learned on
 * the other four (`scripts/cue-learner.ts`), as the runtime meets text it
 * was not learned on; the cue model learned on all of train is too sure of
 * train's cues.
 *
 * ```sh
 * npx tsx scripts/learn-overlaps.ts              # write src/data/overlap-weights.ts
 * npx tsx scripts/learn-overlaps.ts --choose     # also: figures of train per confidence, each fold settled by a model learned on the others
 * npx tsx scripts/learn-overlaps.ts --dev        # figures of dev per confidence; writes nothing
 * npx tsx scripts/learn-overlaps.ts --in-sample  # learn from pairs read with the shipped cue model (as before), for comparison
 * npx tsx scripts/learn-overlaps.ts --soft       # soft labels: each action taught by how close it comes to the best
 * ```
 */
import {writeFileSync} from 'node:fs'
import {draftQuotes} from '../src/lib/6-quotes/index.js'
import {paragraphAt} from '../src/lib/6-quotes/fold-overlaps.js'
import {pairFeatures, type Pair} from '../src/lib/6-quotes/pair-features.js'
import {applyAction, confidence, orient, pairActions, pairLookBack, ruleAction, settlePairs, useOverlapModel, type PairAction} from '../src/lib/6-quotes/settle-pairs.js'
import {useCueData} from '../src/lib/6-quotes/cue-weights.js'
import type {FoldedDraft} from '../src/lib/6-quotes/fold-overlaps.js'
import type {QuoteReading} from '../src/lib/6-quotes/read-paragraphs.js'
import {addQuoteCounts, emptyQuoteCounts, scoreQuotes, type QuoteCounts} from './eval/score-quotes.js'
import {learnCueData, readCorpus} from './cue-learner.js'
import {readDocument} from '../src/lib/pipeline.js'
import type {Span} from '../src/lib/types.js'
import {loadPolnear, type CorpusDoc} from './quotes-corpus.js'
import {seededShuffler} from './seeded.js'
import {isMain} from './is-main.js'

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
/** Folds of train, for cue probabilities out of fold and for choosing the confidence. */
const folds = 5
/** The confidences `--choose` and `--dev` measure. */
const confidences = [0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8, 0.9, 1.01]
/**
 * With `--soft`, how soft the labels are: each action is taught in
 * proportion to `exp(utility / temperature)`, so that an action nearly as
 * good as the best is not taught against (`targetOf`).
 */
const temperature = process.argv.includes('--soft') ? 0.5 : 0
const rate = 0.05
const l2 = 1e-4

/** A document read by the stage up to the overlap model. */
interface Drafted {
  doc: CorpusDoc
  reading: QuoteReading
  folded: FoldedDraft[]
}

/**
 * Read documents with the stage up to the overlap model.
 *
 * @param docs The documents.
 * @returns The drafts of each.
 */
function draftAll(docs: readonly CorpusDoc[]): Drafted[] {
  return docs.map(function (doc) {
    const {document} = readDocument(doc.text)
    return {doc, ...draftQuotes(document)}
  })
}

/**
 * Read train with cue probabilities out of fold: the cue model learned on
 * four fifths of the documents (`scripts/cue-learner.ts`) scores the fifth
 * held out, so that the pairs show the cue probabilities the model meets on
 * text it was not learned on (learned on the same documents, it is too sure).
 *
 * @param docs The documents.
 * @returns The drafts of each, in order.
 */
function draftOutOfFold(docs: CorpusDoc[]): Drafted[] {
  const reading = readCorpus(docs)
  const drafted: Drafted[] = []
  for (let fold = 0; fold < folds; fold++) {
    useCueData(learnCueData(reading, docs.map((_, index) => index).filter((index) => index % folds !== fold)))
    for (const [index, item] of draftAll(docs.filter((_, index) => index % folds === fold)).entries()) drafted[index * folds + fold] = item
  }
  useCueData(undefined)
  return drafted
}

/**
 * The labelled pairs of some documents.
 *
 * @param drafted The documents and their drafts.
 * @returns The examples.
 */
function examplesOf(drafted: readonly Drafted[]): Example[] {
  const examples: Example[] = []
  for (const {doc, reading, folded} of drafted) {
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
 * Score documents as `npm run eval` would after the overlap model, with the
 * model `useOverlapModel` set.
 *
 * @param drafted The documents and their drafts (left as they are).
 * @param total The counts to add to.
 */
function scoreSettled(drafted: readonly Drafted[], total: QuoteCounts): void {
  for (const {doc, reading, folded} of drafted) {
    const copy = folded.map((item) => ({draft: {...item.draft, content: {...item.draft.content}}}))
    const kept = settlePairs(doc.text, reading, copy)
    addQuoteCounts(total, scoreQuotes(doc.text, doc.quotes, kept.map(({draft}) => ({...draft.content, kind: draft.kind, speaker: draft.speaker, cue: draft.cue}))).counts)
  }
}

/**
 * Choose the confidence on train: per fold, the model learned on the pairs
 * of the other folds settles the fold's documents at each confidence; the
 * figures are summed over the folds.
 *
 * @param drafted The documents of train, with their drafts.
 */
function chooseConfidence(drafted: readonly Drafted[], learnedFrom: readonly Drafted[] = drafted): void {
  const totals = confidences.map(() => emptyQuoteCounts())
  for (let fold = 0; fold < folds; fold++) {
    const weights = train(examplesOf(learnedFrom.filter((_, index) => index % folds !== fold)))
    const held = drafted.filter((_, index) => index % folds === fold)
    for (const [at, threshold] of confidences.entries()) {
      useOverlapModel(pack(weights), threshold)
      scoreSettled(held, totals[at]!)
    }
  }
  useOverlapModel()
  for (const [at, threshold] of confidences.entries()) console.log('confidence ' + threshold.toFixed(2) + ': ' + figures(totals[at]!))
  const shipped = emptyQuoteCounts()
  scoreSettled(drafted, shipped)
  console.log('shipped model: ' + figures(shipped))
}

/**
 * The figures of `npm run eval` from counts.
 *
 * @param counts The counts.
 * @returns Quote F1, quote+speaker F1, speaker, cue accuracy, overlaps per 100 quotes.
 */
function figures(counts: QuoteCounts): string {
  const f1 = (pairs: number) => ((200 * pairs) / (counts.gold + counts.predicted)).toFixed(2)
  const share = (part: number) => ((100 * part) / counts.matched).toFixed(2)
  return `quote ${f1(counts.matched)} quote+speaker ${f1(counts.speaker)} speaker ${share(counts.speaker)} cue ${share(counts.cue)} overlaps ${((100 * counts.overlapping) / counts.predicted).toFixed(2)} (predicted ${counts.predicted}, pairs ${counts.matched}, cue ${counts.cue}, speaker ${counts.speaker})`
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
  const target = targetOf(example)
  for (const row of rows) {
    for (let label = 0; label < row.length; label++) {
      const gradient = probabilities[label]! - target[label]!
      row[label] = row[label]! - rate * (gradient + l2 * row[label]!)
    }
  }
}

/**
 * What an example teaches: its best action, or with `--soft` each action by
 * how close its utility comes to the best one's.
 *
 * @param example The example.
 * @returns A distribution over the actions.
 */
function targetOf(example: Example): number[] {
  if (!temperature) return pairActions.map((_, label) => (label === example.label ? 1 : 0))
  const utilities = example.effects.map((counts) => utility(counts))
  return softmax(utilities.map((value) => value / temperature))
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
 * The weights as the runtime reads them: one line a feature, its name and
 * its weights in tenths; rows all near zero left out.
 *
 * @param weights The weights.
 * @returns The packed weights.
 */
function pack(weights: ReadonlyMap<string, readonly number[]>): string {
  const entries: string[] = []
  for (const [feature, row] of [...weights].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (row.every((value) => Math.abs(value) < minWeight)) continue
    entries.push(feature + ' ' + row.map((value) => Math.round(value * 10)).join(' '))
  }
  return entries.join('\n')
}

/**
 * The generated module.
 *
 * @param weights The weights.
 * @returns Its source.
 */
function moduleOf(weights: ReadonlyMap<string, readonly number[]>): string {
  return [
    '// Generated by scripts/learn-overlaps.ts from PolNeAR train. Do not edit.',
    '',
    '/**',
    ' * Per feature of an overlapping pair, one line: the feature, then the',
    ' * weights (in tenths) of the actions `keep`, `dropInner`, `dropOuter`, `cutOuter`.',
    ' */',
    'export const overlapWeights = ' + JSON.stringify(pack(weights)),
    ''
  ].join('\n')
}

/**
 * Learn the overlap model from PolNeAR train and write `src/data/overlap-weights.ts` (or, with `--dev`, report on dev only).
 */
function main(): void {
  const trainDocs = loadPolnear('train')
  if (!trainDocs) throw new Error('Cannot find PolNeAR train in the corpora folder')
  const inSample = process.argv.includes('--in-sample')
  const drafted = inSample ? draftAll(trainDocs) : draftOutOfFold(trainDocs)
  const examples = examplesOf(drafted)
  const counts = pairActions.map((_, label) => examples.filter((example) => example.label === label).length)
  console.log('train pairs', examples.length, Object.fromEntries(pairActions.map((action, index) => [action, counts[index]])))
  const weights = train(examples)
  console.log('train', accuracy(weights, examples))
  if (process.argv.includes('--choose')) chooseConfidence(inSample ? draftOutOfFold(trainDocs) : drafted, drafted)
  if (process.argv.includes('--dev')) {
    const devDocs = loadPolnear('dev')
    if (devDocs) {
      const devDrafted = draftAll(devDocs)
      console.log('dev', accuracy(weights, examplesOf(devDrafted)))
      for (const threshold of confidences) {
        const total = emptyQuoteCounts()
        useOverlapModel(pack(weights), threshold)
        scoreSettled(devDrafted, total)
        console.log('dev confidence ' + threshold.toFixed(2) + ': ' + figures(total))
      }
      useOverlapModel()
      const shipped = emptyQuoteCounts()
      scoreSettled(devDrafted, shipped)
      console.log('dev shipped model: ' + figures(shipped))
    }
  } else {
    writeFileSync(new URL('../src/data/overlap-weights.ts', import.meta.url), moduleOf(weights))
    console.log('wrote src/data/overlap-weights.ts,', weights.size, 'features')
  }
}

if (isMain(import.meta.url)) main()
