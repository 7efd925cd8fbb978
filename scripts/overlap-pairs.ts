/**
 * The overlapping pairs of quotes the quotes stage leaves on PolNeAR, and
 * what the gold says of each: every pair of our quotes whose trimmed
 * contents overlap after the overlap model (as `npm run eval` counts them),
 * with its shape (the two kinds, nested or crossing, what stands before the
 * inner attribution, where the inner speaker is, the cue words), whether
 * each quote pairs with a gold quote and with the gold cue, whether the two
 * gold quotes overlap too (a gold nesting), and what each action of the
 * overlap model would do to the scores of the document (paired quotes,
 * right cues, right speakers, quotes predicted, against keeping both).
 * Pairs are grouped by shape, the likeliest ones first.
 *
 * ```sh
 * npx tsx scripts/overlap-pairs.ts [train|dev] [--by shape|best|gold|kinds,nesting,link,sp,rule] [--show TEXT] [--limit N] [--json FILE]
 * ```
 */
import {writeFileSync} from 'node:fs'
import {overlapWeights} from '../src/data/overlap-weights.js'
import {draftQuotes} from '../src/lib/6-quotes/index.js'
import {paragraphAt, type FoldedDraft} from '../src/lib/6-quotes/fold-overlaps.js'
import {attributionStart, pairFeatures} from '../src/lib/6-quotes/pair-features.js'
import type {QuoteReading} from '../src/lib/6-quotes/read-paragraphs.js'
import {applyAction, decide, orient, pairActions, pairLookBack, ruleAction, settlePairs, type PairAction} from '../src/lib/6-quotes/settle-pairs.js'
import {firstTokenFrom, lastTokenBefore} from '../src/lib/6-quotes/token-search.js'
import {readDocument} from '../src/lib/pipeline.js'
import {cueAgrees, scoreQuotes} from './eval/score-quotes.js'
import {spansOverlap} from './eval/spans.js'
import {loadPolnear, type CorpusDoc} from './quotes-corpus.js'

const args = process.argv.slice(2)
const split = args.includes('dev') ? 'dev' : 'train'
const by = args.includes('--by') ? args[args.indexOf('--by') + 1]! : 'shape'
const show = args.includes('--show') ? args[args.indexOf('--show') + 1] : undefined
const limit = args.includes('--limit') ? Number(args[args.indexOf('--limit') + 1]) : 6
const decided = args.includes('--decided')
const json = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined

/** One overlapping pair found. */
interface Found {
  shape: string
  gold: string
  best: string
  /** Per action: paired quotes, right cues, right speakers, quotes predicted, less keeping both. */
  effects: number[][]
  text: string
  /** The pair's model features (`pair-features.ts`), and a few more facts, for `--json`. */
  features: string[]
  /** With `--decided`: the model's sums per action. */
  sums?: number[]
}

/** The shipped weights by feature. */
const weights = new Map(overlapWeights.split('\n').map((line) => [line.split(' ')[0]!, line.split(' ').slice(1).map((value) => Number(value) / 10)]))

/**
 * The overlap model's sums per action for some features.
 *
 * @param features The features.
 * @returns The sums.
 */
function sumsOf(features: readonly string[]): number[] {
  const sums = [0, 0, 0, 0]
  for (const feature of features) for (const [index, value] of (weights.get(feature) ?? []).entries()) sums[index]! += value
  return sums
}

const docs = loadPolnear(split)
if (!docs) throw new Error('Cannot find PolNeAR ' + split)
const found: Found[] = []
let predicted = 0
for (const doc of docs) examine(doc)

if (json) writeFileSync(json, JSON.stringify(found))
const groups = new Map<string, Found[]>()
for (const item of found) {
  const key = by === 'best' ? item.best : by === 'gold' ? item.gold : by === 'shape' ? item.shape : keyOf(item.shape, by)
  const list = groups.get(key) ?? []
  list.push(item)
  groups.set(key, list)
}
console.log(split + ': ' + found.length + ' overlapping pairs in ' + predicted + ' quotes (' + ((100 * found.length) / predicted).toFixed(2) + ' per 100)')
console.log('effects against keeping both, summed: matched cue speaker predicted')
for (const [index, action] of pairActions.entries()) console.log('  ' + action.padEnd(10) + sum(found, index).join(' '))
for (const [key, list] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
  const effects = pairActions.map((action, index) => action + ' ' + sum(list, index).join('/')).slice(1)
  console.log(String(list.length).padStart(5) + '  ' + key + '   [' + effects.join(', ') + ']')
  if (show !== undefined && key.includes(show)) for (const item of list.slice(0, limit)) console.log('         ' + item.text + '\n')
}

