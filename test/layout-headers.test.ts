import {describe, expect, it} from 'vitest'
import type {Span} from '../src/index.js'
import {layoutArticle} from './helpers/layout.js'
import {expectSpansTrue} from './helpers/spans.js'

/*
 * Header lines: the three forms the foundation issue lists, what they give
 * (`published`, and the outlet for ` date … By Azernews`), that they are
 * neither headline nor body, and the precedence of publication dates:
 * `options.published` > header line > dateline. Every story is invented.
 */

const paragraphs = [
  'The national carrier will add four weekly flights to Tashkent from next month, its press service said on Monday.',
  '',
  '"Demand on the route has doubled in a year," the press service said.'
].join('\n')

const bodyStart = 'The national carrier'

/**
 * Slice a span out of the input.
 *
 * @param text The input.
 * @param span The span.
 * @returns The text it covers.
 */
function slice(text: string, span: Span): string {
  return text.slice(span.start, span.end)
}

describe('header ` date YYYY-MM-DD By Azernews`', function () {
  const text =
    ' date 2020-04-07 By Azernews\n\n\n\n\n\nBy Sabina Mammadli\n\n' + paragraphs + '\n'
  const article = layoutArticle(text)

  it('gives the publication date and the outlet', function () {
    expectSpansTrue(text, article)
    expect(article.published).toBe('2020-04-07')
    expect(article.source).toBe('Azernews')
  })

  it('is neither headline, author nor body', function () {
    expect(article.headline).toBeUndefined()
    expect(
      article.authors.map(function (author) {
        return author.name
      })
    ).toEqual(['Sabina Mammadli'])
    expect(text.slice(article.body.start, article.body.start + 20)).toBe(bodyStart)
    expect(slice(text, article.body)).not.toContain('2020-04-07')
    expect(article.paragraphs).toHaveLength(2)
  })

  it('names the outlet even when the dateline names an agency', function () {
    const withDateline =
      ' date 2020-04-07 By Azernews\n\n\n\nBy Sabina Mammadli\n\nBAKU, April 6 (Xinhua) -- ' +
      paragraphs +
      '\n'
    const result = layoutArticle(withDateline)
    expectSpansTrue(withDateline, result)
    expect(result.source).toBe('Azernews')
    expect(result.dateline?.source).toBe('Xinhua')
    expect(result.dateline?.date).toBe('2020-04-06')
    expect(result.published).toBe('2020-04-07')
  })
})

describe('header `3 October 2022 09:59 (UTC+04:00)`', function () {
  it('gives a date-time with its zone, first line or after the headline', function () {
    const alone = '3 October 2022 09:59 (UTC+04:00)\n\n' + paragraphs + '\n'
    const afterHeadline = 'Carrier adds flights to Tashkent\n\n' + alone

    for (const text of [alone, afterHeadline]) {
      const article = layoutArticle(text)
      expectSpansTrue(text, article)
      expect(article.published).toBe('2022-10-03T09:59+04:00')
      expect(text.slice(article.body.start, article.body.start + 20)).toBe(bodyStart)
      expect(article.paragraphs).toHaveLength(2)
    }

    expect(layoutArticle(alone).headline).toBeUndefined()
    expect(layoutArticle(afterHeadline).headline).toBe('Carrier adds flights to Tashkent')
  })

  it('gives a date-time without zone when the header has none', function () {
    const text = 'Carrier adds flights to Tashkent\n\n3 October 2022 09:59\n\n' + paragraphs + '\n'
    const article = layoutArticle(text)
    expectSpansTrue(text, article)
    expect(article.published).toBe('2022-10-03T09:59')
    expect(text.slice(article.body.start, article.body.start + 20)).toBe(bodyStart)
  })
})

describe('header `Updated Dec. 17, 2025, 7:39 PM EST`', function () {
  const forms: Array<[string, string]> = [
    ['Updated Dec. 17, 2025, 7:39 PM EST', '2025-12-17T19:39-05:00'],
    ['Updated Dec. 17, 2025, 7:39 AM EST', '2025-12-17T07:39-05:00'],
    ['Updated Dec. 17, 2025, 12:05 AM EST', '2025-12-17T00:05-05:00'],
    ['Updated Dec. 17, 2025, 12:05 PM EST', '2025-12-17T12:05-05:00'],
    ['Updated July 2, 2025, 6:05 PM EDT', '2025-07-02T18:05-04:00']
  ]

  for (const [header, published] of forms) {
    it(JSON.stringify(header) + ' → ' + published, function () {
      const text =
        'Carrier Adds Flights to Tashkent\nBy Colleen Markey\n' + header + '\n\n' + paragraphs + '\n'
      const article = layoutArticle(text)
      expectSpansTrue(text, article)
      expect(article.published).toBe(published)
      expect(article.headline).toBe('Carrier Adds Flights to Tashkent')
      expect(
        article.authors.map(function (author) {
          return author.name
        })
      ).toEqual(['Colleen Markey'])
      expect(text.slice(article.body.start, article.body.start + 20)).toBe(bodyStart)
      expect(slice(text, article.body)).not.toContain('Updated')
    })
  }
})

describe('publication date precedence', function () {
  const text = [
    'Carrier adds flights to Tashkent',
    '',
    '3 October 2022 09:59 (UTC+04:00)',
    '',
    'Tallinn, October 2, 2022 (AFP) - ' + paragraphs,
    ''
  ].join('\n')

  it('header line over dateline', function () {
    const article = layoutArticle(text)
    expect(article.published).toBe('2022-10-03T09:59+04:00')
    expect(article.dateline?.date).toBe('2022-10-02')
  })

  it('`options.published` over header line', function () {
    const article = layoutArticle(text, {published: '2022-10-05'})
    expect(article.published).toBe('2022-10-05')
    expect(article.dateline?.date).toBe('2022-10-02')
  })

  it('`options.published` over dateline', function () {
    const dateline = 'Tallinn, October 2, 2022 (AFP) - ' + paragraphs + '\n'
    expect(layoutArticle(dateline).published).toBe('2022-10-02')
    expect(layoutArticle(dateline, {published: '2022-10-04'}).published).toBe('2022-10-04')
  })

  it('`options.published` when the text has no date at all', function () {
    expect(layoutArticle(paragraphs, {published: '2021-02-03'}).published).toBe(
      '2021-02-03'
    )
    expect(layoutArticle(paragraphs).published).toBeUndefined()
  })
})
