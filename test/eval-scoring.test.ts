import {describe, expect, it} from 'vitest'
import type {Article} from '../src/index.js'
import {readArgs} from '../scripts/eval/args.js'
import {corporaRoot, loadCorpus, parseJsonl} from '../scripts/eval/corpora.js'
import {evaluateConll, evaluateNewsquant, evaluateTempeval} from '../scripts/eval/evaluate.js'
import {checkFloors} from '../scripts/eval/floors.js'
import {prf, ratio} from '../scripts/eval/metrics.js'
import {
  conllType,
  predictedEntities,
  scoreEntities,
  summarizeEntities,
  type TypedSpan
} from '../scripts/eval/score-entities.js'
import {scoreGum, summarizeGum, type GumPrediction} from '../scripts/eval/score-gum.js'
import {bodyStartsAfterFirstLine, compareTitle, firstLine} from '../scripts/eval/score-layout.js'
import {
  cueAgrees,
  scoreQuotes,
  speakerAgrees,
  summarizeQuotes,
  trimQuoteSpan,
  type QuoteItem
} from '../scripts/eval/score-quotes.js'
import {
  changeAgrees,
  sameNumber,
  scoreQuantities,
  summarizeQuantities,
  unitAgrees,
  valueMatches,
  type GoldQuantity,
  type SystemQuantity
} from '../scripts/eval/score-quantities.js'
import {scoreTimexes, summarizeTimexes, trimTimexSpan, type TimexItem} from '../scripts/eval/score-timexes.js'
import {overlapLength, pairSpans, trimSpan} from '../scripts/eval/spans.js'
import {resultMetrics} from '../scripts/eval/summary.js'

/**
 * The span of the `nth` occurrence of `needle` in `text`.
 *
 * @param text The haystack.
 * @param needle What to find.
 * @param nth Which occurrence, from 0.
 * @returns Its span.
 */
function find(text: string, needle: string, nth = 0): {start: number; end: number} {
  let start = -1
  for (let index = 0; index <= nth; index++) start = text.indexOf(needle, start + 1)
  if (start === -1) throw new Error('Cannot find ' + needle)
  return {start, end: start + needle.length}
}

/**
 * An Article with nothing found, for fake parsers.
 *
 * @param text The input.
 * @returns The empty Article.
 */
function emptyArticle(text: string): Article {
  return {
    authors: [],
    body: {start: 0, end: text.length},
    paragraphs: [],
    entities: [],
    dates: [],
    quotes: [],
    quantities: [],
    diagnostics: []
  }
}

describe('spans', () => {
  it('trims with a predicate and collapses an all-trimmed span at its end', () => {
    const text = '  ab  '
    expect(trimSpan(text, {start: 0, end: 6}, (c) => c === ' ')).toEqual({start: 2, end: 4})
    expect(trimSpan(text, {start: 0, end: 2}, (c) => c === ' ')).toEqual({start: 2, end: 2})
  })

  it('measures overlap', () => {
    expect(overlapLength({start: 0, end: 5}, {start: 3, end: 9})).toBe(2)
    expect(overlapLength({start: 0, end: 3}, {start: 3, end: 9})).toBe(0)
  })

  it('pairs one to one by largest overlap', () => {
    const gold = [{start: 0, end: 10}]
    const predicted = [{start: 8, end: 12}, {start: 2, end: 9}]
    const pairing = pairSpans(gold, predicted)
    expect(pairing.pairs).toEqual([{gold: 0, predicted: 1, exact: false}])
    expect(pairing.unmatchedGold).toEqual([])
    expect(pairing.unmatchedPredicted).toEqual([0])
  })

  it('pairs identical spans together, first when asked, one to one', () => {
    // Gold 0 overlaps the middle prediction as much as gold 1 does, but gold 1 is identical to it.
    const gold = [{start: 0, end: 20}, {start: 5, end: 15}, {start: 5, end: 15}]
    const predicted = [{start: 5, end: 15}, {start: 0, end: 4}]
    const expected = {
      pairs: [
        {gold: 0, predicted: 1, exact: false},
        {gold: 1, predicted: 0, exact: true}
      ],
      unmatchedGold: [2],
      unmatchedPredicted: []
    }
    expect(pairSpans(gold, predicted, {exactFirst: true})).toEqual(expected)
    expect(pairSpans(gold, predicted)).toEqual(expected)
  })

  it('breaks equal overlaps by the closer fit, then by order', () => {
    const gold = [{start: 0, end: 30}, {start: 10, end: 20}]
    const predicted = [{start: 10, end: 20}]
    expect(pairSpans(gold, predicted).pairs).toEqual([{gold: 1, predicted: 0, exact: true}])
    expect(pairSpans(gold, predicted).unmatchedGold).toEqual([0])
  })

  it('leaves disjoint spans unpaired', () => {
    const pairing = pairSpans([{start: 0, end: 3}], [{start: 3, end: 6}])
    expect(pairing.pairs).toEqual([])
    expect(pairing.unmatchedGold).toEqual([0])
    expect(pairing.unmatchedPredicted).toEqual([0])
  })
})

