import {describe, expect, it} from 'vitest'
import {parseDispatch} from '../src/index.js'

/**
 * A direct quote whose attribution follows a clause boundary inside reported
 * speech (`Asked whether …, the commissioner said: “…”`, `…, saying, “…”`)
 * is a statement of its own: the reported speech ends before it, unless the
 * quote's cue is much less likely than the report's. Every dispatch here is
 * our own.
 */

/**
 * The quotes of a dispatch, as cue and text, and whether any is nested.
 *
 * @param text The dispatch.
 * @returns The quotes.
 */
function quotes(text: string): Array<{cue: string | undefined; text: string; parent: number | undefined}> {
  const article = parseDispatch(text)
  for (const quote of article.quotes) expect(text.slice(quote.span.start, quote.span.end)).toBe(quote.text)
  return article.quotes.map((quote) => ({cue: quote.cue?.text, text: quote.text, parent: quote.parent}))
}

describe('a direct quote after a report in the same sentence', function () {
  it('ends an `Asked whether …` report before its attribution (Reuters)', function () {
    const text =
      'EU keeps fishing quota deadline\n\n' +
      'BRUSSELS, March 3 (Reuters) - Asked whether the bloc would extend the deadline for the fishing quotas, the commissioner told reporters: "We will not move the date again."'
    expect(quotes(text)).toEqual([
      {cue: 'Asked', text: 'whether the bloc would extend the deadline for the fishing quotas', parent: undefined},
      {cue: 'told', text: 'We will not move the date again.', parent: undefined}
    ])
  })

  it('ends a report before a participle that introduces a quote (AP)', function () {
    const text =
      'Vaccinations before the school term\n\n' +
      'NAIROBI, Kenya (AP) — The health minister urged parents to vaccinate their children, saying, "Every week we wait puts another class at risk."'
    const found = quotes(text)
    expect(found.map((quote) => quote.cue)).toEqual(['urged', 'saying'])
    expect(found.every((quote) => quote.parent === undefined)).toBe(true)
    expect(found[0]!.text.includes('"')).toBe(false)
  })

  it('ends a `When asked if …` report before its attribution (AFP)', function () {
    const text =
      'Polish coalition confident before budget vote\n\n' +
      'WARSAW, March 3, 2026 (AFP) - When asked if the coalition would survive the budget vote, Deputy Prime Minister Anna Nowak said: "We have the numbers, and everybody knows it."'
    expect(quotes(text).map((quote) => [quote.cue, quote.text])).toEqual([
      ['asked', 'if the coalition would survive the budget vote'],
      ['said', 'We have the numbers, and everybody knows it.']
    ])
  })
})
