import {describe, expect, it} from 'vitest'
import {parseDispatch, type Article} from '../src/index.js'

/*
 * Calendar values at the edges: no Article holds a day that does not exist,
 * years past 9999 are written in ISO 8601's expanded form, and a reference
 * before year 100 stays in its own century. Every dispatch here was written
 * for this file.
 */

/**
 * The dates of a dispatch as `text=value`.
 *
 * @param article The Article.
 * @returns One string per date.
 */
function values(article: Article): string[] {
  return article.dates.map((date) => date.text + '=' + date.value)
}

/**
 * The weekday (0 Sunday … 6 Saturday) of a day of any year, proleptic Gregorian.
 */
function weekday(year: number, month: number, day: number): number {
  const date = new Date(0)
  date.setUTCFullYear(year, month - 1, day)
  return date.getUTCDay()
}

describe('days that do not exist', function () {
  it('gives no date for February 29 of a common year', function () {
    const text = 'ROME, March 5 (Reuters) - The contract was signed on February 29, 2021, and took effect on March 1, 2021, the ministry said.'
    const found = values(parseDispatch(text, {published: '2021-03-05'}))
    expect(found).toContain('March 1, 2021=2021-03-01')
    expect(found.some((value) => value.includes('02-29'))).toBe(false)
    expect(values(parseDispatch(text.replaceAll('2021', '2020'), {published: '2020-03-05'}))).toContain('February 29, 2020=2020-02-29')
  })

  it('gives no date for a year-less February 29 in a year that has none', function () {
    const text = 'The board met on Feb. 29 to approve the budget, a spokesman said.'
    expect(values(parseDispatch(text, {published: '2100-03-01'})).some((value) => value.includes('02-29'))).toBe(false)
    expect(values(parseDispatch(text, {published: '2024-03-01'}))).toContain('Feb. 29=2024-02-29')
  })

  it('dates a dateline’s February 29 in the nearest year that has one', function () {
    const text = 'LISBON, Feb 29 (Reuters) - Dock workers voted to end a nine-day strike.'
    const article = parseDispatch(text, {published: '2021-03-02'})
    expect(article.dateline?.date).toBe('2020-02-29')
  })

  it('holds no impossible day in any value, for the last days of every month', function () {
    const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
    const sentences = months.flatMap((month) => [29, 30, 31].map((day) => `The ruling of ${month} ${day}, 2023 was upheld.`))
    const article = parseDispatch(sentences.join(' '), {published: '2023-12-31'})
    let days = 0
    for (const date of article.dates) {
      const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date.value)
      if (!match) continue
      const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
      const last = new Date(Date.UTC(year, month, 0)).getUTCDate()
      expect(day, date.text).toBeLessThanOrEqual(last)
      days++
    }
    // Seven of the 36 do not exist: February 29–31, April, June, September and November 31.
    expect(days).toBe(36 - 7)
  })
})

describe('years at the edges', function () {
  it('writes years past 9999 in ISO 8601’s expanded form', function () {
    const text = 'The talks resume tomorrow and end next year, officials said.'
    const found = values(parseDispatch(text, {published: '9999-12-31'}))
    expect(found).toContain('tomorrow=+10000-01-01')
    expect(found).toContain('next year=+10000')
  })

  it('resolves a weekday against a reference before year 100 in that year, from a string or a `Date`', function () {
    const text = 'The senate met on Friday and will vote on Monday, officials said.'
    const reference = new Date(0)
    reference.setUTCFullYear(50, 0, 12)
    const fromDate = values(parseDispatch(text, {published: reference}))
    const fromString = values(parseDispatch(text, {published: '0050-01-12'}))
    expect(fromDate).toEqual(fromString)
    const friday = fromString.find((value) => value.startsWith('Friday='))?.slice('Friday='.length)
    expect(friday?.startsWith('0050-01-')).toBe(true)
    expect(weekday(50, 1, Number(friday?.slice(8)))).toBe(5)
  })
})