describe('metrics', () => {
  it('computes precision, recall and F1', () => {
    const scores = prf(3, 4, 6)
    expect(scores.precision).toBeCloseTo(0.75)
    expect(scores.recall).toBeCloseTo(0.5)
    expect(scores.f1).toBeCloseTo(0.6)
  })

  it('reads 0 / 0 as 0', () => {
    expect(prf(0, 0, 5)).toEqual({precision: 0, recall: 0, f1: 0})
    expect(ratio(0, 0)).toBe(0)
  })
})

describe('entities (CoNLL)', () => {
  it('maps our types to CoNLL types', () => {
    expect(conllType('person')).toBe('PER')
    expect(conllType('organization')).toBe('ORG')
    expect(conllType('location')).toBe('LOC')
    expect(conllType('group')).toBe('MISC')
    expect(conllType('misc')).toBe('MISC')
  })

  it('keeps name and acronym mentions only, without duplicates', () => {
    const predicted = predictedEntities({
      entities: [
        {
          id: 'e1',
          type: 'organization',
          name: 'Acme Widget Company',
          mentions: [
            {text: 'Acme Widget Company', span: {start: 0, end: 19}, form: 'name'},
            {text: 'AWC', span: {start: 30, end: 33}, form: 'acronym'},
            {text: 'the firm', span: {start: 40, end: 48}, form: 'nominal'},
            {text: 'it', span: {start: 50, end: 52}, form: 'pronoun'}
          ]
        },
        {
          id: 'e2',
          type: 'group',
          name: 'Zorbians',
          mentions: [
            {text: 'Zorbians', span: {start: 20, end: 28}, form: 'name'},
            {text: 'Zorbians', span: {start: 20, end: 28}, form: 'name'}
          ]
        }
      ]
    })
    expect(predicted).toEqual([
      {start: 0, end: 19, type: 'ORG'},
      {start: 20, end: 28, type: 'MISC'},
      {start: 30, end: 33, type: 'ORG'}
    ])
  })

  it('matches exact span and type, micro-averages PER+LOC+ORG, keeps MISC apart', () => {
    const gold: TypedSpan[] = [
      {start: 0, end: 5, type: 'PER'},
      {start: 10, end: 15, type: 'LOC'},
      {start: 20, end: 25, type: 'ORG'},
      {start: 30, end: 35, type: 'MISC'}
    ]
    const predicted: TypedSpan[] = [
      {start: 0, end: 5, type: 'PER'}, // Right.
      {start: 10, end: 16, type: 'LOC'}, // Span off by one: FP and FN.
      {start: 20, end: 25, type: 'LOC'}, // Wrong type: FP (LOC) and FN (ORG).
      {start: 30, end: 35, type: 'MISC'}, // Right, MISC.
      {start: 40, end: 45, type: 'MISC'} // Spurious MISC.
    ]
    const score = scoreEntities(gold, predicted)
    expect(score.falseNegatives).toEqual([gold[1], gold[2]])
    expect(score.falsePositives).toEqual([predicted[1], predicted[2], predicted[4]])

    const summary = summarizeEntities(score.counts)
    expect(summary.main).toMatchObject({truePositives: 1, predicted: 3, gold: 3})
    expect(summary.main.f1).toBeCloseTo(1 / 3)
    expect(summary.byType.LOC).toMatchObject({truePositives: 0, predicted: 2, gold: 1, f1: 0})
    expect(summary.byType.ORG).toMatchObject({truePositives: 0, predicted: 0, gold: 1})
    expect(summary.byType.MISC).toMatchObject({truePositives: 1, predicted: 2, gold: 1})
    expect(summary.byType.MISC.precision).toBeCloseTo(0.5)
    expect(summary.byType.MISC.recall).toBeCloseTo(1)
  })
})

