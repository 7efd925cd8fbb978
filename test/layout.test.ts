import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import type {Article, Span} from '../src/index.js'
import {layoutArticle} from './helpers/layout.js'
import {expectSpansTrue} from './helpers/spans.js'

/*
 * The layout of every fixture in `fixtures/`: header, headline, byline,
 * dateline, where the story starts and ends, its paragraphs, and the
 * trailers left out of it. The fixtures are invented dispatches written in
 * the layouts of real agencies; no sentence in them comes from a real article.
 */

/** An author as the fixture credits them. */
interface ExpectedAuthor {
  /** The name, normalised. */
  name: string
  /** The role, when the text gives one. */
  role?: string
  /** The name as written, when it differs from `name` (capitals). */
  written?: string
}

/** The dateline as the fixture has it. */
interface ExpectedDateline {
  text: string
  place?: string
  date?: string
  source?: string
}

/** What the layout stage must find in one fixture. */
interface FixtureCase {
  /** File name in `fixtures/`. */
  file: string
  headline?: string
  source?: string
  published?: string
  authors: ExpectedAuthor[]
  dateline?: ExpectedDateline
  /** The first 20 characters of the story. */
  bodyStart: string
  /** The last 20 characters of the story. */
  bodyEnd: string
  /** How many paragraphs the story has. */
  paragraphs: number
  /** Layout text (header, byline, dateline, trailers) that must stay out of the body. */
  excluded: string[]
  /** Whether the layout is unknown (all body, with an `unknown-layout` diagnostic). */
  unknown?: boolean
}

