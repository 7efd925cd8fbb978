import {describe, expect, it} from 'vitest'
import type {Span} from '../src/index.js'
import {layoutArticle} from './helpers/layout.js'
import {expectSpansTrue} from './helpers/spans.js'

/*
 * Datelines: every form the foundation issue lists. The dateline's `text` is
 * the dateline without its trailing separator, `place` is in title case with
 * its state or country part, `date` is ISO (`XXXX-MM-DD` when no year is
 * known), `source` is the agency's canonical name. Every story is invented.
 */

/** A dateline under test and what it must give. */
interface DatelineCase {
  /** The dispatch. */
  text: string
  /** The dateline's text, without its trailing separator. */
  dateline: string
  place?: string
  date?: string
  source?: string
}

const headline = 'New bridge to open two years late'
const first =
  'Officials said on Tuesday that the new bridge over the river would open to traffic next month, two years behind schedule.'
const second =
  'The project cost 410 million dollars, nearly twice the first estimate, according to the transport ministry.'

/**
 * A dispatch whose first paragraph opens with the dateline, as most agencies write it.
 *
 * @param dateline The dateline with its separator.
 * @returns The dispatch.
 */
function inline(dateline: string): string {
  return headline + '\n\n' + dateline + ' ' + first + '\n\n' + second + '\n'
}

/**
 * A dispatch with the dateline on a line of its own, one sentence per line
 * and no blank lines (Reuters 1996, as in CoNLL-2003).
 *
 * @param dateline The dateline.
 * @returns The dispatch.
 */
function ownLine(dateline: string): string {
  return headline.toUpperCase() + '\n' + dateline + '\n' + first + '\n' + second + '\n'
}

/**
 * A dispatch with the dateline on a line of its own between blank lines (Trend).
 *
 * @param dateline The dateline.
 * @returns The dispatch.
 */
function ownParagraph(dateline: string): string {
  return headline + '\n\n' + dateline + '\n\n' + first + '\n\n' + second + '\n'
}

const cases: DatelineCase[] = [
  {
    text: inline('HOUSTON, Jan 27 (Reuters) -'),
    dateline: 'HOUSTON, Jan 27 (Reuters)',
    place: 'Houston',
    date: 'XXXX-01-27',
    source: 'Reuters'
  },
  {
    text: ownLine('BRUSSELS 1996-08-22'),
    dateline: 'BRUSSELS 1996-08-22',
    place: 'Brussels',
    date: '1996-08-22'
  },
  {
    text: inline('SAN FRANCISCO, March 13 -'),
    dateline: 'SAN FRANCISCO, March 13',
    place: 'San Francisco',
    date: 'XXXX-03-13'
  },
  {
    text: inline('WASHINGTON (AP) —'),
    dateline: 'WASHINGTON (AP)',
    place: 'Washington',
    source: 'AP'
  },
  {
    text: inline('RICHMOND, Va. (AP) _'),
    dateline: 'RICHMOND, Va. (AP)',
    place: 'Richmond, Va.',
    source: 'AP'
  },
  {
    text: inline('BEIRUT, Lebanon (AP) —'),
    dateline: 'BEIRUT, Lebanon (AP)',
    place: 'Beirut, Lebanon',
    source: 'AP'
  },
  {
    text: inline('AL-AIN, United Arab Emirates (AP) —'),
    dateline: 'AL-AIN, United Arab Emirates (AP)',
    place: 'Al-Ain, United Arab Emirates',
    source: 'AP'
  },
  {
    text: inline('Tallinn, March 22, 2018 (AFP) -'),
    dateline: 'Tallinn, March 22, 2018 (AFP)',
    place: 'Tallinn',
    date: '2018-03-22',
    source: 'AFP'
  },
  {
    text: inline('BEIJING, March 31 (Xinhua) --'),
    dateline: 'BEIJING, March 31 (Xinhua)',
    place: 'Beijing',
    date: 'XXXX-03-31',
    source: 'Xinhua'
  },
  {
    text: inline('June 3 (UPI) --'),
    dateline: 'June 3 (UPI)',
    date: 'XXXX-06-03',
    source: 'UPI'
  },
  {
    text: inline('(Bloomberg) --'),
    dateline: '(Bloomberg)',
    source: 'Bloomberg'
  },
  {
    text: inline('MOSCOW, October 4. /TASS/.'),
    dateline: 'MOSCOW, October 4. /TASS/',
    place: 'Moscow',
    date: 'XXXX-10-04',
    source: 'TASS'
  },
  {
    text: inline('ISTANBUL (AA) –'),
    dateline: 'ISTANBUL (AA)',
    place: 'Istanbul',
    source: 'Anadolu Agency'
  },
  {
    text: ownParagraph('Baku, Azerbaijan, July 26'),
    dateline: 'Baku, Azerbaijan, July 26',
    place: 'Baku, Azerbaijan',
    date: 'XXXX-07-26'
  },
  {
    text: inline('KANSAS CITY, Mo. --'),
    dateline: 'KANSAS CITY, Mo.',
    place: 'Kansas City, Mo.'
  },
  {
    text: inline('HOUSTON —'),
    dateline: 'HOUSTON',
    place: 'Houston'
  }
]