/**
 * Some parts of a shape, to group by: `kinds`, `nesting`, `link`, `sp`,
 * `rule`, joined by commas (`--by link,sp`).
 *
 * @param shape The shape.
 * @param parts The parts wanted.
 * @returns The key.
 */
function keyOf(shape: string, parts: string): string {
  const [kinds, nesting, ...rest] = shape.split(' ')
  const named: Record<string, string> = {kinds: kinds!, nesting: nesting!}
  for (const part of rest) named[part.slice(0, part.indexOf(':'))] = part
  return parts
    .split(',')
    .map((part) => named[part] ?? '-')
    .join(' ')
}

/**
 * The effects of an action summed over pairs.
 *
 * @param list The pairs.
 * @param index The action's index.
 * @returns Paired quotes, right cues, right speakers, quotes predicted.
 */
function sum(list: readonly Found[], index: number): number[] {
  const total = [0, 0, 0, 0]
  for (const item of list) for (let k = 0; k < 4; k++) total[k]! += item.effects[index]![k]!
  return total
}

/**
 * Find the overlapping pairs of one document.
 *
 * @param doc The document.
 */
function examine(doc: CorpusDoc): void {
  const {document} = readDocument(doc.text)
  const {reading, folded} = draftQuotes(document)
  if (decided) {
    examineDecisions(doc, reading, folded)
    return
  }
  const settled = settlePairs(doc.text, reading, folded)
  predicted += settled.length
  const base = score(doc, settled)
  for (let at = 0; at < settled.length; at++) {
    for (let back = 0; back < at; back++) {
      if (!spansOverlap(base.predicted[back]!, base.predicted[at]!)) continue
      const [outer, inner] = orient(settled[back]!, settled[at]!)
      const effects = pairActions.map((action) => effectOf(doc, reading, settled, back, at, action, base.counts))
      found.push(describe(doc, reading, outer, inner, base, effects, settled))
    }
  }
}

/**
 * With `--decided`: the pairs the overlap model meets (after the rules of
 * `fold-overlaps.ts`), each with the action `decide` takes (`rule:` when a
 * rule of `ruleAction` takes it) in its shape, and the effects of each
 * action taken alone.
 *
 * @param doc The document.
 * @param reading The paragraphs.
 * @param folded The drafts after the rules.
 */
function examineDecisions(doc: CorpusDoc, reading: QuoteReading, folded: FoldedDraft[]): void {
  const base = score(doc, folded)
  predicted += folded.length
  for (let at = 0; at < folded.length; at++) {
    for (let back = Math.max(0, at - pairLookBack); back < at; back++) {
      const [outer, inner] = orient(folded[back]!, folded[at]!)
      if (!(outer.draft.content.start < inner.draft.content.end && inner.draft.content.start < outer.draft.content.end)) continue
      const paragraph = paragraphAt(reading, inner.draft.cue.start)
      if (!paragraph) continue
      const action = decide(doc.text, reading, {outer: outer.draft, inner: inner.draft})
      const effects = pairActions.map((each) => effectOf(doc, reading, folded, back, at, each, base.counts))
      const item = describe(doc, reading, outer, inner, base, effects, folded)
      const chosen = ruleAction(paragraph, {outer: outer.draft, inner: inner.draft}) ? 'rule:' + action : action
      found.push({...item, shape: chosen + ' ' + item.shape, gold: chosen + ' ' + item.gold, best: chosen + ' best:' + item.best, sums: sumsOf(item.features)})
    }
  }
}

/** What scoring a document gives, with the pairing by predicted index. */
interface Scored {
  counts: number[]
  predicted: Array<{start: number; end: number}>
  /** Per predicted quote: its gold partner, if any. */
  partner: Map<number, number>
}

/**
 * Score drafts on the gold.
 *
 * @param doc The document.
 * @param kept The drafts.
 * @returns The counts and the pairing.
 */
function score(doc: CorpusDoc, kept: readonly FoldedDraft[]): Scored {
  const result = scoreQuotes(doc.text, doc.quotes, kept.map(({draft}) => ({...draft.content, kind: draft.kind, speaker: draft.speaker, cue: draft.cue})))
  const {counts} = result
  return {counts: [counts.matched, counts.cue, counts.speaker, counts.predicted], predicted: result.predicted, partner: new Map(result.pairs.map((pair) => [pair.predicted, pair.gold]))}
}

/**
 * What one action on one pair does to the scores, against keeping both.
 *
 * @param doc The document.
 * @param reading The paragraphs.
 * @param settled The drafts.
 * @param back The earlier draft of the pair.
 * @param at The later one.
 * @param action The action.
 * @param base The counts as they are.
 * @returns The differences.
 */
