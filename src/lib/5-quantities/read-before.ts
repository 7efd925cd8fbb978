import type {QuantityMod} from '../types.js'
import type {Word} from './sentence-words.js'
import {isCurrencyCode} from './unit-table.js'
import {changeBefore, changeLinks, currencySymbols, levelWords, modifierPhrases, signWords} from '../lexicon/quantities.js'

/**
 * What stands before a number: a currency symbol or code ("US$", "€",
 * "USD"), a sign ("-", "minus"), a modifier ("more than", "around") and a
 * word of change ("rose", "fell").
 */

/** A currency or sign before a number. */
export interface Prefix {
  /** The first word of the prefix (the number's own word when none). */
  first: number
  /** Where it starts in the input. */
  start: number
  currency?: string
  negative: boolean
  /** A plus sign stands before it. */
  positive?: boolean
}

/** Modifier phrases by their last word, longest first. */
const phrasesByLast = new Map<string, Array<{words: string[]; mod: QuantityMod}>>()
for (const [phrase, mod] of modifierPhrases) {
  const words = phrase.split(' ')
  const last = words.at(-1)!
  phrasesByLast.set(last, [...(phrasesByLast.get(last) ?? []), {words, mod}].sort((a, b) => b.words.length - a.words.length))
}

/** What opens a number's own word before its first digit. */
export interface InWord {
  length: number
  currency?: string
  negative?: boolean
  mod?: QuantityMod
}

/**
 * A currency symbol or code written inside the number's word ("PS8.1bn",
 * "RM2.05", "USD10m", "$US55"), or a sign or bound ("minus-5", "sub-7").
 *
 * @param text The word.
 * @returns What opens it, if something does before a digit.
 */
export function currencyInWord(text: string, afterDollar = false): InWord | undefined {
  const head = text.length > 8 ? text.slice(0, 8) : text
  const match = /^([A-Z]{1,3}\$?|[A-Z]=|\$[A-Z]{1,2}|[A-Z][a-z]\.?|[€£¥₹₩₽₺₪₦₱₴₼฿₫]|minus-|sub-)(?=\d)/i.exec(head)
  if (!match) return undefined
  const symbol = match[1]!
  // "$US55", "$A82": the country's letters after a dollar sign.
  if (afterDollar && currencySymbols.has(symbol + '$')) return {length: symbol.length, currency: currencySymbols.get(symbol + '$')!}
  const lower = symbol.toLowerCase()
  if (lower === 'minus-') return {length: symbol.length, negative: true}
  if (lower === 'sub-') return {length: symbol.length, mod: 'less-than'}
  const currency = currencySymbols.get(symbol) ?? (isCurrencyCode(symbol) ? symbol : undefined)
  return currency ? {length: symbol.length, currency} : undefined
}

/**
 * Read the currency and sign before the number's word.
 *
 * @param words The sentence's words.
 * @param index The number's word.
 * @returns The prefix.
 */
export function readPrefix(words: readonly Word[], index: number): Prefix {
  const prefix: Prefix = {first: index, start: words[index]!.start, negative: false}
  let at = index
  // "$-50.8bn": a minus between the currency sign and its figure.
  if (isMinus(words[at - 1]) && !words[at]!.spaced && !words[at - 1]!.spaced && currencySymbols.has(words[at - 2]?.text ?? '')) {
    prefix.negative = true
    at--
  }

  // Symbols written against the number, perhaps of several tokens: "US" "$", "A" "$", "€".
  let symbol = ''
  let symbolFirst = at
  for (let back = at - 1; back >= 0 && back >= at - 3; back--) {
    const word = words[back]!
    const following = words[back + 1]!
    if (following.spaced && !(back === at - 1 && isSpacedSymbol(word.text))) break
    symbol = word.text + symbol
    if (currencySymbols.has(symbol)) symbolFirst = back
  }
  if (symbolFirst < at) {
    const text = words.slice(symbolFirst, at).map((word) => word.text).join('')
    prefix.currency = currencySymbols.get(text)
    at = symbolFirst
    // "US $58.24", "HK $5.4m": the country before a spaced dollar sign.
    const before = words[at - 1]
    const country = before && text === '$' && words[at]!.spaced ? dollarOf(before.text) : undefined
    if (country) {
      prefix.currency = country
      at--
    }
  } else if (at > 0 && words[at]!.spaced && isCurrencyCode(words[at - 1]!.text)) {
    prefix.currency = words[at - 1]!.text
    at--
  }

  const sign = words[at - 1]
  if (prefix.negative) {
    // Already read between the currency and the figure.
  } else if (sign && isMinus(sign) && !words[at]!.spaced && (at - 1 === 0 || sign.spaced)) {
    prefix.negative = true
    at--
  } else if (sign && signWords.has(sign.lower)) {
    prefix.negative = true
    at--
  } else if (sign?.text === '+' && !words[at]!.spaced && (at - 1 === 0 || sign.spaced)) {
    // "Dow +0.2%": a rise.
    prefix.positive = true
    at--
  }

  prefix.first = at
  prefix.start = words[at]!.start
  return prefix
}