describe('datelines', function () {
  for (const item of cases) {
    it(JSON.stringify(item.dateline), function () {
      const article = layoutArticle(item.text)
      expectSpansTrue(item.text, article)
      expect(article.dateline).toBeDefined()
      const dateline = article.dateline ?? {text: '', span: {start: 0, end: 0}}
      expect({
        text: dateline.text,
        place: dateline.place,
        date: dateline.date,
        source: dateline.source
      }).toEqual({
        text: item.dateline,
        place: item.place,
        date: item.date,
        source: item.source
      })
      expect(slice(item.text, dateline.span)).toBe(item.dateline)
      // The dateline's agency is the article's source, and its date the
      // publication date when no header gives one.
      expect(article.source).toBe(item.source)
      expect(article.published).toBe(item.date)
      // The story starts after the dateline and its separator.
      expect(item.text.slice(article.body.start, article.body.start + 20)).toBe(
        first.slice(0, 20)
      )
      expect(article.paragraphs).toHaveLength(2)
      expect(slice(item.text, article.body)).not.toContain(item.dateline)
    })
  }
})

describe('not datelines', function () {
  const texts = [
    'Prices rose 3% - the biggest jump since 2022 - in March, the statistics office said.\n\nFood prices led the rise.\n',
    'On Monday — a day after the vote — the mayor resigned.\n\nHis deputy will take over until an election in the autumn.\n',
    'Officials said on Tuesday that the bridge would open in June (or July at the latest) -- two years late.\n\nThe ministry did not comment.\n'
  ]

  for (const text of texts) {
    it(JSON.stringify(text.slice(0, 40) + '…'), function () {
      const article = layoutArticle(text)
      expectSpansTrue(text, article)
      expect(article.dateline).toBeUndefined()
      expect(article.body.start).toBe(0)
      expect(article.paragraphs).toHaveLength(2)
    })
  }
})

describe('the year of a dateline without one', function () {
  it('comes from `options.published`', function () {
    const text = inline('HOUSTON, Jan 27 (Reuters) -')
    const article = layoutArticle(text, {published: '2026-01-28'})
    expect(article.dateline?.date).toBe('2026-01-27')
    expect(article.published).toBe('2026-01-28')
  })

  it('comes from `options.published` given as a `Date`', function () {
    const text = inline('HOUSTON, Jan 27 (Reuters) -')
    const article = layoutArticle(text, {published: new Date(Date.UTC(2026, 0, 28, 12))})
    expect(article.dateline?.date).toBe('2026-01-27')
    expect(article.published?.slice(0, 10)).toBe('2026-01-28')
  })

  it('is the nearest year: `Dec 31` published on 2 January is the year before', function () {
    const text = inline('HOUSTON, Dec 31 (Reuters) -')
    const article = layoutArticle(text, {published: '2026-01-02'})
    expect(article.dateline?.date).toBe('2025-12-31')
  })

  it('is the nearest year: `Jan 2` published on 30 December is the year after', function () {
    const text = inline('BEIJING, Jan 2 (Xinhua) --')
    const article = layoutArticle(text, {published: '2025-12-30'})
    expect(article.dateline?.date).toBe('2026-01-02')
  })

  it('comes from the header line', function () {
    const text = [
      'Bridge to open two years late',
      '',
      '3 October 2022 09:59 (UTC+04:00)',
      '',
      'BAKU, October 2 (Reuters) - ' + first,
      '',
      second,
      ''
    ].join('\n')
    const article = layoutArticle(text)
    expectSpansTrue(text, article)
    expect(article.dateline?.date).toBe('2022-10-02')
    expect(article.dateline?.place).toBe('Baku')
    expect(article.published).toBe('2022-10-03T09:59+04:00')
  })

  it('stays unknown without a header or options: `XXXX-MM-DD`', function () {
    const article = layoutArticle(inline('SAN FRANCISCO, March 13 -'))
    expect(article.dateline?.date).toBe('XXXX-03-13')
  })

  it('does not replace a year the dateline gives', function () {
    const text = inline('Tallinn, March 22, 2018 (AFP) -')
    const article = layoutArticle(text, {published: '2020-05-01'})
    expect(article.dateline?.date).toBe('2018-03-22')
    expect(article.published).toBe('2020-05-01')
  })
})

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
