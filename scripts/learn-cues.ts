/**
 * `npx tsx scripts/learn-cues.ts`: learn the cue lexicon and the cue model of
 * the quotes stage from the PolNeAR training split, and write
 * `src/data/cues.ts`.
 *
 * 1. Every gold cue gets a head: its word with the highest precision as a
 *    cue word over the split (share of that word's occurrences inside cues).
 * 2. The candidate words are the heads seen at least `minHeads` times whose
 *    precision as a head is at least `minPrecision`.
 * 3. A logistic regression over the features of `src/lib/quotes/features.ts`
 *    tells heads from other occurrences of candidate words (cue words that
 *    are not heads are left out of training).
 * 4. Features seen fewer than 30 times and weights under 0.08 are dropped,
 *    the rest rounded to two decimals, to keep the table small.
 * 5. Besides the model, from the same gold: the words that follow a head
 *    inside its cue often enough to belong to it (`according to`); the words
 *    that stand between a speaker and the head (`has`, `also`); the heads
 *    that mostly come without a speaker (`seems`, `expected`); the heads
 *    that, after a comma, mostly have the speaker after them (`…, said X`).
 *
 * Options: `--holdout` trains on 90% of the documents and reports precision
 * and recall of heads on the other 10% (and writes nothing).
 */
import {writeFileSync} from 'node:fs'
import {cueFeatures} from '../src/lib/quotes/features.js'
import {groupOf, type Token} from '../src/lib/quotes/tokens.js'
import {loadPolnear, readParagraphs, type CorpusDoc, type ReadParagraph} from './quotes-corpus.js'

const minHeads = 2
const minPrecision = 0.03
const epochs = 12
const l2 = 1e-6
const keepWeight = 0.08
const minFeatureCount = 30
const holdout = process.argv.includes('--holdout')

interface Instance {
  features: number[]
  label: number
  doc: number
}

const docs = loadPolnear('train')
if (!docs) {
  console.error('learn-cues: ../shared/corpora/polnear/train.jsonl is absent; nothing learned')
  process.exit(1)
}

const read = docs.map((doc) => readParagraphs(doc.text))

