import {describe, expect, it} from 'vitest'
import type {Article, Span} from '../src/index.js'
import {layoutArticle} from './helpers/layout.js'
import {expectSpansTrue} from './helpers/spans.js'

/*
 * Paragraphs split on blank lines, or one per line when the text puts each
 * on its own line; hard-wrapped lines are joined into their paragraph.
 * Sentences come from retext-english with its known mis-splits repaired
 * (see `../shared/STYLE.md`). Every text here is invented.
 */

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
 * The paragraphs of an Article, as text.
 *
 * @param text The input.
 * @param article The Article.
 * @returns Each paragraph's text.
 */
function paragraphTexts(text: string, article: Article): string[] {
  return article.paragraphs.map(function (paragraph) {
    return slice(text, paragraph.span)
  })
}

/**
 * The sentences of one paragraph, as text.
 *
 * @param text The input.
 * @param article The Article.
 * @param index Which paragraph.
 * @returns Each sentence's text.
 */
function sentenceTexts(text: string, article: Article, index: number): string[] {
  return (article.paragraphs[index]?.sentences ?? []).map(function (sentence) {
    return slice(text, sentence)
  })
}

const one =
  'The regional council approved the budget for next year on Thursday after a debate that lasted nine hours.'
const two = 'Spending on roads will rise by a fifth, while the culture budget will be cut.'
const three = '"This is a budget for people who drive," said councillor Ines Moreau.'
const four = 'The opposition said it would challenge the vote in court.'

describe('paragraphs', function () {
  it('split on blank lines, however many, and on lines of white space', function () {
    const text = one + '\n\n' + two + '\n\n\n\n' + three + '\n   \n' + four + '\n'
    const article = layoutArticle(text)
    expectSpansTrue(text, article)
    expect(paragraphTexts(text, article)).toEqual([one, two, three, four])
  })

  it('are trimmed of the white space around them', function () {
    const text = '  ' + one + '  \n\n\t' + two + ' \n\n' + three + '\t\n'
    const article = layoutArticle(text)
    expectSpansTrue(text, article)
    expect(paragraphTexts(text, article)).toEqual([one, two, three])
    expect(slice(text, article.body)).toBe(text.trim())
  })

  it('one per line when the text puts each on its own line', function () {
    const text = [one, two, three, four].join('\n') + '\n'
    const article = layoutArticle(text)
    expectSpansTrue(text, article)
    expect(paragraphTexts(text, article)).toEqual([one, two, three, four])
  })

  it('hard-wrapped lines joined, paragraphs between blank lines', function () {
    const text = [
      'The regional council approved the budget for next year on',
      'Thursday after a debate that lasted nine hours, the longest',
      'since the council was created in 1986.',
      '',
      'Spending on roads will rise by a fifth, while the budget for',
      'museums, libraries and theatres will be cut by eight percent.',
      ''
    ].join('\n')
    const article = layoutArticle(text)
    expectSpansTrue(text, article)
    const paragraphs = paragraphTexts(text, article)
    expect(paragraphs).toHaveLength(2)
    expect(paragraphs[0]?.split('\n')).toHaveLength(3)
    expect(paragraphs[0]?.startsWith('The regional council')).toBe(true)
    expect(paragraphs[0]?.endsWith('created in 1986.')).toBe(true)
    expect(paragraphs[1]?.split('\n')).toHaveLength(2)
    expect(sentenceTexts(text, article, 0)).toHaveLength(1)
    expect(sentenceTexts(text, article, 1)).toHaveLength(1)
  })

  it('hard-wrapped lines joined, paragraphs opened by an indent (1987 copy)', function () {
    const text = [
      '  PARIS, June 2 - The French government will sell part of its',
      'stake in the state telephone company next year, the finance',
      'ministry said.',
      '    The sale could raise as much as 12 billion francs, bankers',
      'said.',
      '    Unions have called a strike for next Tuesday.',
      ' Reuter',
      ''
    ].join('\n')
    const article = layoutArticle(text)
    expectSpansTrue(text, article)
    expect(paragraphTexts(text, article)).toEqual([
      'The French government will sell part of its\nstake in the state telephone company next year, the finance\nministry said.',
      'The sale could raise as much as 12 billion francs, bankers\nsaid.',
      'Unions have called a strike for next Tuesday.'
    ])
    expect(article.dateline?.text).toBe('PARIS, June 2')
  })

  it('a quote over several paragraphs: each opens with a quote mark, only the last closes', function () {
    const text = [
      'Councillor Ines Moreau, who voted against the budget, said the cuts would fall on the smallest towns.',
      '',
      '“Our libraries are the only public buildings open after five in half of these villages. Close them and you close the village.',
      '',
      '“Nobody in this chamber would accept that for their own street.”',
      '',
      four,
      ''
    ].join('\n')
    const article = layoutArticle(text)
    expectSpansTrue(text, article)
    const paragraphs = paragraphTexts(text, article)
    expect(paragraphs).toHaveLength(4)
    expect(paragraphs[1]?.startsWith('“Our libraries')).toBe(true)
    expect(paragraphs[1]?.endsWith('close the village.')).toBe(true)
    expect(paragraphs[2]).toBe('“Nobody in this chamber would accept that for their own street.”')
  })

  it('the body runs from the first to the last character of the story', function () {
    const text = '\n\n  ' + one + '\n\n' + two + '\n\n\n'
    const article = layoutArticle(text)
    expectSpansTrue(text, article)
    expect(slice(text, article.body)).toBe(one + '\n\n' + two)
  })
})

