import type {Document} from '../2-text/index.js'
import type {Diagnostic, Entity, Quote} from '../types.js'
import {attribute} from './attribute.js'
import type {Draft} from './draft.js'
import {findCues, type Cue} from './find-cues.js'
import {foldOverlaps, type FoldedDraft} from './fold-overlaps.js'
import {layoutSpeakers} from './layout-speakers.js'
import {orphanQuotes} from './orphan-quotes.js'
import {readParagraphs, type QuoteReading} from './read-paragraphs.js'
import {applySpanModel} from './model-quotes.js'
import {resolveSpeakers} from './resolve-speakers.js'
import type {SpeakerRanker} from './speaker-model.js'
import {settlePairs} from './settle-pairs.js'
import {append} from '../util/append.js'
import {countStartingBefore} from '../util/count-before.js'

/**
 * The quotes stage: direct, indirect and mixed quotes with cue and speaker.
 *
 * 1. Read the headline and paragraphs: tokens from the text stage's token
 *    table, units, quoted stretches (`read-paragraphs`, `tokens`,
 *    `pair-quote-marks`).
 * 2. Quotes whose speaker is marked by layout: `NAME: …`, `“…” — Name`
 *    (`layout-speakers`).
 * 3. Find the cues with the learned model (`find-cues`, `cue-model`,
 *    `cue-weights`, `features`, `token-classes`, data in `src/data/cues.ts`).
 * 4. Turn each cue into a quote: content and speaker (`attribute`, with
 *    `direct-quotes`, `reported-speech`, `speaker-span`).
 * 5. Speech-like quotes no cue took, attributed by the words around them
 *    (`orphan-quotes`).
 * 5b. The quote span model reads the rules' quotes: it drops unlikely
 *    reported speech whose cue it reads as none, and adds the reported
 *    speech it finds in sentences the rules made nothing of (`model-quotes`,
 *    `span-model`, `span-features`, data in `src/data/quote-model.ts`).
 * 6. Drop repeats; one quote per attribution: cut continuations, fold in
 *    stray cues, nest attributions inside another quote's content
 *    (`fold-overlaps`), and settle the overlaps left with the learned pair
 *    model (`settle-pairs`, `pair-features`); resolve speakers to entities
 *    (`resolve-speakers`).
 *
 * @param document The parsed dispatch.
 * @param entities The entities, to resolve speakers to.
 * @param rankSpeakers The learned speaker ranker (`speaker-model.ts`), if any: without it, the rules' speakers stay.
 * @returns The quotes in text order, and diagnostics (unclosed quote marks).
 */
export function findQuotes(document: Document, entities: Entity[], rankSpeakers?: SpeakerRanker): {quotes: Quote[]; diagnostics: Diagnostic[]} {
  const {input} = document
  const {reading, folded: drafted} = draftQuotes(document)
  const folded = settlePairs(input, reading, drafted)
  rankSpeakers?.(reading, folded, entities)
  const quotes = resolveSpeakers(input, reading, folded.map((item) => item.draft), entities)
  const indexOf = new Map(folded.map((item, index) => [item.draft, index]))
  for (const [index, item] of folded.entries()) {
    const parent = item.parent && indexOf.get(item.parent)
    if (parent !== undefined) quotes[index]!.parent = parent
  }
  const diagnostics: Diagnostic[] = reading.unclosed.map((span) => ({
    code: 'unclosed-quote',
    message: 'Cannot find the closing quote mark of the quote that opens here; it is read to the end of its paragraph',
    severity: 'warning',
    span: {start: span.start, end: span.end}
  }))
  return {quotes, diagnostics}
}

/**
 * The drafts of a document after the rules of one quote per attribution,
 * before the overlap model and the speakers' entities (steps 1 to 6 but
 * the last two; `scripts/learn-overlaps.ts` learns from them).
 *
 * @param document The parsed dispatch.
 * @returns The reading and the drafts, sorted by content start.
 */
export function draftQuotes(document: Document): {reading: QuoteReading; folded: FoldedDraft[]} {
  const {input} = document
  const reading = readParagraphs(document)
  const drafts = applySpanModel(input, reading, ruleDrafts(input, reading))
  return {reading, folded: foldOverlaps(input, reading, dropRepeats(drafts))}
}