describe('entities (GUM, overlap)', () => {
  const text = 'Ms. Okafor of Lagos met the Lagos government and Muslims; Okafor left.'
  const person = find(text, 'Okafor')
  const city = find(text, 'Lagos')
  const government = find(text, 'Lagos', 1)
  const muslims = find(text, 'Muslims')
  const again = find(text, 'Okafor', 1)
  const doc = {
    id: 'gum',
    text,
    entities: [
      {...find(text, 'Ms. Okafor'), type: 'PER'},
      {...city, type: 'LOC'},
      {...government, type: 'ORG'},
      {...muslims, type: 'PER'},
      {...again, type: 'PER'}
    ],
    clusters: [[0, 4], [1, 2], [3]]
  }

  it('matches by overlap, accepts a place with a country for an organisation and a group for a person', () => {
    const predicted: GumPrediction[] = [
      {...person, type: 'person', country: false, entity: 'e1'},
      {...city, type: 'location', country: true, entity: 'e2'},
      {...government, type: 'location', country: true, entity: 'e2'},
      {...muslims, type: 'group', country: false, entity: 'e3'},
      {...again, type: 'organization', country: false, entity: 'e4'}
    ]
    const score = scoreGum(doc, predicted)
    expect(score.counts).toEqual({
      gold: 5,
      predicted: 5,
      truePositives: 4,
      overlaps: 5,
      // Gold: Okafor–Okafor, Lagos–Lagos. Ours: Lagos–Lagos.
      pairsBoth: 1,
      pairsOurs: 1,
      pairsGold: 2
    })
    expect(score.falseNegatives.map((item) => item.start)).toEqual([again.start])
    const summary = summarizeGum(score.counts)
    expect(summary.main.precision).toBeCloseTo(0.8)
    expect(summary.clusters.recall).toBeCloseTo(0.5)
  })

  it('counts a group only where it matches, and needs a country code for a place as organisation', () => {
    const score = scoreGum(doc, [
      {...government, type: 'location', country: false, entity: 'e1'},
      {...find(text, 'met'), type: 'group', country: false, entity: 'e2'}
    ])
    expect(score.counts.predicted).toBe(1)
    expect(score.counts.truePositives).toBe(0)
  })
})

describe('time expressions (TempEval-3)', () => {
  const text = 'It rained (on Tuesday), and again last week; by 5 p.m. it stopped.'

  it('trims space and punctuation at both edges', () => {
    const outer = find(text, '(on Tuesday), ')
    const inner = find(text, 'on Tuesday')
    expect(trimTimexSpan(text, outer)).toEqual(inner)
    // Inner punctuation stays; the final period is trimmed.
    expect(trimTimexSpan(text, find(text, '5 p.m. '))).toEqual(find(text, '5 p.m'))
  })

  it('pairs exactly first, then by overlap, and scores strict, relaxed, value and type', () => {
    const gold: TimexItem[] = [
      {...find(text, 'Tuesday'), type: 'DATE', value: '2031-05-06'},
      {...find(text, 'last week'), type: 'DATE', value: '2031-W18'},
      {...find(text, '5 p.m.'), type: 'TIME', value: '2031-05-06T17:00'}
    ]
    const predicted: TimexItem[] = [
      // Same span once trimmed: strict, right value, type agrees across case.
      {...find(text, 'Tuesday), '), type: 'date', value: '2031-05-06'},
      // Overlaps only: relaxed, wrong value.
      {...find(text, 'again last week'), type: 'date', value: 'PAST_REF'},
      // Overlaps nothing gold.
      {...find(text, 'rained'), type: 'duration', value: 'PT1H'}
    ]
    const score = scoreTimexes(text, gold, predicted)
    expect(score.counts).toEqual({gold: 3, predicted: 3, strict: 1, relaxed: 2, value: 1, type: 2})
    expect(score.unmatchedGold).toEqual([2])
    expect(score.unmatchedPredicted).toEqual([2])

    const summary = summarizeTimexes(score.counts)
    expect(summary.strict.f1).toBeCloseTo(1 / 3)
    expect(summary.relaxed.f1).toBeCloseTo(2 / 3)
    expect(summary.valueAccuracy).toBeCloseTo(0.5)
    expect(summary.valueF1).toBeCloseTo(0.5 * (2 / 3))
    expect(summary.typeAccuracy).toBeCloseTo(1)
  })

  it('computes value F1 as value accuracy times relaxed F1 on any counts', () => {
    const summary = summarizeTimexes({gold: 10, predicted: 8, strict: 4, relaxed: 6, value: 3, type: 5})
    expect(summary.relaxed.precision).toBeCloseTo(0.75)
    expect(summary.relaxed.recall).toBeCloseTo(0.6)
    expect(summary.valueAccuracy).toBeCloseTo(0.5)
    expect(summary.valueF1).toBeCloseTo(0.5 * summary.relaxed.f1)
    expect(summary.typeAccuracy).toBeCloseTo(5 / 6)
  })
})

