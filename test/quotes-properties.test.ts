import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {parseDispatch} from '../src/index.js'
import type {Quote} from '../src/lib/types.js'
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

  it('reads 100,000 quote marks fast', function () {
    const text = Array.from({length: 25_000}, (_, index) => (index % 7 === 0 ? '“We won,” she said. ' : '"a" “b ” ’c‘ ')).join('')
    const started = performance.now()
    const {quotes} = quotesOf(text)
    const elapsed = performance.now() - started
    expect(quotes.length).toBeGreaterThan(3000)
    expect(elapsed).toBeLessThan(10_000)
  })

  it('reads a long paragraph of quotes and cues in linear time', function () {
    const sentence = '“The plan is ready,” the minister said, and the union said that the strike would end. '
    const time = function (count: number): number {
      const text = sentence.repeat(count)
      const started = performance.now()
      quotesOf(text)
      return performance.now() - started
    }
    time(200)
    const small = time(1000)
    const large = time(8000)
    // Eight times the text: far less than the 64 times a quadratic step would take.
    expect(large / Math.max(small, 1)).toBeLessThan(24)
  })
})
