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
    // The golden entity list is in test/entities-seed.test.ts.
    expect(article.entities.length).toBeGreaterThanOrEqual(20)
    // Dates: the two year-less days take the header's year; the decade keeps its
    // modifier; counts ("20,000") and resolution numbers are no dates.
    expect(article.dates.map((date) => [date.span.start, date.span.end, at(date.span, date.span.end - date.span.start), date.type, date.value, date.mod])).toEqual([
      [153, 161, 'March 31', 'date', '2020-03-31', undefined],
      [285, 292, 'April 6', 'date', '2020-04-06', undefined],
      [1758, 1773, 'the early 1990s', 'date', '199X', 'START'],
      [2083, 2087, '1994', 'date', '1994', undefined]
    ])
  })

  it('finds the quantities: counts with their modifier and counted noun, and no resolution numbers', function () {
    expect(article.quantities.map((quantity) => [quantity.text, quantity.value, quantity.kind, quantity.unit, quantity.mod])).toEqual([
      ['120 countries', 120, 'count', 'country', undefined],
      ['seven adjacent regions', 7, 'count', 'region', undefined],
      ['More than 20,000 Azerbaijanis', 20_000, 'count', 'Azerbaijani', 'more-than'],
      ['around one million', 1_000_000, 'count', undefined, 'approx']
    ])
    // "More than 20,000 Azerbaijanis": what is counted is the group the entities stage found.
    const azerbaijanis = article.quantities[2]?.about
    expect(azerbaijanis?.text).toBe('Azerbaijanis')
    const group = article.entities.find((entity) => entity.id === azerbaijanis?.entity)
    expect(group?.type).toBe('group')
    expect(group?.mentions.some((mention) => mention.span.start === azerbaijanis?.span.start)).toBe(true)
    // "(822, 853, 874 and 884)" are UN Security Council resolutions, not quantities.
    expect(article.quantities.some((quantity) => /^8[2-8]\d$/.test(quantity.text))).toBe(false)
    expectSpansTrue(text, article)
  })

  it('finds the quotes: three direct, two indirect, and one report nested in the second indirect one', function () {
    expect(article.quotes.map((quote) => [quote.kind, quote.cue?.text, quote.span.start, quote.span.end, at(quote.span, 10)])).toEqual([
      ['indirect', 'said', 53, 229, 'The so-cal'],
      ['direct', 'said', 296, 565, 'Any electi'],
      ['indirect', 'stressed', 617, 937, 'that inter'],
      ['indirect', 'declaring', 884, 937, 'these so-c'],
      ['direct', 'reads', 941, 1278, 'Having the'],
      ['direct', 'stated', 1304, 1548, 'We once ag']
    ])
    expect(article.quotes.map((quote) => quote.speaker?.text)).toEqual([
      'Azerbaijani Foreing Ministry',
      'the statement',
      'The statement',
      'many states',
      'the statement',
      'the ministry'
    ])
    // The "declaring" report is nested in the "stressed that" quote.
    expect(article.quotes.map((quote) => quote.parent)).toEqual([undefined, undefined, undefined, 2, undefined, undefined])
    // No quote keeps its marks, and the scare quotes around “elections” are no quote.
    for (const quote of article.quotes) expect(quote.text).not.toMatch(/^["“”]|["“”]$/)
    expect(article.quotes.filter((quote) => /^elections$/i.test(quote.text))).toEqual([])
  })

  it('resolves the five speakers of the ministry to its entity (needs the entities stage)', function () {
    const ministry = article.entities.find((entity) => /Ministry$/.test(entity.name))
    expect(ministry).toBeDefined()
    const speakers = article.quotes.filter((quote) => quote.parent === undefined).map((quote) => quote.speaker?.entity)
    expect(speakers).toEqual([ministry?.id, ministry?.id, ministry?.id, ministry?.id, ministry?.id])
  })
})
