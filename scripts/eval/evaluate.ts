/**
 * Running `parseDispatch` over a corpus and scoring what it returns. The parser
 * is passed in, so these run on any function of its shape; a document on which
 * it throws is recorded as a failure, its gold items still count (as missed).
 */

import {performance} from 'node:perf_hooks'
import type {Article, ParseOptions} from '../../src/index.js'
import type {ConllDoc, CorpusName, NewsquantDoc, PolnearDoc, SplitName, TempevalDoc} from './corpora.js'
import {
  addEntityCounts,
  conllTypes,
  emptyEntityCounts,
  predictedEntities,
  scoreEntities,
  summarizeEntities,
  type ConllType,
  type EntitySummary,
  type TypedSpan
} from './score-entities.js'
import {
  addGumCounts,
  emptyGumCounts,
  gumPredictions,
  scoreGum,
  summarizeGum,
  type GumCounts,
  type GumDoc,
  type GumSummary
} from './score-gum.js'
import {
  addQuantityCounts,
  emptyQuantityCounts,
  changeAgrees,
  scoreQuantities,
  summarizeQuantities,
  unitAgrees,
  type QuantityCounts,
  type QuantitySummary,
  type SystemQuantity
} from './score-quantities.js'
import {addLayoutChecks, emptyLayoutCounts, type LayoutCounts} from './score-layout.js'
import {
  addQuoteCounts,
  emptyQuoteCounts,
  scoreQuotes,
  speakerAgrees,
  summarizeQuotes,
  type QuoteCounts,
  type QuoteItem,
  type QuoteSummary
} from './score-quotes.js'
import {
  addTimexCounts,
  emptyTimexCounts,
  scoreTimexes,
  summarizeTimexes,
  type TimexCounts,
  type TimexItem,
  type TimexSummary
} from './score-timexes.js'
import type {Span} from './spans.js'

/** The shape of `parseDispatch`. */
export type Parse = (text: string, options?: ParseOptions) => Article

/** A document on which the parser threw. */
export interface DocFailure {
  /** The document id. */
  id: string
  /** The error message. */
  message: string
}

/** One example of an error, for people tuning the extractors. */
export interface Example {
  /** What went wrong: `FN`, `FP`, `value`, `speaker`, … */
  label: string
  /** The document id. */
  id: string
  /** Offset of the span in the document text. */
  start: number
  /** End of the span (exclusive). */
  end: number
  /** The text of the span. */
  text: string
  /** More about it: types, values, the other side. */
  note?: string
}

/** What running the parser over a corpus cost. */
export interface RunStats {
  /** Documents run. */
  docs: number
  /** Characters in their texts. */
  chars: number
  /** Time spent inside the parser, in milliseconds. */
  parseMs: number
  /** Time spent on the whole run, scoring included, in milliseconds. */
  totalMs: number
  /** Documents on which the parser threw. */
  failures: DocFailure[]
}

/** The scores on a corpus in CoNLL-2003's conventions (CoNLL-2003, wikigold). */
export interface ConllResult {
  corpus: 'conll2003' | 'wikigold'
  split: SplitName
  stats: RunStats
  summary: EntitySummary
  examples: Example[]
}

/** The scores on GUM (overlap, lenient types, clustering). */
export interface GumResult {
  corpus: 'gum-other'
  split: SplitName
  stats: RunStats
  counts: GumCounts
  summary: GumSummary
  examples: Example[]
}

/** The scores on TempEval-3. */
export interface TempevalResult {
  corpus: 'tempeval3'
  split: SplitName
  stats: RunStats
  counts: TimexCounts
  summary: TimexSummary
  examples: Example[]
}

/** The scores on PolNeAR. */
export interface PolnearResult {
  corpus: 'polnear'
  split: SplitName
  stats: RunStats
  counts: QuoteCounts
  summary: QuoteSummary
  examples: Example[]
}

/** The scores on NewsQuant. */
export interface NewsquantResult {
  corpus: 'newsquant'
  split: SplitName
  stats: RunStats
  counts: QuantityCounts
  summary: QuantitySummary
  examples: Example[]
}

/** The layout checks on one corpus. */
export interface LayoutPart {
  corpus: Exclude<CorpusName, 'wikigold' | 'gum-other' | 'newsquant'>
  split: SplitName
  stats: RunStats
  counts: LayoutCounts
}

/** The layout checks. */
export interface LayoutResult {
  corpus: 'layout'
  parts: LayoutPart[]
}

/** Any section's result. */
export type EvalResult = ConllResult | GumResult | TempevalResult | PolnearResult | NewsquantResult | LayoutResult

