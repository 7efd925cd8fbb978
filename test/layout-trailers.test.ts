import {describe, expect, it} from 'vitest'
import type {Article, Span} from '../src/index.js'
import {layoutArticle} from './helpers/layout.js'
import {expectSpansTrue} from './helpers/spans.js'

/*
 * Trailers, cut from the body: Reuters `(Reporting by …; Editing by …)` with
 * or without brackets (recorded as authors with roles), `Our Standards: …`,
 * AP `___` plus `… contributed to this report.`, copyright lines, Bloomberg's
 * `To contact the reporter …` and `Most Read from Bloomberg`, Xinhua's
 * `Enditem`, the closing ` Reuter` of 1987 copy. And body text that only
 * looks like a trailer. Every story is invented.
 */

const story = [
  'NAIROBI, Feb 12 (Reuters) - Kenya’s central bank cut its benchmark lending rate by 50 basis points to 10.25% on Wednesday, its third cut in a row, saying inflation was likely to stay within its target range this year.',
  '',
  '"The committee concluded that there was scope for a further easing of monetary policy," the bank said in a statement.',
  '',
  'Inflation eased to 3.3% in January, near the bottom of the target range of 2.5% to 7.5%.'
].join('\n')

const storyEnd = 'range of 2.5% to 7.5%.'