describe('quotes (PolNeAR)', () => {
  const text =
    'The captain said: \u201CWe sail at dawn.\u201D Critics argued the ship was unfit. ' +
    "``Nonsense,'' replied the mate - loudly."

  it('trims space, quote marks and , . ; : ! ? - at both edges', () => {
    expect(trimQuoteSpan(text, find(text, ': \u201CWe sail at dawn.\u201D '))).toEqual(find(text, 'We sail at dawn'))
    expect(trimQuoteSpan(text, find(text, "``Nonsense,'' "))).toEqual(find(text, 'Nonsense'))
    expect(trimQuoteSpan(text, find(text, ' - loudly.'))).toEqual(find(text, 'loudly'))
  })

  it('judges speakers (overlap, or both none) and cues (overlap only)', () => {
    expect(speakerAgrees(null, undefined)).toBe(true)
    expect(speakerAgrees({start: 0, end: 4}, undefined)).toBe(false)
    expect(speakerAgrees(null, {start: 0, end: 4})).toBe(false)
    expect(speakerAgrees({start: 0, end: 4}, {start: 3, end: 8})).toBe(true)
    expect(speakerAgrees({start: 0, end: 4}, {start: 4, end: 8})).toBe(false)
    expect(cueAgrees(null, undefined)).toBe(false)
    expect(cueAgrees({start: 5, end: 9}, {start: 5, end: 9})).toBe(true)
  })

  it('pairs by largest overlap and scores quote, speaker, cue, kind and quote+speaker', () => {
    const captain = find(text, 'The captain')
    const said = find(text, 'said')
    const critics = find(text, 'Critics')
    const argued = find(text, 'argued')
    const mate = find(text, 'the mate')
    const replied = find(text, 'replied')
    const gold: QuoteItem[] = [
      {...find(text, '\u201CWe sail at dawn.\u201D'), kind: 'direct', speaker: captain, cue: said},
      {...find(text, 'the ship was unfit'), kind: 'indirect', speaker: critics, cue: argued},
      {...find(text, "``Nonsense,''"), kind: 'direct', speaker: mate, cue: replied},
      {...find(text, 'loudly'), kind: 'indirect', speaker: null, cue: null}
    ]
    const predicted: QuoteItem[] = [
      // Same content; speaker overlaps; cue right.
      {...find(text, 'We sail at dawn.'), kind: 'direct', speaker: find(text, 'captain'), cue: said},
      // Overlaps the indirect one; wrong speaker and kind, no cue.
      {...find(text, 'ship was unfit. '), kind: 'mixed', speaker: captain},
      // Two predictions on the third quote: the larger overlap wins, the other is spare.
      {...find(text, 'Nonsense'), kind: 'direct', speaker: mate, cue: replied},
      {...find(text, "Non"), kind: 'direct'},
      // Both without a speaker; no cue on either.
      {...find(text, 'loudly.'), kind: 'indirect'}
    ]
    const score = scoreQuotes(text, gold, predicted)
    expect(score.pairs.map((pair) => [pair.gold, pair.predicted])).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
      [3, 4]
    ])
    expect(score.unmatchedPredicted).toEqual([3])
    expect(score.counts).toMatchObject({gold: 4, predicted: 5, matched: 4, speaker: 3, cue: 2, kind: 3})
    expect(score.counts.goldByKind).toEqual({direct: 2, mixed: 0, indirect: 2})
    expect(score.counts.matchedByKind).toEqual({direct: 2, mixed: 0, indirect: 2})
    expect(score.counts.predictedByKind).toEqual({direct: 3, mixed: 1, indirect: 1})

    const summary = summarizeQuotes(score.counts)
    expect(summary.quote.precision).toBeCloseTo(4 / 5)
    expect(summary.quote.recall).toBeCloseTo(1)
    expect(summary.speakerAccuracy).toBeCloseTo(3 / 4)
    expect(summary.cueAccuracy).toBeCloseTo(2 / 4)
    expect(summary.kindAccuracy).toBeCloseTo(3 / 4)
    expect(summary.quoteSpeaker.precision).toBeCloseTo(3 / 5)
    expect(summary.quoteSpeaker.recall).toBeCloseTo(3 / 4)
    expect(summary.quoteSpeaker.f1).toBeCloseTo((2 * 0.6 * 0.75) / 1.35)
  })

  it('counts overlapping pairs among the predictions and among the gold, nested ones included', () => {
    const gold: QuoteItem[] = [
      {start: 0, end: 10, kind: 'indirect'},
      {start: 20, end: 30, kind: 'indirect'}
    ]
    const predicted: QuoteItem[] = [
      // Three over the same words: three pairs.
      {start: 0, end: 10, kind: 'indirect'},
      {start: 4, end: 12, kind: 'indirect'},
      {start: 8, end: 9, kind: 'indirect'},
      // Touching is not overlapping.
      {start: 12, end: 20, kind: 'indirect'},
      {start: 20, end: 30, kind: 'indirect'}
    ]
    const score = scoreQuotes('x'.repeat(11) + ',' + 'x'.repeat(48), gold, predicted)
    expect(score.counts.overlapping).toBe(3)
    expect(score.counts.goldOverlapping).toBe(0)
    const summary = summarizeQuotes(score.counts)
    expect(summary.overlapsPer100).toBeCloseTo((3 / 5) * 100)
    expect(summary.goldOverlapsPer100).toBe(0)
  })

  it('reports recall per gold kind', () => {
    const gold: QuoteItem[] = [
      {start: 0, end: 10, kind: 'direct'},
      {start: 20, end: 30, kind: 'direct'},
      {start: 40, end: 50, kind: 'indirect'}
    ]
    const score = scoreQuotes('x'.repeat(60), gold, [{start: 2, end: 8, kind: 'indirect'}])
    const summary = summarizeQuotes(score.counts)
    expect(summary.recallByKind).toEqual({direct: 0.5, mixed: 0, indirect: 0})
    expect(summary.kindAccuracy).toBe(0)
  })
})

