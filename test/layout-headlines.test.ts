import {describe, expect, it} from 'vitest'
import type {Article} from '../src/index.js'
import {layoutArticle} from './helpers/layout.js'
import {expectSpansTrue} from './helpers/spans.js'

/*
 * Headlines: a short first line without final punctuation followed by a
 * blank line (BBC), an upper-case first line, or a first line followed
 * directly by a byline or dateline (Reuters 1996 / CoNLL). And first lines
 * that are not headlines. Every story is invented.
 */

/**
 * Assert the headline of an Article, its span, and that the body starts on the story.
 *
 * @param text The input.
 * @param article The Article.
 * @param headline The headline, as written.
 * @param bodyStart The first 20 characters of the story.
 */
function expectHeadline(
  text: string,
  article: Article,
  headline: string | undefined,
  bodyStart: string
): void {
  expectSpansTrue(text, article)
  expect(article.headline).toBe(headline)

  if (headline === undefined) {
    expect(article.headlineSpan).toBeUndefined()
  } else {
    const span = article.headlineSpan ?? {start: 0, end: 0}
    expect(text.slice(span.start, span.end)).toBe(headline)
    expect(text.slice(article.body.start, article.body.end)).not.toContain(headline)
  }

  expect(text.slice(article.body.start, article.body.start + 20)).toBe(bodyStart)
}

describe('headlines', function () {
  it('a short first line without final punctuation and a blank line (BBC)', function () {
    const text = [
      'Heatwave closes schools in three regions',
      '',
      'Schools in three northern regions will stay closed until Friday as temperatures pass 40C, the education ministry said.',
      'Teachers have been asked to set work online.',
      ''
    ].join('\n')
    const article = layoutArticle(text)
    expectHeadline(text, article, 'Heatwave closes schools in three regions', 'Schools in three nor')
    expect(article.paragraphs).toHaveLength(2)
  })

  it('an upper-case first line, followed by a blank line', function () {
    const text = [
      'WHEAT FUTURES CLIMB ON DROUGHT FEARS',
      '',
      'Wheat futures rose for a third session on Monday as forecasts showed no rain for the southern Plains before the end of the month.',
      '',
      'Corn and soybeans were little changed.',
      ''
    ].join('\n')
    const article = layoutArticle(text)
    expectHeadline(text, article, 'WHEAT FUTURES CLIMB ON DROUGHT FEARS', 'Wheat futures rose f')
    expect(article.paragraphs).toHaveLength(2)
  })

  it('an upper-case first line, followed directly by the story', function () {
    const text = [
      'WHEAT FUTURES CLIMB ON DROUGHT FEARS',
      'Wheat futures rose for a third session on Monday as forecasts showed no rain for the southern Plains before the end of the month.',
      'Corn and soybeans were little changed.',
      ''
    ].join('\n')
    const article = layoutArticle(text)
    expectHeadline(text, article, 'WHEAT FUTURES CLIMB ON DROUGHT FEARS', 'Wheat futures rose f')
    expect(article.paragraphs).toHaveLength(2)
  })

  it('a first line followed directly by a byline', function () {
    const text = [
      'Port strike enters third week as talks stall',
      'By Anna Kowalczyk',
      '',
      'Dockworkers at the port of Gdansk extended their strike into a third week on Monday after talks with the port authority broke down over the weekend.',
      '',
      'The union said it would hold a ballot on Thursday on whether to widen the action.',
      ''
    ].join('\n')
    const article = layoutArticle(text)
    expectHeadline(
      text,
      article,
      'Port strike enters third week as talks stall',
      'Dockworkers at the p'
    )
    expect(article.authors.map(function (author) {
      return author.name
    })).toEqual(['Anna Kowalczyk'])
  })

  it('a first line followed directly by a dateline', function () {
    const text = [
      'Dutch growers expect smaller tulip crop',
      'AMSTERDAM 1996-08-26',
      'Dutch bulb growers expect this year’s tulip crop to be about ten percent smaller than last year after a wet spring, their association said on Monday.',
      'Prices for the most popular varieties have already risen by a fifth, traders said.',
      ''
    ].join('\n')
    const article = layoutArticle(text)
    expectHeadline(text, article, 'Dutch growers expect smaller tulip crop', 'Dutch bulb growers e')
    expect(article.dateline?.text).toBe('AMSTERDAM 1996-08-26')
    expect(article.paragraphs).toHaveLength(2)
  })

  it('a first line with a final period followed directly by a dateline (CoNLL)', function () {
    const text = [
      'Dutch growers expect smaller tulip crop.',
      'AMSTERDAM 1996-08-26',
      'Dutch bulb growers expect this year’s tulip crop to be about ten percent smaller than last year after a wet spring, their association said on Monday.',
      ''
    ].join('\n')
    const article = layoutArticle(text)
    expectHeadline(text, article, 'Dutch growers expect smaller tulip crop.', 'Dutch bulb growers e')
  })

  it('a first line followed by a blank line and a dateline paragraph', function () {
    const text = [
      'Chile raises copper royalty on large miners',
      '',
      'SANTIAGO, May 9 (Reuters) - Chile’s Senate approved on Tuesday a bill that raises royalties on large copper miners, ending two years of debate.',
      '',
      'The measure is expected to raise about $1.3 billion a year.',
      ''
    ].join('\n')
    const article = layoutArticle(text)
    expectHeadline(text, article, 'Chile raises copper royalty on large miners', 'Chile’s Senate appro')
  })
})

describe('first lines that are not headlines', function () {
  it('a first paragraph that is a whole sentence', function () {
    const text = [
      'Schools in three northern regions will stay closed until Friday as temperatures pass 40C, the education ministry said on Sunday.',
      '',
      'Teachers have been asked to set work online.',
      ''
    ].join('\n')
    const article = layoutArticle(text)
    expectHeadline(text, article, undefined, 'Schools in three nor')
    expect(article.body.start).toBe(0)
    expect(article.paragraphs).toHaveLength(2)
  })

  it('a short first line that ends with a period and a blank line', function () {
    const text = [
      'The strike is over.',
      '',
      'Dockworkers in Gdansk voted on Monday to accept a pay rise of nine percent and return to work on Wednesday.',
      ''
    ].join('\n')
    const article = layoutArticle(text)
    expectHeadline(text, article, undefined, 'The strike is over.\n')
    expect(article.paragraphs).toHaveLength(2)
  })

  it('a short quote that opens the story', function () {
    const text = [
      '“We are not leaving.”',
      '',
      'With those words, the last residents of the village on the dam’s floodplain told officials on Friday that they would stay.',
      ''
    ].join('\n')
    const article = layoutArticle(text)
    expectHeadline(text, article, undefined, '“We are not leaving.')
    expect(article.paragraphs).toHaveLength(2)
  })
})