const cases: FixtureCase[] = [
  {
    file: 'azernews-style.txt',
    source: 'Azernews',
    published: '2024-11-14',
    authors: [{name: 'Leyla Hasanova'}],
    bodyStart: 'Azerbaijan and Kazak',
    bodyEnd: 'ational association.',
    paragraphs: 7,
    excluded: ['date 2024-11-14', 'By Azernews', 'By Leyla Hasanova']
  },
  {
    file: 'reuters-modern.txt',
    headline: 'Gulf Coast refiners cut runs as freeze knocks out power',
    source: 'Reuters',
    published: 'XXXX-01-27',
    authors: [
      {name: 'Erin Lockhart'},
      {name: 'Tomas Herrera', role: 'reporting'},
      {name: 'Marcus Oyelaran', role: 'reporting'},
      {name: 'Dana Whitcombe', role: 'editing'},
      {name: 'Paul Kerrigan', role: 'editing'}
    ],
    dateline: {
      text: 'HOUSTON, Jan 27 (Reuters)',
      place: 'Houston',
      date: 'XXXX-01-27',
      source: 'Reuters'
    },
    bodyStart: 'At least four refine',
    bodyEnd: 'f 210,000 overnight.',
    paragraphs: 7,
    excluded: [
      'knocks out power',
      'By Erin Lockhart',
      '(Reuters)',
      'Reporting by',
      'Editing by',
      'Our Standards',
      'Trust Principles'
    ]
  },
  {
    file: 'reuters-1996.txt',
    headline: 'EU FARM MINISTERS SPLIT OVER MILK QUOTA CUTS',
    published: '1996-08-22',
    authors: [{name: 'Pieter Vandenbroucke'}],
    dateline: {text: 'BRUSSELS 1996-08-22', place: 'Brussels', date: '1996-08-22'},
    bodyStart: 'European Union farm ',
    bodyEnd: 'the end of the year.',
    paragraphs: 7,
    excluded: ['MILK QUOTA CUTS', 'Pieter Vandenbroucke', 'BRUSSELS', '1996-08-22']
  },
  {
    file: 'reuters-1987.txt',
    headline: 'CARIBBEAN SUGAR GROWERS SEEK LARGER U.S. IMPORT QUOTA',
    // No header, dateline agency or byline outlet names the agency: the
    // closing `Reuter` is a trailer, not a source.
    published: 'XXXX-03-03',
    authors: [],
    dateline: {text: 'NEW YORK, March 3', place: 'New York', date: 'XXXX-03-03'},
    bodyStart: 'Sugar producers from',
    bodyEnd: ' U.S. support level.',
    paragraphs: 5,
    excluded: ['IMPORT QUOTA', 'NEW YORK, March 3', 'Reuter']
  },
  {
    file: 'ap.txt',
    headline: 'Senate panel advances bill to shore up rural hospitals',
    source: 'AP',
    authors: [
      {name: 'Margaret L. Holloway', written: 'MARGARET L. HOLLOWAY'},
      {name: 'Derek Anselm', written: 'DEREK ANSELM'},
      {name: 'Rosa Delgado', role: 'contributing'}
    ],
    dateline: {text: 'WASHINGTON (AP)', place: 'Washington', source: 'AP'},
    bodyStart: 'A Senate committee v',
    bodyEnd: ' come up for a vote.',
    paragraphs: 8,
    excluded: [
      'shore up rural hospitals',
      'HOLLOWAY',
      'Associated Press',
      'WASHINGTON (AP)',
      '___',
      'contributed to this report',
      'Copyright',
      'All rights reserved'
    ]
  },
  {
    file: 'ap-1998.txt',
    headline: 'Tobacco Farmers Wary as Buyout Talks Stall in Congress',
    source: 'AP',
    authors: [{name: 'Thomas R. Beale', role: 'writer', written: 'THOMAS R. BEALE'}],
    dateline: {text: 'RICHMOND, Va. (AP)', place: 'Richmond, Va.', source: 'AP'},
    bodyStart: 'Tobacco growers in S',
    bodyEnd: 'month, as scheduled.',
    paragraphs: 7,
    excluded: ['Buyout Talks Stall', 'BEALE', 'Associated Press Writer', 'RICHMOND, Va. (AP)']
  },
  {
    file: 'afp.txt',
    headline: 'Estonia votes to move state agencies out of capital',
    source: 'AFP',
    published: '2018-03-22',
    authors: [],
    dateline: {
      text: 'Tallinn, March 22, 2018 (AFP)',
      place: 'Tallinn',
      date: '2018-03-22',
      source: 'AFP'
    },
    bodyStart: "Estonia's parliament",
    bodyEnd: ' Statistics Estonia.',
    paragraphs: 7,
    excluded: ['out of capital', 'March 22, 2018', '(AFP)']
  },
  {
    file: 'xinhua.txt',
    headline: "China's spring sowing gets under way as drought eases in southwest",
    source: 'Xinhua',
    published: 'XXXX-03-31',
    authors: [],
    dateline: {
      text: 'BEIJING, March 31 (Xinhua)',
      place: 'Beijing',
      date: 'XXXX-03-31',
      source: 'Xinhua'
    },
    bodyStart: 'Farmers across China',
    bodyEnd: 'on tonnes this year.',
    paragraphs: 6,
    excluded: ['drought eases in southwest', '(Xinhua)', 'Enditem']
  },
  {
    file: 'upi.txt',
    headline: 'Search resumes for two hikers missing on Mount Rainier',
    source: 'UPI',
    published: 'XXXX-06-03',
    authors: [{name: 'Nadia Kessler'}],
    dateline: {text: 'June 3 (UPI)', date: 'XXXX-06-03', source: 'UPI'},
    bodyStart: 'Rescue teams on Tues',
    bodyEnd: 'ing to park records.',
    paragraphs: 5,
    excluded: [
      'Search resumes',
      'By Nadia Kessler',
      '(UPI)',
      'Copyright',
      'United Press International'
    ]
  },
  {
    file: 'bloomberg.txt',
    headline: 'Copper Slides as Chile Mine Restart Eases Supply Concerns',
    source: 'Bloomberg',
    authors: [{name: 'Alicia Brandt'}],
    dateline: {text: '(Bloomberg)', source: 'Bloomberg'},
    bodyStart: 'Copper fell for a fo',
    bodyEnd: ' was little changed.',
    paragraphs: 6,
    excluded: [
      'Copper Slides',
      'By Alicia Brandt',
      'Most Read from Bloomberg',
      'Fed Officials Signal Patience',
      'Why Container Shipping Rates',
      '(Bloomberg)',
      'To contact',
      'bloomberg.net',
      '©2025',
      'Bloomberg L.P.'
    ]
  },
  {
    file: 'tass.txt',
    headline: 'Russia to keep grain export quota in place until end of June — deputy minister',
    source: 'TASS',
    published: 'XXXX-10-04',
    authors: [],
    dateline: {
      text: 'MOSCOW, October 4. /TASS/',
      place: 'Moscow',
      date: 'XXXX-10-04',
      source: 'TASS'
    },
    bodyStart: 'Russia will keep its',
    bodyEnd: " year's record crop.",
    paragraphs: 5,
    excluded: ['deputy minister\n', 'MOSCOW, October 4', '/TASS/']
  },
  {
    file: 'anadolu.txt',
    headline: 'Türkiye’s exports hit record high in September',
    source: 'Anadolu Agency',
    authors: [{name: 'Emre Yıldırım'}],
    dateline: {text: 'ISTANBUL (AA)', place: 'Istanbul', source: 'Anadolu Agency'},
    bodyStart: 'Türkiye’s exports ro',
    bodyEnd: 'same period of 2023.',
    paragraphs: 6,
    excluded: ['record high in September', 'By Emre Yıldırım', 'ISTANBUL', '(AA)']
  },
  {
    file: 'trend.txt',
    headline: 'Azerbaijan, Uzbekistan to launch joint fund for farm projects',
    // The agency is named by the byline (`By X - Trend:`), not the dateline.
    source: 'Trend',
    published: 'XXXX-07-26',
    authors: [{name: 'Nargiz Safarova'}],
    dateline: {
      text: 'Baku, Azerbaijan, July 26',
      place: 'Baku, Azerbaijan',
      date: 'XXXX-07-26'
    },
    bodyStart: 'Azerbaijan and Uzbek',
    bodyEnd: 'period of last year.',
    paragraphs: 6,
    excluded: ['joint fund for farm projects', 'July 26', 'By Nargiz Safarova', 'Trend:']
  },
  {
    file: 'nyt.txt',
    headline: 'Kansas City Bets on Turning Empty Offices Into Homes',
    published: '2025-12-17T19:39-05:00',
    authors: [{name: 'Colleen Markey'}, {name: 'Rafael Ortiz-Benavides'}],
    dateline: {text: 'KANSAS CITY, Mo.', place: 'Kansas City, Mo.'},
    bodyStart: 'For most of the last',
    bodyEnd: 'he rate before 2020.',
    paragraphs: 7,
    excluded: ['Empty Offices Into Homes', 'By Colleen Markey', 'Updated Dec. 17', 'KANSAS CITY']
  },
  {
    file: 'bbc.txt',
    headline: 'Island ferry sailings cancelled after engine fault',
    published: '2025-06-14T16:20+01:00',
    authors: [],
    bodyStart: 'Ferry sailings betwe',
    bodyEnd: 'usted the timetable.',
    paragraphs: 6,
    excluded: ['after engine fault', '14 June 2025', 'UTC+01:00']
  },
  {
    file: 'plain.txt',
    authors: [],
    bodyStart: 'The public library i',
    bodyEnd: 'ired two more staff.',
    paragraphs: 5,
    excluded: [],
    unknown: true
  }
]

