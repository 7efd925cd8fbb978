import {describe, expect, it} from 'vitest'
import {parseDispatch} from '../src/index.js'

/**
 * A noun cue followed by `that` and a verb (`after two days of talks that
 * also covered …`) is a noun with a relative clause, not reported speech; a
 * noun cue whose `that` opens a clause with a subject (`warnings that prices
 * would rise`) is. Every dispatch here is our own.
 */

/**
 * The quotes of a dispatch, as cue and text.
 *
 * @param text The dispatch.
 * @returns The quotes.
 */
function quotes(text: string): Array<{cue: string | undefined; text: string}> {
  return parseDispatch(text).quotes.map((quote) => ({cue: quote.cue?.text, text: quote.text}))
}

describe('a relative clause after a noun cue', function () {
  it('is no content of its own', function () {
    const text = 'TALLINN (BNS) - The protocol was signed in Riga after three days of talks that also covered a shared rail timetable.'
    expect(quotes(text).filter((quote) => quote.cue === 'talks')).toEqual([])
  })

  it('is no content before an auxiliary either', function () {
    const text = 'TALLINN (BNS) - The deal followed two weeks of talks that were held behind closed doors in Tartu.'
    expect(quotes(text).filter((quote) => quote.cue === 'talks')).toEqual([])
  })

  it('leaves a that-clause with a subject as content', function () {
    const text = 'TALLINN (BNS) - Farmers repeated their warnings that grain prices would rise before the harvest.'
    expect(quotes(text).some((quote) => quote.text.endsWith('that grain prices would rise before the harvest'))).toBe(true)
  })
})
