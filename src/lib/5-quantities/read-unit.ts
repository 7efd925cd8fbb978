import type {QuantityKind} from '../types.js'
import type {NumberRead} from './read-number.js'
import type {Word} from './sentence-words.js'
import {readLetterUnit} from './read-letter.js'
import {currencyByName, isCurrencyCode, opensLongName, unitOf} from './unit-table.js'
import {currencySymbols, extraUnitWords, percentWords} from '../lexicon/quantities.js'

/**
 * What follows a number: a percent sign or word, a currency (code or name),
 * a unit from the generated table, a market word ("points"), and a "per"
 * compound ("$58.24 per barrel").
 */

/** A unit read after a number. */
export interface UnitRead {
  kind: QuantityKind
  unit: string
  /** Its last word. */
  last: number
  /** Where it ends in the input. */
  end: number
}

/** Longest unit names, in words. */
const longest = 4

/**
 * Read the unit after a number.
 *
 * @param words The sentence's words.
 * @param number The number.
 * @returns The unit, if one follows.
 */
export function readUnit(words: readonly Word[], number: NumberRead): UnitRead | undefined {
  const word = words[number.last]!
  if (number.rest !== '') return readAttached(words, number, word)
  return readSpaced(words, number.last + 1) ?? readLetterUnit(words, number)
}

/** A unit in the number's own word: "64GB", "40min", "5.5kWh", "80km" "/" "h", "1,000-mile", "2.5%". */
function readAttached(words: readonly Word[], number: NumberRead, word: Word): UnitRead | undefined {
  let rest = number.rest
  const hyphen = rest.startsWith('-')
  if (hyphen) rest = rest.slice(1)
  let end = word.end
  let last = number.last
  // "80km" "/" "h": tokens written against each other make one unit.
  for (let size = words[last + 1]?.spaced === false ? 2 : 0; size >= 1; size--) {
    const tail = words.slice(last + 1, last + 1 + size)
    if (tail.length < size || tail.some((item) => item.spaced)) continue
    const joined = rest + tail.map((item) => item.text).join('')
    if (!unitOf(joined) && !percentWords.has(joined.toLowerCase())) continue
    rest = joined
    last += size
    end = words[last]!.end
    break
  }

  const lower = rest.toLowerCase()
  if (percentWords.has(lower)) return {kind: 'percent', unit: 'percent', last, end}
  if (hyphen && /^year-olds?$/.test(lower)) return {kind: 'measure', unit: 'year of age', last, end}
  if (rest === 'p') return {kind: 'money', unit: 'penny', last, end}
  const entry = unitOf(rest) ?? (hyphen ? unitOf(rest.replaceAll('-', ' ')) : undefined)
  if (entry) return {kind: 'measure', unit: entry.name, last, end}
  const extra = extraUnitWords.get(lower)
  if (extra) return {kind: extra === 'percentage point' ? 'percent' : 'measure', unit: extra, last, end}
  if (hyphen) {
    const code = currencyByName(lower)
    if (code) return {kind: 'money', unit: code, last, end}
  }
  return undefined
}

/** A unit in the words after the number: "miles", "per cent", "Australian dollars", "degrees Celsius". */
export function readSpaced(words: readonly Word[], index: number): UnitRead | undefined {
  const first = words[index]
  if (!first) return undefined
  if (first.text === '%' && !first.spaced) return {kind: 'percent', unit: 'percent', last: index, end: first.end}
  if (first.text === '″' && !first.spaced) return {kind: 'measure', unit: 'inch', last: index, end: first.end}
  // "1,200€", "5 €": a currency sign after the figure, when no figure of its own follows it.
  const sign = symbolAfter.test(first.text) && !/^\d/.test(words[index + 1]?.spaced === false ? words[index + 1]!.text : '')
  if (sign) return {kind: 'money', unit: currencySymbols.get(first.text)!, last: index, end: first.end}
  if (!first.spaced) return undefined

  // Most words open no name of several words: try those only after one that may.
  const dash = first.lower.indexOf('-')
  const long = opensLongName(first.lower) || (dash > 0 && opensLongName(first.lower.slice(0, dash)))
  for (let size = long ? Math.min(longest, words.length - index) : 1; size >= 1; size--) {
    const last = index + size - 1
    if (!sameRun(words, index, last)) continue
    const found = unitWords(words, index, last)
    if (found) return found
  }
  return undefined
}

