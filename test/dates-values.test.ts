import {describe, expect, it} from 'vitest'
import {findDates} from '../src/lib/4-dates/index.js'
import {readDocument} from '../src/lib/pipeline.js'
import type {TimeExpression} from '../src/lib/types.js'


/**
 * Run the dates stage on a dispatch as parseDispatch does (layout, text
 * stage, reference from the options or the header), without the other stages.
 */
function stage(text: string, published?: string): TimeExpression[] {
  const {document} = readDocument(text, published?.startsWith('XXXX') ? undefined : published)
  if (published?.startsWith('XXXX')) document.published = published
  return findDates(document)
}

/**
 * One test per form of TIMEX3 value the dates stage writes. Every sentence
 * here was written for this file. The reference date is a Wednesday,
 * 2021-06-09, unless a test says otherwise.
 */
const published = '2021-06-09'

function dates(text: string, reference: string | undefined = published): Array<[string, string, string, string?]> {
  return stage(text, reference).map((date) =>
    date.mod ? [date.text, date.type, date.value, date.mod] : [date.text, date.type, date.value]
  )
}

describe('dates: values', function () {
  it('writes a full day: `2020-03-31`', function () {
    expect(dates('The ferry sank on March 31, 2020, off the northern cape.')).toEqual([['March 31, 2020', 'date', '2020-03-31']])
    expect(dates('The ferry sank on 31 March 2020 off the northern cape.')).toEqual([['31 March 2020', 'date', '2020-03-31']])
    expect(dates('Filed under 2020-03-31 in the court register.')).toEqual([['2020-03-31', 'date', '2020-03-31']])
  })

  it('writes a month and a year: `2020-03`, `2020`', function () {
    expect(dates('The mill closed in July 1997 and reopened in 2004.')).toEqual([
      ['July 1997', 'date', '1997-07'],
      ['2004', 'date', '2004']
    ])
  })

  it('writes decades with X and centuries as their leading digits: `199X`, `19`', function () {
    expect(dates('Prices rose through the 1980s and fell in the early 1990s.')).toEqual([
      ['1980s', 'date', '198X'],
      ['the early 1990s', 'date', '199X', 'START']
    ])
    expect(dates("Rents doubled in the last half of the '70s and again in the last decade.")).toEqual([
      ["the last half of the '70s", 'date', '197X', 'END'],
      ['the last decade', 'date', '201X']
    ])
    expect(dates('The chapel dates from the 11th century.')).toEqual([['the 11th century', 'date', '10']])
  })

  it('writes weeks, quarters, halves and seasons: `2021-W22`, `2021-Q1`, `2021-H1`, `2021-SU`', function () {
    expect(dates('Ticket sales slowed last week.')).toEqual([['last week', 'date', '2021-W22']])
    expect(dates('The brewer reported a first-quarter loss and expects a profit in the second half.')).toEqual([
      ['first-quarter', 'date', '2021-Q1'],
      ['the second half', 'date', '2021-H2']
    ])
    expect(dates('The pier will reopen this summer.')).toEqual([['this summer', 'date', '2021-SU']])
  })

  it('writes PRESENT_REF, PAST_REF and FUTURE_REF', function () {
    expect(dates('The bridge is now closed; it was recently repainted and may reopen in the near future.')).toEqual([
      ['now', 'date', 'PRESENT_REF'],
      ['recently', 'date', 'PAST_REF'],
      ['the near future', 'date', 'FUTURE_REF']
    ])
  })

  it('writes durations: `P3Y`, `PT2H`, `PT5H30M`, `P2Y6M`, `PXY`', function () {
    expect(dates('The strike lasted three years.')).toEqual([['three years', 'duration', 'P3Y']])
    expect(dates('After a two-hour delay the train left.')).toEqual([['two-hour', 'duration', 'PT2H']])
    expect(dates('The crossing took 5 1/2 hours.')).toEqual([['5 1/2 hours', 'duration', 'PT5H30M']])
    expect(dates('She served 2 1/2 years as mayor.')).toEqual([['2 1/2 years', 'duration', 'P2Y6M']])
    expect(dates('The two towns have quarrelled for years.')).toEqual([['years', 'duration', 'PXY']])
    expect(dates('Sales fell in the first nine months.')).toEqual([['the first nine months', 'duration', 'P9M']])
  })

  it('keeps the hedge of a duration as its modifier', function () {
    expect(dates('The hearing lasted more than four hours.')).toEqual([['more than four hours', 'duration', 'PT4H', 'MORE_THAN']])
    expect(dates('The dam held for nearly two decades.')).toEqual([['nearly two decades', 'duration', 'P20Y', 'LESS_THAN']])
  })

  it('writes sets: `P1D`, `XXXX-WXX-1`, `XXXX-07`', function () {
    expect(dates('The market opens daily, closes each Monday and floods every July.')).toEqual([
      ['daily', 'set', 'P1D'],
      ['each Monday', 'set', 'XXXX-WXX-1'],
      ['every July', 'set', 'XXXX-07']
    ])
    expect(dates('The plant burns 40 tons of coal a day.')).toEqual([['a day', 'set', 'P1D']])
  })

  it('writes times on their day: `2021-06-08T14:30`, `T24:00`, parts of the day', function () {
    expect(dates('The blast came at 2:30 p.m. Tuesday.')).toEqual([['2:30 p.m. Tuesday', 'time', '2021-06-08T14:30']])
    expect(dates('Polls close at midnight.')).toEqual([['midnight', 'time', '2021-06-09T24:00']])
    expect(dates('The minister spoke this morning.')).toEqual([['this morning', 'time', '2021-06-09TMO']])
    expect(dates('Fire crews worked through Sunday night.')).toEqual([['Sunday night', 'date', '2021-06-06TNI']])
  })

  it('writes days named from the reference: today, yesterday, tomorrow', function () {
    expect(dates('Talks ended yesterday and resume tomorrow; today the delegates rest.')).toEqual([
      ['yesterday', 'date', '2021-06-08'],
      ['tomorrow', 'date', '2021-06-10'],
      ['today', 'date', '2021-06-09']
    ])
  })

  it('writes counts back from the reference at the grain of their unit', function () {
    expect(dates('The lake froze two weeks ago, ten days ago, three months ago and 40 years ago.')).toEqual([
      ['two weeks ago', 'date', '2021-W21'],
      ['ten days ago', 'date', '2021-05-30'],
      ['three months ago', 'date', '2021-03'],
      ['40 years ago', 'date', '1981']
    ])
  })

  it('writes modifiers: START, MID, END, APPROX', function () {
    expect(dates('Work began in early May, peaked in mid-August and ends in late 2022.', '2021-12-01')).toEqual([
      ['early May', 'date', '2021-05', 'START'],
      ['mid-August', 'date', '2021-08', 'MID'],
      ['late 2022', 'date', '2022', 'END']
    ])
    expect(dates('The train arrived around 7:15 p.m.')).toEqual([['around 7:15 p.m.', 'time', '2021-06-09T19:15', 'APPROX']])
  })

  it('resolves holidays in the year they fall', function () {
    expect(dates('The shop closed on Thanksgiving Day 2020.')).toEqual([['Thanksgiving Day 2020', 'date', '2020-11-26']])
    expect(dates('Voters went to the polls on Election Day 2020.')).toEqual([['Election Day 2020', 'date', '2020-11-03']])
  })

  it('gives both ends of a range', function () {
    expect(dates('The festival runs March 3-5 in the old town.')).toEqual([
      ['March 3', 'date', '2021-03-03'],
      ['5', 'date', '2021-03-05']
    ])
    expect(dates('Output grew from 1992 to 1994 and in the 2010-2011 season.')).toEqual([
      ['1992', 'date', '1992'],
      ['1994', 'date', '1994'],
      ['2010', 'date', '2010'],
      ['2011', 'date', '2011']
    ])
  })
})
