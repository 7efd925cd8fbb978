import type {Quantity, Span} from '../types.js'
import {readAbout} from './about.js'
import {readAge} from './ages.js'
import {isPlural, readCountedNoun, readOfPhrase, type CountedNoun} from './counted-noun.js'
import {currencyInWord, readChangeBefore, readModifier, readPrefix} from './read-before.js'
import {readNumber, readNumberOrShare, type NumberRead} from './read-number.js'
import {readPer, readSpaced, readUnit, singular, type UnitRead} from './read-unit.js'
import type {Word} from './sentence-words.js'
import {changeAfter, notCountedWords, scaleNames} from '../lexicon/quantities.js'

/**
 * One quantity read from the words around a number: prefix, modifier and
 * change before it, the number, a range, the unit or currency, a "per"
 * compound, the counted noun and a change noun after it.
 */

/** A quantity as read, before the checks that may drop it. */
export interface Reading extends Pick<Quantity, 'value' | 'to' | 'kind' | 'unit' | 'mod' | 'change'> {
  /** First and last word of the whole expression. */
  first: number
  last: number
  start: number
  end: number
  number: NumberRead
  /** A currency, unit or percent was read. */
  hasUnit: boolean
  /** The counted noun phrase. */
  about?: Span
}

/**
 * Read the quantity whose number starts at a word.
 *
 * @param words The sentence's words.
 * @param index The word.
 * @returns The reading, if a number starts there.
 */
export function readQuantity(words: readonly Word[], index: number): Reading | undefined {
  if (!words[index]) return undefined
  const before = words[index - 1]
  const inWord = currencyInWord(words[index]!.text, before?.text === '$' && !words[index]!.spaced)
  const prefix = readPrefix(words, index)
  const currency = inWord?.currency ?? prefix.currency
  const number = readNumberOrShare(words, index, inWord?.length ?? 0, currency !== undefined)
  if (!number) return undefined
  if (inWord?.negative) prefix.negative = true
  const modifier = inWord?.mod ? {mod: inWord.mod, first: prefix.first} : readModifier(words, prefix.first)
  const first = modifier?.first ?? prefix.first
  const reading: Reading = {
    first,
    last: number.last,
    start: words[first]!.start,
    end: number.end,
    number,
    value: prefix.negative ? -number.value : number.value,
    kind: 'count',
    hasUnit: false
  }
  if (number.to !== undefined) reading.to = number.to
  if (modifier) reading.mod = modifier.mod
  const change = readChangeBefore(words, first)
  if (change) reading.change = change

  let unit = readUnit(words, number)
  if (!unit) readRange(words, reading, currency)
  unit ??= reading.last > number.last ? readUnitAfter(words, reading) : undefined
  if (currency) {
    setUnit(reading, {kind: 'money', unit: currency, last: reading.last, end: reading.end})
    if (unit && unit.kind === 'money') reading.last = unit.last, reading.end = unit.end
    else if (unit && unit.kind === 'measure' && !describesNoun(words, unit.last + 1)) setPer(reading, unit.unit, unit.last, unit.end)
    // "$75 U.S. per barrel", "$31.20 US": the country after the sum.
    const country = words[reading.last + 1]
    if (currency === 'USD' && country?.spaced && (country.text === 'US' || country.text === 'U.S.')) reading.last++, reading.end = country.end
  } else if (unit) {
    setUnit(reading, unit)
  }
  if (prefix.negative && reading.kind === 'percent') reading.change ??= 'down'
  if (prefix.positive) reading.change ??= 'up'
  if (!reading.hasUnit && scaleNames.has(words[first - 1]?.lower ?? '')) {
    setUnit(reading, {kind: 'measure', unit: words[first - 1]!.lower, last: reading.last, end: reading.end})
    reading.first = first - 1
    reading.start = words[first - 1]!.start
  }

  if (reading.hasUnit) {
    const per = reading.to === undefined ? readPer(words, reading.last + 1) : undefined
    if (per && reading.kind !== 'percent') setPer(reading, per.unit, per.last, per.end)
    readRangeOfUnits(words, reading)
    const perAfter = readPer(words, reading.last + 1)
    if (perAfter && reading.kind !== 'percent' && !reading.unit?.includes(' per ')) setPer(reading, perAfter.unit, perAfter.last, perAfter.end)
    readAbout(words, reading)
  } else {
    readCounted(words, reading)
    readAge(words, reading)
  }

  const after = words[reading.last + 1]
  const changed = after?.spaced ? changeAfter.get(after.lower) : undefined
  if (changed && !reading.change) {
    reading.change = changed
  } else if (after && (after.lower === 'higher' || after.lower === 'lower') && !reading.change) {
    reading.change = after.lower === 'higher' ? 'up' : 'down'
  }
  return reading
}

