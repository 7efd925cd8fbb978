import {overlapWeights} from '../../data/overlap-weights.js'
import type {Span} from '../types.js'
import type {Draft} from './draft.js'
import {cutBefore, isReducedRelative, paragraphAt, type FoldedDraft} from './fold-overlaps.js'
import {attributionStart, pairFeatures, type Pair} from './pair-features.js'
import type {QuoteParagraph, QuoteReading} from './read-paragraphs.js'
import {firstTokenFrom} from './token-search.js'

/**
 * The overlaps the rules of `fold-overlaps.ts` leave, settled by a small
 * learned model: for each pair of quotes that still overlap, keep both (the
 * inner one nested in the outer one), drop the inner one (a word of the outer
 * content), drop the outer one (its cue is no attribution), or cut the outer
 * content before the inner attribution (two statements one after the
 * other). The model is a multinomial logistic regression over the pair's
 * features (`pair-features.ts`), learned from PolNeAR train by
 * `scripts/learn-overlaps.ts` (data in `src/data/overlap-weights.ts`).
 */

/** What can be done with a pair, in the order of the model's weights. */
export const pairActions = ['keep', 'dropInner', 'dropOuter', 'cutOuter'] as const

/** One of the actions. */
export type PairAction = (typeof pairActions)[number]

/**
 * How likely the best action must be for the model to act (chosen on the
 * PolNeAR train folds, where 0.65 gives the best quote+speaker F1, and
 * held on dev: below it, dropping or cutting costs more correct cues than it
 * saves overlaps).
 */
export const confidence = 0.65

/** The packed weights and the confidence the model reads (the shipped ones, unless a learner says otherwise). */
let model = {packed: overlapWeights, confidence}

/**
 * Settle pairs with other weights or another confidence than the shipped
 * ones, or with the shipped ones again: for the learner, which measures a
 * model learned on part of train on the rest (`scripts/learn-overlaps.ts`).
 * Not part of the API.
 *
 * @param packed The weights, packed as `src/data/overlap-weights.ts` holds them, or `undefined` for the shipped ones.
 * @param threshold The confidence, or `undefined` for the shipped one.
 */
export function useOverlapModel(packed?: string, threshold?: number): void {
  model = {packed: packed ?? overlapWeights, confidence: threshold ?? confidence}
  weightTable = undefined
}

/** How many earlier quotes each quote is compared with (bounds the work per quote). */
export const pairLookBack = 8

/**
 * Settle the pairs of drafts that still overlap.
 *
 * @param input The input.
 * @param reading The paragraphs.
 * @param folded The drafts after the rules, sorted by content start.
 * @returns The drafts kept, sorted by content start, with their parents.
 */
export function settlePairs(input: string, reading: QuoteReading, folded: FoldedDraft[]): FoldedDraft[] {
  for (let at = 0; at < folded.length; at++) {
    for (let back = at - 1; back >= Math.max(0, at - pairLookBack); back--) {
      const earlier = folded[back]!
      const later = folded[at]!
      if (isEmpty(earlier.draft) || isEmpty(later.draft) || !overlaps(earlier.draft.content, later.draft.content)) continue
      const [outer, inner] = orient(earlier, later)
      const paragraph = paragraphAt(reading, inner.draft.cue.start)
      if (!paragraph) continue
      const pair = {outer: outer.draft, inner: inner.draft}
      applyAction(input, reading, outer, inner, decide(input, reading, pair))
    }
  }
  return folded
    .filter((item) => !isEmpty(item.draft))
    .sort((a, b) => a.draft.content.start - b.draft.content.start || a.draft.content.end - b.draft.content.end)
}

/**
 * Which of two overlapping drafts is the outer one: the one whose content
 * holds the other's cue, else the one that starts first.
 *
 * @param earlier The draft that starts first.
 * @param later The other.
 * @returns The outer and the inner draft.
 */
export function orient<T extends {draft: Draft}>(earlier: T, later: T): [T, T] {
  if (!within(later.draft.cue, earlier.draft.content) && within(earlier.draft.cue, later.draft.content)) return [later, earlier]
  return [earlier, later]
}

/**
 * The action the model scores highest for a pair; a participle right after
 * a noun (`statements declaring …`) is always nested.
 *
 * @param input The input.
 * @param reading The paragraphs.
 * @param pair The pair.
 * @returns The action.
 */
export function decide(input: string, reading: QuoteReading, pair: Pair): PairAction {
  const paragraph = paragraphAt(reading, pair.inner.cue.start)
  if (!paragraph) return 'keep'
  const ruled = ruleAction(paragraph, pair)
  if (ruled) return ruled
  const sums = [0, 0, 0, 0]
  const table = (weightTable ??= unpack(model.packed))
  for (const feature of pairFeatures(input, paragraph, pair)) {
    const weights = table.get(feature)
    if (weights) for (let index = 0; index < sums.length; index++) sums[index]! += weights[index]!
  }
  let best = 0
  for (let index = 1; index < sums.length; index++) if (sums[index]! > sums[best]!) best = index
  // Below the confidence, the pair stays as the rules left it.
  const top = sums[best]!
  let total = 0
  for (const sum of sums) total += Math.exp(sum - top)
  if (1 / total < model.confidence) return 'keep'
  return pairActions[best]!
}