/** A minus sign: hyphen or the minus character. */
function isMinus(word: Word | undefined): boolean {
  return word?.text === '-' || word?.text === '−'
}

/** The currency of a country's letters before a dollar sign: "US", "U.S.", "HK", "NZ" (not one letter: "A $5 fee"). */
function dollarOf(text: string): string | undefined {
  if (text === 'U.S.') return 'USD'
  return text.length >= 2 && /^[A-Z]+$/.test(text) ? currencySymbols.get(text + '$') : undefined
}

/** Symbols that may stand a space before their number: "$ 5", "€ 3". */
function isSpacedSymbol(text: string): boolean {
  return text === '$' || text === '€' || text === '£' || text === '¥'
}

/**
 * The modifier before a word, if any.
 *
 * @param words The sentence's words.
 * @param index The word after the modifier.
 * @returns The modifier and its first word.
 */
export function readModifier(words: readonly Word[], index: number): {mod: QuantityMod; first: number} | undefined {
  const phrases = index > 0 ? phrasesByLast.get(words[index - 1]!.lower) : undefined
  if (!phrases) return undefined
  for (const phrase of phrases) {
    const first = index - phrase.words.length
    if (first < 0) continue
    let same = true
    for (let offset = 0; offset < phrase.words.length && same; offset++) {
      same = words[first + offset]!.lower === phrase.words[offset]
    }
    if (same) return {mod: phrase.mod, first}
  }
  return undefined
}

/**
 * The change a verb before the number reports: "rose 19 cents", "fell by
 * 2.5%", "up nearly 57%", "fell a further 2%", "grow sales by 35 per cent".
 * A number after "to", "at" or "from" is a level; "gave up 517 yards" and
 * "raised $280 million" are no moves ("raised" is one only with "by").
 *
 * @param words The sentence's words.
 * @param index The first word of the quantity (its modifier, if any).
 * @returns The change, if any.
 */
export function readChangeBefore(words: readonly Word[], index: number): 'up' | 'down' | undefined {
  let at = index - 1
  const first = words[at]
  if (!first || levelWords.has(first.lower)) return undefined
  let by = false
  for (let links = 0; links < 3 && at >= 0 && isLink(words, at); links++) by ||= words[at--]!.lower === 'by'
  const word = words[at]
  const change = word ? changeBefore.get(word.lower) : undefined
  if (change) {
    if (word!.lower === 'up' && giveWords.has(words[at - 1]?.lower ?? '')) return undefined
    return by || !byOnly.has(word!.lower) ? change : undefined
  }
  return by ? verbBeforeBy(words, at) : undefined
}

/** Whether a word links a verb of change to its number: "by", "nearly", "a further". */
function isLink(words: readonly Word[], at: number): boolean {
  const lower = words[at]!.lower
  if (lower === 'a' || lower === 'an') return words[at + 1]?.lower === 'further' || words[at + 1]?.lower === 'record'
  return changeLinks.has(lower)
}

/** "grow sales by 35 per cent": a verb of change a few words before "by". */
function verbBeforeBy(words: readonly Word[], at: number): 'up' | 'down' | undefined {
  for (let back = at; back >= 0 && back > at - 3; back--) {
    const word = words[back]!
    if (!/^\p{L}/u.test(word.text)) return undefined
    const change = changeBefore.get(word.lower)
    if (change) return change
  }
  return undefined
}

/** "gave up 517 yards": "up" after these is no rise. */
const giveWords = new Set(['give', 'gives', 'gave', 'given', 'giving', 'picked', 'racked', 'made', 'set', 'signed', 'put', 'puts'])

/** Verbs that report a change only with "by": "raised $280 million" is money raised. */
const byOnly = new Set(['raised', 'raising', 'raise', 'raises'])
