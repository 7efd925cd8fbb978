/**
 * Where direct and mixed quotes go wrong on PolNeAR: the gold quotes with
 * quote marks (direct or mixed; with `--all`, every gold quote) whose paired
 * quote has the wrong cue (`stolen` when another of our quotes has the gold
 * cue), that our quotes split (two or more of ours overlap one gold quote),
 * merge (one of ours overlaps two or more gold quotes) or miss, grouped by
 * shape: the gold kind, where its cue stands, whether it has several quoted
 * parts, what follows its cue when that stands between them, and our kind.
 * The first line also counts the pairs whose spans are the same.
 * `--dump FILE` writes each gold quote's state, to compare two builds.
 *
 * ```sh
 * npx tsx scripts/direct-errors.ts [train|dev] [--all] [--show GROUP] [--limit N] [--dump FILE]
 * ```
 */
import {writeFileSync} from 'node:fs'
import {parseDispatch} from '../src/index.js'
import type {Quote} from '../src/lib/types.js'
import {scoreQuotes, cueAgrees, type QuoteItem} from './eval/score-quotes.js'
import {spansOverlap} from './eval/spans.js'
import {loadPolnear, type CorpusDoc, type GoldQuote} from './quotes-corpus.js'

const args = process.argv.slice(2)
const split = args.includes('dev') ? 'dev' : 'train'
const show = args.includes('--show') ? args[args.indexOf('--show') + 1] : undefined
const limit = args.includes('--limit') ? Number(args[args.indexOf('--limit') + 1]) : 12
const all = args.includes('--all')
const dump = args.includes('--dump') ? args[args.indexOf('--dump') + 1] : undefined
/** Per gold quote (document id and index): paired, cue right, and ours. */
const states: Record<string, string> = {}

/** One case found. */
interface Case {
  doc: string
  problem: 'cue' | 'stolen' | 'split' | 'merge' | 'missed'
  shape: string
  text: string
}

const docs = loadPolnear(split)
if (!docs) throw new Error('Cannot find PolNeAR ' + split)
const cases: Case[] = []
let wrongCues = 0
let exact = 0
for (const doc of docs) examine(doc)

const groups = new Map<string, Case[]>()
for (const item of cases) {
  const key = item.problem + ' ' + item.shape
  const list = groups.get(key) ?? []
  list.push(item)
  groups.set(key, list)
}

if (dump) writeFileSync(dump, JSON.stringify(states))
console.log(split + ': ' + cases.length + ' cases; wrong cues of paired quotes (all kinds): ' + wrongCues + '; pairs with the same span: ' + exact)
for (const [key, list] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
  console.log(String(list.length).padStart(5) + '  ' + key)
  if (show !== undefined && key.includes(show)) {
    for (const item of list.slice(0, limit)) console.log('         ' + item.doc + ' ' + item.text + '\n')
  }
}

/**
 * Find the cases of one document.
 *
 * @param doc The document.
 */
