import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {parseDispatch} from '../src/index.js'
import type {Quote} from '../src/lib/types.js'
import {growthPerCharacter} from './helpers/growth.js'
import {quotesOf} from './helpers/quotes.js'

/**
 * Whatever the quote marks, the quotes stage never throws, and every quote,
 * cue and speaker slices back to its text from the input.
 */

const marks = ['"', '“', '”', '‘', '’', "'", '``', "''", '«', '»', '„', '`']
const words = [
  'the minister', 'said', 'told reporters', 'according to', 'officials', 'she said', 'he added', 'that',
  'We will win', 'it is over', 'stressed', 'called the vote', 'illegal', ':', ',', '.', ' ', ' ', '\n\n',
  '—', '―', 'PENCE:', 'so-called', 'Jane Roe', 'who', 'the statement reads'
]

const quoteText = fc
  .array(fc.oneof(fc.constantFrom(...marks), fc.constantFrom(...words), fc.string({maxLength: 4})), {maxLength: 60})
  .map((parts) => parts.join(' '))

/**
 * Check that a quote's spans are in bounds and slice back.
 *
 * @param text The input.
 * @param quote The quote.
 */
function expectSlices(text: string, quote: Quote): void {
  for (const part of [quote, quote.cue, quote.speaker]) {
    if (!part) continue
    expect(part.span.start).toBeGreaterThanOrEqual(0)
    expect(part.span.end).toBeLessThanOrEqual(text.length)
    expect(part.span.start).toBeLessThanOrEqual(part.span.end)
    expect(text.slice(part.span.start, part.span.end)).toBe(part.text)
  }
}

describe('quotes on any input', function () {
  it('never throws on random quote marks, and every span slices back', function () {
    fc.assert(
      fc.property(quoteText, function (text) {
        const {quotes, diagnostics} = quotesOf(text)
        for (const quote of quotes) expectSlices(text, quote)
        for (const diagnostic of diagnostics) {
          expect(diagnostic.code).toBe('unclosed-quote')
          expect(diagnostic.span!.end).toBeLessThanOrEqual(text.length)
        }
      }),
      {numRuns: 500}
    )
  })

  it('never throws through parseDispatch either', function () {
    fc.assert(
      fc.property(quoteText, function (text) {
        for (const quote of parseDispatch(text).quotes) expectSlices(text, quote)
      }),
      {numRuns: 150}
    )
  })

  it('gives quotes in text order, with no two of the same content', function () {
    fc.assert(
      fc.property(quoteText, function (text) {
        const {quotes} = quotesOf(text)
        const keys = quotes.map((quote) => quote.span.start + ':' + quote.span.end)
        expect(new Set(keys).size).toBe(keys.length)
        for (let index = 1; index < quotes.length; index++) {
          expect(quotes[index]!.span.start).toBeGreaterThanOrEqual(quotes[index - 1]!.span.start)
        }
      }),
      {numRuns: 200}
    )
  })

  it('reads 100,000 quote marks in linear time', function () {
    const marks = (count: number) => Array.from({length: count}, (_, index) => (index % 7 === 0 ? '“We won,” she said. ' : '"a" “b ” ’c‘ ')).join('')
    const {quotes} = quotesOf(marks(25_000))
    expect(quotes.length).toBeGreaterThan(3000)
    expect(growthPerCharacter(quotesOf, marks(2500), marks(25_000), 3)).toBeLessThan(3)
  })

  it('reads a long paragraph of quotes and cues in linear time', function () {
    const sentence = '“The plan is ready,” the minister said, and the union said that the strike would end. '
    // Eight times the text: a character costs at most three times as much,
    // where a quadratic step would make it eight times.
    expect(growthPerCharacter(quotesOf, sentence.repeat(1000), sentence.repeat(8000), 3)).toBeLessThan(3)
  })
})
