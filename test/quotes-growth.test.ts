import {describe, expect, it} from 'vitest'
import {findQuotes} from '../src/lib/6-quotes/index.js'
import {readDocument} from '../src/lib/pipeline.js'

/*
 * The quotes stage past the sizes news has: odd shapes of a few hundred
 * kilobytes in one window (one paragraph, so the stage reads units of
 * thousands of tokens) must cost time linear in their size. Checked as a
 * ratio of CPU time, the same shape at four times the size against once, not
 * as a wall-clock bar: a quadratic step would read about 16×, a linear one 4×.
 */

/**
 * Repeat a unit to a length, cutting the last copy.
 *
 * @param unit The unit.
 * @returns A maker of text of that unit.
 */
function repeated(unit: string): (characters: number) => string {
  return (characters) => unit.repeat(Math.ceil(characters / unit.length)).slice(0, characters)
}

/**
 * Quote marks nested to a depth that gives about a length.
 *
 * @param characters The length.
 * @returns The text.
 */
function nested(characters: number): string {
  const opening = '“The mayor said ‘'
  const depth = Math.floor(characters / (opening.length + 2))
  return opening.repeat(depth) + 'no' + '’”'.repeat(depth)
}

/** The shapes, each made at any length (the nested one at about that length). */
const shapes: Array<{name: string; make: (characters: number) => string}> = [
  {name: 'one sentence with no full stop', make: repeated('the mayor said that the new line would open in May, and the union told reporters it had doubts about ')},
  {name: 'alternating quote marks', make: repeated('"“”\'')},
  {name: '"said that" over and over', make: repeated('said that ')},
  {name: 'a paragraph of cue words', make: repeated('said told added stated warned claimed argued noted according to ')},
  {name: 'stances the rules do not know, in one sentence', make: repeated('critics were angry that the fares rose and riders were worried that the trains would stop while ')},
  {name: 'an unclosed quote before sentences with cues', make: (characters) => '“' + repeated('Officials believe the port would reopen. Dockers argued it could not. ')(characters - 1)},
  {name: 'quote marks nested thousands deep', make: nested}
]

/**
 * The least CPU time of the quotes stage over a text, over a few runs.
 *
 * @param text The text.
 * @param runs How many runs.
 * @returns Milliseconds of CPU time.
 */
function quotesTime(text: string, runs: number): number {
  const {document} = readDocument(text)
  let least = Infinity
  for (let run = 0; run < runs; run++) {
    const start = process.cpuUsage()
    const {quotes} = findQuotes(document, [])
    const used = process.cpuUsage(start)
    least = Math.min(least, (used.user + used.system) / 1000)
    for (const quote of quotes) expect(text.slice(quote.span.start, quote.span.end)).toBe(quote.text)
  }
  return least
}

describe('the quotes stage on odd shapes', {timeout: 120_000}, function () {
  for (const {name, make} of shapes) {
    it(name + ": 4× the text within 8× the time (50 kB against 200 kB)", function () {
      quotesTime(make(10_000), 1)
      const once = quotesTime(make(50_000), 3)
      const four = quotesTime(make(200_000), 2)
      expect(four / once).toBeLessThan(8)
    })
  }
})
