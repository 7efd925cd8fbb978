/**
 * Reading counts (“two”, “5 1/2”, “twenty-four”, “a couple of”) and writing
 * TIMEX3 durations (`P3Y`, `PT5H30M`, `PXW`).
 */

import {cardinals, type Unit} from './locale-en.js'

/** A count read from the text: a number, or `X` when the text gives none (“several”). */
export type Count = number | 'X'

const fractionPattern = /^(?:(\d{1,3})\s+)?(\d)\/(\d)$/
const decimalPattern = /^\d{1,12}(?:\.\d{1,2})?$/

/**
 * Read a count.
 *
 * @param text The words: `two`, `5 1/2`, `twenty four`, `a couple of`, `several`, `1.5`.
 * @returns The number, `X` for vague counts, or `undefined` when it is none.
 */
export function readCount(text: string): Count | undefined {
  // Digits alone (the common case) read as the decimal pattern below reads them.
  if (text.length <= 12 && allDigits(text)) return Number(text)
  let words = text.toLowerCase().replace(/\s+/g, ' ').replace(/(\d),(\d{3})/g, '$1$2').trim()
  let half = 0
  const halfMatch = /(?: and)? a half$/.exec(words)
  if (halfMatch) {
    half = 0.5
    words = words.slice(0, halfMatch.index)
  }
  if (/^(?:several|a few|few|some|many|numerous|a number of|countless|the)$/.test(words)) return 'X'
  if (words === 'a couple of' || words === 'couple of' || words === 'a couple') return 2 + half
  if (words === 'a dozen') return 12 + half
  if (decimalPattern.test(words)) return Number(words) + half
  const fraction = fractionPattern.exec(words)
  if (fraction) return Number(fraction[1] ?? 0) + Number(fraction[2]) / Number(fraction[3])
  if (words === 'a hundred' || words === 'one hundred') return 100 + half
  let total = 0
  let seen = false
  for (const word of words.split(/[\s-]+/)) {
    const value = cardinals.get(word)
    if (value === undefined) return undefined
    if (value === 100) total = (total || 1) * 100
    else total += value
    seen = true
  }
  return seen ? total + half : undefined
}

/**
 * Whether a text is one or more ASCII digits.
 *
 * @param text The text.
 * @returns True for digits alone.
 */
function allDigits(text: string): boolean {
  if (text.length === 0) return false
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code < 48 || code > 57) return false
  }
  return true
}

/**
 * Write a TIMEX3 duration.
 *
 * @param count How many units (may be fractional), or `X`.
 * @param unit The unit.
 * @returns `P3Y`, `PT2H`, `PT5H30M`, `P2Y6M`, `PXD`, …
 */
export function durationValue(count: Count, unit: Unit): string {
  if (count === 'X') {
    if (unit.letter === 'DE') return 'PXY'
    if (unit.letter === 'CE') return 'PXC'
    if (unit.letter === '2W') return 'PXW'
    return (unit.clock ? 'PTX' : 'PX') + unit.letter
  }
  if (unit.letter === 'DE') return 'P' + trimNumber(count * 10) + 'Y'
  if (unit.letter === 'CE') return 'P' + trimNumber(count * 100) + 'Y'
  if (unit.letter === '2W') return 'P' + trimNumber(count * 2) + 'W'
  if (Number.isInteger(count)) return (unit.clock ? 'PT' : 'P') + count + unit.letter
  const whole = Math.floor(count)
  const part = count - whole
  const lower: Record<string, [string, number, boolean]> = {
    Y: ['M', 12, false],
    M: unit.clock ? ['S', 60, true] : ['D', 30, false],
    Q: ['M', 3, false],
    W: ['D', 7, false],
    D: ['H', 24, true],
    H: ['M', 60, true],
    S: ['S', 1, true]
  }
  const [letter, factor, clockPart] = lower[unit.letter] ?? ['', 0, false]
  const rest = Math.round(part * factor)
  if (!letter || rest === 0) return (unit.clock ? 'PT' : 'P') + trimNumber(count) + unit.letter
  const head = whole > 0 ? whole + unit.letter : ''
  if (unit.clock) return 'PT' + head + rest + letter
  return 'P' + head + (clockPart ? 'T' : '') + rest + letter
}

/**
 * Write a number without trailing zeros.
 *
 * @param value The number.
 * @returns Its shortest decimal form.
 */
function trimNumber(value: number): string {
  return String(Math.round(value * 100) / 100)
}

/**
 * Read a spelled year: “nineteen ninety-four” → 1994, “two thousand” → 2000.
 *
 * @param text The words.
 * @returns The year, or `undefined`.
 */
export function readSpelledYear(text: string): number | undefined {
  const words = text.toLowerCase().replace(/\s+/g, ' ').trim()
  const thousand = /^two thousand(?: (?:and )?(.+))?$/.exec(words)
  if (thousand) {
    const rest = thousand[1] ? readCount(thousand[1]) : 0
    return typeof rest === 'number' ? 2000 + rest : undefined
  }
  const match = /^(nineteen|eighteen|twenty)[\s-](.+)$/.exec(words)
  if (!match) return undefined
  const century = readCount(match[1]!)
  const rest = readCount(match[2]!.replace(/^(?:oh|o)[\s-]/, ''))
  if (typeof century !== 'number' || typeof rest !== 'number' || rest >= 100) return undefined
  return century * 100 + rest
}
