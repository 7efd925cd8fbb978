import {performance} from 'node:perf_hooks'
import {describe, expect, it} from 'vitest'
import {findDates} from '../src/lib/dates/index.js'
import {datesOf, readLayout} from '../src/lib/layout/index.js'
import {readSegments, type Document} from '../src/lib/text/index.js'

/**
 * Hostile input: the dates stage never throws, every span slices back, and
 * the time grows linearly with the size (ten times the text may take at most
 * about thirty times as long, where a quadratic scan would take a hundred).
 */
function run(text: string, published?: string): {ms: number; count: number} {
  const layout = readLayout(text)
  const document: Document = {
    input: text,
    segments: readSegments(text, layout.paragraphs.map((span) => ({kind: 'paragraph' as const, span}))),
    authors: [],
    published: datesOf(layout, published).published
  }
  const start = performance.now()
  const dates = findDates(document)
  const ms = performance.now() - start
  for (const date of dates) expect(text.slice(date.span.start, date.span.end)).toBe(date.text)
  return {ms, count: dates.length}
}

const units: Array<[string, string]> = [
  ['no space', 'x'],
  ['digits', '7'],
  ['dates', 'March 3, 2020 '],
  ['weekdays', 'Friday '],
  ['durations', 'years '],
  ['spaced digits', '1 '],
  ['money and years', '$1999 in 1999, '],
  ['clock times', '10:35 a.m. '],
  ['hedged durations', 'more than two years '],
  ['quotes and commas', '", 2020", '],
  ['capital months', 'MARCH MAY JUNE ']
]

describe('dates: robustness', function () {
  for (const [name, unit] of units) {
    it('stays linear on ' + name, function () {
      const small = unit.repeat(Math.ceil(10_000 / unit.length))
      const large = unit.repeat(Math.ceil(100_000 / unit.length))
      run(small, '2021-06-09')
      const first = run(small, '2021-06-09')
      const second = run(large, '2021-06-09')
      expect(second.ms).toBeLessThan(first.ms * 30 + 250)
    })
  }

  it('never throws on odd text and odd references', function () {
    const odd = ['', ' ', '\u0000\u0001', '\uD800a\uDC00 ', 'Feb. 30, 2021 and 31/31/2021', '9999-99-99', '2021-02-29', 'the 0th century']
    for (const text of odd) {
      for (const published of [undefined, '2021-06-09', 'XXXX-02-29', '1999', '2000-02-29T23:59Z']) {
        expect(() => run(text, published)).not.toThrow()
      }
    }
  })

  it('does not read invalid days as days', function () {
    const text = 'It fell on Feb. 30, 2021 and 2021-13-01.'
    const layout = readLayout(text)
    const dates = findDates({
      input: text,
      segments: readSegments(text, layout.paragraphs.map((span) => ({kind: 'paragraph' as const, span}))),
      authors: [],
      published: '2021-06-09'
    })
    expect(dates.map((date) => [date.text, date.value])).toEqual([['2021', '2021']])
  })
})
