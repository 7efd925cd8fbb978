import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parseDispatch, type Article, type Span} from '../src/index.js'
import {expectSpansTrue} from './helpers/spans.js'

/*
 * Bad input (section 7 of the foundation issue): a non-string throws a
 * `TypeError` naming `text`; text over `maxLength` throws a `RangeError`
 * naming `maxLength`; empty or blank text gives an empty Article with an
 * `empty-input` diagnostic; CRLF and CR line endings, a BOM, NBSP, zero-width
 * and control characters are handled with every span still into the
 * original string; an unknown layout is all body with an `unknown-layout`
 * diagnostic.
 */

/**
 * Read a fixture.
 *
 * @param name File name in `fixtures/`.
 * @returns Its text.
 */
function fixture(name: string): string {
  return readFileSync(new URL('../fixtures/' + name, import.meta.url), 'utf8')
}

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

/**
 * The layout of an Article with its offsets left out, so that the layouts of
 * two spellings of one dispatch can be compared.
 *
 * @param text The input.
 * @param article The Article.
 * @returns Headline, source, date, authors, dateline and paragraph count, with
 *   texts that slice from the input and line breaks made `\n`.
 */
function layoutOf(text: string, article: Article): unknown {
  return {
    headline: article.headline && lf(article.headline),
    source: article.source,
    published: article.published,
    authors: article.authors.map(function (author) {
      return {name: author.name, role: author.role, written: lf(slice(text, author.span))}
    }),
    dateline: article.dateline && {
      text: lf(article.dateline.text),
      place: article.dateline.place,
      date: article.dateline.date,
      source: article.dateline.source
    },
    paragraphs: article.paragraphs.map(function (paragraph) {
      return lf(slice(text, paragraph.span))
    }),
    sentences: article.paragraphs.map(function (paragraph) {
      return paragraph.sentences.length
    })
  }
}

/**
 * Make every line ending `\n`.
 *
 * @param value A string.
 * @returns The string with CRLF and CR made LF.
 */
function lf(value: string): string {
  return value.replace(/\r\n?/g, '\n')
}

/**
 * The codes of an Article's diagnostics.
 *
 * @param article The Article.
 * @returns Their codes, in order.
 */
function codes(article: Article): string[] {
  return article.diagnostics.map(function (diagnostic) {
    return diagnostic.code
  })
}

describe('a non-string', function () {
  const values: unknown[] = [undefined, null, 42, {}, ['text'], Buffer.from('text')]

  for (const value of values) {
    it('throws a TypeError naming `text` for ' + Object.prototype.toString.call(value), function () {
      expect(function () {
        parseDispatch(value as string)
      }).toThrow(TypeError)
      expect(function () {
        parseDispatch(value as string)
      }).toThrow(/\btext\b/)
    })
  }
})

describe('`maxLength`', function () {
  it('throws a RangeError naming `maxLength` for longer text', function () {
    expect(function () {
      parseDispatch('Officials said on Tuesday.', {maxLength: 10})
    }).toThrow(RangeError)
    expect(function () {
      parseDispatch('Officials said on Tuesday.', {maxLength: 10})
    }).toThrow(/maxLength/)
  })

  it('accepts text exactly as long as the limit', function () {
    const text = 'Officials said on Tuesday.'
    expect(parseDispatch(text, {maxLength: text.length}).paragraphs).toHaveLength(1)
  })

  it('defaults to 5,000,000 characters', function () {
    expect(function () {
      parseDispatch('a'.repeat(5_000_001))
    }).toThrow(RangeError)
  })
})

describe('empty or blank text', function () {
  for (const text of ['', ' ', '\n\n', ' \t\r\n \r\n', '\uFEFF', '\u00A0\n']) {
    it('gives an empty Article and `empty-input` for ' + JSON.stringify(text), function () {
      const article = parseDispatch(text)
      expectSpansTrue(text, article)
      expect(article.headline).toBeUndefined()
      expect(article.source).toBeUndefined()
      expect(article.published).toBeUndefined()
      expect(article.dateline).toBeUndefined()
      expect(article.authors).toEqual([])
      expect(article.paragraphs).toEqual([])
      expect(article.entities).toEqual([])
      expect(article.dates).toEqual([])
      expect(article.quotes).toEqual([])
      expect(article.body.end).toBe(article.body.start)
      expect(codes(article)).toContain('empty-input')

      for (const diagnostic of article.diagnostics) {
        expect(typeof diagnostic.message).toBe('string')
        expect(['info', 'warning']).toContain(diagnostic.severity)
      }
    })
  }

  it('an empty string gives the body `{start: 0, end: 0}`', function () {
    expect(parseDispatch('').body).toEqual({start: 0, end: 0})
  })
})

describe('line endings', function () {
  const files = ['reuters-modern.txt', 'ap.txt', 'reuters-1987.txt', 'reuters-1996.txt', 'bbc.txt']

  for (const file of files) {
    const lfText = fixture(file)
    const expected = layoutOf(lfText, parseDispatch(lfText))

    it(file + ' with CRLF line endings', function () {
      const text = lfText.replace(/\n/g, '\r\n')
      const article = parseDispatch(text)
      expectSpansTrue(text, article)
      expect(layoutOf(text, article)).toEqual(expected)
    })

    it(file + ' with CR line endings', function () {
      const text = lfText.replace(/\n/g, '\r')
      const article = parseDispatch(text)
      expectSpansTrue(text, article)
      expect(layoutOf(text, article)).toEqual(expected)
    })
  }

  it('CRLF: no paragraph or sentence starts or ends with a carriage return', function () {
    const text = fixture('reuters-1987.txt').replace(/\n/g, '\r\n')
    const article = parseDispatch(text)

    for (const paragraph of article.paragraphs) {
      expect(slice(text, paragraph.span)).toBe(slice(text, paragraph.span).trim())

      for (const sentence of paragraph.sentences) {
        expect(slice(text, sentence)).toBe(slice(text, sentence).trim())
      }
    }
  })
})

