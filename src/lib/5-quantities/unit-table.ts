import {currencyNames} from '../../data/currencies.js'
import {units} from '../../data/units.js'
import {currencyNamesByWord, dollarCountries, extraUnitWords, percentWords} from '../lexicon/quantities.js'

/**
 * The generated unit and currency tables, decoded on first use: a unit by
 * its surface form, a currency by its ISO 4217 code or name.
 */

/** A unit found by its surface form. */
export interface UnitEntry {
  /** The unit's singular name: `'kilometre'`, `'mile per hour'`. */
  name: string
  /** Only when written against the number ("5m", "10g"). */
  attached: boolean
}

/** Units by surface: case-sensitive symbols as written, names in lower case. */
let symbols: Map<string, UnitEntry> | undefined
let names: Map<string, UnitEntry> | undefined
/** Currencies by lower-case name (ISO names and the hand-kept ones). */
let currencies: Map<string, string> | undefined
/** The lower-case first words of the names of more than one word. */
let firstWords: Set<string> | undefined

function load(): void {
  symbols = new Map()
  names = new Map()
  for (const line of units.split('\n')) {
    const [surface = '', name = '', flags = ''] = line.split('\t')
    const entry = {name, attached: flags.includes('a')}
    if (flags.includes('c')) symbols.set(surface, entry)
    else names.set(surface, entry)
  }
  currencies = new Map(currencyNamesByWord)
  for (const [code, name] of Object.entries(currencyNames)) {
    const lower = name.toLowerCase()
    if (!currencies.has(lower)) currencies.set(lower, code)
    if (!lower.endsWith('s')) currencies.set(lower + 's', code)
  }
  for (const [place, code] of dollarCountries) {
    const own = code === 'USD' || code === 'AUD' || code === 'CAD' || code === 'NZD' || code === 'HKD' ||
      code === 'SGD' || code === 'TWD' || code === 'JMD' || code === 'FJD' || code === 'NAD' || code === 'ZWL'
    if (own) currencies.set(place + ' dollar', code), currencies.set(place + ' dollars', code)
  }
  firstWords = new Set(['year', 'years'])
  for (const name of [...symbols.keys(), ...names.keys(), ...currencies.keys(), ...extraUnitWords.keys(), ...percentWords]) {
    const space = name.indexOf(' ')
    if (space !== -1) firstWords.add(name.slice(0, space).toLowerCase())
  }
}

/**
 * Whether a word may open a unit or currency name of more than one word
 * ("square", "Hong", "per", "basis").
 *
 * @param lower The word, lower case.
 * @returns Whether it may.
 */
export function opensLongName(lower: string): boolean {
  if (!firstWords) load()
  return firstWords!.has(lower)
}

/**
 * The unit a surface form names.
 *
 * @param surface The text as written.
 * @returns Its entry, if it names one.
 */
export function unitOf(surface: string): UnitEntry | undefined {
  if (!symbols) load()
  return symbols!.get(surface) ?? names!.get(surface.toLowerCase())
}

/**
 * The ISO 4217 code of a currency named in words ("yen", "Australian dollars").
 *
 * @param lower The words, lower case.
 * @returns The code, if they name one.
 */
export function currencyByName(lower: string): string | undefined {
  if (!currencies) load()
  return currencies!.get(lower)
}

/**
 * Whether a text is an ISO 4217 code ("USD", "EUR").
 *
 * @param text The text as written.
 * @returns Whether it is.
 */
export function isCurrencyCode(text: string): boolean {
  return text.length === 3 && /^[A-Z]{3}$/.test(text) && Object.hasOwn(currencyNames, text)
}