// 1. Precision of each word as a cue word.
const occurrences = new Map<string, number>()
const inCue = new Map<string, number>()
const cueMasks = docs.map(function (doc, index) {
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

/**
 * A word's precision as a cue word, smoothed.
 *
 * @param word The word.
 * @returns Occurrences inside cues over occurrences (plus two).
 */
function precisionOf(word: string): number {
  return (inCue.get(word) ?? 0) / ((occurrences.get(word) ?? 0) + 2)
}

// Heads: per document, the set of token starts that head a gold cue.
const headCounts = new Map<string, number>()
const headStarts = docs.map(function (doc, index) {
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
    if (best && !starts.has(best.start)) {
      starts.add(best.start)
      add(headCounts, best.norm)
    }
  }
  return starts
})

// 2. Candidate words.
const candidates = new Map<string, number>()
for (const [word, heads] of headCounts) {
  const precision = heads / (occurrences.get(word) ?? heads)
  if (heads >= minHeads && precision >= minPrecision) candidates.set(word, precision)
}

// 3. Instances and the logistic regression.
const featureIds = new Map<string, number>()
const featureNames: string[] = []
const instances: Instance[] = []
for (const [index, paragraphs] of read.entries()) {
  const mask = cueMasks[index]!
  const heads = headStarts[index]!
  for (const paragraph of paragraphs) {
    for (const [position, token] of paragraph.tokens.entries()) {
      if (token.kind !== 'word' || !candidates.has(token.norm)) continue
      const head = heads.has(token.start)
      if (!head && mask[token.start]) continue
      instances.push({features: cueFeatures(paragraph.tokens, position, paragraph.quoted).map(idOf), label: head ? 1 : 0, doc: index})
    }
  }
}

// Features seen fewer than `minFeatureCount` times are dropped.
const featureCounts = new Uint32Array(featureNames.length)
for (const item of instances) for (const feature of item.features) featureCounts[feature]!++
for (const item of instances) item.features = item.features.filter((feature) => featureCounts[feature]! >= minFeatureCount)

const isTest = (doc: number) => holdout && doc % 10 === 7
const train = instances.filter((item) => !isTest(item.doc))
const weights = fit(train, featureNames.length)

if (holdout) {
  const test = instances.filter((item) => isTest(item.doc))
  for (const threshold of [0.2, 0.3, 0.4, 0.5]) {
    let tp = 0
    let fp = 0
    let fn = 0
    for (const item of test) {
      const positive = score(weights, item.features) >= threshold
      if (positive && item.label) tp++
      else if (positive) fp++
      else if (item.label) fn++
    }
    console.log(`threshold ${threshold}: heads P ${pct(tp, tp + fp)} R ${pct(tp, tp + fn)} F1 ${pct(2 * tp, 2 * tp + fp + fn)} (tp ${tp}, fp ${fp}, fn ${fn})`)
  }
  // Heads that are not candidates are missed whatever the model does.
  let gold = 0
  let reachable = 0
  for (const [index, starts] of headStarts.entries()) {
    if (!isTest(index)) continue
    gold += docs[index]!.quotes.filter((quote) => quote.cue).length
    reachable += starts.size
  }
  console.log(`gold cues in held-out docs: ${gold}; distinct heads: ${reachable}; candidate words: ${candidates.size}`)
  process.exit(0)
}

// 4. The kept weights.
const kept: Array<[string, number]> = []
for (const [id, weight] of weights.entries()) {
  const name = featureNames[id]!
  const rounded = Math.round(weight * 100) / 100
  if (featureCounts[id]! >= minFeatureCount && (Math.abs(weight) >= keepWeight || name === 'b')) kept.push([name, rounded])
}
kept.sort((a, b) => (a[0] < b[0] ? -1 : 1))

// 5. Cue extensions and speaker gaps.
const extensions = learnExtensions(docs, read, headStarts)
const gaps = learnGaps(docs, read, headStarts)
const speakerless = learnSpeakerless(docs, read, headStarts)
const inverting = learnInverting(docs, read, headStarts)

const lines = [
  '// Generated by scripts/learn-cues.ts from PolNeAR train (../shared/corpora). Do not edit.',
  '',
  '/**',
  ' * The cue model of the quotes stage: a logistic regression over the features',
  ' * of `src/lib/quotes/features.ts` that tells a word heading a reporting cue',
  ` * from other uses of it; learned on ${docs.length} documents, ${instances.length} candidate tokens.`,
  ' * One feature per line: its template, its parts and its weight, space-separated.',
  ' */',
  'export const cueWeights = ' + literal(kept.map(([name, weight]) => name + ' ' + weight).join('\n')),
  '',
  '/** The candidate cue words: only these are scored, space-separated. */',
  'export const cueWords = ' + literal([...candidates.keys()].sort().join(' ')),
  '',
  '/** Words that continue a cue head inside its cue (`according to`): `head next`, one pair per line. */',
  'export const cueExtensions = ' + literal(extensions.join('\n')),
  '',
  '/** Cue heads that mostly come without a speaker (`seems`, `expected`), space-separated. */',
  'export const speakerlessCues = ' + literal(speakerless.join(' ')),
  '',
  '/** Cue heads that, after a comma, mostly have their speaker after them (`…, said Jane Roe`), space-separated. */',
  'export const invertingCues = ' + literal(inverting.join(' ')),
  '',
  '/** Words that stand between a speaker and the cue head (`he has said`, `she also told`), space-separated. */',
  'export const speakerGapWords = ' + literal(gaps.join(' ')),
  ''
]
const target = new URL('../src/data/cues.ts', import.meta.url)
writeFileSync(target, lines.join('\n'))
console.log(`wrote src/data/cues.ts: ${candidates.size} candidate words, ${kept.length} weights, ${extensions.length} extensions, ${gaps.length} gap words, ${speakerless.length} speakerless cues, ${inverting.length} inverting cues`)

/**
 * The id of a feature, made on first sight.
 *
 * @param name The feature.
 * @returns Its id.
 */
function idOf(name: string): number {
  let id = featureIds.get(name)
  if (id === undefined) {
    id = featureNames.length
    featureIds.set(name, id)
    featureNames.push(name)
  }
  return id
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
  let seed = 12345
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let index = order.length - 1; index > 0; index--) {
      seed = (seed * 1103515245 + 12345) % 2147483648
      const other = seed % (index + 1)
      const swap = order[index]!
      order[index] = order[other]!
      order[other] = swap
    }
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
 * Pairs `head next` where the next token belongs to the cue after at least
 * 60% of at least 8 occurrences of that head.
 *
 * @param all The documents.
 * @param paragraphs Their paragraphs, read.
 * @param heads Per document, the starts of head tokens.
 * @returns `head next` pairs, sorted.
 */
function learnExtensions(all: CorpusDoc[], paragraphs: ReadParagraph[][], heads: Array<Set<number>>): string[] {
  const seen = new Map<string, number>()
  const inside = new Map<string, number>()
  for (const index of all.keys()) {
    const mask = cueMasks[index]!
    for (const paragraph of paragraphs[index]!) {
      for (const [position, token] of paragraph.tokens.entries()) {
        if (!heads[index]!.has(token.start)) continue
        const next = paragraph.tokens[position + 1]
        if (!next || next.kind !== 'word') continue
        const key = token.norm + ' ' + next.norm
        add(seen, token.norm)
        if (mask[next.start]) add(inside, key)
      }
    }
  }
  const pairs: string[] = []
  for (const [key, count] of inside) {
    const head = key.split(' ')[0]!
    if (count >= 8 && count / (seen.get(head) ?? count) >= 0.6) pairs.push(key)
  }
  return pairs.sort()
}

/**
 * Lower-case words found at least 15 times in the short gaps (one or two
 * words) between the end of a gold speaker and the head of its cue, when the
 * speaker comes first: `has`, `also`, `had`.
 *
 * @param all The documents.
 * @param paragraphs Their paragraphs, read.
 * @param heads Per document, the starts of head tokens.
 * @returns The words, sorted.
 */
function learnGaps(all: CorpusDoc[], paragraphs: ReadParagraph[][], heads: Array<Set<number>>): string[] {
  const counts = new Map<string, number>()
  for (const [index, doc] of all.entries()) {
    const tokens = paragraphs[index]!.flatMap((paragraph) => paragraph.tokens)
    for (const quote of doc.quotes) {
      if (!quote.speaker || !quote.cue) continue
      const head = tokens.findIndex((token) => heads[index]!.has(token.start) && token.start >= quote.cue!.start && token.end <= quote.cue!.end)
      if (head < 0 || quote.speaker.end > tokens[head]!.start) continue
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
 * @param all The documents.
 * @param paragraphs Their paragraphs, read.
 * @param heads Per document, the starts of head tokens.
 * @returns The heads, sorted.
 */
function learnSpeakerless(all: CorpusDoc[], paragraphs: ReadParagraph[][], heads: Array<Set<number>>): string[] {
  const total = new Map<string, number>()
  const none = new Map<string, number>()
  for (const [index, doc] of all.entries()) {
    const tokens = paragraphs[index]!.flatMap((paragraph) => paragraph.tokens)
    for (const quote of doc.quotes) {
      if (!quote.cue) continue
      const head = tokens.find((token) => heads[index]!.has(token.start) && token.start >= quote.cue!.start && token.end <= quote.cue!.end)
      if (!head) continue
      add(total, head.norm)
      if (!quote.speaker) add(none, head.norm)
    }
  }
  return [...total].filter(([word, count]) => count >= 5 && (none.get(word) ?? 0) / count >= 0.5).map(([word]) => word).sort()
}

/**
 * Heads seen at least 5 times right after a comma whose gold speaker then
 * follows the cue at least half of the time.
 *
 * @param all The documents.
 * @param paragraphs Their paragraphs, read.
 * @param heads Per document, the starts of head tokens.
 * @returns The heads, sorted.
 */
function learnInverting(all: CorpusDoc[], paragraphs: ReadParagraph[][], heads: Array<Set<number>>): string[] {
  const total = new Map<string, number>()
  const after = new Map<string, number>()
  for (const [index, doc] of all.entries()) {
    const tokens = paragraphs[index]!.flatMap((paragraph) => paragraph.tokens)
    const positions = new Map(tokens.map((token, position) => [token.start, position]))
    for (const quote of doc.quotes) {
      if (!quote.cue || !quote.speaker) continue
      const head = tokens.find((token) => heads[index]!.has(token.start) && token.start >= quote.cue!.start && token.end <= quote.cue!.end)
      if (!head) continue
      const first = tokens.find((token) => token.start >= quote.cue!.start)
      const before = first ? tokens[positions.get(first.start)! - 1] : undefined
      if (!before || (before.norm !== ',' && before.norm !== '"')) continue
      add(total, head.norm)
      if (quote.speaker.start >= quote.cue.end) add(after, head.norm)
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
function literal(value: string): string {
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

/**
 * A percentage with one decimal.
 *
 * @param a The part.
 * @param b The whole.
 * @returns The percentage as text.
 */
function pct(a: number, b: number): string {
  return b === 0 ? '0.0' : ((100 * a) / b).toFixed(1)
}
