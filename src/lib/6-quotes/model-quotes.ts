import type {Span} from '../types.js'
import {countStartingBefore} from '../util/count-before.js'
import {attribute} from './attribute.js'
import {addSpeaker, contentSpan, kindOf, type Draft} from './draft.js'
import type {QuoteParagraph, QuoteReading} from './read-paragraphs.js'
import {featuresPerToken, unitFacts, type UnitFacts} from './span-features.js'
import {fastSpanFeatures} from './span-features-fast.js'
import {loadSpanModel, scoreTokens, SpanLabel, spanLabelCount, viterbi, type SpanModel} from './span-model.js'
import {speakerAfter, speakerBefore} from './speaker-span.js'
import {firstTokenFrom} from './token-search.js'

/**
 * The quote span model over the rules' drafts (`span-model.ts`): it reads a
 * unit (sentence) with what the rules made of each token, and labels the
 * cue and content tokens. An unlikely indirect draft (cue probability under
 * `vetoBelow`) whose cue it labels outside is dropped; in a unit the rules
 * made nothing of, a content it labels makes an indirect quote, its cue the one it labels (or the likeliest cue word before), its
 * speaker the one the rules find for that cue.
 */

/** Fewest tokens of a unit the model reads. */
const shortestUnit = 4

/** Lowest cue probability of a word that lets the model read a unit the rules made nothing of. */
const candidateFloor = 0.1

/** Fewest tokens of a content the model labels that make a quote. */
const shortestContent = 3

/**
 * An indirect draft whose cue is less likely than this is dropped when the
 * model labels its cue outside (chosen on held-out train: 0.4 and 0 (no
 * veto) gain less).
 */
const vetoBelow = 0.5


/** Emission scores of the unit being labelled, `token * 5 + label`, reused from unit to unit. */
let emission = new Float64Array(1024)

/** A unit's labels and what its features read. */
interface LabelledUnit {
  labels: Uint8Array
  facts: UnitFacts
}

/** A stretch of a unit's tokens, in unit indices. */
interface Stretch {
  start: number
  end: number
}

/**
 * Per paragraph, per token, what the rules made of it: a cue's probability
 * in tenths plus one (the low four bits), 16 inside an indirect or mixed
 * content, 32 inside a direct one.
 *
 * @param reading The paragraphs.
 * @param drafts The rules' drafts.
 * @returns The marks, per paragraph.
 */
export function ruleMarks(reading: QuoteReading, drafts: readonly Draft[]): Uint8Array[] {
  const marks = reading.paragraphs.map((paragraph) => new Uint8Array(paragraph.tokens.length))
  for (const draft of drafts) {
    markSpan(reading, marks, draft.content, draft.kind === 'direct' ? 32 : 16)
    markSpan(reading, marks, draft.cue, 1 + Math.min(9, Math.floor(draft.probability * 10)))
  }
  return marks
}

/**
 * Add a mark to every token of a span, in every paragraph it runs through.
 *
 * @param reading The paragraphs.
 * @param marks The marks, per paragraph.
 * @param span The span.
 * @param value The mark.
 */
function markSpan(reading: QuoteReading, marks: Uint8Array[], span: Span, value: number): void {
  const {paragraphs} = reading
  for (let index = paragraphHolding(reading, span.start); index < paragraphs.length && paragraphs[index]!.span.start < span.end; index++) {
    const {tokens} = paragraphs[index]!
    const paragraphMarks = marks[index]!
    for (let at = firstTokenFrom(tokens, span.start); at < tokens.length && tokens[at]!.start < span.end; at++) paragraphMarks[at]! |= value
  }
}

/**
 * The first paragraph that ends after an offset.
 *
 * @param reading The paragraphs.
 * @param offset The offset.
 * @returns Its index (the count of paragraphs when none).
 */
function paragraphHolding(reading: QuoteReading, offset: number): number {
  return countStartingBefore(reading.paragraphs, offset + 1, (paragraph) => paragraph.span.end)
}

/**
 * Label a unit with the model.
 *
 * @param paragraph The paragraph.
 * @param unit The unit.
 * @param model The model.
 * @param marks The paragraph's rule marks (`ruleMarks`).
 * @returns The labels and the facts.
 */
