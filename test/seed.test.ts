import {existsSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parseDispatch, type Article} from '../src/index.js'
import {expectSpansTrue} from './helpers/spans.js'

/**
 * The seed dispatch (Azernews, 2020-04-07) is read from ../shared, never
 * copied into the repository. Its whole Article is checked here with offsets
 * and a few words of each part. Entities, dates and quotes are filled in as
 * those stages land.
 */
const seed = new URL('../../shared/seeds/000_51db2a0073652ed1.txt', import.meta.url)
const present = existsSync(seed)
if (!present) console.warn('[skip] test/seed.test.ts: ../shared/seeds is absent; the seed golden test is not run')

describe.skipIf(!present)('the seed dispatch', function () {
  const text = present ? readFileSync(seed, 'utf8') : ''
  const article: Article = present ? parseDispatch(text) : ({} as Article)

  function at(span: {start: number; end: number}, length = 14): string {
    return text.slice(span.start, span.start + length)
  }

  it('reads the header line: source and date', function () {
    expect(article.source).toBe('Azernews')
    expect(article.published).toBe('2020-04-07')
    expect(article.headline).toBeUndefined()
    expect(article.dateline).toBeUndefined()
  })

  it('reads the byline', function () {
    expect(article.authors).toEqual([{name: 'Akbar Mammadov', span: {start: 37, end: 51}}])
  })

  it('starts the body at the story and ends it at its last sentence', function () {
    expect(article.body).toEqual({start: 53, end: text.length})
    expect(at(article.body, 13)).toBe('The so-called')
    expect(text.slice(article.body.end - 11, article.body.end)).toBe('Azerbaijan.')
  })

  it('splits the seven paragraphs and their sentences', function () {
    expect(
      article.paragraphs.map(function (paragraph) {
        return [paragraph.span.start, paragraph.span.end, paragraph.sentences.length]
      })
    ).toEqual([
      [53, 293, 1],
      [295, 587, 1],
      [589, 938, 1],
      [940, 1301, 1],
      [1303, 1571, 1],
      [1573, 1898, 2],
      [1900, 2352, 2]
    ])
    expect(article.paragraphs.map((paragraph) => at(paragraph.span, 8))).toEqual([
      'The so-c',
      '"Any ele',
      'The stat',
      '"Having ',
      '"We once',
      'Azerbaij',
      'The OSCE'
    ])
    const sixth = article.paragraphs[5]?.sentences ?? []
    expect(sixth.map((sentence) => at(sentence, 9))).toEqual(['Azerbaija', 'More than'])
    const seventh = article.paragraphs[6]?.sentences ?? []
    expect(seventh.map((sentence) => at(sentence, 9))).toEqual(['The OSCE ', 'The Minsk'])
  })

  it('has no diagnostics, and every span slices back', function () {
    expect(article.diagnostics).toEqual([])
    expectSpansTrue(text, article)
  })

  it('lists entities, dates and quotes (empty until those stages land)', function () {
    expect(article.entities).toEqual([])
    expect(article.dates).toEqual([])
    expect(article.quotes).toEqual([])
  })
})