describe('layout checks', () => {
  it('compares a headline with a title, trimmed and ignoring a final period', () => {
    expect(compareTitle(' Moon base opens ', 'Moon base opens')).toEqual({exact: true, loose: true})
    expect(compareTitle('Moon base opens.', 'Moon base opens')).toEqual({exact: false, loose: true})
    expect(compareTitle('Moon base', 'Moon base opens')).toEqual({exact: false, loose: false})
    expect(compareTitle(undefined, 'Moon base opens')).toEqual({exact: false, loose: false})
  })

  it('tells whether the body starts after the first line', () => {
    const text = '\nSHIPS SAIL\nPORTVILLE 2031-01-02\nThe ships sailed.'
    expect(firstLine(text)).toEqual(find(text, 'SHIPS SAIL'))
    expect(bodyStartsAfterFirstLine(text, find(text, 'The ships sailed.'))).toBe(true)
    expect(bodyStartsAfterFirstLine(text, {start: 0, end: text.length})).toBe(false)
    expect(bodyStartsAfterFirstLine(text, {start: 3, end: text.length})).toBe(false)
  })
})

describe('harness plumbing', () => {
  it('counts a document on which the parser throws, and still counts its gold', () => {
    const docs = [
      {id: 'a', text: 'Zed met Quill.', entities: [{start: 0, end: 3, type: 'PER'}]},
      {id: 'b', text: 'Quill left.', entities: [{start: 0, end: 5, type: 'PER'}]}
    ]
    const result = evaluateConll(docs, 'dev', function (text) {
      if (text.startsWith('Quill')) throw new Error('broken')
      const article = emptyArticle(text)
      article.entities = [
        {id: 'e1', type: 'person', name: 'Zed', mentions: [{text: 'Zed', span: {start: 0, end: 3}, form: 'name'}]}
      ]
      return article
    }, 5)
    expect(result.stats.docs).toBe(2)
    expect(result.stats.failures).toEqual([{id: 'b', message: 'broken'}])
    expect(result.summary.main).toMatchObject({truePositives: 1, predicted: 1, gold: 2})
    expect(result.examples).toEqual([{label: 'FN', id: 'b', start: 0, end: 5, text: 'Quill', note: 'PER'}])
    expect(resultMetrics(result)['conll2003.dev.f1']).toBeCloseTo(100 * (2 / 3))
  })

  it('passes the creation time as `published` to the parser', () => {
    const seen: unknown[] = []
    evaluateTempeval([{id: 't', dct: '2031-02-03', text: 'Nothing.', timexes: []}], 'train', function (text, options) {
      seen.push(options?.published)
      return emptyArticle(text)
    })
    expect(seen).toEqual(['2031-02-03'])
  })

  it('checks floors at one decimal, and lists unmeasured ones', () => {
    const check = checkFloors(
      {'a.dev.f1': 46.86, 'b.dev.f1': 46.84},
      {'a.dev.f1': 46.9, 'b.dev.f1': 46.9, 'c.dev.f1': 1}
    )
    expect(check.checked).toEqual(['a.dev.f1', 'b.dev.f1'])
    expect(check.failures).toEqual([{metric: 'b.dev.f1', value: 46.84, floor: 46.9}])
    expect(check.unmeasured).toEqual(['c.dev.f1'])
  })

  it('bounds a rate of errors from above', () => {
    const check = checkFloors({'a.dev.overlaps.per100': 1.94, 'b.dev.overlaps.per100': 2.06}, {'a.dev.overlaps.per100': 2, 'b.dev.overlaps.per100': 2})
    expect(check.failures).toEqual([{metric: 'b.dev.overlaps.per100', value: 2.06, floor: 2}])
  })

  it('reads JSONL and names a bad line', () => {
    expect(parseJsonl('{"a":1}\n\n{"a":2}\n')).toEqual([{a: 1}, {a: 2}])
    expect(() => parseJsonl('{"a":1}\n{oops')).toThrow(/line 2/)
  })

  it('reads the command line', () => {
    expect(readArgs(['--corpus', 'polnear', '--corpus', 'layout', '--limit', '3', '--errors', '2', '--json'])).toEqual({
      sections: ['polnear', 'layout'],
      limit: 3,
      errors: 2,
      json: true,
      help: false,
      light: false
    })
    expect(readArgs(['--light']).light).toBe(true)
    expect(readArgs([]).sections).toEqual(['conll2003', 'wikigold', 'gum-other', 'tempeval3', 'polnear', 'newsquant', 'layout'])
    expect(() => readArgs(['--corpus', 'nope'])).toThrow(/Unexpected corpus/)
    expect(() => readArgs(['--split', 'test'])).toThrow(/Unexpected split/)
  })
})