describe('a byte order mark', function () {
  for (const file of ['azernews-style.txt', 'reuters-1996.txt', 'nyt.txt']) {
    it(file + ' with a BOM: the same layout, every offset one further', function () {
      const plain = fixture(file)
      const text = '\uFEFF' + plain
      const without = parseDispatch(plain)
      const article = parseDispatch(text)
      expectSpansTrue(text, article)
      expect(layoutOf(text, article)).toEqual(layoutOf(plain, without))
      expect(article.body).toEqual({start: without.body.start + 1, end: without.body.end + 1})
      expect(
        article.paragraphs.map(function (paragraph) {
          return paragraph.span.start
        })
      ).toEqual(
        without.paragraphs.map(function (paragraph) {
          return paragraph.span.start + 1
        })
      )
    })
  }

  it('the seed-like header after a BOM still gives date and outlet', function () {
    const text = '\uFEFF' + fixture('azernews-style.txt')
    const article = parseDispatch(text)
    expect(article.published).toBe('2024-11-14')
    expect(article.source).toBe('Azernews')
  })
})

describe('no-break spaces', function () {
  it('in the byline and the dateline', function () {
    const text = fixture('reuters-modern.txt')
      .replace('By Erin Lockhart', 'By\u00A0Erin Lockhart')
      .replace('HOUSTON, Jan 27 (Reuters) - ', 'HOUSTON,\u00A0Jan\u00A027 (Reuters) -\u00A0')
    const article = parseDispatch(text)
    expectSpansTrue(text, article)
    expect(article.authors[0]?.name).toBe('Erin Lockhart')
    expect(article.dateline?.text).toBe('HOUSTON,\u00A0Jan\u00A027 (Reuters)')
    expect(article.dateline?.place).toBe('Houston')
    expect(article.dateline?.date).toBe('XXXX-01-27')
    expect(article.dateline?.source).toBe('Reuters')
    expect(text.slice(article.body.start, article.body.start + 20)).toBe('At least four refine')
    expect(article.paragraphs).toHaveLength(7)
  })

  it('lines of no-break spaces separate paragraphs like blank lines', function () {
    const text = 'The council met on Monday.\n\u00A0\u00A0\nIt adjourned on Tuesday.\n'
    const article = parseDispatch(text)
    expectSpansTrue(text, article)
    expect(article.paragraphs).toHaveLength(2)
  })
})

describe('zero-width and control characters', function () {
  it('zero-width characters inside words and lines change no layout', function () {
    const plain = fixture('reuters-modern.txt')
    const text = plain
      .replace('refineries along', 'refin\u200Beries along')
      .replace('Bayport Refining', 'Bay\u200Dport Refining')
      .replace('Filings with', '\u200BFilings with')
    const article = parseDispatch(text)
    expectSpansTrue(text, article)
    const expected = parseDispatch(plain)
    expect(article.headline).toBe(expected.headline)
    expect(article.dateline?.text).toBe('HOUSTON, Jan 27 (Reuters)')
    expect(article.paragraphs).toHaveLength(expected.paragraphs.length)
    expect(article.authors.map(nameOf)).toEqual(expected.authors.map(nameOf))
  })

  it('control characters inside the story change no layout', function () {
    const plain = fixture('xinhua.txt')
    const text = plain
      .replace('Farmers across China', 'Farmers\u0007 across China')
      .replace('The ministry has sent', 'The ministry\u0000 has sent')
      .replace('grain-producing provinces', 'grain-producing\u001B provinces')
    const article = parseDispatch(text)
    expectSpansTrue(text, article)
    expect(article.dateline?.text).toBe('BEIJING, March 31 (Xinhua)')
    expect(article.paragraphs).toHaveLength(6)
    expect(slice(text, article.body)).not.toContain('Enditem')
  })

  it('a form feed or a line tabulation between paragraphs', function () {
    const text = 'The council met on Monday.\n\f\nIt adjourned on Tuesday.\n\u000B\nIt meets again in May.\n'
    const article = parseDispatch(text)
    expectSpansTrue(text, article)
    expect(article.paragraphs).toHaveLength(3)
  })
})

describe('an unknown layout', function () {
  it('is all body, with an `unknown-layout` info diagnostic', function () {
    const text =
      'The council met on Monday to discuss the budget, which it will vote on next week.\n\nMembers asked for more time to read the report.\n'
    const article = parseDispatch(text)
    expectSpansTrue(text, article)
    expect(article.body).toEqual({start: 0, end: text.trimEnd().length})
    expect(article.paragraphs).toHaveLength(2)
    expect(article.headline).toBeUndefined()
    expect(article.authors).toEqual([])
    expect(article.dateline).toBeUndefined()
    const unknown = article.diagnostics.filter(function (diagnostic) {
      return diagnostic.code === 'unknown-layout'
    })
    expect(unknown).toHaveLength(1)
    expect(unknown[0]?.severity).toBe('info')
  })

  it('a recognised layout gives no `unknown-layout`', function () {
    const text = fixture('afp.txt')
    expect(codes(parseDispatch(text))).not.toContain('unknown-layout')
  })
})

/**
 * The name of an author.
 *
 * @param author The author.
 * @returns The name.
 */
function nameOf(author: Article['authors'][number]): string {
  return author.name
}