/** The documents of each corpus the layout section can look at. */
export interface LayoutInput {
  conll2003?: {split: SplitName; docs: readonly ConllDoc[]}
  tempeval3?: {split: SplitName; docs: readonly TempevalDoc[]}
  polnear?: {split: SplitName; docs: readonly PolnearDoc[]}
}

/**
 * Score entities on CoNLL-2003 documents (or wikigold's, in the same
 * conventions).
 *
 * @param docs The documents.
 * @param split Their split.
 * @param parse The parser.
 * @param exampleLimit How many false positives and negatives to keep.
 * @param corpus Which corpus they are (default `conll2003`).
 * @returns The result.
 */
export function evaluateConll(
  docs: readonly ConllDoc[],
  split: SplitName,
  parse: Parse,
  exampleLimit = 0,
  corpus: ConllResult['corpus'] = 'conll2003'
): ConllResult {
  const counts = emptyEntityCounts()
  const examples = createExampleLog(exampleLimit)
  const stats = runDocs(docs, parse, undefined, function (doc, article) {
    const gold = goldEntities(doc)
    const score = scoreEntities(gold, article ? predictedEntities(article) : [])
    addEntityCounts(counts, score.counts)

    for (const item of score.falseNegatives) {
      examples.add('FN', doc, item, item.type)
    }

    for (const item of score.falsePositives) {
      examples.add('FP', doc, item, item.type + goldTypeNote(gold, item))
    }
  })

  return {
    corpus,
    split,
    stats,
    summary: summarizeEntities(counts),
    examples: examples.list
  }
}

/**
 * Score entities on GUM documents: overlap, lenient types, clustering.
 *
 * @param docs The documents.
 * @param split Their split.
 * @param parse The parser.
 * @param exampleLimit How many false positives and negatives to keep.
 * @returns The result.
 */
export function evaluateGum(
  docs: readonly GumDoc[],
  split: SplitName,
  parse: Parse,
  exampleLimit = 0
): GumResult {
  const counts = emptyGumCounts()
  const examples = createExampleLog(exampleLimit)
  const stats = runDocs(docs, parse, undefined, function (doc, article) {
    const score = scoreGum(doc, article ? gumPredictions(article) : [])
    addGumCounts(counts, score.counts)
    for (const item of score.falseNegatives) examples.add('FN', doc, item, item.type)
    for (const item of score.falsePositives) examples.add('FP', doc, item, item.type)
  })

  return {corpus: 'gum-other', split, stats, counts, summary: summarizeGum(counts), examples: examples.list}
}

/**
 * Score time expressions on TempEval-3 documents, passing each `dct` as
 * `published`.
 *
 * @param docs The documents.
 * @param split Their split.
 * @param parse The parser.
 * @param exampleLimit How many examples of each error to keep.
 * @returns The result.
 */
export function evaluateTempeval(
  docs: readonly TempevalDoc[],
  split: SplitName,
  parse: Parse,
  exampleLimit = 0
): TempevalResult {
  const counts = emptyTimexCounts()
  const examples = createExampleLog(exampleLimit)
  const stats = runDocs(
    docs,
    parse,
    function (doc) {
      return {published: doc.dct}
    },
    function (doc, article) {
      const gold: TimexItem[] = doc.timexes
      const predicted: TimexItem[] = (article?.dates ?? []).map(function (date) {
        return {start: date.span.start, end: date.span.end, type: date.type, value: date.value}
      })
      const score = scoreTimexes(doc.text, gold, predicted)
      addTimexCounts(counts, score.counts)

      for (const index of score.unmatchedGold) {
        const item = gold[index]!
        examples.add('FN', doc, score.gold[index]!, item.type + ' ' + item.value)
      }

      for (const index of score.unmatchedPredicted) {
        const item = predicted[index]!
        examples.add('FP', doc, score.predicted[index]!, item.type + ' ' + item.value)
      }

      for (const pair of score.pairs) {
        const goldItem = gold[pair.gold]!
        const predictedItem = predicted[pair.predicted]!

        if (goldItem.value !== predictedItem.value) {
          examples.add(
            'value',
            doc,
            score.predicted[pair.predicted]!,
            'ours ' + predictedItem.value + ', gold ' + goldItem.value + ' on ' + quoteSlice(doc.text, score.gold[pair.gold]!)
          )
        }
      }
    }
  )

  return {
    corpus: 'tempeval3',
    split,
    stats,
    counts,
    summary: summarizeTimexes(counts),
    examples: examples.list
  }
}

/**
 * Score quotes on PolNeAR documents.
 *
 * @param docs The documents.
 * @param split Their split.
 * @param parse The parser.
 * @param exampleLimit How many examples of each error to keep.
 * @returns The result.
 */