/**
 * The pairs the rules settle before the model: a participle right after a
 * noun (`statements declaring …`) reports inside the clause around it and is
 * nested, as is a participle after a comma whose speaker opens the outer
 * content (`Producers asked …, citing losses …`); a quote whose cue lies in
 * another's content but whose own content
 * runs out of it (`The president told her that …, according to an account
 * she gave …`) is a word of that content, and dropped (on PolNeAR train, 35
 * of 50 such pairs; every figure of train and dev gains).
 *
 * @param paragraph The paragraph of the inner cue.
 * @param pair The pair.
 * @returns The action, or `undefined` for the model to decide.
 */
export function ruleAction(paragraph: QuoteParagraph, pair: Pair): PairAction | undefined {
  const head = firstTokenFrom(paragraph.tokens, pair.inner.cue.start)
  const contained = within(pair.inner.content, pair.outer.content)
  if (head >= 0 && contained && isReducedRelative(paragraph.tokens, head)) return 'keep'
  if (!contained && within(pair.inner.cue, pair.outer.content)) return 'dropInner'
  // `attacked the plan, saying, “…”`: a direct quote with its cue inside a report ends it.
  if (contained && pair.inner.kind === 'direct' && within(pair.inner.cue, pair.outer.content) && afterComma(paragraph, pair.inner) && pair.inner.cue.end <= pair.inner.content.start) return 'cutOuter'
  // `Producers asked the department to …, citing losses …`: a participle
  // after a comma speaks for the subject that opens the outer content, and
  // reports inside it (11 pairs of train, where dropping the inner quote
  // loses 5 pairs and 8 right cues, cutting the outer one 7 and 11).
  if (contained && isSubjectParticiple(paragraph, pair)) return 'keep'
  // `said that the unions had warned that …`: a report with its own subject
  // and that-clause inside a that-clause is nested.
  const speaker = pair.inner.speaker
  const first = paragraph.tokens[firstTokenFrom(paragraph.tokens, pair.outer.content.start)]
  const that = paragraph.tokens[firstTokenFrom(paragraph.tokens, pair.inner.content.start)]
  if (contained && first?.norm === 'that' && that?.norm === 'that' && speaker && within(speaker, pair.outer.content)) return 'keep'
  return undefined
}

/**
 * Whether the inner cue is a participle after a comma whose speaker opens
 * the outer content (`Producers asked …, citing losses …`).
 *
 * @param paragraph The paragraph.
 * @param pair The pair.
 * @returns `true` for such a participle.
 */
function isSubjectParticiple(paragraph: QuoteParagraph, pair: Pair): boolean {
  const {tokens} = paragraph
  const head = firstTokenFrom(tokens, pair.inner.cue.start)
  const speaker = pair.inner.speaker
  if (head < 1 || !speaker || tokens[head - 1]!.norm !== ',' || !/^\w{3,}ing$/.test(tokens[head]!.norm)) return false
  return speaker.start === pair.outer.content.start
}

/**
 * Whether a comma stands right before a draft's attribution: before its
 * speaker when that comes first, else before its cue (`…, saying, “…”`).
 *
 * @param paragraph The paragraph.
 * @param draft The draft.
 * @returns `true` after a comma.
 */
function afterComma(paragraph: QuoteParagraph, draft: Draft): boolean {
  const speaker = draft.speaker && draft.speaker.start < draft.cue.start ? draft.speaker : undefined
  const first = firstTokenFrom(paragraph.tokens, (speaker ?? draft.cue).start)
  return paragraph.tokens[first - 1]?.norm === ','
}

/** The weights by feature, unpacked on first use. */
let weightTable: Map<string, number[]> | undefined

/**
 * Unpack the generated weights: one line a feature, its name and the
 * weights of the actions in tenths.
 *
 * @param packed The generated string.
 * @returns The weights by feature.
 */
function unpack(packed: string): Map<string, number[]> {
  const table = new Map<string, number[]>()
  for (const line of packed.split('\n')) {
    const parts = line.split(' ')
    table.set(parts[0]!, parts.slice(1).map((value) => Number(value) / 10))
  }
  return table
}

/**
 * Carry out an action on a pair. A direct quote is never dropped: its marks
 * say it is speech.
 *
 * @param input The input.
 * @param reading The paragraphs.
 * @param outer The outer draft.
 * @param inner The inner draft.
 * @param chosen The action.
 */
export function applyAction(input: string, reading: QuoteReading, outer: FoldedDraft, inner: FoldedDraft, chosen: PairAction): void {
  const dropped = chosen === 'dropInner' ? inner.draft : chosen === 'dropOuter' ? outer.draft : undefined
  const action = dropped?.kind === 'direct' ? 'keep' : chosen
  if (action === 'dropInner') empty(inner.draft)
  else if (action === 'dropOuter') empty(outer.draft)
  else if (action === 'cutOuter') {
    const start = attributionStart({outer: outer.draft, inner: inner.draft})
    if (start > outer.draft.content.start) cutBefore(input, reading, outer.draft, start)
    else empty(inner.draft)
  }
  if (action !== 'keep' || !within(inner.draft.content, outer.draft.content)) {
    if (inner.parent === outer.draft) delete inner.parent
  } else {
    inner.parent = outer.draft
  }
}

/**
 * Empty a draft's content, to drop it.
 *
 * @param draft The draft.
 */
function empty(draft: Draft): void {
  draft.content = {start: draft.content.start, end: draft.content.start}
}

/**
 * Whether a draft was dropped.
 *
 * @param draft The draft.
 * @returns `true` when its content is empty.
 */
function isEmpty(draft: Draft): boolean {
  return draft.content.end <= draft.content.start
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