for (const fixture of cases) {
  describe('fixtures/' + fixture.file, function () {
    const text = readFileSync(
      new URL('../fixtures/' + fixture.file, import.meta.url),
      'utf8'
    )
    const article = layoutArticle(text)

    it('has every span slicing back to its text', function () {
      expectSpansTrue(text, article)
    })

    it('finds the headline', function () {
      expect(article.headline).toBe(fixture.headline)

      if (fixture.headline === undefined) {
        expect(article.headlineSpan).toBeUndefined()
      } else {
        expect(article.headlineSpan).toBeDefined()
        expect(slice(text, article.headlineSpan)).toBe(fixture.headline)
      }
    })

    it('finds the source', function () {
      expect(article.source).toBe(fixture.source)
    })

    it('finds the publication date', function () {
      expect(article.published).toBe(fixture.published)
    })

    it('finds the authors and their roles', function () {
      expect(article.authors.map(nameAndRole)).toEqual(
        fixture.authors.map(function (author) {
          return {name: author.name, role: author.role}
        })
      )
      expect(
        article.authors.map(function (author) {
          return slice(text, author.span)
        })
      ).toEqual(
        fixture.authors.map(function (author) {
          return author.written ?? author.name
        })
      )
    })

    it('finds the dateline', function () {
      if (fixture.dateline === undefined) {
        expect(article.dateline).toBeUndefined()
        return
      }

      expect(article.dateline).toBeDefined()
      const {text: datelineText, place, date, source, span} = article.dateline ?? {
        text: '',
        span: {start: 0, end: 0}
      }
      expect({text: datelineText, place, date, source}).toEqual(fixture.dateline)
      expect(slice(text, span)).toBe(fixture.dateline.text)
    })

    it('starts and ends the body on the story', function () {
      expect(text.slice(article.body.start, article.body.start + 20)).toBe(
        fixture.bodyStart
      )
      expect(text.slice(article.body.end - fixture.bodyEnd.length, article.body.end)).toBe(
        fixture.bodyEnd
      )

      if (fixture.unknown) {
        expect(article.body).toEqual({start: 0, end: text.trimEnd().length})
      }
    })

    it('splits the story into its paragraphs', function () {
      expect(article.paragraphs).toHaveLength(fixture.paragraphs)
      expectParagraphsTile(text, article)
    })

    it('keeps header, byline, dateline and trailers out of the body', function () {
      const body = slice(text, article.body)

      for (const excluded of fixture.excluded) {
        expect(body, excluded).not.toContain(excluded)

        for (const paragraph of article.paragraphs) {
          expect(slice(text, paragraph.span), excluded).not.toContain(excluded)
        }
      }
    })

    it(
      fixture.unknown
        ? 'reports the unknown layout'
        : 'reports neither an unknown layout nor empty input',
      function () {
        const codes = article.diagnostics.map(function (diagnostic) {
          return diagnostic.code
        })
        expect(codes).not.toContain('empty-input')

        if (fixture.unknown) {
          const unknown = article.diagnostics.filter(function (diagnostic) {
            return diagnostic.code === 'unknown-layout'
          })
          expect(unknown).toHaveLength(1)
          expect(unknown[0]?.severity).toBe('info')
          expect(typeof unknown[0]?.message).toBe('string')
        } else {
          expect(codes).not.toContain('unknown-layout')
        }
      }
    )
  })
}

