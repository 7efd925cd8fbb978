/**
 * `npx tsx scripts/quote-misses.ts [--dev] [--in-sample] [--top N] [--show WORD]`:
 * where the gold quotes the stage misses go. Train is read out of fold (each
 * fifth of the documents with a cue model learned on the other four, as
 * `scripts/learn-overlaps.ts` reads it); `--in-sample` reads it with the
 * shipped cue model, `--dev` reads dev with it. Every gold quote left
 * unpaired is put in one bin (why it is missed) and counted by its cue's
 * head word and by what stands after the head (`governed`, and a clause
 * without `that`); `--show WORD` prints the sentences of that head's misses,
 * `--bin PREFIX` those of the indirect quotes missed in a bin (`--shape S`:
 * only those whose cue is followed by that shape).
 */
import {parseDispatch} from '../src/index.js'
import {useCueData} from '../src/lib/6-quotes/cue-weights.js'
import {cueProbability, isCueCandidate} from '../src/lib/6-quotes/cue-model.js'
import {governed} from '../src/lib/6-quotes/features.js'
import {groupOf} from '../src/lib/6-quotes/token-classes.js'
import type {Token} from '../src/lib/6-quotes/tokens.js'
import {scoreQuotes, type QuoteItem} from './eval/score-quotes.js'
import {headsOf, learnCueData, readCorpus} from './cue-learner.js'
import {loadPolnear} from './quotes-corpus.js'

const folds = 5
const onDev = process.argv.includes('--dev')
const inSample = process.argv.includes('--in-sample')
const topIndex = process.argv.indexOf('--top')
const top = topIndex > 0 ? Number(process.argv[topIndex + 1]) : 25
const showIndex = process.argv.indexOf('--show')
const show = showIndex > 0 ? process.argv[showIndex + 1] : undefined
const binIndex = process.argv.indexOf('--bin')
const showBin = binIndex > 0 ? process.argv[binIndex + 1] : undefined
const shapeIndex = process.argv.indexOf('--shape')
const showShape = shapeIndex > 0 ? process.argv[shapeIndex + 1] : undefined

const docs = loadPolnear(onDev ? 'dev' : 'train')!
const reading = readCorpus(docs)
const all = docs.map((_, index) => index)

const bins = new Map<string, number>()
const byHead = new Map<string, Map<string, number>>()
const byShape = new Map<string, Map<string, number>>()
let goldTotal = 0
let missedTotal = 0

for (let fold = 0; fold < (onDev || inSample ? 1 : folds); fold++) {
  if (!onDev && !inSample) useCueData(learnCueData(reading, all.filter((index) => index % folds !== fold)))
  for (const index of all) {
    if (!onDev && !inSample && index % folds !== fold) continue
    readOne(index)
  }
}
useCueData(undefined)

console.log(`gold ${goldTotal}, missed ${missedTotal}`)
for (const [bin, count] of [...bins].sort((a, b) => b[1] - a[1])) {
  console.log(`\n## ${bin}: ${count}`)
  console.log('heads: ' + topOf(byHead.get(bin)!))
  console.log('after: ' + topOf(byShape.get(bin)!))
}

/**
 * Read one document, and bin its missed gold quotes.
 *
 * @param index The document.
 */