describe('sentences', function () {
  it('one span per sentence, trimmed, in order', function () {
    const text =
      'The vote was 31 to 17. The president of the council signed the budget on Friday.  Work on the ring road begins in May.\n'
    const article = layoutArticle(text)
    expectSpansTrue(text, article)
    expect(sentenceTexts(text, article, 0)).toEqual([
      'The vote was 31 to 17.',
      'The president of the council signed the budget on Friday.',
      'Work on the ring road begins in May.'
    ])
  })

  it('keep abbreviated titles and names inside the sentence', function () {
    const text =
      'Sen. Patricia Ollander, D-Minn., said Mr. Boyd had voted against the plan on Dec. 17 in Kansas City, Mo., last year.\n'
    const article = layoutArticle(text)
    expectSpansTrue(text, article)
    expect(sentenceTexts(text, article, 0)).toHaveLength(1)
  })

  it('split after an initialism that ends a sentence: `the U.S. The`', function () {
    const text =
      'Exports of steel fell by a third to the U.S. The decline was steepest in the last quarter.\n'
    const article = layoutArticle(text)
    expectSpansTrue(text, article)
    expect(sentenceTexts(text, article, 0)).toEqual([
      'Exports of steel fell by a third to the U.S.',
      'The decline was steepest in the last quarter.'
    ])
  })

  it('split after `Washington, D.C. The` and `Acme Inc. The`', function () {
    const text =
      'The summit will take place in Washington, D.C. The date has not been set. Shares rose in Harlow Foods Inc. The company did not comment.\n'
    const article = layoutArticle(text)
    expectSpansTrue(text, article)
    expect(sentenceTexts(text, article, 0)).toEqual([
      'The summit will take place in Washington, D.C.',
      'The date has not been set.',
      'Shares rose in Harlow Foods Inc.',
      'The company did not comment.'
    ])
  })

  it('split after a date that ends a sentence: `Dec. 31. Then`', function () {
    const text = 'The offer expires on Dec. 31. Then the price will rise by ten percent.\n'
    const article = layoutArticle(text)
    expectSpansTrue(text, article)
    expect(sentenceTexts(text, article, 0)).toEqual([
      'The offer expires on Dec. 31.',
      'Then the price will rise by ten percent.'
    ])
  })

  it('not split after `No.`: `See No. 5`', function () {
    const text = 'The ministry ranked the port as No. 5 in the region for cargo handled last year.\n'
    const article = layoutArticle(text)
    expectSpansTrue(text, article)
    expect(sentenceTexts(text, article, 0)).toHaveLength(1)
  })
})
