import {describe, expect, it} from 'vitest'
import {parseDispatch} from '../src/index.js'

/**
 * Reported speech whose content is a noun phrase (`denied the reports`)
 * ends where the noun phrase does, before a verb of the writer's own joined
 * by `and`; a clause, or a content that holds a quote, runs on. Every
 * dispatch here is our own.
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

describe('noun-phrase contents', function () {
  it('ends a noun phrase before `and` and a verb in -ed', function () {
    expect(quotes('VILNIUS (BNS) - The transport minister denied the reports of a delay and returned to the capital on Friday.')).toEqual([
      {cue: 'denied', text: 'the reports of a delay'}
    ])
  })

  it('lets a clause run on past `and`', function () {
    expect(quotes('VILNIUS (BNS) - The transport minister said the ferry had been delayed and returned to port on Friday.')).toEqual([
      {cue: 'said', text: 'the ferry had been delayed and returned to port on Friday'}
    ])
  })

  it('leaves a content that holds a quote whole', function () {
    expect(quotes('VILNIUS (BNS) - The mayor praised the "brave and tireless" crews and thanked the volunteers.')).toEqual([
      {cue: 'praised', text: 'the "brave and tireless" crews and thanked the volunteers'}
    ])
  })
})