describe('fixtures with a multi-paragraph quote (ap.txt)', function () {
  const text = readFileSync(new URL('../fixtures/ap.txt', import.meta.url), 'utf8')
  const article = layoutArticle(text)

  it('keeps each quoted paragraph a paragraph of its own', function () {
    const starts = article.paragraphs.map(function (paragraph) {
      return text.slice(paragraph.span.start, paragraph.span.start + 16)
    })
    expect(starts[3]).toBe('“When the hospit')
    expect(starts[4]).toBe('“What this bill ')
  })
})

describe('fixtures/reuters-1987.txt (hard-wrapped lines)', function () {
  const text = readFileSync(
    new URL('../fixtures/reuters-1987.txt', import.meta.url),
    'utf8'
  )
  const article = layoutArticle(text)

  it('joins the wrapped lines of a paragraph: one sentence across four lines', function () {
    const first = article.paragraphs[0]
    expect(first).toBeDefined()
    expect(first?.sentences).toHaveLength(1)
    expect(slice(text, first?.sentences[0]).split('\n')).toHaveLength(4)
  })

  it('starts each later paragraph at its indented line, without the indent', function () {
    expect(
      article.paragraphs.slice(1).map(function (paragraph) {
        return text.slice(paragraph.span.start, paragraph.span.start + 13)
      })
    ).toEqual(['The producers', '"We are not a', 'Department of', 'U.S. sugar im'])
  })

  it('ends the last paragraph before the closing `Reuter`', function () {
    const last = article.paragraphs.at(-1)
    expect(slice(text, last?.span).endsWith('U.S. support level.')).toBe(true)
  })
})

