import {describe, expect, it} from 'vitest'
import {findDates} from '../src/lib/4-dates/index.js'
import {datesOf, readLayout} from '../src/lib/1-layout/index.js'
import {readSegments, type Document} from '../src/lib/2-text/index.js'
import {growthPerCharacter} from './helpers/growth.js'

/**
 * Hostile input: the dates stage never throws, every span slices back, and
 * its CPU time grows linearly with the size (a character of ten times the
 * text may cost at most three times as much, where a quadratic scan would
 * cost ten times as much).
 */
function documentOf(text: string, published?: string): Document {
  const layout = readLayout(text)
  return {
    input: text,
    segments: readSegments(text, layout.paragraphs.map((span) => ({kind: 'paragraph' as const, span}))),
    authors: [],
    published: datesOf(layout, published).published
  }
}

function run(text: string, published?: string): number {
  const dates = findDates(documentOf(text, published))
  for (const date of dates) expect(text.slice(date.span.start, date.span.end)).toBe(date.text)
  return dates.length
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
      const small = documentOf(unit.repeat(Math.ceil(10_000 / unit.length)), '2021-06-09')
      const large = documentOf(unit.repeat(Math.ceil(100_000 / unit.length)), '2021-06-09')
      run(small.input, '2021-06-09')
      const documents = new Map([small, large].map((document) => [document.input, document]))
      const growth = growthPerCharacter((input) => findDates(documents.get(input)!), small.input, large.input, 3)
      expect(growth).toBeLessThan(3)
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