export function labelUnit(paragraph: QuoteParagraph, unit: Stretch, model: SpanModel, marks: Uint8Array): LabelledUnit {
  const count = unit.end - unit.start
  if (emission.length < count * spanLabelCount) emission = new Float64Array(count * spanLabelCount * 2)
  const facts = unitFacts(paragraph, unit.start, unit.end, marks)
  const hashes = fastSpanFeatures(paragraph.tokens, paragraph.quoted, unit.start, facts)
  scoreTokens(model, hashes, count, featuresPerToken, emission)
  return {labels: viterbi(model.pair, model.first, emission, count), facts}
}

/**
 * The stretches of one kind in a unit's labels.
 *
 * @param labels The labels.
 * @param begin The kind's first label.
 * @returns The stretches.
 */
function stretches(labels: Uint8Array, begin: SpanLabel.BeginCue | SpanLabel.BeginContent): Stretch[] {
  const found: Stretch[] = []
  for (let at = 0; at < labels.length; at++) {
    if (labels[at] === begin) found.push({start: at, end: at + 1})
    else if (labels[at] === begin + 1 && found.length > 0 && found.at(-1)!.end === at) found.at(-1)!.end = at + 1
  }
  return found
}

/**
 * Whether a draft is open to the model's veto: an indirect one whose cue is unlikely.
 *
 * @param draft The draft.
 * @returns `true` when the model may drop it.
 */
function vetoable(draft: Draft): boolean {
  return draft.kind === 'indirect' && draft.probability > 0 && draft.probability < vetoBelow
}

/**
 * Run the model over the rules' drafts: drop the unlikely indirect drafts
 * whose cue it labels outside, add the contents it finds in the units the
 * rules made nothing of. It reads only those units (and the units of the
 * drafts it may drop).
 *
 * @param input The caller's input.
 * @param reading The paragraphs.
 * @param drafts The rules' drafts.
 * @returns The drafts kept, then the model's.
 */
export function applySpanModel(input: string, reading: QuoteReading, drafts: readonly Draft[]): Draft[] {
  const labelling: Labelling = {model: loadSpanModel(), marks: ruleMarks(reading, drafts), labelled: new Map()}
  const kept: Draft[] = []
  for (const draft of drafts) if (!vetoable(draft) || !vetoed(reading, draft, labelling)) kept.push(draft)
  for (const paragraph of reading.paragraphs) {
    const paragraphMarks = labelling.marks[paragraph.index]!
    for (const unit of paragraph.units) {
      if (unit.end - unit.start < shortestUnit || !open(paragraph, paragraphMarks, unit)) continue
      for (const draft of unitDrafts(input, reading, paragraph, unit, labelsOf(labelling, paragraph, unit))) kept.push(draft)
    }
  }
  return kept
}

/** What labelling a document's units reads, and the units labelled so far. */
interface Labelling {
  model: SpanModel
  /** The rule marks, per paragraph (`ruleMarks`). */
  marks: Uint8Array[]
  /** Each unit labelled once, found by the unit itself (one object per unit in `paragraph.units`). */
  labelled: Map<Stretch, LabelledUnit>
}

/**
 * The labels of a unit, labelled on first use.
 *
 * @param labelling The document's labelling.
 * @param paragraph The paragraph.
 * @param unit The unit.
 * @returns Its labels and facts.
 */
function labelsOf(labelling: Labelling, paragraph: QuoteParagraph, unit: Stretch): LabelledUnit {
  let found = labelling.labelled.get(unit)
  if (!found) labelling.labelled.set(unit, (found = labelUnit(paragraph, unit, labelling.model, labelling.marks[paragraph.index]!)))
  return found
}

/**
 * Whether the model may find a quote in a unit: the rules made nothing of
 * it, and a word stands in it that the cue model gives at least
 * `candidateFloor` (reading the other units changes no figure on held-out
 * PolNeAR train, and costs time).
 *
 * @param paragraph The paragraph.
 * @param marks Its rule marks.
 * @param unit The unit.
 * @returns `true` when the model reads it.
 */
function open(paragraph: QuoteParagraph, marks: Uint8Array, unit: Stretch): boolean {
  let candidate = false
  for (let at = unit.start; at < unit.end; at++) {
    if (marks[at] !== 0) return false
    if (paragraph.cueScores[at]! >= candidateFloor) candidate = true
  }
  return candidate
}

/**
 * Whether the model labels a draft's cue outside.
 *
 * @param reading The paragraphs.
 * @param draft The draft.
 * @param labelling The document's labelling.
 * @returns `true` when no token of the cue is labelled a cue.
 */