/** "an $800 stone pizza oven": a noun after the unit word, which then describes it, not a rate. */
function describesNoun(words: readonly Word[], index: number): boolean {
  const word = words[index]
  return word !== undefined && word.spaced && /^\p{Ll}{2,}$/u.test(word.text) && !notCountedWords.has(word.lower)
}

/** The unit after a range's second number: "0 to 80km/h", "25 – 40 miles". */
function readUnitAfter(words: readonly Word[], reading: Reading): UnitRead | undefined {
  return readUnit(words, reading.number)
}

function setUnit(reading: Reading, unit: UnitRead): void {
  reading.kind = unit.kind
  reading.unit = unit.unit
  reading.hasUnit = true
  if (unit.last >= reading.last) {
    reading.last = unit.last
    reading.end = Math.max(reading.end, unit.end)
  }
}

function setPer(reading: Reading, unit: string, last: number, end: number): void {
  reading.unit = (reading.unit ?? '') + ' per ' + unit
  reading.last = last
  reading.end = end
}

/**
 * A range: "252 to 287", "25 – 40", "$1 million to $1.25 million", "three
 * or four". A scale on the second end only applies to both ("5 to 10 million").
 */
function readRange(words: readonly Word[], reading: Reading, currency: string | undefined): void {
  if (reading.to !== undefined) return
  const link = words[reading.number.last + 1]
  if (!link || !isRangeLink(link, words[reading.first - 1])) return
  // "rose 2.5 to 1,478": after a verb of change, "to" gives the new level.
  const opener = words[reading.first - 1]?.lower
  if (reading.change && opener !== 'from' && opener !== 'between' && opener !== 'by') return
  let at = reading.number.last + 2
  const next = words[at]
  if (!next) return
  let skip = 0
  // "by 1 to 1.5 degrees" is a range; "by $43.6 billion to $419.2 billion" a move and a level.
  const by = opener === 'by'
  if (currency) {
    if (by) return
    const inWord = currencyInWord(next.text)
    if (inWord) skip = inWord.length
    else if (next.text === '$' || next.text === '€' || next.text === '£' || next.text === '¥') at++
  }
  const second = words[at] ? readNumber(words, at, skip, currency !== undefined) : undefined
  if (!second || second.to !== undefined || second.partOf || second.figure !== reading.number.figure) return
  if (link.lower === 'or' && (second.scaled || !second.figure && reading.number.figure)) return
  if (by && second.value > reading.value * 10) return
  let value = reading.value
  if (!reading.number.scaled && second.scaled && value * second.scale <= second.value * 10) value *= second.scale
  reading.value = value
  reading.to = second.value
  reading.number = {...second, first: reading.number.first}
  reading.last = second.last
  reading.end = second.end
}

/**
 * A range whose ends both have the unit: "from 252 miles to 287 miles",
 * "between 5% and 7%", "five per cent to 20 per cent"; after "from", the
 * second end may come a few words later and without its unit ("from 208
 * pounds to 193", "from $36,040 at 10.45pm to $34,935"). After a verb of
 * change, "to" gives the new level, not a range ("rose $43.6 billion to $419.2 billion").
 */