function readOne(index: number): void {
  const doc = docs[index]!
  const article = parseDispatch(doc.text)
  const predicted: QuoteItem[] = article.quotes.map((quote) => ({
    start: quote.span.start,
    end: quote.span.end,
    kind: quote.kind,
    speaker: quote.speaker?.span,
    cue: quote.cue?.span
  }))
  const score = scoreQuotes(doc.text, doc.quotes, predicted)
  goldTotal += doc.quotes.length
  const {pairs} = headsOf(reading, index)
  const paragraphs = reading.read[index]!
  for (const goldIndex of score.unmatchedGold) {
    missedTotal++
    const quote = doc.quotes[goldIndex]!
    const pair = pairs.find((item) => item.quote === quote)
    let bin = 'no cue'
    let head = '-'
    let shape = '-'
    let sentence = doc.text.slice(quote.start, quote.end)
    if (pair) {
      const found = locate(paragraphs, pair.head)
      const token = found.tokens[found.at]!
      head = token.norm
      shape = shapeAfter(found.tokens, found.at)
      sentence = sentenceOf(doc.text, quote, token)
      const probability = cueProbability(found.tokens, found.at, found.quoted)
      const cueKept = predicted.some((item) => item.cue && item.cue.start <= token.start && item.cue.end >= token.end)
      if (!isCueCandidate(head)) bin = 'not in lexicon'
      else if (probability < 0.1) bin = 'scored < 0.1'
      else if (probability < 0.3) bin = 'scored 0.1-0.3'
      else if (cueKept) bin = 'cue kept, content elsewhere'
      else bin = 'scored >= 0.3, no quote kept'
      if ((show && head === show) || (showBin && bin.startsWith(showBin) && quote.kind === 'indirect' && (!showShape || shape === showShape))) {
        const ours = predicted.find((item) => item.cue && item.cue.start <= token.start && item.cue.end >= token.end)
        const note = ours ? ` || ours: ${doc.text.slice(ours.start, ours.end).replace(/\s+/g, ' ').slice(0, 160)}` : ''
        console.log(`[${bin} ${probability.toFixed(2)} ${quote.kind}] ${sentence} || gold: ${doc.text.slice(quote.start, quote.end).replace(/\s+/g, ' ').slice(0, 160)}${note}`)
      }
    }
    bump(bins, bin)
    bump(inner(byHead, bin), head)
    bump(inner(byShape, bin), shape)
  }
}

/**
 * The paragraph and index of a token given by its index in the document's tokens.
 *
 * @param paragraphs The paragraphs.
 * @param at The index over all of them.
 * @returns The paragraph's tokens, quoted flags and the index in them.
 */
function locate(paragraphs: ReturnType<typeof readCorpus>['read'][number], at: number): {tokens: Token[]; quoted: boolean[]; at: number} {
  let rest = at
  for (const paragraph of paragraphs) {
    if (rest < paragraph.tokens.length) return {tokens: paragraph.tokens, quoted: paragraph.quoted, at: rest}
    rest -= paragraph.tokens.length
  }
  throw new Error('token out of range')
}

/**
 * What stands after a head: `governed`, with `CLAUSE` for a noun phrase then
 * an auxiliary or a verb within six tokens (a clause without `that`).
 *
 * @param tokens The tokens.
 * @param at The head.
 * @returns The shape.
 */
function shapeAfter(tokens: readonly Token[], at: number): string {
  const kind = governed(tokens, at)
  if (kind === 'DET' || kind === 'CAP' || kind === 'PRON' || kind === 'W') {
    for (let next = at + 2; next < tokens.length && next <= at + 6; next++) {
      const group = groupOf(tokens[next])
      if (group === 'AUX' || group === 'MODAL' || /ed$/.test(tokens[next]!.norm)) return kind + '+CLAUSE'
      if (tokens[next]!.kind !== 'word') break
    }
  }
  return kind
}

/**
 * A window of text around a quote and its cue.
 *
 * @param text The document.
 * @param quote The quote.
 * @param token The head.
 * @returns The window, the head in brackets.
 */
function sentenceOf(text: string, quote: {start: number; end: number}, token: Token): string {
  const start = Math.max(0, Math.min(quote.start, token.start) - 60)
  const end = Math.min(text.length, Math.max(quote.end, token.end) + 20)
  return (text.slice(start, token.start) + '[' + text.slice(token.start, token.end) + ']' + text.slice(token.end, end)).replace(/\s+/g, ' ')
}

/**
 * The counts of one bin.
 *
 * @param map Counts by bin.
 * @param bin The bin.
 * @returns Its counts.
 */
function inner(map: Map<string, Map<string, number>>, bin: string): Map<string, number> {
  let found = map.get(bin)
  if (!found) map.set(bin, (found = new Map()))
  return found
}

/**
 * Add one to a count.
 *
 * @param map The counts.
 * @param key The key.
 */
function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1)
}

/**
 * The most frequent keys.
 *
 * @param map The counts.
 * @returns `key count` pairs, most first.
 */
function topOf(map: Map<string, number>): string {
  return [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([key, count]) => `${key} ${count}`)
    .join(', ')
}