export function evaluatePolnear(
  docs: readonly PolnearDoc[],
  split: SplitName,
  parse: Parse,
  exampleLimit = 0
): PolnearResult {
  const counts = emptyQuoteCounts()
  const examples = createExampleLog(exampleLimit)
  const stats = runDocs(docs, parse, undefined, function (doc, article) {
    const gold: QuoteItem[] = doc.quotes
    const predicted: QuoteItem[] = (article?.quotes ?? []).map(function (quote) {
      return {
        start: quote.span.start,
        end: quote.span.end,
        kind: quote.kind,
        speaker: quote.speaker?.span,
        cue: quote.cue?.span
      }
    })
    const score = scoreQuotes(doc.text, gold, predicted)
    addQuoteCounts(counts, score.counts)

    for (const index of score.unmatchedGold) {
      const item = gold[index]!
      examples.add('FN', doc, score.gold[index]!, item.kind + speakerNote(doc.text, item.speaker))
    }

    for (const index of score.unmatchedPredicted) {
      const item = predicted[index]!
      examples.add('FP', doc, score.predicted[index]!, item.kind + speakerNote(doc.text, item.speaker))
    }

    for (const pair of score.pairs) {
      const goldItem = gold[pair.gold]!
      const predictedItem = predicted[pair.predicted]!
      if (!speakerAgrees(goldItem.speaker, predictedItem.speaker)) {
        examples.add(
          'speaker',
          doc,
          score.gold[pair.gold]!,
          'ours ' + describeSpan(doc.text, predictedItem.speaker) + ', gold ' + describeSpan(doc.text, goldItem.speaker)
        )
      }
    }
  })

  return {
    corpus: 'polnear',
    split,
    stats,
    counts,
    summary: summarizeQuotes(counts),
    examples: examples.list
  }
}

/**
 * Score quantities on NewsQuant sentences (each one text; its only line is
 * read as a headline, and its quantities count).
 *
 * @param docs The sentences.
 * @param split Their split.
 * @param parse The parser.
 * @param exampleLimit How many examples of each error to keep.
 * @returns The result.
 */
export function evaluateNewsquant(
  docs: readonly NewsquantDoc[],
  split: SplitName,
  parse: Parse,
  exampleLimit = 0
): NewsquantResult {
  const counts = emptyQuantityCounts()
  const examples = createExampleLog(exampleLimit)
  const stats = runDocs(docs, parse, undefined, function (doc, article) {
    const found = article?.quantities ?? []
    const score = scoreQuantities(doc.quantities, found)
    addQuantityCounts(counts, score.counts)
    const whole = {start: 0, end: doc.text.length}

    for (const index of score.unmatchedGold) {
      examples.add('FN', doc, whole, 'gold ' + describeGold(doc.quantities[index]!))
    }

    for (const index of score.unmatchedSystem) {
      const item = found[index]!
      examples.add('FP', doc, item.span, describeSystem(item))
    }

    for (const pair of score.pairs) {
      const gold = doc.quantities[pair.gold]!
      const item = found[pair.system]!
      const note = 'ours ' + describeSystem(item) + '; gold ' + describeGold(gold)
      if (!unitAgrees(gold, item)) examples.add('unit', doc, item.span, note)
      if (!changeAgrees(gold, item)) examples.add('change', doc, item.span, note)
    }
  })

  return {
    corpus: 'newsquant',
    split,
    stats,
    counts,
    summary: summarizeQuantities(counts),
    examples: examples.list
  }
}

/** A gold quantity in one line. */
function describeGold(gold: NewsquantDoc['quantities'][number]): string {
  const value = gold.to === null ? String(gold.value) : gold.value + '–' + gold.to
  return value + ' ' + gold.change + ' ' + JSON.stringify(gold.normalized_unit) + ' (' + gold.unit + ')'
}

/** A system quantity in one line. */
function describeSystem(item: SystemQuantity): string {
  const value = item.to === undefined ? String(item.value) : item.value + '–' + item.to
  return value + ' ' + item.kind + ' ' + JSON.stringify(item.unit ?? '-') + (item.mod ? ' ' + item.mod : '') +
    (item.change ? ' ' + item.change : '') + (item.about ? ' about ' + JSON.stringify(item.about.text) : '')
}

/**
 * Check the layout stage on what the corpora tell: titles (PolNeAR,
 * TempEval-3), datelines and first lines (CoNLL-2003), and the publication
 * date found without `dct` (TempEval-3).
 *
 * @param input The documents of each corpus available.
 * @param parse The parser.
 * @returns The result.
 */