/** Currency signs that may follow a figure. */
const symbolAfter = /^[€£¥₹₩₽₺₪₦₱₴₼฿₫]$/

/** Whether words are one run (one space between each, no punctuation). */
function sameRun(words: readonly Word[], first: number, last: number): boolean {
  for (let index = first + 1; index <= last; index++) {
    const word = words[index]!
    if (!word.spaced || !/^[\p{L}°]/u.test(word.text)) return false
  }
  return true
}

/** The unit that words name, if any. */
function unitWords(words: readonly Word[], first: number, last: number): UnitRead | undefined {
  let text = first === last ? words[first]!.text : words.slice(first, last + 1).map((word) => word.text).join(' ')
  let lower = first === last ? words[first]!.lower : text.toLowerCase()
  let end = words[last]!.end
  const dash = text.length > 2 ? text.charCodeAt(text.length - 1) : 0
  if (dash === 45 || dash === 0x20_13) text = text.slice(0, -1), lower = lower.slice(0, -1), end--
  if (lower.includes('-') || lower.startsWith('year')) {
    const found = hyphenUnit(lower, last, end)
    if (found) return found
  }
  if (percentWords.has(lower) && lower !== 'percentage') return {kind: 'percent', unit: 'percent', last, end}
  const extra = extraUnitWords.get(lower)
  if (extra) return {kind: extra === 'percentage point' ? 'percent' : 'measure', unit: extra, last, end}
  if (isCurrencyCode(text)) return {kind: 'money', unit: text, last, end}
  const code = currencyByName(lower)
  if (code) {
    if (lower === 'cent' || lower === 'cents') return {kind: 'money', unit: 'cent', last, end}
    if (lower === 'sen') return {kind: 'money', unit: 'sen', last, end}
    if (lower === 'pence' || lower === 'penny') return {kind: 'money', unit: 'penny', last, end}
    if ((lower === 'pound' || lower === 'pounds') && !scaledBefore(words, first)) return {kind: 'measure', unit: 'pound', last, end}
    if (lower === 'won' || lower === 'real') return undefined
    return {kind: 'money', unit: code, last, end}
  }
  const entry = unitOf(text) ?? (text.includes('-') ? unitOf(text.replaceAll('-', ' ')) : undefined)
  if (entry && !entry.attached) return {kind: 'measure', unit: entry.name, last, end}
  return undefined
}

/** Units written with hyphens: "year-old", "percent-owned", "barrel-a-day". */
function hyphenUnit(lower: string, last: number, end: number): UnitRead | undefined {
  if (/^years?[- ]olds?$/.test(lower)) return {kind: 'measure', unit: 'year of age', last, end}
  // "percent-owned", "per cent-owned": a percentage that describes.
  if (/^(?:percent|per cent|pc|pct)-\p{Ll}+$/u.test(lower)) return {kind: 'percent', unit: 'percent', last, end}
  // "barrel-a-day": a rate in one word.
  const rate = /^(\p{L}+)-(?:an?|per)-(\p{L}+)$/u.exec(lower)
  const rated = rate ? unitOf(rate[1] + ' per ' + rate[2]) : undefined
  return rated ? {kind: 'measure', unit: rated.name, last, end} : undefined
}

/** Whether a scale word stands just before ("2.7 million pounds" is money, "208 pounds" a weight). */
function scaledBefore(words: readonly Word[], index: number): boolean {
  const before = words[index - 1]?.lower ?? ''
  return before === 'million' || before === 'billion' || before === 'thousand' || before === 'trillion' ||
    /\d(?:m|bn|k)$/.test(before)
}