/**
 * A gold quantity of NewsQuant's shape.
 *
 * @param value The value.
 * @param fields The other fields (default: no range, `=`, no unit, no concept).
 * @returns The gold quantity.
 */
function goldQuantity(value: number, fields: Partial<GoldQuantity> = {}): GoldQuantity {
  return {value, to: null, change: '=', unit: '-', normalized_unit: '-', concept: '-', ...fields}
}

/**
 * What an oracle says for a gold quantity: the same value, range, unit and change.
 *
 * @param gold The gold quantity.
 * @returns A system quantity that agrees in everything.
 */
function oracle(gold: GoldQuantity): SystemQuantity {
  const modOf: Record<string, SystemQuantity['mod']> = {'~': 'approx', '>': 'more-than', '<': 'less-than'}
  const system: SystemQuantity = {value: gold.value, kind: 'measure'}
  if (gold.to !== null) system.to = gold.to
  const unit = gold.normalized_unit
  if (unit !== '-' && unit !== 'count' && unit.trim() !== '') system.unit = unit
  if (gold.change === 'up' || gold.change === 'down') system.change = gold.change
  else if (modOf[gold.change]) system.mod = modOf[gold.change]
  if (gold.concept !== '-') system.about = {text: gold.concept}
  return system
}

describe('quantities (NewsQuant)', () => {
  it('compares values to 1e-6, or 1e-3 when either has more than 3 decimals', () => {
    expect(sameNumber(20_000, 20_000)).toBe(true)
    expect(sameNumber(58.24, 58.240_01)).toBe(true)
    expect(sameNumber(58.24, 58.25)).toBe(false)
    expect(sameNumber(1 / 3, 0.3333)).toBe(true)
    expect(sameNumber(0.33, 0.3333)).toBe(false)
    expect(sameNumber(0, 0)).toBe(true)
  })

  it('matches a range only with a range, its ends in either order', () => {
    const range = goldQuantity(252, {to: 287})
    expect(valueMatches(range, {value: 252, to: 287, kind: 'measure'})).toBe(true)
    expect(valueMatches(range, {value: 287, to: 252, kind: 'measure'})).toBe(true)
    expect(valueMatches(range, {value: 252, kind: 'measure'})).toBe(false)
    expect(valueMatches(goldQuantity(252), {value: 252, to: 287, kind: 'measure'})).toBe(false)
  })

  it('matches a negative gold value by its size when the system says the change is down', () => {
    const gold = goldQuantity(-1.3, {change: 'down'})
    expect(valueMatches(gold, {value: -1.3, kind: 'percent'})).toBe(true)
    expect(valueMatches(gold, {value: 1.3, kind: 'percent', change: 'down'})).toBe(true)
    expect(valueMatches(gold, {value: 1.3, kind: 'percent'})).toBe(false)
    expect(valueMatches(gold, {value: 1.3, kind: 'percent', change: 'up'})).toBe(false)
  })

  it('reads units through case, plurals, British spelling, ISO codes and synonyms, compounds part by part', () => {
    const agrees = (normalized: string, unit: string | undefined, kind: SystemQuantity['kind'] = 'measure') =>
      unitAgrees(goldQuantity(1, {normalized_unit: normalized}), unit === undefined ? {value: 1, kind} : {value: 1, kind, unit})
    expect(agrees('percentage', 'percent', 'percent')).toBe(true)
    expect(agrees('dollar', 'USD', 'money')).toBe(true)
    expect(agrees('dollar', 'AUD', 'money')).toBe(false)
    expect(agrees('australian dollar', 'AUD', 'money')).toBe(true)
    expect(agrees('japanese yen', 'JPY', 'money')).toBe(true)
    expect(agrees('pound sterling', 'GBP', 'money')).toBe(true)
    expect(agrees('euro', 'EUR', 'money')).toBe(true)
    expect(agrees('kilometre', 'kilometers')).toBe(true)
    expect(agrees('mile per hour', 'mph')).toBe(true)
    expect(agrees('metric ton', 'tonne')).toBe(true)
    expect(agrees('dollar per barrel', 'USD per barrel', 'money')).toBe(true)
    expect(agrees('dollar per barrel', 'USD per gallon', 'money')).toBe(false)
    expect(agrees('dollar per barrel', 'USD', 'money')).toBe(false)
    expect(agrees('mile', 'kilometre')).toBe(false)
    expect(agrees('-', undefined)).toBe(true)
    expect(agrees('count', undefined, 'count')).toBe(true)
    expect(agrees('-', 'mile')).toBe(false)
    expect(agrees('mile', undefined)).toBe(false)
  })

  it('takes a count\'s unit when it is the gold noun phrase\'s head or one of its words, singular', () => {
    const agrees = (normalized: string, unit: string) =>
      unitAgrees(goldQuantity(3, {normalized_unit: normalized}), {value: 3, kind: 'count', unit})
    expect(agrees('european country', 'country')).toBe(true)
    expect(agrees('heart transplant', 'transplant')).toBe(true)
    expect(agrees('people', 'person')).toBe(true)
    expect(agrees('people', 'people')).toBe(true)
    expect(agrees('Americans', 'American')).toBe(true)
    expect(agrees('european country', 'city')).toBe(false)
    // Only a count's unit is read that way: a measure's must be the whole unit.
    expect(unitAgrees(goldQuantity(3, {normalized_unit: 'european country'}), {value: 3, kind: 'measure', unit: 'country'})).toBe(false)
  })

  it('maps the change: = none, ~ approx, > more-than or at-least, < less-than, at-most or up-to, up and down', () => {
    const agrees = (change: string, system: Partial<SystemQuantity>) =>
      changeAgrees(goldQuantity(1, {change}), {value: 1, kind: 'count', ...system})
    expect(agrees('=', {})).toBe(true)
    expect(agrees('=', {mod: 'approx'})).toBe(false)
    expect(agrees('=', {change: 'up'})).toBe(false)
    expect(agrees('~', {mod: 'approx'})).toBe(true)
    expect(agrees('>', {mod: 'more-than'})).toBe(true)
    expect(agrees('>', {mod: 'at-least'})).toBe(true)
    expect(agrees('>', {mod: 'up-to'})).toBe(false)
    expect(agrees('<', {mod: 'less-than'})).toBe(true)
    expect(agrees('<', {mod: 'at-most'})).toBe(true)
    expect(agrees('<', {mod: 'up-to'})).toBe(true)
    expect(agrees('up', {change: 'up'})).toBe(true)
    expect(agrees('up', {change: 'down'})).toBe(false)
    expect(agrees('down', {change: 'down', mod: 'approx'})).toBe(true)
  })

  it('pairs one to one, preferring pairs whose unit also agrees, and counts every prediction', () => {
    const gold = [goldQuantity(5, {normalized_unit: 'percentage'}), goldQuantity(5, {normalized_unit: 'mile'})]
    const system: SystemQuantity[] = [
      {value: 5, kind: 'measure', unit: 'mile'},
      {value: 5, kind: 'percent', unit: 'percent'},
      {value: 5, kind: 'count'},
      {value: 7, kind: 'count'}
    ]
    const score = scoreQuantities(gold, system)
    expect(score.pairs).toEqual([{gold: 0, system: 1}, {gold: 1, system: 0}])
    expect(score.counts).toMatchObject({gold: 2, predicted: 4, value: 2, unit: 2, change: 2})
    expect(score.unmatchedSystem).toEqual([2, 3])
    const summary = summarizeQuantities(score.counts)
    expect(summary.value.precision).toBeCloseTo(0.5)
    expect(summary.value.recall).toBe(1)
  })

  it('finds the most pairs even when a greedy pairing would not', () => {
    const gold = [goldQuantity(2, {to: 3}), goldQuantity(2, {to: 3, normalized_unit: 'mile'})]
    const system: SystemQuantity[] = [{value: 3, to: 2, kind: 'measure', unit: 'mile'}, {value: 2, to: 3, kind: 'count'}]
    expect(scoreQuantities(gold, system).counts.value).toBe(2)
    expect(scoreQuantities(gold, system).counts.unit).toBe(2)
  })

  it('reports concept overlap on pairs with a gold concept', () => {
    const gold = [goldQuantity(3, {concept: 'driving range'}), goldQuantity(4, {concept: 'shares'}), goldQuantity(5)]
    const system: SystemQuantity[] = [
      {value: 3, kind: 'measure', about: {text: 'the range'}},
      {value: 4, kind: 'count', about: {text: 'stocks'}},
      {value: 5, kind: 'count'}
    ]
    expect(scoreQuantities(gold, system).counts).toMatchObject({withConcept: 2, concept: 1})
  })

  it('scores a parser that returns nothing 0, and one that throws as missing its gold', () => {
    const docs = [{id: 'q', text: 'Prices rose 3%.', quantities: [goldQuantity(3, {change: 'up', normalized_unit: 'percentage'})]}]
    const empty = evaluateNewsquant(docs, 'dev', emptyArticle)
    expect(empty.summary.value.f1).toBe(0)
    const thrown = evaluateNewsquant(docs, 'dev', () => {
      throw new Error('broken')
    })
    expect(thrown.counts.gold).toBe(1)
    expect(thrown.stats.failures).toHaveLength(1)
  })

  it('scores an oracle 100 / 100 / 100 on the NewsQuant dev split', () => {
    const loaded = loadCorpus(corporaRoot(), 'newsquant', 'dev')
    if (loaded.status !== 'ok') return
    const golds = new Map(loaded.docs.map((doc) => [doc.text, doc.quantities]))
    const result = evaluateNewsquant(loaded.docs, 'dev', function (text) {
      const article = emptyArticle(text)
      article.quantities = (golds.get(text) ?? []).map(function (gold) {
        const system = oracle(gold)
        const span = {start: 0, end: text.length}
        return {...system, text, span, about: system.about && {text: system.about.text, span}}
      })
      return article
    })
    expect(result.counts.gold).toBe(461)
    expect(result.summary.value.f1).toBe(1)
    expect(result.summary.valueUnit.f1).toBe(1)
    expect(result.summary.valueChange.f1).toBe(1)
    expect(result.summary.conceptOverlap).toBe(1)
    expect(resultMetrics(result)['newsquant.dev.value.f1']).toBe(100)
  })
})
