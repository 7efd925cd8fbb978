import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {parseDispatch} from '../src/index.js'
import {expectSpansTrue} from './helpers/spans.js'

/**
 * For any string, `parseDispatch` returns an Article whose every span slices
 * back to its text, never throws, and gives the same Article for the same input.
 * Besides arbitrary strings, the inputs are built from the pieces of real
 * layouts (headers, bylines, datelines, trailers, quote marks, odd white
 * space), so that the layout code paths are exercised, not just skipped.
 */
const pieces = [
  ' date 2021-06-02 By Azernews',
  'Updated Dec. 17, 2025, 7:39 PM EST',
  '3 October 2022 09:59 (UTC+04:00)',
  'By Jane Doe and JOHN ROE',
  'By Jared Kotler, Associated Press Writer',
  'By Leman Aliyeva - Trend:',
  'HOUSTON, Jan 27 (Reuters) - ',
  'WASHINGTON (AP) — ',
  'RICHMOND, Va. (AP) _',
  'MOSCOW, October 4. /TASS/. ',
  'June 3 (UPI) -- ',
  '(Bloomberg) --',
  'BRUSSELS 1996-08-22',
  'Baku, Azerbaijan, July 26',
  'FARMINGTON HILLS, Mich.',
  '(Reporting by Ann Lee; Editing by Bo Chen)',
  'Our Standards: The Trust Principles.',
  '___',
  'Associated Press writer Kim Park in Seoul contributed to this report.',
  '©2025 Example L.P.',
  'Enditem',
  ' Reuter',
  'Most Read from Bloomberg',
  'To contact the reporter on this story:',
  'The minister said the talks would resume.',
  '“We will win. We always win,” he said.',
  '"Unclosed quote',
  'the U.S. The ',
  'Dec. 31. Then',
  '\u00A0',
  '\u200B',
  '\uFEFF',
  '\u0000\u0007',
  '\r\n',
  '\r',
  '\n',
  '\n\n',
  '\t',
  '“',
  '”',
  '"',
  "'",
  '\uD800',
  '\uDC00',
  '\u202E',
  'SPORTS - HEADLINE IN CAPITALS.'
]

const dispatchLike = fc
  .array(fc.oneof(fc.constantFrom(...pieces), fc.string({unit: 'binary', maxLength: 12})), {maxLength: 30})
  .map((parts) => parts.join(''))

const settings = {numRuns: 400}

describe('parseDispatch on any input', {timeout: 120_000}, function () {
  it('never throws, and every span slices back (arbitrary strings)', function () {
    fc.assert(
      fc.property(fc.string({unit: 'binary', maxLength: 300}), function (text) {
        expectSpansTrue(text, parseDispatch(text))
      }),
      settings
    )
  })

  it('never throws, and every span slices back (dispatch-like strings)', function () {
    fc.assert(
      fc.property(dispatchLike, function (text) {
        expectSpansTrue(text, parseDispatch(text))
      }),
      settings
    )
  })

  it('gives the same Article for the same input', function () {
    fc.assert(
      fc.property(dispatchLike, function (text) {
        expect(parseDispatch(text)).toEqual(parseDispatch(text))
      }),
      {numRuns: 100}
    )
  })

  it('keeps paragraphs and sentences inside the body, in order, not overlapping', function () {
    fc.assert(
      fc.property(dispatchLike, function (text) {
        const article = parseDispatch(text)
        let last = article.body.start
        for (const paragraph of article.paragraphs) {
          expect(paragraph.span.start).toBeGreaterThanOrEqual(last)
          expect(paragraph.span.end).toBeLessThanOrEqual(article.body.end)
          let inner = paragraph.span.start
          for (const sentence of paragraph.sentences) {
            expect(sentence.start).toBeGreaterThanOrEqual(inner)
            expect(sentence.end).toBeLessThanOrEqual(paragraph.span.end)
            expect(sentence.end).toBeGreaterThan(sentence.start)
            inner = sentence.end
          }
          last = paragraph.span.end
        }
      }),
      settings
    )
  })
})