/**
 * The quotes the rules find: layout speakers, cues and what they take, and
 * the orphan quotes no cue took (steps 2 to 5; `scripts/learn-quote-spans.ts`
 * learns the span model over them).
 *
 * @param input The caller's input.
 * @param reading The paragraphs read.
 * @returns The drafts.
 */
export function ruleDrafts(input: string, reading: QuoteReading): Draft[] {
  const cues: Cue[] = reading.paragraphs.flatMap(findCues)
  // Per paragraph, the tokens that head a cue.
  const heads: Array<Set<number> | undefined> = []
  for (const cue of cues) (heads[cue.paragraph] ??= new Set()).add(cue.head)
  const isCueHead = (paragraph: number, token: number) => heads[paragraph]?.has(token) ?? false

  const drafts: Draft[] = layoutSpeakers(input, reading)
  for (const cue of cues) {
    const draft = attribute(input, reading, cue, isCueHead)
    if (draft) drafts.push(draft)
  }

  append(drafts, orphanQuotes(input, reading, drafts))
  return drafts
}

/**
 * Keep one draft per content: when two cues claim the same content, the
 * likelier cue wins. The rest stay in text order.
 *
 * @param drafts The drafts.
 * @returns The drafts kept, sorted by content.
 */
function dropRepeats(drafts: Draft[]): Draft[] {
  // Sorted by content, repeats stay in their order: the first likeliest wins.
  const sorted = drafts
    .map((draft, index) => ({draft, index}))
    .sort((a, b) => a.draft.content.start - b.draft.content.start || a.draft.content.end - b.draft.content.end || a.index - b.index)
  const kept: Draft[] = []
  for (const {draft} of sorted) {
    const other = kept.at(-1)
    if (!other || other.content.start !== draft.content.start || other.content.end !== draft.content.end) kept.push(draft)
    else if (draft.probability > other.probability) kept[kept.length - 1] = draft
  }
  return dropNestedGuesses(kept)
}

/**
 * Below this probability, a reported speech nested in another quote is
 * dropped (0.65 before the overlap model read the clauses of a pair: with
 * it, the model settles the guesses from 0.6 to 0.65 better than the
 * threshold, on PolNeAR dev and train).
 */
const nestedThreshold = 0.6

/**
 * Drop the unlikely reported speech inside another quote: a draft whose cue
 * and content both lie within another draft's content (`…, which he believes
 * will …`) and whose cue is less likely than `nestedThreshold`. Chosen on
 * PolNeAR: such drafts are more often a word of the outer content than
 * an attribution of their own. Direct and mixed quotes are always kept.
 * Linear after the sort: running maxima of the content ends, by start.
 *
 * @param drafts The drafts, sorted by content start.
 * @returns The drafts kept, in the same order.
 */
function dropNestedGuesses(drafts: Draft[]): Draft[] {
  // Per prefix of the drafts: the largest content end and its draft, and
  // the largest end among the others.
  const firstEnd: number[] = []
  const firstIndex: number[] = []
  const secondEnd: number[] = []
  let first = -1
  let index = -1
  let second = -1
  for (const [at, draft] of drafts.entries()) {
    if (draft.content.end > first) {
      second = first
      first = draft.content.end
      index = at
    } else if (draft.content.end > second) {
      second = draft.content.end
    }
    firstEnd.push(first)
    firstIndex.push(index)
    secondEnd.push(second)
  }

  return drafts.filter((draft, at) => {
    if (draft.kind !== 'indirect' || draft.probability >= nestedThreshold) return true
    const last = lastStartingBy(drafts, draft.cue.start)
    if (last === -1) return true
    const end = firstIndex[last] === at ? secondEnd[last]! : firstEnd[last]!
    return end < Math.max(draft.cue.end, draft.content.end)
  })
}

/**
 * The last of the sorted drafts whose content starts at or before an offset.
 *
 * @param drafts The drafts, sorted by content start.
 * @param offset The offset.
 * @returns Its index, or -1.
 */
function lastStartingBy(drafts: Draft[], offset: number): number {
  // Offsets are whole numbers: starting at or before `offset` is starting before `offset + 1`.
  return countStartingBefore(drafts, offset + 1, (draft) => draft.content.start) - 1
}

