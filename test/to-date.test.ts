import {describe, expect, it} from 'vitest'
import {parseDispatch, toDate} from '../src/index.js'

/*
 * `toDate`: a `Date` for a value that names one day or one moment, and
 * `undefined` for a partial date, a period, a duration or a reference, so
 * that `new Date('XXXX-03-12')` (the year 2001 in V8) is never the answer.
 */

describe('toDate', function () {
  it('turns whole dates into midnight UTC of that day', function () {
    expect(toDate('2020-04-07')?.toISOString()).toBe('2020-04-07T00:00:00.000Z')
    expect(toDate('2024-02-29')?.toISOString()).toBe('2024-02-29T00:00:00.000Z')
    expect(toDate('0099-12-31')?.toISOString()).toBe('0099-12-31T00:00:00.000Z')
  })

  it('turns date-times into their moment, reading a missing zone as UTC', function () {
    expect(toDate('2020-04-07T09:30')?.toISOString()).toBe('2020-04-07T09:30:00.000Z')
    expect(toDate('2020-04-07T09:30:15.25Z')?.toISOString()).toBe('2020-04-07T09:30:15.250Z')
    expect(toDate('2020-04-07T09:30:00+05:30')?.toISOString()).toBe('2020-04-07T04:00:00.000Z')
    expect(toDate('2020-04-07 23:15-0400')?.toISOString()).toBe('2020-04-08T03:15:00.000Z')
  })

  it('gives `undefined` for partial dates, periods, durations, references and nothing', function () {
    for (const value of ['XXXX-03-12', '2020-XX-07', '2020-03', '2020', '199X', '2020-W12', '2020-Q1', '2020-SU', 'P3Y', 'PT2H', 'PRESENT_REF', 'PAST_REF', '2020-03-31TMO', '', 'yesterday', undefined]) {
      expect(toDate(value), String(value)).toBeUndefined()
    }
  })

  it('gives `undefined` for days and times no calendar has', function () {
    for (const value of ['2023-02-29', '2020-13-01', '2020-04-31', '2020-00-10', '2020-04-07T24:00', '2020-04-07T10:60']) {
      expect(toDate(value), value).toBeUndefined()
    }
  })

  it('reads what parseDispatch returns: a whole date, and a dateline without a year', function () {
    const text = [
      'By Lena Voss',
      '',
      'HAMBURG, March 12 (Reuters) - The port of Hamburg handled more containers in February than a year earlier, its operator said on Thursday.',
      ''
    ].join('\n')
    const partial = parseDispatch(text)
    expect(partial.dateline?.date).toBe('XXXX-03-12')
    expect(toDate(partial.dateline?.date)).toBeUndefined()
    expect(toDate(partial.published)).toBeUndefined()

    const whole = parseDispatch(text, {published: '2020-03-12'})
    expect(toDate(whole.published)?.toISOString()).toBe('2020-03-12T00:00:00.000Z')
    expect(toDate(whole.dateline?.date)?.toISOString()).toBe('2020-03-12T00:00:00.000Z')
  })

  it('accepts options set to `undefined`, as exactOptionalPropertyTypes allows', function () {
    const text = 'HAMBURG, March 12 (Reuters) - The port reopened on Thursday.'
    expect(parseDispatch(text, {published: undefined, maxLength: undefined})).toEqual(parseDispatch(text))
  })
})
