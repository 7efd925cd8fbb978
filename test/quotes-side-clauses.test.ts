import {describe, expect, it} from 'vitest'
import {parseDispatch} from '../src/index.js'

/**
 * A direct quote interrupted by its attribution and a side clause (a
 * relative clause about the speaker, a participle) that ends the sentence,
 * and going on in the next sentence, is one quote: `“…,” said Jane Roe,
 * who …. “…”`, as PolNeAR spans it (the side clause inside the span). A
 * side clause with a cue of its own, or a next part with its own cue, is
 * left to the other rules. Every dispatch here is our own.
 */

/**
 * The quotes of a dispatch, as cue, speaker and text; every span slices back
 * to its text.
 *
 * @param text The dispatch.
 * @returns The quotes.
 */
function quotes(text: string): Array<{cue: string | undefined; speaker: string | undefined; text: string}> {
  const article = parseDispatch(text)
  for (const quote of article.quotes) expect(text.slice(quote.span.start, quote.span.end)).toBe(quote.text)
  return article.quotes.map((quote) => ({cue: quote.cue?.text, speaker: quote.speaker?.text, text: quote.text}))
}

describe('a direct quote over a side clause', function () {
  it('runs over a relative clause about the speaker (AP)', function () {
    const text =
      'Lift bridge repairs put off until spring\n\n' +
      'DULUTH, Minn. (AP) — Repairs to the lift bridge will wait for warmer weather, state officials said Tuesday.\n\n' +
      '"We are not going to close the bridge before the spring thaw," said Marta Lindqvist, a spokeswoman for the transport agency, who has worked on the crossing since it reopened in 2019. "The engineers need another month of readings."'
    const last = quotes(text).at(-1)!
    expect(last).toMatchObject({cue: 'said', speaker: 'Marta Lindqvist'})
    expect(last.text.startsWith('We are not going to close the bridge')).toBe(true)
    expect(last.text.endsWith('another month of readings.')).toBe(true)
  })

  it('runs over a participle after the cue (AFP)', function () {
    const text =
      'UN envoy presses for aid convoys\n\n' +
      'GENEVA, March 3, 2026 (AFP) - The UN envoy for the region urged both sides on Tuesday to let aid convoys through.\n\n' +
      '"Every delay costs lives in the camps," the envoy told the closed session, speaking through an interpreter. "The convoys must move this week."'
    expect(quotes(text).at(-1)).toEqual({
      cue: 'told',
      speaker: 'the envoy',
      text: 'Every delay costs lives in the camps," the envoy told the closed session, speaking through an interpreter. "The convoys must move this week.'
    })
  })

  it('runs over a long apposition and relative clause (Reuters)', function () {
    const text =
      'Refiner sees thin margins\n\n' +
      'LONDON, March 3 (Reuters) - Europe\'s refiners face another lean year, an industry executive said on Tuesday.\n\n' +
      '"Demand for diesel has not come back since the summer," said Tom Ashby, chief executive of the Thames Estuary refinery and a former head of the national fuel association, whose plant runs at two-thirds of its capacity. "We expect margins to stay thin well into next year."'
    const last = quotes(text).at(-1)!
    expect(last).toMatchObject({cue: 'said', speaker: 'Tom Ashby'})
    expect(last.text.endsWith('well into next year.')).toBe(true)
  })

  it('runs over a participle with an object when the quote goes on mid-sentence (AP)', function () {
    const text =
      'Transit board weighs fare rise\n\n' +
      'PORTLAND, Ore. (AP) — The transit board put off a vote on higher fares on Monday.\n\n' +
      '“Every time you raise the fares,” said Dana Harlow, pointing to the budget report, “you push riders back into their cars.”'
    expect(quotes(text).at(-1)).toEqual({
      cue: 'said',
      speaker: 'Dana Harlow',
      text: 'Every time you raise the fares,” said Dana Harlow, pointing to the budget report, “you push riders back into their cars.'
    })
  })

  it('leaves a quote a participle takes with a clause to the participle', function () {
    const text = 'BERLIN (AP) — "Close the shelters," she wrote, arguing that if the city did nothing, "more families will sleep outside."'
    expect(quotes(text).map((quote) => quote.cue)).toEqual(['wrote', 'arguing'])
  })

  it('leaves a quote with a cue of its own after the side clause apart', function () {
    const text =
      'DULUTH, Minn. (AP) — "We are not going to close the bridge before the spring thaw," said Marta Lindqvist, a spokeswoman for the transport agency, who has worked on the crossing since 2019. "The engineers need another month," she added.'
    expect(quotes(text).map((quote) => quote.cue)).toEqual(['said', 'added'])
  })

  it('leaves a quote the participle introduces with a colon to the participle', function () {
    const text = 'GENEVA (AFP) - "We have asked twice," the envoy said, adding: "The convoys must move this week."'
    expect(quotes(text).map((quote) => quote.cue)).toEqual(['said', 'adding'])
  })

  it("leaves a quote inside the participle's own sentence to the participle", function () {
    const text = 'LONDON (Reuters) - "We will appeal," said Omar Haddad, a lawyer for the residents, adding that the ruling was "a gift to the builders."'
    expect(quotes(text).map((quote) => quote.cue)).toEqual(['said', 'adding'])
  })
})
