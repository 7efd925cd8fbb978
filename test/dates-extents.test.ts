import {describe, expect, it} from 'vitest'
import {findDates} from '../src/lib/4-dates/index.js'
import {datesOf, readLayout} from '../src/lib/1-layout/index.js'
import {readSegments, type Document} from '../src/lib/2-text/index.js'

/**
 * Extents as TempEval-3's annotators draw them, and spans that slice back to
 * their text. Every sentence here was written for this file.
 */
function stage(text: string, published = '2021-06-09'): Array<{text: string; start: number; end: number}> {
  const layout = readLayout(text)
  const document: Document = {
    input: text,
    segments: readSegments(text, layout.paragraphs.map((span) => ({kind: 'paragraph' as const, span}))),
    authors: [],
    published: datesOf(layout, published).published
  }
  return findDates(document).map(function (date) {
    expect(text.slice(date.span.start, date.span.end)).toBe(date.text)
    return {text: date.text, start: date.span.start, end: date.span.end}
  })
}

function texts(text: string): string[] {
  return stage(text).map((date) => date.text)
}

describe('dates: extents', function () {
  it('leaves out the leading preposition', function () {
    expect(texts('The port reopened on March 31 and closed in April, at 10 a.m., since 2019.')).toEqual([
      'March 31',
      'April',
      '10 a.m.',
      '2019'
    ])
  })

  it('keeps “the” and modifiers that belong to the expression', function () {
    expect(texts('Unrest grew in the early 1990s and eased in the third quarter.')).toEqual(['the early 1990s', 'the third quarter'])
    expect(texts('The mill closed in late November after the past two months of losses.')).toEqual([
      'late November',
      'the past two months'
    ])
  })

  it('leaves “the” out before a date used as a modifier', function () {
    expect(texts('Investigators studied the Aug. 7 blasts and the 1996 law.')).toEqual(['Aug. 7', '1996'])
    expect(texts('A major factor in the third-quarter loss was rain.')).toEqual(['third-quarter'])
  })

  it('keeps a weekday and its date together, and a clock time with its day', function () {
    expect(texts('The paper said in an editorial on Friday, Oct. 23, that the vote was fair.')).toEqual(['Friday, Oct. 23'])
    expect(texts('The offer runs until 5 p.m. EST Nov. 9.')).toEqual(['5 p.m. EST Nov. 9'])
  })

  it('keeps hedges that count (“more than”, “nearly”) and leaves out “about”', function () {
    expect(texts('The talks lasted more than four hours; the search took about two weeks.')).toEqual(['more than four hours', 'two weeks'])
  })

  it('leaves out “over” when it means “during”', function () {
    expect(texts('The loan is repaid over five years; the meeting ran over an hour.')).toEqual(['five years', 'over an hour'])
  })

  it('takes “last month” out of “last month’s”', function () {
    expect(texts('Last month’s storm cut power to the valley.')).toEqual(['Last month'])
  })

  it('gives spans into the input, also after a header and in later paragraphs', function () {
    const text = 'Storms close valley roads\n\nBy Ana Ruiz\n\nThe road closed on Monday.\n\nIt reopens next week.'
    const found = stage(text)
    expect(found.map((date) => date.text)).toEqual(['Monday', 'next week'])
    expect(found[0]!.start).toBe(text.indexOf('Monday'))
    expect(found[1]!.start).toBe(text.indexOf('next week'))
  })
})