function effectOf(doc: CorpusDoc, reading: QuoteReading, settled: readonly FoldedDraft[], back: number, at: number, action: PairAction, base: readonly number[]): number[] {
  const copy = settled.map((item) => ({draft: {...item.draft, content: {...item.draft.content}}}))
  const [outer, inner] = orient(copy[back]!, copy[at]!)
  applyAction(doc.text, reading, outer, inner, action)
  const kept = copy.filter((item) => item.draft.content.end > item.draft.content.start)
  return score(doc, kept).counts.map((value, index) => value - base[index]!)
}

/**
 * Describe one pair.
 *
 * @param doc The document.
 * @param reading The paragraphs.
 * @param outer The outer draft.
 * @param inner The inner one.
 * @param base The document's scores.
 * @param effects The effects of the actions.
 * @param settled All drafts.
 * @returns The pair found.
 */
function describe(doc: CorpusDoc, reading: QuoteReading, outer: FoldedDraft, inner: FoldedDraft, base: Scored, effects: number[][], settled: readonly FoldedDraft[]): Found {
  const text = doc.text
  const paragraph = paragraphAt(reading, inner.draft.cue.start)
  const tokens = paragraph?.tokens ?? []
  const head = firstTokenFrom(tokens, inner.draft.cue.start)
  const pair = {outer: outer.draft, inner: inner.draft}
  const start = attributionStart(pair)
  const before = tokens[lastTokenBefore(tokens, start)]
  const link = !before || before.start < outer.draft.content.start ? 'start' : before.kind === 'word' && !/^(that|and|but|as|while|when|which|who|because|if)$/.test(before.norm) ? (before.capital ? 'Cap' : 'w') : before.norm
  const contained = outer.draft.content.start <= inner.draft.content.start && inner.draft.content.end <= outer.draft.content.end
  const cueInside = outer.draft.content.start <= inner.draft.cue.start && inner.draft.cue.end <= outer.draft.content.end
  const features = paragraph ? pairFeatures(text, paragraph, pair) : []
  const speaker = features.find((feature) => feature.startsWith('sp:'))?.slice(3) ?? '?'
  const ruled = paragraph ? ruleAction(paragraph, pair) : undefined
  const shape = `${outer.draft.kind}>${inner.draft.kind} ${contained ? 'nested' : 'cross'}${cueInside ? '' : '-cueout'} link:${link} sp:${speaker}${ruled ? ' rule:' + ruled : ''}`
  const verdict = (item: FoldedDraft) => {
    const index = settled.indexOf(item)
    const gold = base.partner.get(index)
    if (gold === undefined) return 'none'
    return cueAgrees(doc.quotes[gold]!.cue, item.draft.cue) ? 'cue' : 'wrong'
  }
  const o = base.partner.get(settled.indexOf(outer))
  const i = base.partner.get(settled.indexOf(inner))
  const goldNested = o !== undefined && i !== undefined && spansOverlap(doc.quotes[o]!, doc.quotes[i]!)
  const gold = `outer:${verdict(outer)} inner:${verdict(inner)}${goldNested ? ' gold-overlap' : ''}`
  let best = 0
  const gain = (row: readonly number[]) => 2 * row[0]! - 0.8 * row[3]! + 2 * (row[1]! - 0.92 * row[0]!) + (row[2]! - 0.88 * row[0]!)
  for (let index = 1; index < effects.length; index++) if (gain(effects[index]!) > gain(effects[best]!) + 1e-9) best = index
  const clip = (value: string) => (value.length > 240 ? value.slice(0, 110) + ' … ' + value.slice(-110) : value).replace(/\n+/g, ' ¶ ')
  const line = (item: FoldedDraft) =>
    `${item.draft.kind} p=${item.draft.probability.toFixed(2)} [cue: ${text.slice(item.draft.cue.start, item.draft.cue.end)} | spk: ${item.draft.speaker ? text.slice(item.draft.speaker.start, item.draft.speaker.end) : '-'}] ${clip(text.slice(item.draft.content.start, item.draft.content.end))}`
  const golds = [o, i].filter((value) => value !== undefined).map((index) => {
    const quote = doc.quotes[index]!
    return `GOLD [cue: ${quote.cue?.text ?? '-'} | spk: ${quote.speaker?.text ?? '-'}] ${clip(text.slice(quote.start, quote.end))}`
  })
  const description = [`${doc.id} ${gold} best:${pairActions[best]} head:${tokens[head]?.norm}`, 'OUTER ' + line(outer), 'INNER ' + line(inner), ...golds].join('\n         ')
  const facts = ['parent:' + (inner.parent === outer.draft), 'of:' + (tokens[firstTokenFrom(tokens, outer.draft.content.start)]?.norm ?? ''), 'if:' + (tokens[firstTokenFrom(tokens, inner.draft.content.start)]?.norm ?? '')]
  return {shape, gold, best: pairActions[best]!, effects, text: description, features: [...features, ...facts]}
}