function examine(doc: CorpusDoc): void {
  const article = parseDispatch(doc.text)
  const ours = article.quotes
  const predicted: QuoteItem[] = ours.map((quote) => ({start: quote.span.start, end: quote.span.end, kind: quote.kind, speaker: quote.speaker?.span, cue: quote.cue?.span}))
  const score = scoreQuotes(doc.text, doc.quotes, predicted)
  const pairedOurs = new Map<number, number>()
  for (const pair of score.pairs) pairedOurs.set(pair.gold, pair.predicted)
  for (const pair of score.pairs) if (pair.exact) exact++
  for (const pair of score.pairs) if (!cueAgrees(doc.quotes[pair.gold]!.cue, predicted[pair.predicted]!.cue)) wrongCues++
  for (const [index, gold] of doc.quotes.entries()) {
    const paired = pairedOurs.get(index)
    const quote = paired === undefined ? undefined : ours[paired]
    const state = !quote ? 'missed' : cueAgrees(gold.cue, predicted[paired!]!.cue) ? 'right' : 'wrong-cue'
    states[doc.id + '#' + index] = state + '\t' + describe(doc, gold, quote ? [quote] : [])
  }

  for (const [index, gold] of doc.quotes.entries()) {
    if (!all && gold.kind === 'indirect' && !ours.some((quote, at) => quote.kind !== 'indirect' && spansOverlap(score.predicted[at]!, score.gold[index]!))) continue
    const overlapping = ours.map((_, at) => at).filter((at) => spansOverlap(score.predicted[at]!, score.gold[index]!))
    const paired = pairedOurs.get(index)
    let problem: Case['problem'] | undefined
    if (paired !== undefined && !cueAgrees(gold.cue, predicted[paired]!.cue)) problem = predicted.some((item) => cueAgrees(gold.cue, item.cue)) ? 'stolen' : 'cue'
    else if (overlapping.length > 1) problem = 'split'
    else if (paired === undefined) problem = 'missed'
    else if (score.gold.filter((span) => spansOverlap(span, score.predicted[paired]!)).length > 1 && ours[paired]!.kind !== 'indirect') problem = 'merge'
    if (!problem) continue
    const holder = ours.findIndex((_, at) => cueAgrees(gold.cue, predicted[at]!.cue))
    const shown = problem === 'stolen' ? [paired!, holder] : overlapping
    cases.push({doc: doc.id, problem, shape: shapeOf(doc.text, gold, paired === undefined ? undefined : ours[paired]), text: describe(doc, gold, shown.map((at) => ours[at]!))})
  }
}

/**
 * The shape of a gold quote: its kind, where its cue stands against its
 * quoted parts, and the words that open what stands between them.
 *
 * @param text The document text.
 * @param gold The gold quote.
 * @param ours Our paired quote, if any.
 * @returns A short label.
 */
function shapeOf(text: string, gold: GoldQuote, ours: Quote | undefined): string {
  const content = text.slice(gold.start, gold.end)
  const marks = content.match(/["“”]/g)?.length ?? 0
  const cue = gold.cue
  const where = !cue ? 'nocue' : cue.start >= gold.end ? 'cue-after' : cue.end <= gold.start ? 'cue-before' : 'cue-inside'
  const parts = marks >= 4 ? 'parts' : 'one'
  let between = ''
  if (cue && where === 'cue-inside') {
    const after = text.slice(cue.end, gold.end).match(/^[^"“”]*/)?.[0] ?? ''
    between = ' ' + (/^\s*,\s*(who|which|whose)\b/.test(after) ? 'rel' : /^\s*,\s*\w+ing\b/.test(after) ? 'ing' : /^\s*[,.]\s*$/.test(after) ? 'plain' : 'other')
  }
  const ourKind = ours ? ' ours-' + ours.kind : ''
  return gold.kind + ' ' + where + ' ' + parts + between + ourKind
}

/**
 * A line for one case: the gold quote with its cue, then ours.
 *
 * @param doc The document.
 * @param gold The gold quote.
 * @param ours Our quotes overlapping it.
 * @returns The description.
 */
function describe(doc: CorpusDoc, gold: GoldQuote, ours: Quote[]): string {
  const clip = (value: string) => (value.length > 220 ? value.slice(0, 100) + ' … ' + value.slice(-100) : value).replace(/\n+/g, ' ¶ ')
  const lines = ['GOLD ' + clip(doc.text.slice(gold.start, gold.end)) + '  [cue: ' + (gold.cue?.text ?? '-') + ' | spk: ' + (gold.speaker?.text ?? '-') + ']']
  for (const quote of ours) lines.push('OURS ' + quote.kind + ' ' + clip(quote.text) + '  [cue: ' + (quote.cue?.text ?? '-') + ' | spk: ' + (quote.speaker?.text ?? '-') + ']')
  return lines.join('\n         ')
}