function vetoed(reading: QuoteReading, draft: Draft, labelling: Labelling): boolean {
  const paragraph = reading.paragraphs[paragraphHolding(reading, draft.cue.start)]
  if (!paragraph) return false
  const head = firstTokenFrom(paragraph.tokens, draft.cue.start)
  const unit = paragraph.units[paragraph.unitOf[head]!]
  if (!unit || unit.end - unit.start < shortestUnit) return false
  const {labels} = labelsOf(labelling, paragraph, unit)
  for (let at = head; at < unit.end && paragraph.tokens[at]!.start < draft.cue.end; at++) {
    const label = labels[at - unit.start]
    if (label === SpanLabel.BeginCue || label === SpanLabel.InCue) return false
  }
  return true
}

/**
 * The quotes the model finds in a unit the rules made nothing of. Each
 * content of three tokens or more takes the last cue that ends by its start,
 * else the first cue after it, else the likeliest cue word before it (the
 * later of equals). One walk over the contents, the cues and the tokens, in
 * order: a unit of thousands of tokens (a text with no sentence end) stays
 * linear.
 *
 * @param input The caller's input.
 * @param reading The paragraphs.
 * @param paragraph The paragraph.
 * @param unit The unit.
 * @param labelled The unit's labels.
 * @returns The drafts.
 */
function unitDrafts(input: string, reading: QuoteReading, paragraph: QuoteParagraph, unit: Stretch, labelled: LabelledUnit): Draft[] {
  const {labels, facts} = labelled
  const cues = stretches(labels, SpanLabel.BeginCue)
  const found: Draft[] = []
  // The last cue that ends by the content's start, the first that starts at
  // or after its end, the likeliest cue word before it and how far that was read.
  let before = -1
  let after = 0
  let likeliest = -1
  let read = 0
  for (const content of stretches(labels, SpanLabel.BeginContent)) {
    if (content.end - content.start < shortestContent) continue
    while (before + 1 < cues.length && cues[before + 1]!.end <= content.start) before++
    while (after < cues.length && cues[after]!.start < content.end) after++
    for (; read < content.start; read++) if (facts.cue[read]! > 0 && (likeliest === -1 || facts.cue[read]! >= facts.cue[likeliest]!)) likeliest = read
    const cue = (before === -1 ? undefined : cues[before]) ?? cues[after] ?? (likeliest === -1 ? undefined : {start: likeliest, end: likeliest + 1})
    if (!cue) continue
    const draft = draftOf(input, reading, paragraph, unit, cue, content)
    if (draft) found.push(draft)
  }
  return found
}

/**
 * A draft from a content the model labels and its cue; the speaker is the
 * one the rules find for that cue, or else the noun phrase next to it.
 *
 * @param input The caller's input.
 * @param reading The paragraphs.
 * @param paragraph The paragraph.
 * @param unit The unit.
 * @param cue The cue.
 * @param content The content.
 * @returns The draft, or `undefined` for a direct quote (the rules' business).
 */
function draftOf(input: string, reading: QuoteReading, paragraph: QuoteParagraph, unit: Stretch, cue: Stretch, content: Stretch): Draft | undefined {
  const {tokens} = paragraph
  const first = unit.start
  const span = contentSpan(input, tokens, {start: first + content.start, end: first + content.end})
  if (!span) return undefined
  const cueSpan = {start: tokens[first + cue.start]!.start, end: tokens[first + cue.end - 1]!.end}
  const draft: Draft = {kind: kindOf(input, tokens, span, paragraph.quotes), content: span, cue: cueSpan, probability: 0.5, quotes: []}
  if (draft.kind === 'direct') return undefined
  const head = first + cue.end - 1
  const ruled = attribute(input, reading, {paragraph: paragraph.index, head, start: first + cue.start, end: first + cue.end, probability: 0.5}, () => false)
  if (ruled) {
    addSpeaker(draft, paragraph, ruled.speakerTokens?.range)
    return draft
  }
  const before = cue.end <= content.start
  const speaker = before ? speakerBefore(tokens, first + cue.start, first) : speakerAfter(tokens, first + cue.end, unit.end)
  addSpeaker(draft, paragraph, speaker ?? speakerBefore(tokens, first + cue.start, first))
  return draft
}