describe('fixtures/reuters-1996.txt and bbc.txt (one paragraph per line)', function () {
  for (const file of ['reuters-1996.txt', 'bbc.txt']) {
    const text = readFileSync(new URL('../fixtures/' + file, import.meta.url), 'utf8')
    const article = layoutArticle(text)

    it(file + ': every paragraph is one whole line with one sentence', function () {
      for (const paragraph of article.paragraphs) {
        const value = slice(text, paragraph.span)
        expect(value).not.toContain('\n')
        expect(text[paragraph.span.start - 1]).toBe('\n')
        expect([undefined, '\n']).toContain(text[paragraph.span.end])
        expect(paragraph.sentences).toHaveLength(1)
      }
    })
  }
})

/**
 * Pick the name and role of an author.
 *
 * @param author The author.
 * @returns Its name and role.
 */
function nameAndRole(author: Article['authors'][number]): {name: string; role?: string} {
  return {name: author.name, role: author.role}
}

/**
 * Slice a span out of the input; an absent span slices to `''`.
 *
 * @param text The input.
 * @param span The span.
 * @returns The text it covers.
 */
function slice(text: string, span: Span | undefined): string {
  return span ? text.slice(span.start, span.end) : ''
}

/**
 * Assert that the paragraphs tile the body: in order, without overlap, the
 * first starting where the body starts and the last ending where it ends,
 * each trimmed of white space, with trimmed sentences in order inside it
 * that run from its first to its last character.
 *
 * @param text The input.
 * @param article The Article.
 */
function expectParagraphsTile(text: string, article: Article): void {
  const {paragraphs, body} = article
  expect(paragraphs.length).toBeGreaterThan(0)
  expect(paragraphs[0]?.span.start).toBe(body.start)
  expect(paragraphs.at(-1)?.span.end).toBe(body.end)
  let previous = body.start

  for (const [index, paragraph] of paragraphs.entries()) {
    const where = 'paragraphs[' + index + ']'
    const value = slice(text, paragraph.span)
    expect(paragraph.span.start, where + ' starts after the previous one').toBeGreaterThanOrEqual(
      previous
    )
    expect(value.length, where + ' is not empty').toBeGreaterThan(0)
    expect(value, where + ' is trimmed').toBe(value.trim())
    expect(paragraph.sentences.length, where + ' has sentences').toBeGreaterThan(0)
    expect(paragraph.sentences[0]?.start, where + ' first sentence').toBe(paragraph.span.start)
    expect(paragraph.sentences.at(-1)?.end, where + ' last sentence').toBe(paragraph.span.end)
    let sentenceEnd = paragraph.span.start

    for (const sentence of paragraph.sentences) {
      const part = slice(text, sentence)
      expect(sentence.start, where + ' sentences in order').toBeGreaterThanOrEqual(sentenceEnd)
      expect(part.length, where + ' sentence not empty').toBeGreaterThan(0)
      expect(part, where + ' sentence trimmed').toBe(part.trim())
      sentenceEnd = sentence.end
    }

    previous = paragraph.span.end
  }
}
