import {describe, expect, it} from 'vitest'
import type {Article, Span} from '../src/index.js'
import {layoutArticle} from './helpers/layout.js'
import {expectSpansTrue} from './helpers/spans.js'

/*
 * Bylines: every form the foundation issue lists, the outlets and roles split
 * off them, names in capitals normalised, organisations never taken for
 * people, and body sentences that open with `By` left alone. Every story
 * here is invented.
 */

/** An author as the byline credits them. */
interface ExpectedAuthor {
  name: string
  role?: string
  /** The name as written, when it differs from `name`. */
  written?: string
}

/** A byline under test and what it must give. */
interface BylineCase {
  byline: string
  authors: ExpectedAuthor[]
  /** The article source the byline gives, if any. */
  source?: string
}

const headline = 'Houston speeds up lead pipe replacement'

const story = [
  'HOUSTON — The city’s water utility said on Tuesday that it would replace 12,000 lead service lines by 2030, three years earlier than federal rules require.',
  '',
  '“We would rather finish early than explain a delay,” said Marisol Treviño, the utility’s director.'
].join('\n')

const storyStart = 'The city’s water uti'

const cases: BylineCase[] = [
  {byline: 'By Akbar Mammadov', authors: [{name: 'Akbar Mammadov'}]},
  {
    byline: 'By Manny Fernandez and Ilana Panich-Linsman',
    authors: [{name: 'Manny Fernandez'}, {name: 'Ilana Panich-Linsman'}]
  },
  {
    byline: 'By Scott Wong, Sahil Kapur and Kyle Stewart',
    authors: [{name: 'Scott Wong'}, {name: 'Sahil Kapur'}, {name: 'Kyle Stewart'}]
  },
  {
    byline: 'By Scott Wong, Sahil Kapur, and Kyle Stewart',
    authors: [{name: 'Scott Wong'}, {name: 'Sahil Kapur'}, {name: 'Kyle Stewart'}]
  },
  {
    byline: 'By JONATHAN J. COOPER and STEVE PEOPLES',
    authors: [
      {name: 'Jonathan J. Cooper', written: 'JONATHAN J. COOPER'},
      {name: 'Steve Peoples', written: 'STEVE PEOPLES'}
    ]
  },
  {
    byline: 'By ILANA PANICH-LINSMAN',
    authors: [{name: 'Ilana Panich-Linsman', written: 'ILANA PANICH-LINSMAN'}]
  },
  {
    byline: 'By Jared Kotler, Associated Press Writer',
    authors: [{name: 'Jared Kotler', role: 'writer'}],
    source: 'AP'
  },
  {
    byline: 'By JARED KOTLER, Associated Press Writer',
    authors: [{name: 'Jared Kotler', role: 'writer', written: 'JARED KOTLER'}],
    source: 'AP'
  },
  {
    byline: 'By Ronald Blum, The Associated Press',
    authors: [{name: 'Ronald Blum'}],
    source: 'AP'
  },
  {
    byline: 'By RONALD BLUM\nAssociated Press',
    authors: [{name: 'Ronald Blum', written: 'RONALD BLUM'}],
    source: 'AP'
  }
]

describe('bylines', function () {
  for (const item of cases) {
    const text = headline + '\n' + item.byline + '\n\n' + story + '\n'

    it(JSON.stringify(item.byline), function () {
      const article = layoutArticle(text)
      expectSpansTrue(text, article)
      expectAuthors(text, article, item.authors)
      expect(article.source).toBe(item.source)
      expect(article.headline).toBe(headline)
      expect(text.slice(article.body.start, article.body.start + 20)).toBe(storyStart)
      expect(article.paragraphs).toHaveLength(2)
    })
  }

  it('`By X - Trend:` credits X and gives the source Trend', function () {
    const text = [
      'Azerbaijan to open new checkpoint on Georgian border',
      '',
      'Baku, Azerbaijan, March 4',
      '',
      'By Sevinj Karimova - Trend:',
      '',
      'Azerbaijan will open a new checkpoint on its border with Georgia in the Gazakh district by the end of the year, the State Customs Committee said on March 3.',
      '',
      '"The checkpoint will be able to handle 800 trucks a day," the committee said in a statement.',
      ''
    ].join('\n')
    const article = layoutArticle(text)
    expectSpansTrue(text, article)
    expectAuthors(text, article, [{name: 'Sevinj Karimova'}])
    expect(article.source).toBe('Trend')
    expect(text.slice(article.body.start, article.body.start + 20)).toBe(
      'Azerbaijan will open'
    )
    expect(slice(text, article.body)).not.toContain('Trend')
  })

  it('a bare name line between headline and dateline is the author (Reuters 1996)', function () {
    const text = [
      'GOLD MINERS ACCEPT PAY OFFER',
      'Thandiwe Mokoena',
      'JOHANNESBURG 1996-08-27',
      'South African gold miners accepted a pay offer of eight percent on Tuesday, ending a two-week strike at three mines.',
      'The union said its members would return to work on Wednesday morning.',
      ''
    ].join('\n')
    const article = layoutArticle(text)
    expectSpansTrue(text, article)
    expectAuthors(text, article, [{name: 'Thandiwe Mokoena'}])
    expect(article.headline).toBe('GOLD MINERS ACCEPT PAY OFFER')
    expect(article.dateline?.text).toBe('JOHANNESBURG 1996-08-27')
    expect(text.slice(article.body.start, article.body.start + 20)).toBe(
      'South African gold m'
    )
  })

  it('no name line between headline and dateline: no author', function () {
    const text = [
      'GOLD MINERS ACCEPT PAY OFFER',
      'JOHANNESBURG 1996-08-27',
      'South African gold miners accepted a pay offer of eight percent on Tuesday, ending a two-week strike at three mines.',
      ''
    ].join('\n')
    const article = layoutArticle(text)
    expectSpansTrue(text, article)
    expect(article.authors).toEqual([])
  })
})