export function evaluateLayout(input: LayoutInput, parse: Parse): LayoutResult {
  const parts: LayoutPart[] = []

  if (input.polnear) {
    const counts = emptyLayoutCounts()
    const stats = runDocs(input.polnear.docs, parse, undefined, function (doc, article) {
      if (article) addLayoutChecks(counts, doc.text, article, {title: doc.title})
    })
    parts.push({corpus: 'polnear', split: input.polnear.split, stats, counts})
  }

  if (input.tempeval3) {
    const counts = emptyLayoutCounts()
    const stats = runDocs(input.tempeval3.docs, parse, undefined, function (doc, article) {
      if (article) addLayoutChecks(counts, doc.text, article, {title: doc.title, created: doc.dct})
    })
    parts.push({corpus: 'tempeval3', split: input.tempeval3.split, stats, counts})
  }

  if (input.conll2003) {
    const counts = emptyLayoutCounts()
    const stats = runDocs(input.conll2003.docs, parse, undefined, function (doc, article) {
      if (article) addLayoutChecks(counts, doc.text, article, {})
    })
    parts.push({corpus: 'conll2003', split: input.conll2003.split, stats, counts})
  }

  return {corpus: 'layout', parts}
}

/**
 * Run the parser on each document, timing it and catching what it throws.
 *
 * @param docs The documents.
 * @param parse The parser.
 * @param optionsFor The options to pass for a document, if any.
 * @param visit Called for each document with its Article, or `undefined` when the parser threw.
 * @returns What the run cost and which documents failed.
 */
export function runDocs<Doc extends {id: string; text: string}>(
  docs: readonly Doc[],
  parse: Parse,
  optionsFor: ((doc: Doc) => ParseOptions) | undefined,
  visit: (doc: Doc, article: Article | undefined) => void
): RunStats {
  const began = performance.now()
  const stats: RunStats = {docs: 0, chars: 0, parseMs: 0, totalMs: 0, failures: []}

  for (const doc of docs) {
    const options = optionsFor ? optionsFor(doc) : undefined
    let article: Article | undefined
    const start = performance.now()

    try {
      article = options ? parse(doc.text, options) : parse(doc.text)
    } catch (error) {
      stats.failures.push({id: doc.id, message: error instanceof Error ? error.message : String(error)})
    }

    stats.parseMs += performance.now() - start
    stats.docs++
    stats.chars += doc.text.length
    visit(doc, article)
  }

  stats.totalMs = performance.now() - began
  return stats
}

/**
 * A log that keeps the first few examples of each label.
 *
 * @param limit How many to keep per label.
 * @returns The log.
 */
function createExampleLog(limit: number) {
  const list: Example[] = []
  const perLabel = new Map<string, number>()

  return {list, add}

  function add(label: string, doc: {id: string; text: string}, span: Span, note?: string): void {
    const count = perLabel.get(label) ?? 0
    if (count >= limit) return
    perLabel.set(label, count + 1)
    const example: Example = {label, id: doc.id, start: span.start, end: span.end, text: doc.text.slice(span.start, span.end)}
    if (note) example.note = note
    list.push(example)
  }
}

/**
 * The gold entities of a CoNLL document, those of unknown type left out.
 *
 * @param doc The document.
 * @returns Its typed spans.
 */
function goldEntities(doc: ConllDoc): TypedSpan[] {
  const result: TypedSpan[] = []

  for (const entity of doc.entities) {
    if ((conllTypes as readonly string[]).includes(entity.type)) {
      result.push({start: entity.start, end: entity.end, type: entity.type as ConllType})
    }
  }

  return result
}

/**
 * Say which gold type a false positive has, when only its type is wrong.
 *
 * @param gold The gold entities of the document.
 * @param item The false positive.
 * @returns A note such as `' (gold ORG)'`, or an empty string.
 */
function goldTypeNote(gold: readonly TypedSpan[], item: TypedSpan): string {
  const same = gold.find(function (entity) {
    return entity.start === item.start && entity.end === item.end
  })
  return same ? ' (gold ' + same.type + ')' : ''
}

/**
 * Describe a speaker for an example.
 *
 * @param text The document text.
 * @param speaker The speaker span, if any.
 * @returns A note such as `', speaker "the senator"'`.
 */
function speakerNote(text: string, speaker: Span | null | undefined): string {
  return speaker ? ', speaker ' + quoteSlice(text, speaker) : ', no speaker'
}

/**
 * Describe a span for an example.
 *
 * @param text The document text.
 * @param span The span, if any.
 * @returns The quoted text and offsets, or `none`.
 */
function describeSpan(text: string, span: Span | null | undefined): string {
  return span ? quoteSlice(text, span) + ' @' + span.start : 'none'
}

/**
 * Quote the text of a span, cut short when long.
 *
 * @param text The document text.
 * @param span The span.
 * @returns The text as a JSON string.
 */
function quoteSlice(text: string, span: Span): string {
  const slice = text.slice(span.start, span.end)
  return JSON.stringify(slice.length > 60 ? slice.slice(0, 57) + '...' : slice)
}
