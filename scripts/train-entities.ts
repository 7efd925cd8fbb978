/**
 * `npm run train` (`tsx scripts/train-entities.ts`): train the entity tagger
 * and write `src/data/entity-model.ts`. See docs/entities-model.md.
 *
 * Reads `../shared/corpora/conll2003/train.jsonl` and `wikigold/train.jsonl`
 * (or the folder in `$WIRECOPY_CORPORA`) to train, and the text alone (no
 * annotation) of the training splits of CoNLL-2003, PolNeAR and TempEval-3
 * for the case lexicon:
 *
 * 0. Learn the case lexicon: which words are mostly written in lower case
 *    mid-sentence (only their hashes are kept).
 * 1. Tokenize every document as the runtime does and label its tokens BILOU
 *    from the gold entities.
 * 2. First pass: split the documents into `--folds` folds; label each fold with
 *    a local-features model trained on the other folds, so the document-level
 *    features of training see first-pass labels as noisy as at run time.
 * 3. Train an averaged perceptron on every sentence twice: with the local
 *    features only (as the runtime's first pass sees it) and with the
 *    document-level features from the first pass added; do it `--seeds`
 *    times with different shufflings and take the mean of the weights.
 * 4. Prune and quantise the weights and write the module.
 *
 * With `--dev`, the packed model is also scored on `conll2003/dev.jsonl`
 * through the runtime code; dev is never used to train.
 *
 * Options (defaults chosen on dev, see docs/entities-model.md): `--epochs N`
 * (8), `--min-count N` (fewest occurrences a feature needs, 2), `--folds N`
 * (5), `--prune X` (weights below X become 0, 1.25), `--levels N` (quantised
 * values per sign, 24), `--min-feature X` (drop features whose weights are
 * all below X, 0), `--seeds N` (shufflings averaged, 3), `--dev`, `--float` (also score the unquantised weights),
 * `--extra a,b` (training splits read beside CoNLL-2003's: `wikigold`,
 * `gum-other`; default `wikigold`; `--extra ''` for none), `--sweep P:L,…` (score other prune:levels settings on dev), `--no-gazetteer`
 * (train and score with the tokens' gazetteer codes cleared, to measure what the gazetteer features bring; such a model does
 * not match the runtime), `--no-write`.
 */