/**
 * A "per" compound after a unit: "per barrel", "a barrel", "/kg".
 *
 * @param words The sentence's words.
 * @param index The word after the unit.
 * @returns The second part and its last word, if there is one.
 */
export function readPer(words: readonly Word[], index: number): {unit: string; last: number; end: number} | undefined {
  const word = words[index]
  if (!word) return undefined
  const isPer = word.lower === 'per' || word.lower === 'a' || word.lower === 'an' || (word.text === '/' && !word.spaced)
  if (!isPer) return undefined
  const next = words[index + 1]
  if (!next || !/^[\p{L}]/u.test(next.text)) return undefined
  const unit = readSpaced(words, index + 1)
  if (unit && (unit.kind === 'measure' || unit.unit === 'percent')) return {unit: unit.unit, last: unit.last, end: unit.end}
  if (word.lower === 'a' || word.lower === 'an') {
    return perNouns.has(next.lower) ? {unit: singular(next.lower), last: index + 1, end: next.end} : undefined
  }
  if (!/^[\p{Ll}]+$/u.test(next.text) && !/^[A-Za-z]{2,6}$/.test(next.text)) return undefined
  return {unit: singular(next.lower), last: index + 1, end: next.end}
}

/** Nouns that "a" makes a rate of: "$76 a barrel", "$10 an hour". */
const perNouns = new Set([
  'barrel', 'ounce', 'gallon', 'litre', 'liter', 'tonne', 'ton', 'share', 'day', 'week', 'month', 'year', 'hour',
  'kilo', 'kilogram', 'pound', 'head', 'person', 'night', 'minute', 'second', 'mile', 'kilometre', 'kilometer',
  'dozen', 'unit', 'piece', 'bushel', 'kg', 'lb', 'game', 'season'
])

/**
 * A noun's singular: "countries" country, "workers" worker, "Azerbaijanis"
 * Azerbaijani, "people" people.
 *
 * @param word The noun.
 * @returns Its singular.
 */
export function singular(word: string): string {
  const lower = word.toLowerCase()
  const irregular = irregulars.get(lower)
  if (irregular) return keepCase(word, irregular)
  // "fishermen", "businessmen", "policemen" (not "specimen", "abdomen").
  if (/(?:[bcdfghjklnpqrstvwxz]|e)men$/.test(lower)) return word.slice(0, -2) + 'an'
  if (lower.length <= 3 || !lower.endsWith('s') || /(?:ss|us|sis|ics)$/.test(lower)) return word
  if (/ies$/.test(lower)) return word.slice(0, -3) + 'y'
  if (/(?:ches|shes|xes|sses|zes)$/.test(lower)) return word.slice(0, -2)
  return word.slice(0, -1)
}

/** Nouns in -us whose plural is -uses ("viruses"), unlike "houses" and "causes". */
export const nounsInUs: ReadonlySet<string> = new Set(
  'virus bonus census campus status bus surplus focus stimulus prospectus circus genius corpus consensus syllabus'.split(' ')
)

const irregulars = new Map([
  ...[...nounsInUs].map((noun): [string, string] => [noun + 'es', noun]),
  ['people', 'people'], ['men', 'man'], ['women', 'woman'], ['children', 'child'], ['feet', 'foot'],
  ['teeth', 'tooth'], ['mice', 'mouse'], ['geese', 'goose'], ['police', 'police'], ['staff', 'staff'],
  ['personnel', 'personnel'], ['cattle', 'cattle'], ['sheep', 'sheep'], ['fish', 'fish'], ['deer', 'deer'],
  ['series', 'series'], ['species', 'species'], ['news', 'news'], ['lives', 'life'], ['wives', 'wife'],
  ['knives', 'knife'], ['leaves', 'leaf'], ['halves', 'half'], ['shelves', 'shelf'], ['wolves', 'wolf']
])

function keepCase(word: string, form: string): string {
  return word.charAt(0) === word.charAt(0).toUpperCase() ? form.charAt(0).toUpperCase() + form.slice(1) : form
}
