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
 * Anchoring rules: year-less and relative expressions resolve against the
 * dispatch's own date, never the machine clock. Every sentence here was
 * written for this file.
 */
function values(text: string, published?: string): Array<[string, string]> {
  return stage(text, published).map((date) => [date.text, date.value])
}

describe('dates: anchoring', function () {
  it('takes a bare weekday as the last one (news tells of the past)', function () {
    // 2021-06-09 is a Wednesday.
    expect(values('The mayor resigned on Monday.', '2021-06-09')).toEqual([['Monday', '2021-06-07']])
    expect(values('The mayor resigned on Thursday.', '2021-06-09')).toEqual([['Thursday', '2021-06-03']])
    expect(values('Rescuers said Wednesday that the search goes on.', '2021-06-09')).toEqual([['Wednesday', '2021-06-09']])
  })

  it('takes a weekday ahead when the words point ahead', function () {
    expect(values('The committee will vote on Friday.', '2021-06-09')).toEqual([['Friday', '2021-06-11']])
    expect(values('The union planned to strike on Monday.', '2021-06-09')).toEqual([['Monday', '2021-06-14']])
    expect(values('The court is scheduled to rule Thursday.', '2021-06-09')).toEqual([['Thursday', '2021-06-10']])
    expect(values('The talks could resume as early as Tuesday.', '2021-06-09')).toEqual([['Tuesday', '2021-06-15']])
  })

  it('reads “next”, “last” and “this” before a weekday', function () {
    expect(values('The count moved from last Monday to next Monday.', '2021-06-09')).toEqual([
      ['last Monday', '2021-06-07'],
      ['next Monday', '2021-06-14']
    ])
  })

  it('does not let a reporting verb after a quote decide the tense', function () {
    expect(values('“We will sign the deal on Friday,” the minister said.', '2021-06-09')).toEqual([['Friday', '2021-06-11']])
  })

  it('takes a possessive weekday as past', function () {
    expect(values('Lawyers will appeal against Monday’s ruling.', '2021-06-09')).toEqual([['Monday', '2021-06-07']])
  })

  it('takes a year-less day in the past, or ahead when the words say so', function () {
    expect(values('The dam burst on March 31.', '2021-06-09')).toEqual([['March 31', '2021-03-31']])
    expect(values('The dam burst on August 30.', '2021-06-09')).toEqual([['August 30', '2020-08-30']])
    expect(values('The new dam will open on August 30.', '2021-06-09')).toEqual([['August 30', '2021-08-30']])
  })

  it('takes the nearer year across a year boundary', function () {
    expect(values('The dividend is payable Jan. 4 to holders of record.', '2021-12-20')).toEqual([['Jan. 4', '2022-01-04']])
    expect(values('The fire broke out on Dec. 28.', '2022-01-03')).toEqual([['Dec. 28', '2021-12-28']])
    expect(values('The offer expires in January.', '2021-11-15')).toEqual([['January', '2022-01']])
  })

  it('takes a deadline written after it as past (“by Jan. 14” on Jan. 15)', function () {
    expect(values('The families must leave by Jan. 14.', '2021-01-15')).toEqual([['Jan. 14', '2021-01-14']])
  })

  it('counts weeks, months and years from the reference', function () {
    expect(values('Sales rose last month, fell last year and will recover next year.', '2021-01-05')).toEqual([
      ['last month', '2020-12'],
      ['last year', '2020'],
      ['next year', '2022']
    ])
  })

  it('restates “a year earlier” as the quarter under discussion', function () {
    expect(values('Third-quarter profit rose to $4 million from $3 million a year earlier.', '2021-10-28')).toEqual([
      ['Third-quarter', '2021-Q3'],
      ['a year earlier', '2020-Q3']
    ])
  })

  it('takes the quarter told of as closed as the one compared (“fourth-quarter profit fell” in November)', function () {
    expect(values('The canner said fourth-quarter profit fell 12% from a year earlier. Sales in the latest period rose.', '2021-11-03')).toEqual([
      ['fourth-quarter', '2021-Q4'],
      ['a year earlier', '2020-Q4'],
      ['the latest period', '2021-Q4']
    ])
    expect(values('The canner expects a fourth-quarter charge. Sales in the latest period rose.', '2021-11-03')).toEqual([
      ['fourth-quarter', '2021-Q4'],
      ['the latest period', '2021-Q3']
    ])
  })

  it('compares with the year before after a span of months, not with a quarter', function () {
    expect(
      values('Third-quarter profit rose. For the nine months, profit was $9 million, against $7 million a year earlier.', '2021-10-28')
    ).toEqual([
      ['Third-quarter', '2021-Q3'],
      ['the nine months', 'P9M'],
      ['a year earlier', '2020']
    ])
  })

  it('reads the quarter past the day that ends it (“the quarter ended Sept. 30 … a year ago”)', function () {
    expect(values('The mill earned $2 million in the fiscal-first quarter ended Sept. 30, against a loss a year ago.', '2021-10-28')).toEqual([
      ['the fiscal-first quarter', '2021-Q1'],
      ['Sept. 30', '2021-09-30'],
      ['a year ago', '2020-Q1']
    ])
  })

  it('takes “effective” before a day as ahead, and a form in -ed after an article as an adjective', function () {
    expect(values('The board named a new chief, effective Feb. 1.', '2021-10-28')).toEqual([['Feb. 1', '2022-02-01']])
    expect(values('The union signed a new contract effective June 1.', '2021-10-28')).toEqual([['June 1', '2022-06-01']])
    expect(values('The fee became effective June 1.', '2021-10-28')).toEqual([['June 1', '2021-06-01']])
    expect(values('The bonus would be paid on an unspecified date in January.', '2021-10-28')).toEqual([['January', '2022-01']])
  })

  it('resolves “that year” and “the following year” from the date before them', function () {
    expect(values('The plant opened in 1998 and closed the following year.', '2021-06-09')).toEqual([
      ['1998', '1998'],
      ['the following year', '1999']
    ])
  })

  it('keeps values underspecified without a published date', function () {
    expect(values('The dam burst on March 31 and was rebuilt by Friday.')).toEqual([
      ['March 31', 'XXXX-03-31'],
      ['Friday', 'XXXX-WXX-5']
    ])
    expect(values('Prices fell last year and again yesterday.')).toEqual([
      ['last year', 'XXXX'],
      ['yesterday', 'XXXX-XX-XX']
    ])
  })

  it('keeps the year unknown when the published date has none (`XXXX-03-31`)', function () {
    expect(values('Officials said on March 30 that the port had reopened the day before.', 'XXXX-03-31')).toEqual([
      ['March 30', 'XXXX-03-30']
    ])
    expect(values('The port reopened yesterday.', 'XXXX-03-31')).toEqual([['yesterday', 'XXXX-03-30']])
  })

  it('reads the reference from the header when no option gives it', function () {
    expect(stage('BRUSSELS 2021-06-09\n\nFarm ministers met on Monday and will meet again in July.').map((date) => [date.text, date.value])).toEqual([
      ['2021-06-09', '2021-06-09'],
      ['Monday', '2021-06-07'],
      ['July', '2021-07']
    ])
  })
})
