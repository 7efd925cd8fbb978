import fc from 'fast-check'
import type {Nodes, Root} from 'nlcst'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {cueWeights} from '../src/data/cues.js'
import {readDocumentTokens} from '../src/lib/3-entities/tagger/document-tokens.js'
import {getModel} from '../src/lib/3-entities/tagger/index.js'
import {labelCount} from '../src/lib/3-entities/tagger/labels.js'
import {localScores} from '../src/lib/3-entities/tagger/local-scores.js'
import {lookup} from '../src/lib/3-entities/tagger/model.js'
import {constrain, latticeFor, viterbi} from '../src/lib/3-entities/tagger/viterbi.js'
import {findDates} from '../src/lib/4-dates/index.js'
import {readDocument} from '../src/lib/pipeline.js'
import {findQuantities} from '../src/lib/5-quantities/index.js'
import {parseFigure, parseFigurePlain} from '../src/lib/5-quantities/read-number.js'
import {cueProbability, isCueCandidate, isCueWord} from '../src/lib/6-quotes/cue-model.js'
import {featureKey, visitCueFeatures} from '../src/lib/6-quotes/features.js'
import {ruleDrafts} from '../src/lib/6-quotes/index.js'
import {ruleMarks} from '../src/lib/6-quotes/model-quotes.js'
import {readParagraphs} from '../src/lib/6-quotes/read-paragraphs.js'
import {featuresPerToken, spanFeatures, unitFacts} from '../src/lib/6-quotes/span-features.js'
import {fastSpanFeatures} from '../src/lib/6-quotes/span-features-fast.js'
import {candidateKeys, forEachRanked, speakerFeatureBits} from '../src/lib/6-quotes/speaker-model.js'
import {draftFacts, featuresPerCandidate, type TokenFacts} from '../src/lib/6-quotes/speaker-features.js'
import {fastCandidateKeys} from '../src/lib/6-quotes/speaker-features-fast.js'
import {placeMentions} from '../src/lib/6-quotes/speaker-entities.js'
import {tagMentions} from '../src/lib/3-entities/tagger/index.js'
import {runPipeline} from '../src/lib/pipeline.js'
import {shiftAbove, shiftNear, type Point} from '../src/lib/2-text/shift-positions.js'
import {createFeatureBuffer, sentenceFeatures} from '../scripts/train-entities/features.js'

/**
 * Each fast path is held equal to the plain one it stands for, on random
 * input: the decoder's unrolled BILOU step and its step for any table, the
 * two fast ways of shifting a chunk's positions and the plain shift, the quotes stage's cue
 * scores from tables and the learner's features weighed one by one, the
 * quote span model's features hashed in one loop and the plain features, the
 * speaker ranker's keys hashed in one loop and its plain features, the
 * tagger's local scores from sums kept per word and the learner's features
 * weighed one by one, and the quantities stage reading only around its
 * candidates.
 */