/** A role an author has, as the trailer gives it. */
interface ExpectedAuthor {
  name: string
  role?: string
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
 * Assert that a trailer is cut: the body and its last paragraph end on the
 * story, the trailer text is in neither, and the authors are as expected.
 *
 * @param text The input.
 * @param article The Article.
 * @param end The last characters of the story.
 * @param trailer Text of the trailer that must stay out of the body.
 * @param authors The authors, names and roles, in order.
 */
function expectCut(
  text: string,
  article: Article,
  end: string,
  trailer: string[],
  authors: ExpectedAuthor[]
): void {
  expectSpansTrue(text, article)
  const body = slice(text, article.body)
  expect(body.endsWith(end), 'body ends with ' + JSON.stringify(end)).toBe(true)
  const last = article.paragraphs.at(-1)
  expect(last && slice(text, last.span).endsWith(end)).toBe(true)

  for (const value of trailer) {
    expect(body).not.toContain(value)

    for (const paragraph of article.paragraphs) {
      expect(slice(text, paragraph.span)).not.toContain(value)
    }
  }

  expect(
    article.authors.map(function (author) {
      return {name: author.name, role: author.role}
    })
  ).toEqual(
    authors.map(function (author) {
      return {name: author.name, role: author.role}
    })
  )

  for (const author of article.authors) {
    expect(slice(text, author.span)).toBe(author.name)
  }
}

describe('Reuters trailers', function () {
  it('`(Reporting by …; Additional reporting by …; Editing by … and …)`', function () {
    const text =
      story +
      '\n\n(Reporting by Otieno Barasa; Additional reporting by Faith Wambui in Kampala; Editing by Robert Ashdown and Kirsten Dahl)\n'
    const article = layoutArticle(text)
    expectCut(text, article, storyEnd, ['Reporting by', 'Editing by', 'Kirsten Dahl'], [
      {name: 'Otieno Barasa', role: 'reporting'},
      {name: 'Faith Wambui', role: 'reporting'},
      {name: 'Robert Ashdown', role: 'editing'},
      {name: 'Kirsten Dahl', role: 'editing'}
    ])
    expect(article.paragraphs).toHaveLength(3)
  })

  it('without brackets', function () {
    const text = story + '\n\nReporting by Anna Kowalczyk in Warsaw; Editing by Tom Bright\n'
    const article = layoutArticle(text)
    expectCut(text, article, storyEnd, ['Reporting by', 'Editing by'], [
      {name: 'Anna Kowalczyk', role: 'reporting'},
      {name: 'Tom Bright', role: 'editing'}
    ])
    expect(article.paragraphs).toHaveLength(3)
  })

  it('`Writing by` and several reporters', function () {
    const text =
      story +
      '\n\n(Reporting by Kwame Asante and Efua Mensah in Accra; Writing by Sofia Brandao; Editing by Kirsten Dahl)\n'
    const article = layoutArticle(text)
    expectCut(text, article, storyEnd, ['Writing by'], [
      {name: 'Kwame Asante', role: 'reporting'},
      {name: 'Efua Mensah', role: 'reporting'},
      {name: 'Sofia Brandao', role: 'writing'},
      {name: 'Kirsten Dahl', role: 'editing'}
    ])
  })

  it('after a byline: the byline author first, then the trailer’s', function () {
    const text =
      'Kenya cuts rates for third time\nBy Otieno Barasa\n\n' +
      story +
      '\n\n(Additional reporting by Faith Wambui; Editing by Robert Ashdown)\n'
    const article = layoutArticle(text)
    expectCut(text, article, storyEnd, ['Additional reporting'], [
      {name: 'Otieno Barasa'},
      {name: 'Faith Wambui', role: 'reporting'},
      {name: 'Robert Ashdown', role: 'editing'}
    ])
  })

  it('`Our Standards: The Thomson Reuters Trust Principles.`', function () {
    const text = story + '\n\nOur Standards: The Thomson Reuters Trust Principles.\n'
    const article = layoutArticle(text)
    expectCut(text, article, storyEnd, ['Our Standards', 'Trust Principles'], [])
    expect(article.paragraphs).toHaveLength(3)
  })

  it('the closing ` Reuter` of 1987 copy', function () {
    const text = [
      '  CHICAGO, April 8 - Soybean futures closed higher on the',
      'Chicago Board of Trade on export demand from Western Europe,',
      'traders said.',
      '    Wheat ended mixed after a government report showed larger',
      'stocks than expected.',
      ' Reuter',
      ''
    ].join('\n')
    const article = layoutArticle(text)
    expectCut(text, article, 'than expected.', ['Reuter'], [])
    expect(article.paragraphs).toHaveLength(2)
  })
})

describe('AP trailers', function () {
  const ap = [
    'DENVER (AP) — Colorado will open three new state parks next year, Gov. Ellen Marsh said Thursday, the first additions to the system in more than a decade.',
    '',
    '“These are places Coloradans already love, and now they will be protected for good,” Marsh said.'
  ].join('\n')
  const apEnd = 'protected for good,” Marsh said.'

  it('`___` and `… writer X in Y contributed to this report.`', function () {
    const text =
      ap + '\n\n___\n\nAssociated Press writer Maren Holt in Denver contributed to this report.\n'
    const article = layoutArticle(text)
    expectCut(text, article, apEnd, ['___', 'contributed to this report'], [
      {name: 'Maren Holt', role: 'contributing'}
    ])
    expect(article.paragraphs).toHaveLength(2)
  })

  it('several contributors', function () {
    const text =
      ap +
      '\n\n___\n\nAssociated Press writers Ana Lucia Ferreira in Grand Junction and Marco Vidal in Pueblo contributed to this report.\n'
    const article = layoutArticle(text)
    expectCut(text, article, apEnd, ['contributed to this report'], [
      {name: 'Ana Lucia Ferreira', role: 'contributing'},
      {name: 'Marco Vidal', role: 'contributing'}
    ])
  })

  it('a copyright line', function () {
    const text =
      ap +
      '\n\nCopyright 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.\n'
    const article = layoutArticle(text)
    expectCut(text, article, apEnd, ['Copyright', 'All rights reserved'], [])
    expect(article.paragraphs).toHaveLength(2)
  })
})

describe('copyright lines', function () {
  const forms = [
    '©2025 Bloomberg L.P.',
    '© 2023 Agence France-Presse',
    'Copyright 2025 United Press International, Inc. All Rights Reserved.',
    'Copyright © 2024 The New York Times Company'
  ]

  for (const line of forms) {
    it(JSON.stringify(line), function () {
      const text = story + '\n\n' + line + '\n'
      const article = layoutArticle(text)
      expectCut(text, article, storyEnd, [line], [])
      expect(article.paragraphs).toHaveLength(3)
    })
  }
})

describe('Bloomberg trailers', function () {
  const bloomberg = [
    '(Bloomberg) -- Brent crude rose above $90 a barrel for the first time since October after Saudi Arabia said it would extend its output cut through the end of the year.',
    '',
    '“The market is tighter than most people thought a month ago,” said Priya Natarajan, an analyst at Halden Commodities in Singapore.'
  ].join('\n')
  const bloombergEnd = 'Commodities in Singapore.'

  it('`To contact the reporter on this story:` and the editors', function () {
    const text =
      bloomberg +
      '\n\nTo contact the reporter on this story:\nGrace Liew in Singapore at gliew3@bloomberg.net\nTo contact the editors responsible for this story:\nHelen Marchetti at hmarchetti2@bloomberg.net\n'
    const article = layoutArticle(text)
    expectCut(text, article, bloombergEnd, ['To contact', 'bloomberg.net', 'Grace Liew'], [])
    expect(article.paragraphs).toHaveLength(2)
  })

  it('`To contact the reporters on this story:`, then a copyright line', function () {
    const text =
      bloomberg +
      '\n\nTo contact the reporters on this story:\nGrace Liew in Singapore at gliew3@bloomberg.net;\nOmar Haddad in Dubai at ohaddad@bloomberg.net\n\n©2025 Bloomberg L.P.\n'
    const article = layoutArticle(text)
    expectCut(text, article, bloombergEnd, ['To contact', 'Omar Haddad', '©2025'], [])
  })

  it('`Most Read from Bloomberg` and its headlines, near the top', function () {
    const text =
      'Oil Tops $90 as Saudis Extend Cut\n\nMost Read from Bloomberg\nWhy Dublin Rents Keep Rising\nA Quiet Rally in Emerging-Market Bonds\nThe Town Betting Its Future on Lithium\n\n' +
      bloomberg +
      '\n'
    const article = layoutArticle(text)
    expectCut(text, article, bloombergEnd, ['Most Read', 'Dublin Rents', 'Lithium'], [])
    expect(article.headline).toBe('Oil Tops $90 as Saudis Extend Cut')
    expect(text.slice(article.body.start, article.body.start + 20)).toBe(
      'Brent crude rose abo'
    )
    expect(article.paragraphs).toHaveLength(2)
  })
})

describe('Xinhua `Enditem`', function () {
  const xinhua = [
    'LHASA, Aug. 9 (Xinhua) -- A new highway linking Lhasa with Nyingchi cut travel time between the two cities to five hours, local authorities said Friday.',
    '',
    'The 409-km road took six years to build.'
  ].join('\n')

  it('after the last sentence, on the same line', function () {
    const text = xinhua + ' Enditem\n'
    const article = layoutArticle(text)
    expectCut(text, article, 'six years to build.', ['Enditem'], [])
    expect(article.paragraphs).toHaveLength(2)
  })

  it('in lower case on a line of its own', function () {
    const text = xinhua + '\nenditem\n'
    const article = layoutArticle(text)
    expectCut(text, article, 'six years to build.', ['enditem'], [])
    expect(article.paragraphs).toHaveLength(2)
  })
})

describe('body text that only looks like a trailer stays', function () {
  it('a last paragraph about copyright', function () {
    const last =
      'A federal judge ruled on Monday that the copyright on the photographs had expired in 2019.'
    const text = story + '\n\n' + last + '\n'
    const article = layoutArticle(text)
    expectCut(text, article, last, [], [])
    expect(article.paragraphs).toHaveLength(4)
  })

  it('a paragraph that opens with `Reporting by` a newspaper', function () {
    const last =
      'Reporting by the Daily Nation newspaper last week showed that the contracts had never been signed.'
    const text = story + '\n\n' + last + '\n'
    const article = layoutArticle(text)
    expectCut(text, article, last, [], [])
    expect(article.paragraphs).toHaveLength(4)
  })

  it('a sentence that mentions Reuters', function () {
    const last = 'The bank’s governor told Reuters last month that further cuts were possible.'
    const text = story + '\n\n' + last + '\n'
    const article = layoutArticle(text)
    expectCut(text, article, last, [], [])
    expect(article.paragraphs).toHaveLength(4)
  })
})
