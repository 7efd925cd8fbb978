import {readExponent, readShare, readSlashFraction} from './read-notation.js'
import type {Word} from './sentence-words.js'
import {countNouns, fractionWords, numberWords, scaleSuffixes, scaleWords, vagueWords} from '../lexicon/quantities.js'

/**
 * The number at the core of a quantity: a figure ("20,000", "2.5", "3bn",
 * "252-287"), number words ("one million", "twenty-five"), a fraction
 * ("a third", "two-thirds"), or a vague amount ("dozens of" 12–120).
 */

/** A number read from words. */
export interface NumberRead {
  /** Its first and last word. */
  first: number
  last: number
  /** Where it ends in the input (a unit may follow in the same word). */
  end: number
  value: number
  /** The other end, for "252-287" and vague amounts. */
  to?: number
  /** Written in figures. */
  figure: boolean
  /** A figure's digits had a thousands separator or a decimal point. */
  formatted: boolean
  /** A scale word or letter multiplied it ("million", "bn"). */
  scaled: boolean
  /** What it was multiplied by (1 when not). */
  scale: number
  /** What follows the number inside its last word ("GB", "-mile", "%"). */
  rest: string
  /** A fraction or a vague amount: it needs "of" after it. */
  partOf: boolean
}

const figurePattern = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|^\.\d+/
const dash = /^[-–—]/

/**
 * Read a number starting at a word.
 *
 * @param words The sentence's words.
 * @param index The word.
 * @returns The number, if one starts there.
 */
export function readNumber(words: readonly Word[], index: number, skip = 0, money = false): NumberRead | undefined {
  const word = words[index]!
  const code = word.text.charCodeAt(skip)
  if ((code >= 48 && code <= 57) || (code === 46 && isDigitAt(word.text, skip + 1))) return readFigure(words, index, skip, money)
  if (skip > 0) return undefined
  return readVague(words, index) ?? readFraction(words, index) ?? readWords(words, index)
}

/**
 * Read a number and, when one follows, the whole it is a share of ("one out
 * of three").
 *
 * @param words The sentence's words.
 * @param index The word.
 * @param skip Characters of a currency before the digits in the word.
 * @param money Whether a currency stands before it.
 * @returns The number, if one starts there.
 */
export function readNumberOrShare(words: readonly Word[], index: number, skip = 0, money = false): NumberRead | undefined {
  const read = readNumber(words, index, skip, money)
  if (read && !money) readShare(words, read, (at) => readNumber(words, at))
  return read
}

function isDigitAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  return code >= 48 && code <= 57
}

/**
 * Parse the figure at the start of a text ("20,000", "2.5").
 *
 * @param text The text.
 * @returns Its value and length, if it starts with one.
 */
export function parseFigure(text: string): {value: number; length: number} | undefined {
  const limit = text.length > 64 ? 64 : text.length
  let at = 0
  while (at < limit && isDigitAt(text, at)) at++
  let commas = false
  // "20,000": groups of three after one to three digits.
  if (at >= 1 && at <= 3) {
    while (at + 4 <= limit && text.charCodeAt(at) === 44 && isDigitAt(text, at + 1) && isDigitAt(text, at + 2) && isDigitAt(text, at + 3)) {
      at += 4
      commas = true
    }
  }
  if (at + 1 < limit && text.charCodeAt(at) === 46 && isDigitAt(text, at + 1)) {
    at += 2
    while (at < limit && isDigitAt(text, at)) at++
  }
  if (at === 0 || at === 64) return undefined
  const figure = text.slice(0, at)
  return {value: Number(commas ? figure.replaceAll(',', '') : figure), length: at}
}

/**
 * The figure at the start of a text as a regular expression reads it: the
 * plain form `parseFigure` stands for (`test/fast-paths.test.ts` holds them equal).
 *
 * @param text The text.
 * @returns Its value and length, if it starts with one.
 */
export function parseFigurePlain(text: string): {value: number; length: number} | undefined {
  const match = figurePattern.exec(text.length > 64 ? text.slice(0, 64) : text)
  if (!match || match[0].length === 64) return undefined
  return {value: Number(match[0].replaceAll(',', '')), length: match[0].length}
}

function readFigure(words: readonly Word[], index: number, skip: number, money: boolean): NumberRead | undefined {
  const word = words[index]!
  const text = skip > 0 ? word.text.slice(skip) : word.text
  const figure = parseFigure(text)
  if (!figure) return undefined
  const read: NumberRead = {
    first: index,
    last: index,
    end: word.start + skip + figure.length,
    value: figure.value,
    figure: true,
    formatted: /[,.]/.test(text.slice(0, figure.length)),
    scaled: false,
    scale: 1,
    rest: text.slice(figure.length),
    partOf: false
  }
  readRangeInWord(read, word)
  readScale(words, read, money)
  readExponent(words, read)
  readSlashFraction(words, read)
  return read
}

/** "252-287" in one word: the other end. */
function readRangeInWord(read: NumberRead, word: Word): void {
  if (!dash.test(read.rest)) return
  const other = parseFigure(read.rest.slice(1))
  if (!other) return
  const after = read.rest.slice(1 + other.length)
  if (dash.test(after) && /\d/.test(after.charAt(1))) return
  read.to = other.value
  read.rest = after
  read.end = word.start + (word.text.length - after.length)
}

