import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {readDocument} from '../src/lib/pipeline.js'
import {normalOf, readSegments, tokensOf, TokenKind, type Document} from '../src/lib/2-text/index.js'
import {Case} from '../src/lib/2-text/word-shape.js'

/**
 * The token layer: the text stage reads the tokens of its NLCST trees into
 * one flat table that the later stages read.
 */
const dispatch = [
  'Azerbaijan’s gas deal with Turkey stalls',
  '',
  'BAKU, Jan 12 (AZERNEWS) - Azerbaijan’s state energy company SOCAR said on Monday it had paused talks with BOTAS. “We’re not in a hurry,” a SOCAR spokesman told reporters.',
  '',
  'Gas prices in Europe rose 3% on the news.'
].join('\n')

function tokenTexts(document: Document): string[] {
  const table = tokensOf(document)
  return Array.from(table.starts, (start, index) => document.input.slice(start, table.ends[index]))
}

describe('the token table', function () {
  const {document} = readDocument(dispatch)
  const table = tokensOf(document)

  it('is made by the text stage, with every token slicing back to its text', function () {
    expect(document.tokens).toBe(table)
    const texts = tokenTexts(document)
    expect(texts.slice(0, 6)).toEqual(['Azerbaijan', '’s', 'gas', 'deal', 'with', 'Turkey'])
    expect(texts).toContain('3')
    expect(texts).not.toContain(' ')
  })

  it('cuts a possessive ending off its word', function () {
    expect(table.kinds[0]).toBe(TokenKind.Word)
    expect(table.kinds[1]).toBe(TokenKind.Possessive)
    expect(normalOf(table, dispatch, 1)).toBe("'s")
  })

  it('gives each token its kind, case class, sentence and segment', function () {
    const texts = tokenTexts(document)
    const at = (text: string) => texts.indexOf(text)
    expect(table.kinds[at(',')]).toBe(TokenKind.Punctuation)
    expect(table.kinds[at('%')]).toBe(TokenKind.Symbol)
    expect(table.cases[at('SOCAR')]).toBe(Case.Upper)
    expect(table.cases[at('Monday')]).toBe(Case.Capitalized)
    expect(table.cases[at('paused')]).toBe(Case.Lower)
    expect(table.cases[at('12')]).toBe(Case.Digits)
    expect(normalOf(table, dispatch, at('SOCAR'))).toBe('socar')
    // Headline, dateline, two sentences of the first paragraph, one of the second.
    expect(Array.from(table.sentenceSegment)).toEqual([0, 1, 2, 2, 3])
    expect(table.segmentOf[at('Gas')]).toBe(3)
    expect(table.sentenceOf[at('spokesman')]).toBe(3)
    expect(table.sentenceStart[table.sentenceStart.length - 1]).toBe(table.count)
  })

  it('is the same when made later from a document built by hand', function () {
    const byHand: Document = {input: dispatch, segments: document.segments, authors: []}
    expect({...tokensOf(byHand), normals: []}).toEqual({...table, normals: []})
  })

  it('holds every character of the parsed text but its white space, in order', function () {
    fc.assert(
      fc.property(fc.string({unit: fc.constantFrom('a', 'B', ' ', '.', '’', 's', '\n', '"', '-', '1', 'é', '\u00A0')}), function (text) {
        const segments = readSegments(text, [{kind: 'paragraph', span: {start: 0, end: text.length}}])
        const document: Document = {input: text, segments, authors: []}
        const joined = tokenTexts(document).join('')
        const table = tokensOf(document)
        for (let index = 1; index < table.count; index++) expect(table.starts[index]).toBeGreaterThanOrEqual(table.ends[index - 1]!)
        expect(joined).toBe(text.replace(/\s+/g, ''))
      })
    )
  })
})