describe('fast paths', function () {
  it('decodes the same labels with the BILOU step as with the step for any table', function () {
    const weights = fc.array(fc.integer({min: -4, max: 4}), {minLength: labelCount * labelCount, maxLength: labelCount * labelCount})
    const edges = fc.array(fc.integer({min: -4, max: 4}), {minLength: labelCount, maxLength: labelCount})
    const sentence = fc.integer({min: 1, max: 12}).chain((count) =>
      fc.array(fc.oneof(fc.integer({min: -6, max: 6}), fc.double({min: -6, max: 6, noNaN: true})), {
        minLength: count * labelCount,
        maxLength: count * labelCount
      })
    )
    fc.assert(
      fc.property(weights, edges, edges, sentence, function (pair, first, last, emission) {
        const fast = constrain(pair, first, last)
        expect(fast.bilou).toBe(true)
        const count = emission.length / labelCount
        const a = new Int32Array(count)
        const b = new Int32Array(count)
        viterbi(emission, count, fast, latticeFor(undefined, count), a)
        viterbi(emission, count, {...fast, bilou: false}, latticeFor(undefined, count), b)
        expect(Array.from(a)).toEqual(Array.from(b))
      }),
      {numRuns: 300}
    )
  })

  it('shifts a chunk by its offsets, and near the start in two walks, as the plain shift of each distinct point', function () {
    const processor = unified().use(retextEnglish)
    const text = fc.string({unit: fc.constantFrom('a', 'B', ' ', '.', ',', '\n', '"', '’', 's', '1', '\r\n', 'é')})
    fc.assert(
      fc.property(text, fc.integer({min: 0, max: 5}), fc.integer({min: 0, max: 40}), fc.nat(60), function (chunk, lines, columns, start) {
        const tree = processor.parse(chunk) as Root
        const base: Point = {line: lines + 1, column: columns + 1, offset: start + 1}
        const plain = structuredClone(tree)
        shiftEachPoint(plain, base)
        const fast = structuredClone(tree)
        if (base.offset! > chunk.length) shiftAbove(fast, base)
        else shiftNear(fast, base, chunk.length)
        expect(fast).toEqual(plain)
      }),
      {numRuns: 300}
    )
  })

  it('scores a cue from its tables as the learner weighs its features', function () {
    const weights = new Map<string, number>()
    for (const line of cueWeights.split('\n')) {
      const parts = line.split(' ')
      weights.set(parts.slice(0, -1).join(' '), Number(parts.at(-1)))
    }
    const words = ['said', 'told', 'says', 'according', 'to', 'added', 'warned', 'reaffirming', 'campaign', 'swore', 'the', 'minister', 'Smith', 'He', 'that', 'it', 'will', 'on', 'Monday']
    const marks = ['"', '“', '”', ',', '.', '?', ':', '(', ')', '—']
    const paragraph = fc.array(fc.oneof(fc.constantFrom(...words), fc.constantFrom(...marks)), {minLength: 1, maxLength: 30})
    fc.assert(
      fc.property(paragraph, fc.array(fc.boolean(), {maxLength: 40}), function (parts, flags) {
        const input = parts.join(' ')
        const tokens = readParagraphs(readDocument(input).document).paragraphs.flatMap((paragraph) => paragraph.tokens)
        const quoted = tokens.map((_, index) => flags[index] ?? false)
        for (let index = 0; index < tokens.length; index++) {
          const token = tokens[index]!
          const fast = cueProbability(tokens, index, quoted)
          if (token.kind !== 'word' || !isCueCandidate(token.norm)) {
            expect(fast).toBe(0)
            continue
          }
          let sum = 0
          visitCueFeatures(tokens, index, quoted, function (template, a, b, c) {
            sum += weights.get(featureKey(template, a, b, c)) ?? 0
          }, !isCueWord(token.norm))
          expect(fast).toBeCloseTo(1 / (1 + Math.exp(-sum)), 12)
        }
      }),
      {numRuns: 300}
    )
  })

  it('computes the quote span model\'s features in one loop as the plain features do', function () {
    const words = ['said', 'told', 'believe', 'argued', 'according', 'to', 'that', 'whether', 'if', 'about', 'of', 'for', 'the', 'minister', 'Smith', 'He', 'it', 'will', 'not', 'quickly', '2020', 'on', 'Monday']
    const marks = ['"', '“', '”', ',', ',', '.', '?', ':', '(', '—', "'"]
    const piece = fc.oneof({weight: 3, arbitrary: fc.constantFrom(...words)}, {weight: 1, arbitrary: fc.constantFrom(...marks)})
    // Paragraphs of many sentences, some long, so that the reused buffers
    // meet units shorter and longer than the one before (a paragraph without
    // full stops is one unit of hundreds of tokens).
    const paragraphs = fc.array(fc.record({words: fc.array(piece, {minLength: 1, maxLength: 400, size: 'max'}), stops: fc.boolean()}), {minLength: 1, maxLength: 3})
    fc.assert(
      fc.property(paragraphs, function (parts) {
        const input = parts.map(({words, stops}) => (stops ? words : words.filter((word) => word !== '.' && word !== '?')).join(' ')).join('\n\n')
        const reading = readParagraphs(readDocument(input).document)
        const marks = ruleMarks(reading, ruleDrafts(input, reading))
        for (const paragraph of reading.paragraphs) {
          for (const unit of paragraph.units) {
            const size = (unit.end - unit.start) * featuresPerToken
            const plain = spanFeatures(paragraph.tokens, paragraph.quoted, unit.start, unitFacts(paragraph, unit.start, unit.end, marks[paragraph.index]!)).slice(0, size)
            const fast = fastSpanFeatures(paragraph.tokens, paragraph.quoted, unit.start, unitFacts(paragraph, unit.start, unit.end, marks[paragraph.index]!)).slice(0, size)
            expect(fast).toEqual(plain)
          }
        }
      }),
      {numRuns: 60, endOnFailure: true}
    )
  })

  it('computes the speaker ranker\'s keys in one loop as the plain features do', function () {
    const words = ['said', 'told', 'says', 'according', 'to', 'by', 'that', 'who', 'and', 'the', 'minister', 'Mayor', 'Ana', 'Ortiz', 'Acme', 'Corp', 'She', 'they', 'officials', 'will', 'not', 'on', 'Monday', 'reported', 'later']
    const marks = ['"', '“', '”', ',', ',', '.', '.', ':', ';', '(', ')', '—']
    const piece = fc.oneof({weight: 3, arbitrary: fc.constantFrom(...words)}, {weight: 1, arbitrary: fc.constantFrom(...marks)})
    const paragraphs = fc.array(fc.array(piece, {minLength: 1, maxLength: 80}), {minLength: 1, maxLength: 4})
    let drafts = 0
    fc.assert(
      fc.property(paragraphs, function (parts) {
        const input = parts.map((part) => part.join(' ')).join('\n\n')
        // The ranker's own inputs, caught in a parse: each draft's keys both ways, in text order.
        runPipeline(input, undefined, tagMentions, undefined, function (reading, folded, entities) {
          const mentions = placeMentions(entities)
          const plainWords = new Map<number, TokenFacts>()
          const fastWords = new Map<number, TokenFacts>()
          forEachRanked(reading, folded, function (draft, site, candidates, parent) {
            const size = candidates.length * featuresPerCandidate
            const plain = Array.from(candidateKeys(reading, draft, candidates, site, mentions, parent, plainWords))
            const fast = Array.from(fastCandidateKeys(draftFacts(reading, draft, site, mentions, parent, fastWords), candidates, speakerFeatureBits).subarray(0, size))
            expect(fast).toEqual(plain)
            drafts++
          })
        })
      }),
      {numRuns: 80, endOnFailure: true}
    )
    expect(drafts).toBeGreaterThan(50)
  })

  it('scores a token from the sums kept per word as the learner weighs its features', function () {
    const model = getModel()
    const piece = fc.constantFrom(
      'Ilham', 'Aliyev', 'said', 'the', 'Foreign', 'Ministry', 'of', 'Azerbaijan', 'BAKU', 'NATO', 'in', 'Paris',
      'on', 'Tuesday', ',', '.', '"', 'Mr', 'talks', 'with', 'Reuters', 'U.S.', 'and', 'said', '\n\n', 'GENEVA'
    )
    fc.assert(
      fc.property(fc.array(piece, {minLength: 1, maxLength: 40}), function (pieces) {
        const tokens = readDocumentTokens(readDocument(pieces.join(' ')).document, model.lexicon)
        const plain = new Uint8Array(tokens.count)
        const scores = localScores(tokens, model, plain)
        const buffer = createFeatureBuffer()
        for (let sentence = 0; sentence < tokens.sentences.length; sentence++) {
          const first = tokens.sentenceStart[sentence]!
          const count = sentenceFeatures(tokens, sentence, buffer)
          for (let token = 0; token < count; token++) {
            // A token in a plain run is a certain O, not scored.
            if (plain[first + token]) continue
            const sums = new Float64Array(labelCount)
            for (let feature = buffer.offsets[token]!; feature < buffer.offsets[token + 1]!; feature++) {
              const row = lookup(model, buffer.hashes[feature]!)
              if (row >= 0) for (let label = 0; label < labelCount; label++) sums[label]! += model.weights[row * labelCount + label]!
            }
            for (let label = 0; label < labelCount; label++) {
              // The runtime keeps single precision: equal up to its rounding.
              expect(scores[(first + token) * labelCount + label]).toBeCloseTo(sums[label]!, 3)
            }
          }
        }
      }),
      {numRuns: 200}
    )
  })

  it('finds the same quantities reading only around candidates as reading whole sentences', function () {
    const piece = fc.constantFrom(
      '20,000', '1.2', 'billion', '$', 'US$', '%', 'per cent', 'miles', 'per', 'barrel', 'more than', 'no fewer than',
      'from', 'to', 'between', 'and', '-', 'minus', 'rose', 'fell by', 'a third of', 'dozens of', 'people', 'one',
      'two', 'hundred', 'million', 'a', 'dozen', '3bn', 'PS8.1bn', '252-287', ',', '.', 'Azerbaijanis', 'the', '2019',
      'resolution', '1st', 'year-old', 'two-thirds', 'Group', 'of', 'Smith', 'said', 'on', 'Tuesday', 'week', 'ago',
      '1.99×10−30', '1/16', 'out of', 'in', 'aged', 'Maddon, 66,', '(', ')', '+0.2%', 'by', 'percent-owned'
    )
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 60}), function (pieces) {
        const text = pieces.join(' ')
        const {document} = readDocument(text)
        const dates = findDates(document)
        const near = findQuantities(document, dates, [])
        const whole = findQuantities(document, dates, [], (_input, _table, first, end) => [first, end])
        expect(near).toEqual(whole)
      }),
      {numRuns: 300}
    )
  })

  it('reads a figure by scanning as the regular expression reads it', function () {
    const text = fc.string({unit: fc.constantFrom('1', '2', '0', '9', ',', '.', 'a', '-', ' '), maxLength: 80})
    fc.assert(
      fc.property(text, function (value) {
        expect(parseFigure(value)).toEqual(parseFigurePlain(value))
      }),
      {numRuns: 2000}
    )
  })
})

/**
 * The plain shift: each distinct point once, told apart by identity.
 *
 * @param tree The tree of a chunk alone; changed in place.
 * @param base Where the chunk starts.
 */
function shiftEachPoint(tree: Root, base: Point): void {
  const seen = new Set<Point>()
  const visit = function (node: Nodes): void {
    for (const point of node.position ? [node.position.start, node.position.end] : []) {
      if (seen.has(point)) continue
      seen.add(point)
      if (point.line === 1) point.column += base.column - 1
      point.line += base.line - 1
      point.offset = (point.offset ?? 0) + (base.offset ?? 0)
    }
    if ('children' in node) for (const child of node.children) visit(child)
  }
  visit(tree)
}