/** A scale written against the figure ("3bn", "$5m") or as the next word ("1.2 billion"). */
function readScale(words: readonly Word[], read: NumberRead, money: boolean): void {
  const suffix = /^[a-zA-Z]+/.exec(read.rest)?.[0]
  if (suffix) {
    // "$5m" is five million, "37m" thirty-seven metres.
    const scale = suffix === 'm' && !money ? undefined : scaleSuffixes.get(suffix)
    const after = read.rest.slice(suffix.length)
    if (scale && (after === '' || after.startsWith('-'))) {
      multiply(read, scale)
      read.rest = after
      read.end += suffix.length
    }
    return
  }
  if (read.rest !== '') return
  const next = words[read.last + 1]
  if (!next?.spaced) return
  const name = /^[a-z]+/.exec(next.lower)?.[0] ?? ''
  const scale = scaleWords.get(name)
  if (!scale || (next.text.length > name.length && next.text.charAt(name.length) !== '-')) return
  multiply(read, scale)
  read.last++
  read.rest = next.text.slice(name.length)
  read.end = next.start + name.length
  // "1.2 billion" may be followed by nothing more; "two hundred thousand" by another scale.
  const further = words[read.last + 1]
  const again = further?.spaced && read.rest === '' ? scaleWords.get(further.lower) : undefined
  if (again && again > scale) {
    multiply(read, again)
    read.last++
    read.end = further!.end
  }
}

function multiply(read: NumberRead, scale: number): void {
  read.value *= scale
  if (read.to !== undefined) read.to *= scale
  read.scaled = true
  read.scale *= scale
}

/** "dozens of", "tens of thousands of", "millions of". */
function readVague(words: readonly Word[], index: number): NumberRead | undefined {
  const word = words[index]!
  let range = vagueWords.get(word.lower)
  let last = index
  if (!range && (word.lower === 'tens' || word.lower === 'hundreds') && words[index + 1]?.lower === 'of') {
    const base = vagueWords.get(words[index + 2]?.lower ?? '')
    if (base && base[0] >= 1000) {
      const times = word.lower === 'tens' ? 10 : 100
      range = [base[0] * times, base[1] * times]
      last = index + 2
    }
  }
  if (!range || words[last + 1]?.lower !== 'of') return undefined
  return {...base(words, index, last), value: range[0], to: range[1], partOf: true}
}

/** "a third", "two-thirds", "half", "one-fifth". */
function readFraction(words: readonly Word[], index: number): NumberRead | undefined {
  const word = words[index]!
  const parts = word.lower.split('-')
  let count: number | undefined
  let fraction: number | undefined
  let last = index

  if (parts.length === 2) {
    count = parts[0] === 'a' ? 1 : numberWords.get(parts[0]!)
    fraction = fractionWords.get(parts[1]!)
  } else if (word.lower === 'half') {
    count = 1
    fraction = 0.5
  } else {
    count = word.lower === 'a' || word.lower === 'an' ? 1 : numberWords.get(word.lower)
    fraction = fractionWords.get(words[index + 1]?.lower ?? '')
    last = index + 1
  }

  if (count === undefined || fraction === undefined || count === 0 || words[last + 1]?.lower !== 'of') return undefined
  if (count > 1 && fraction !== 0.5 && !/s$/.test(parts[1] ?? words[last]!.lower)) return undefined
  return {...base(words, index, last), value: count * fraction, partOf: true}
}

/** "one million", "twenty-five", "a dozen", "three hundred and twenty". */
function readWords(words: readonly Word[], index: number): NumberRead | undefined {
  const first = words[index]!
  if ((first.lower === 'a' || first.lower === 'an') && words[index + 1]?.spaced) {
    const next = words[index + 1]!.lower
    const scale = scaleWords.get(next) ?? countNouns.get(next)
    if (scale && next !== 'mn' && next !== 'bn' && next !== 'tn' && next !== 'mln') {
      return {...base(words, index, index + 1), value: scale}
    }
    return undefined
  }

  let total = 0
  let current = 0
  let last = -1
  let index_ = index

  while (index_ < words.length) {
    const word = words[index_]!
    if (index_ > index && !word.spaced) break
    const small = smallNumber(word.lower)
    if (small !== undefined) {
      if (last !== -1 && current % 100 !== 0 && current !== 0) break
      current += small
    } else if (word.lower === 'hundred' && last !== -1) {
      current = (current || 1) * 100
    } else if (last !== -1 && (word.lower === 'thousand' || word.lower === 'million' || word.lower === 'billion' || word.lower === 'trillion')) {
      total += (current || 1) * scaleWords.get(word.lower)!
      current = 0
    } else if (word.lower === 'and' && last !== -1 && current % 100 === 0 && current > 0 && smallNumber(words[index_ + 1]?.lower ?? '') !== undefined) {
      index_++
      continue
    } else {
      break
    }
    last = index_
    index_++
  }

  if (last === -1) return undefined
  return {...base(words, index, last), value: total + current, scaled: total > 0 || current >= 100}
}

/** A number word below a hundred, or a hyphenated one ("twenty-five"). */
function smallNumber(lower: string): number | undefined {
  const plain = numberWords.get(lower)
  if (plain !== undefined) return plain
  const dashAt = lower.indexOf('-')
  if (dashAt === -1) return undefined
  const tens = numberWords.get(lower.slice(0, dashAt))
  const ones = numberWords.get(lower.slice(dashAt + 1))
  return tens !== undefined && ones !== undefined && tens >= 20 && tens % 10 === 0 && ones < 10 ? tens + ones : undefined
}

function base(words: readonly Word[], first: number, last: number): NumberRead {
  return {first, last, end: words[last]!.end, value: 0, figure: false, formatted: false, scaled: false, scale: 1, rest: '', partOf: false}
}