describe('an organisation is never an author', function () {
  const organisations: Array<{byline: string; source: string}> = [
    {byline: 'By Reuters Staff', source: 'Reuters'},
    {byline: 'By Azernews', source: 'Azernews'},
    {byline: 'By The Associated Press', source: 'AP'}
  ]

  for (const {byline, source} of organisations) {
    it(JSON.stringify(byline), function () {
      const text = headline + '\n' + byline + '\n\n' + story + '\n'
      const article = layoutArticle(text)
      expectSpansTrue(text, article)
      expect(article.authors).toEqual([])
      expect(article.source).toBe(source)
      expect(slice(text, article.body)).not.toContain(byline)
    })
  }

  it('the header ` date … By Azernews` names the outlet, not an author', function () {
    const text = [
      ' date 2021-06-15 By Azernews',
      '',
      '',
      '',
      'Azerbaijan’s non-oil exports rose by 14 percent in the first five months of the year, the Center for Analysis of Economic Reforms said on June 14.',
      '',
      'Exports of fruit and vegetables accounted for nearly a third of the total, the center said.',
      ''
    ].join('\n')
    const article = layoutArticle(text)
    expectSpansTrue(text, article)
    expect(article.authors).toEqual([])
    expect(article.source).toBe('Azernews')
  })

  it('a byline mixing people and an outlet keeps only the people', function () {
    const text = headline + '\nBy Erin Lockhart and Reuters Staff\n\n' + story + '\n'
    const article = layoutArticle(text)
    expectSpansTrue(text, article)
    expectAuthors(text, article, [{name: 'Erin Lockhart'}])
  })
})

describe('a body sentence that starts with `By` is not a byline', function () {
  it('`By the end of the year, …` after a real byline', function () {
    const text = [
      headline,
      'By Leyla Hasanova',
      '',
      'By the end of the year, the utility expects to have replaced a third of the lines, mostly in the city’s older eastern neighborhoods.',
      '',
      'The work is paid for by a federal loan of $210 million, the utility said.',
      ''
    ].join('\n')
    const article = layoutArticle(text)
    expectSpansTrue(text, article)
    expectAuthors(text, article, [{name: 'Leyla Hasanova'}])
    expect(text.slice(article.body.start, article.body.start + 20)).toBe(
      'By the end of the ye'
    )
    expect(article.paragraphs).toHaveLength(2)
  })

  it('`By the end of the year, …` opening a text without layout', function () {
    const text = [
      'By the end of the year, the utility expects to have replaced a third of the lines, mostly in the city’s older eastern neighborhoods.',
      '',
      'The work is paid for by a federal loan of $210 million, the utility said.',
      ''
    ].join('\n')
    const article = layoutArticle(text)
    expectSpansTrue(text, article)
    expect(article.authors).toEqual([])
    expect(article.body.start).toBe(0)
    expect(article.paragraphs).toHaveLength(2)
  })

  it('`By Tuesday evening, …` after a headline and a blank line', function () {
    const text = [
      'Rescuers reach last village cut off by floods',
      '',
      'By Tuesday evening, rescuers had reached the last of the mountain villages cut off by the floods, the regional emergency service said.',
      '',
      'About 300 people were taken to shelters in the valley.',
      ''
    ].join('\n')
    const article = layoutArticle(text)
    expectSpansTrue(text, article)
    expect(article.authors).toEqual([])
    expect(article.headline).toBe('Rescuers reach last village cut off by floods')
    expect(text.slice(article.body.start, article.body.start + 20)).toBe(
      'By Tuesday evening, '
    )
    expect(article.paragraphs).toHaveLength(2)
  })

  it('`By contrast, …` and `By 2030 …` inside the body', function () {
    const text = [
      headline,
      'By Leyla Hasanova',
      '',
      story,
      '',
      'By contrast, Dallas plans to finish its own replacement program only in 2035.',
      '',
      'By 2030 the utility also wants every household to have a smart water meter.',
      ''
    ].join('\n')
    const article = layoutArticle(text)
    expectSpansTrue(text, article)
    expectAuthors(text, article, [{name: 'Leyla Hasanova'}])
    expect(article.paragraphs).toHaveLength(4)
    expect(slice(text, article.body).endsWith('smart water meter.')).toBe(true)
  })
})

/**
 * Assert the authors of an Article: names, roles, and the span of each
 * slicing to the name as written.
 *
 * @param text The input.
 * @param article The Article.
 * @param expected The authors it must credit, in order.
 */
function expectAuthors(text: string, article: Article, expected: ExpectedAuthor[]): void {
  expect(
    article.authors.map(function (author) {
      return {name: author.name, role: author.role}
    })
  ).toEqual(
    expected.map(function (author) {
      return {name: author.name, role: author.role}
    })
  )
  expect(
    article.authors.map(function (author) {
      return slice(text, author.span)
    })
  ).toEqual(
    expected.map(function (author) {
      return author.written ?? author.name
    })
  )
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
