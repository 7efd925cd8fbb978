import {describe, expect, it} from 'vitest'
import {pairQuoteMarks} from '../src/lib/6-quotes/pair-quote-marks.js'
import type {Span} from '../src/lib/types.js'

/**
 * Pairing quote marks: the texts are our own, one paragraph per line.
 */

/**
 * Cut a text into paragraphs at line breaks and pair its marks.
 *
 * @param text Paragraphs, one per line.
 * @returns The quoted texts (double and single marks told apart), and the unclosed marks.
 */
function pair(text: string): {double: string[]; single: string[]; unclosed: string[]} {
  const paragraphs: Span[] = []
  let start = 0
  for (const line of text.split('\n')) {
    if (line.trim() !== '') paragraphs.push({start, end: start + line.length})
    start += line.length + 1
  }
  const result = pairQuoteMarks(text, paragraphs)
  return {
    double: result.quoted.filter((item) => item.double).map((item) => text.slice(item.content.start, item.content.end)),
    single: result.quoted.filter((item) => !item.double).map((item) => text.slice(item.content.start, item.content.end)),
    unclosed: result.unclosed.map((span) => text.slice(span.start, span.end + 8))
  }
}

describe('pairQuoteMarks', function () {
  it('pairs straight and curly double marks within a paragraph', function () {
    expect(pair('"We will rebuild the bridge," the mayor said. “It will take a year,” she added.').double).toEqual([
      'We will rebuild the bridge,',
      'It will take a year,'
    ])
  })

  it('pairs doubled backticks and apostrophes, and doubled apostrophes on both sides', function () {
    expect(pair("``The port is open,'' the agency said. ''Ships are moving,'' it added.").double).toEqual([
      'The port is open,',
      'Ships are moving,'
    ])
  })

  it('runs a quote over paragraphs that each open with a mark, closing at the last one', function () {
    const text = '“The first part of the plan is to repair the roads.\n“The second part is to pay for it,” the governor said.\nNothing else was announced.'
    const {double, unclosed} = pair(text)
    expect(double).toEqual(['The first part of the plan is to repair the roads.\n“The second part is to pay for it,'])
    expect(unclosed).toEqual([])
  })

  it('ends an unclosed quote with its paragraph when the next one does not open with a mark, and reports it', function () {
    const {double, unclosed} = pair('He said: “We are leaving tomorrow.\nThe talks ended late.')
    expect(double).toEqual(['We are leaving tomorrow.'])
    expect(unclosed).toEqual(['“We are l'])
  })

  it('reports a quote left open at the end of the text', function () {
    const {double, unclosed} = pair('The union said the strike would go on.\n"We will not go back to work')
    expect(double).toEqual(['We will not go back to work'])
    expect(unclosed).toEqual(['"We will '])
  })

  it('skips a stray closing mark', function () {
    expect(pair('The vote was close” and then “the count began.”')).toEqual({double: ['the count began.'], single: [], unclosed: []})
  })

  it('pairs single marks at word edges, but leaves apostrophes alone', function () {
    const {single, double} = pair("Minister says talks 'will go on' despite the farmers' protest and the union's anger in the '90s style.")
    expect(single).toEqual(['will go on'])
    expect(double).toEqual([])
  })

  it('leaves single marks inside double quotes to the double quote', function () {
    const {single, double} = pair('“They told us ‘wait and see,’ and we waited,” the farmer said.')
    expect(double).toEqual(['They told us ‘wait and see,’ and we waited,'])
    expect(single).toEqual([])
  })

  it('pairs mixed straight and curly marks', function () {
    expect(pair('“The offer is fair," the company said.').double).toEqual(['The offer is fair,'])
  })
})