import {existsSync, writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {performance} from 'node:perf_hooks'
import {gzipSync} from 'node:zlib'
import {buildModel, decodeModel} from '../src/lib/3-entities/tagger/model.js'
import {tagTokens} from '../src/lib/3-entities/tagger/tag-tokens.js'
import {buildLexicon} from '../src/lib/3-entities/tagger/lexicon.js'
import {wordClusters} from '../src/data/word-clusters.js'
import {learnCaseLexicon, readTexts} from './train-entities/case-lexicon.js'
import {
  fillUnannotated,
  labelDocument,
  readConll,
  readGum,
  type LabelledDocument
} from './train-entities/corpus.js'
import type {Lexicon} from '../src/lib/3-entities/tagger/lexicon.js'
import {hashDocument, hashNonLocal, indexFeatures, joinHashed, toExamples} from './train-entities/dataset.js'
import {moduleSource, packModel} from './train-entities/encode-model.js'
import {
  averaged,
  createPerceptron,
  decode,
  learn,
  seededRandom,
  shuffle,
  type Example,
  type Weights
} from './train-entities/perceptron.js'
import {addCounts, emptyCounts, formatScores, predictedKeys, summarize, type Scores} from './train-entities/score.js'

const root = process.env.WIRECOPY_CORPORA ?? fileURLToPath(new URL('../../shared/corpora/', import.meta.url))
const trainPath = root + '/conll2003/train.jsonl'
const devPath = root + '/conll2003/dev.jsonl'
const output = fileURLToPath(new URL('../src/data/entity-model.ts', import.meta.url))
const epochs = Number(flag('--epochs') ?? 8)
const minCount = Number(flag('--min-count') ?? 2)
const folds = Number(flag('--folds') ?? 5)
const prune = Number(flag('--prune') ?? 1.25)
const minFeature = Number(flag('--min-feature') ?? 0)
const levels = Number(flag('--levels') ?? 24)
const sweep = flag('--sweep')
const seeds = Number(flag('--seeds') ?? 3)
const withDev = process.argv.includes('--dev')
const extra = (flag('--extra') ?? 'wikigold').split(',').filter(Boolean)
const withGazetteer = !process.argv.includes('--no-gazetteer')

if (!existsSync(trainPath)) {
  console.error('Cannot find ' + trainPath + ': the CoNLL-2003 corpus is needed to train.')
  process.exit(1)
}

const started = performance.now()
const lexiconSources = [trainPath, root + '/polnear/train.jsonl', root + '/tempeval3/train.jsonl']
const caseLexicon = learnCaseLexicon(readTexts(lexiconSources))
const lexicon = buildLexicon(caseLexicon.lower, caseLexicon.both, wordClusters)
log(
  `case lexicon: ${caseLexicon.lower.length} words mostly in lower case, ` +
    `${caseLexicon.both.length} both ways, of ${caseLexicon.words}`
)
const conll = readConll(trainPath).map((item) => labelDocument(item, lexicon, withGazetteer))
const train = [...conll, ...readExtra(extra, lexicon, conll)]
const trainLocal = train.map((document) => hashDocument(document.tokens))
const localIndex = indexFeatures(trainLocal, minCount)
log(`read ${train.length} training documents, ${localIndex.hashes.length} local features`)

const firstPass: Int32Array[] = Array.from({length: train.length})

for (let fold = 0; fold < folds; fold++) {
  const inFold = (d: number) => d % folds === fold
  const examples = train.flatMap((document, d) => (inFold(d) ? [] : toExamples(trainLocal[d]!, localIndex, document)))
  const weights = trainWeights(examples, localIndex.hashes.length, epochs, fold + 1)

  train.forEach(function (_, d) {
    if (inFold(d)) firstPass[d] = labelFlat(weights, toExamples(trainLocal[d]!, localIndex))
  })
}

log(`first pass over ${folds} folds`)
const trainJoined = train.map((document, d) => joinHashed(trainLocal[d]!, hashNonLocal(document.tokens, firstPass[d]!)))
const index = indexFeatures(trainJoined, minCount)
const examples = train.flatMap((document, d) => [
  ...toExamples(trainJoined[d]!, index, document),
  ...toExamples(trainLocal[d]!, index, document)
])
const runs = Array.from({length: seeds}, (_, run) => trainWeights(examples, index.hashes.length, epochs, 7 + run))
const weights = meanWeights(runs)
log(`trained ${seeds} times on ${examples.length} sentences, ${index.hashes.length} features`)

if (sweep && existsSync(devPath)) {
  const dev = readConll(devPath).map((item) => labelDocument(item, lexicon, withGazetteer))

  for (const setting of sweep.split(',')) {
    const [p, l] = setting.split(':').map(Number)
    const trial = packModel(weights, index, lexicon, wordClusters, {prune: p!, minFeature, levels: l ?? levels})
    const scores = scoreDocs(dev, dev.map((document) => tagTokens(document.tokens, decodeModel(trial))))
    const kb = (gzipSync(trial.keys + trial.weights).length / 1024).toFixed(0)
    log(`prune ${p} levels ${l ?? levels}: ${kb} KB gzipped, dev ${formatScores(scores)}`)
  }
}

const packed = packModel(weights, index, lexicon, wordClusters, {prune, minFeature, levels})
const model = decodeModel(packed)

const rows = model.weights.length / 17
const size = packed.keys.length + packed.weights.length
const gzipped = gzipSync(packed.keys + packed.weights).length
log(`packed ${rows} features: ${(size / 1024).toFixed(0)} KB, ${(gzipped / 1024).toFixed(0)} KB gzipped`)
const summary = [
  `${rows} features × 17 BILOU labels, ${epochs} epochs, the mean of ${seeds} shufflings,`,
  `features seen at least ${minCount} times, first-pass labels from ${folds} folds,`,
  `weights below ${prune} pruned, features below ${minFeature} dropped, the rest quantised to ${2 * levels + 1} levels.`
]

if (withDev && existsSync(devPath)) {
  const dev = readConll(devPath).map((item) => labelDocument(item, lexicon, withGazetteer))
  if (process.argv.includes('--float')) {
    const transitions = [...weights.pair, ...weights.first, ...weights.last]
    const exact = buildModel(index.hashes, Float32Array.from(weights.feature), transitions, lexicon)
    const labels = dev.map((document) => tagTokens(document.tokens, exact))
    log('dev (float weights, runtime code): ' + formatScores(scoreDocs(dev, labels)))
  }

  const scores = scoreDocs(dev, dev.map((document) => tagTokens(document.tokens, model)))
  log('dev (packed model, runtime code): ' + formatScores(scores))
  summary.push(`CoNLL-2003 dev: ${describe(scores)}.`)
}

if (process.argv.includes('--no-write')) {
  log('not written (--no-write)')
} else {
  writeFileSync(output, moduleSource(packed, summary, ['CoNLL-2003', ...extra].join(' + ') + ' train'))
  log('wrote ' + output)
}

/**
 * Read the training splits beyond CoNLL-2003: wikigold (CoNLL's conventions)
 * as it is; GUM mapped to CoNLL's conventions (`readGum`), its names of no
 * GUM type (CoNLL's `MISC`) filled in where they overlap no gold name by a
 * local-features model trained on CoNLL-2003 alone, so that they are not
 * taught as outside.
 *
 * @param names The corpora to read (`wikigold`, `gum-other`).
 * @param lexicon The case lexicon.
 * @param conll The CoNLL-2003 training documents.
 * @returns The labelled documents.
 */
function readExtra(names: string[], lexicon: Lexicon, conll: LabelledDocument[]): LabelledDocument[] {
  const result: LabelledDocument[] = []
  let filler: ((document: LabelledDocument) => Int32Array) | undefined

  for (const name of names) {
    const path = root + '/' + name + '/train.jsonl'
    if (!existsSync(path)) throw new Error('Cannot find ' + path)

    if (name === 'gum-other') {
      for (const item of readGum(path)) {
        const document = labelDocument(item, lexicon, withGazetteer)
        filler ??= conllTagger(conll)
        fillUnannotated(document, filler(document), 'MISC')
        result.push(document)
      }
    } else {
      result.push(...readConll(path).map((item) => labelDocument(item, lexicon, withGazetteer)))
    }
  }

  log(`read ${result.length} documents of ${names.join(', ') || 'no other corpus'}`)
  return result
}

/**
 * A local-features tagger trained on CoNLL-2003 alone.
 *
 * @param documents The CoNLL-2003 training documents.
 * @returns A function labelling a document's tokens.
 */
function conllTagger(documents: LabelledDocument[]): (document: LabelledDocument) => Int32Array {
  const hashed = documents.map((document) => hashDocument(document.tokens))
  const conllIndex = indexFeatures(hashed, minCount)
  const items = documents.flatMap((document, d) => toExamples(hashed[d]!, conllIndex, document))
  const trained = trainWeights(items, conllIndex.hashes.length, epochs, 101)
  return (document) => labelFlat(trained, toExamples(hashDocument(document.tokens), conllIndex))
}

/**
 * Train averaged perceptron weights.
 *
 * @param items The sentences.
 * @param features How many feature ids.
 * @param rounds How many epochs.
 * @param seed Seed of the shuffling.
 * @returns The averaged weights.
 */
function trainWeights(items: Example[], features: number, rounds: number, seed: number): Weights {
  const perceptron = createPerceptron(features)
  const random = seededRandom(seed)
  const order = items.map((_, n) => n)

  for (let epoch = 1; epoch <= rounds; epoch++) {
    shuffle(order, random)
    for (const n of order) learn(perceptron, items[n]!)
  }

  return averaged(perceptron)
}

/**
 * The mean of weights trained with different shufflings: it varies less
 * with the order of the sentences than each of them.
 *
 * @param runs The weights.
 * @returns Their mean.
 */
function meanWeights(runs: Weights[]): Weights {
  const mean = (pick: (weights: Weights) => Float64Array): Float64Array => {
    const result = new Float64Array(pick(runs[0]!).length)
    for (const run of runs) {
      const values = pick(run)
      for (let index = 0; index < result.length; index++) result[index]! += values[index]! / runs.length
    }
    return result
  }

  return {
    feature: mean((weights) => weights.feature),
    pair: mean((weights) => weights.pair),
    first: mean((weights) => weights.first),
    last: mean((weights) => weights.last)
  }
}

/**
 * Label every token of a document, flat.
 *
 * @param trained The weights.
 * @param sentences The document's examples.
 * @returns The labels in token order.
 */
function labelFlat(trained: Weights, sentences: Example[]): Int32Array {
  const parts = sentences.map((example) => decode(trained, example))
  const result = new Int32Array(parts.reduce((sum, part) => sum + part.length, 0))
  let at = 0

  for (const part of parts) {
    result.set(part, at)
    at += part.length
  }

  return result
}

/**
 * Score flat labels of documents.
 *
 * @param documents The documents.
 * @param labels Their flat labels.
 * @returns Scores by type.
 */
function scoreDocs(documents: LabelledDocument[], labels: Int32Array[]): Record<string, Scores> {
  const counts = emptyCounts()

  documents.forEach(function (document, d) {
    const starts = document.tokens.sentenceStart
    const perSentence = document.tokens.sentences.map((_, s) => labels[d]!.subarray(starts[s], starts[s + 1]))
    addCounts(counts, document, predictedKeys(document, perSentence))
  })

  return summarize(counts)
}

/**
 * Scores in one short phrase for the module's comment.
 *
 * @param scores The scores.
 * @returns The phrase.
 */
function describe(scores: Record<string, Scores>): string {
  return Object.entries(scores)
    .map(([name, value]) => `${name === 'main' ? 'PER+LOC+ORG' : name} F1 ${value.f.toFixed(2)}`)
    .join(', ')
}

/**
 * Print a line with the seconds since the start.
 *
 * @param line What to print.
 */
function log(line: string): void {
  console.log(`[${((performance.now() - started) / 1000).toFixed(1)} s] ${line}`)
}

/**
 * The value of a command-line flag.
 *
 * @param name The flag.
 * @returns Its value, if given.
 */
function flag(name: string): string | undefined {
  const at = process.argv.indexOf(name)
  return at >= 0 ? process.argv[at + 1] : undefined
}
