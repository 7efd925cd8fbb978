import {describe, expect, it} from 'vitest'
import {findDates} from '../src/lib/4-dates/index.js'
import {datesOf, readLayout} from '../src/lib/1-layout/index.js'
import {readSegments, type Document} from '../src/lib/2-text/index.js'

/**
 * No false dates: numbers, codes, ages, scores, votes, percentages, prices
 * and words that only look like dates. Every sentence here was written for
 * this file.
 */
function texts(text: string): string[] {
  const layout = readLayout(text)
  const document: Document = {
    input: text,
    segments: readSegments(text, layout.paragraphs.map((span) => ({kind: 'paragraph' as const, span}))),
    authors: [],
    published: datesOf(layout, '2021-06-09').published
  }
  return findDates(document).map((date) => date.text)
}

describe('dates: no false dates', function () {
  it('does not read counts with thousands separators or resolution numbers as years', function () {
    expect(texts('More than 20,000 people fled, and 1,994 homes burned.')).toEqual([])
    expect(texts('The council cited resolutions 822, 853, 874 and 884 again.')).toEqual([])
  })

  it('does not read counts, measures, prices or codes as years', function () {
    expect(texts('About 2000 troops and 1500 police patrolled the square.')).toEqual([])
    expect(texts('The bill raised $1999 for each family and cost 2012 euros.')).toEqual([])
    expect(texts('Flight 1982 landed at gate 12; Resolution 2010 passed.')).toEqual([])
    expect(texts('The summit is 1950 meters high.')).toEqual([])
  })

  it('does not read “may” the verb, a march, or names as months', function () {
    expect(texts('Talks may resume, and officials may travel.')).toEqual([])
    expect(texts('Thousands joined the march through the capital.')).toEqual([])
    expect(texts('Farmers March On Capital As Talks Stall')).toEqual([])
    expect(texts('April Sanchez and June Carter spoke at the rally.')).toEqual([])
  })

  it('does not read ages as durations', function () {
    expect(texts('A 44-year-old teacher and her 6-month-old son were rescued.')).toEqual([])
    expect(texts('The driver, 52 years old, was unhurt.')).toEqual([])
  })

  it('does not read scores, votes, percentages or fractions as dates', function () {
    expect(texts('The home side won 2-1 and the senate voted 17-9.')).toEqual([])
    expect(texts('Turnout reached 63 percent, or 63%, up 2.5 points.')).toEqual([])
    expect(texts('More than a quarter of the seats and three-quarters of the votes went to the left.')).toEqual([])
  })

  it('does not read ordinals or shows as durations', function () {
    expect(texts('She won a second term and appeared on 60 Minutes.')).toEqual([])
  })

  it('finds the dates among such numbers', function () {
    expect(texts('In 1994, more than 20,000 people signed; by March 3, 2,500 more had joined.')).toEqual(['1994', 'March 3'])
  })
})