function readRangeOfUnits(words: readonly Word[], reading: Reading): void {
  if (reading.to !== undefined) return
  const opener = words[reading.first - 1]?.lower ?? ''
  const at = opener === 'from' ? findTo(words, reading.last + 1) : reading.last + 1
  const link = words[at]
  if (!link) return
  const linked = opener === 'between' ? link.lower === 'and' : link.lower === 'to' || ((link.text === '-' || link.text === '–') && opener !== 'from')
  if (!linked || (opener !== 'from' && opener !== 'between' && reading.change)) return
  const start = /^\D+$/.test(words[at + 1]?.text ?? '') && words[at + 2] && !words[at + 2]!.spaced ? at + 2 : at + 1
  const other = readQuantity(words, start)
  if (!other || other.to !== undefined || other.first !== at + 1) return
  const bare = other.unit === undefined && opener === 'from' && other.number.figure === reading.number.figure
  // "from $75 per barrel to $45.88": the second sum's unit without the rate.
  const same = other.unit === reading.unit || reading.unit?.startsWith(other.unit + ' per ')
  if (!same && !bare) return
  reading.to = other.value
  reading.last = other.last
  reading.end = other.end
  reading.number = {...other.number, first: reading.number.first}
  delete reading.mod
}

/** The "to" of a "from" within a few words, with no number before it. */
function findTo(words: readonly Word[], index: number): number {
  for (let at = index; at < words.length && at < index + 6; at++) {
    const word = words[at]!
    if (word.lower === 'to') return at
    const clock = /^\d{1,2}(?:[.:]\d\d)?(?:am|pm)$|^\d{4}$/i.test(word.text)
    if ((/\d/.test(word.text) && !clock) || word.text === ',' || word.text === ';') return -1
  }
  return -1
}

function isRangeLink(link: Word, before: Word | undefined): boolean {
  if (link.text === '-' || link.text === '–' || link.text === '—') return true
  if (link.lower === 'to') return true
  if (link.lower === 'and') return before?.lower === 'between'
  return link.lower === 'or'
}

/** "one of the best wireless speakers", "one of the most spectacular catches". */
function isOneOfTheBest(words: readonly Word[], reading: Reading): boolean {
  if (reading.value !== 1 || words[reading.number.last]!.lower !== 'one') return false
  const superlative = words[reading.number.last + 3]?.lower ?? ''
  return words[reading.number.last + 2]?.lower === 'the' && (/^\p{Ll}{2,}est$/u.test(superlative) || superlative === 'most' || superlative === 'best' || superlative === 'worst')
}

/** "101-seat", "22-story": the counted noun written against the figure. */
function hyphenNoun(words: readonly Word[], reading: Reading): boolean {
  const rest = reading.number.rest
  if (!/^-\p{Ll}+$/u.test(rest) || reading.last !== reading.number.last) return false
  const start = reading.number.end + 1
  const end = words[reading.last]!.end
  reading.unit = singular(rest.slice(1))
  reading.about = {start, end}
  reading.end = end
  return true
}

/** The counted noun: after the number, or after "of" for fractions and vague amounts. */
function readCounted(words: readonly Word[], reading: Reading): void {
  let noun: CountedNoun | undefined
  if (reading.number.partOf) {
    const of = reading.last + 1
    // "half of $10 million", "1/16 of a US pint".
    let at = of + 1
    if ((words[at]?.lower === 'a' || words[at]?.lower === 'an') && words[at + 1]?.spaced) at++
    if (words[at]?.text === 'US' || words[at]?.text === 'U.S.') at++
    const unit = readSpaced(words, at)
    if (unit && (unit.kind === 'money' || at > of + 1)) {
      setUnit(reading, unit)
      return
    }
    noun = readOfPhrase(words, of)
  } else if (hyphenNoun(words, reading)) {
    return
  } else {
    noun = readCountedNoun(words, reading.last + 1, reading.value === 1 && reading.to === undefined)
    // "52 of the apartments": a part of what is counted; "one of the best speakers": one of them.
    const next = words[reading.last + 1]
    const best = !reading.number.figure && isOneOfTheBest(words, reading)
    if (!noun && next?.lower === 'of' && next.spaced && (reading.number.figure || best)) {
      noun = readOfPhrase(words, reading.last + 1)
      // "one of the most famous and …": one of a plural noun, or nothing.
      if (best && noun && !isPlural(words[noun.last]!.lower)) noun = undefined
    }
  }
  if (!noun) return
  reading.unit = noun.unit
  reading.about = {start: words[noun.first]!.start, end: words[noun.last]!.end}
  reading.last = noun.last
  reading.end = words[noun.last]!.end
}
