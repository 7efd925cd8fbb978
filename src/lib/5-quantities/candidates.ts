import type {TokenTable} from '../2-text/index.js'
import {countNouns, fractionWords, numberWords, scaleWords, vagueWords} from '../lexicon/quantities.js'

/**
 * Where numbers may be: the tokens of a sentence that may start one (a digit,
 * a number word, "a" before a scale or a fraction), and the stretches of
 * tokens around them that a reading looks at. Sentences without any are not
 * read at all, and a long sentence is read only around its numbers.
 */

/** Tokens a reading looks back from a number: sign, currency, modifier, verb of change, an identifier noun. */
const before = 14
/** Tokens a reading looks on after a number: scale, range, unit, "per", counted noun, a change noun. */
const after = 20

/** Words a number may start with, besides "a" and "an". */
const startWords: ReadonlySet<string> = new Set([
  ...numberWords.keys(), ...vagueWords.keys(), 'half', 'tens', 'hundreds'
])

/** Lower-case words by their first letter and length, to match a token without copying it. */
type WordsByKey = ReadonlyMap<number, readonly string[]>

const startsByKey = byKey(startWords)
const fractionsByKey = byKey(fractionWords.keys())
const afterA = byKey([...scaleWords.keys(), ...countNouns.keys(), ...fractionWords.keys()])

function byKey(words: Iterable<string>): WordsByKey {
  const map = new Map<number, string[]>()
  for (const word of words) {
    const key = keyOf(word.charCodeAt(0), word.length)
    map.set(key, [...(map.get(key) ?? []), word])
  }
  return map
}

/**
 * Whether a lower-case word makes a number of "a" before it: "a million",
 * "a dozen", "a third".
 *
 * @param lower The word after "a", lower case.
 * @returns Whether it does.
 */
export function isScaleAfterA(lower: string): boolean {
  return scaleWords.has(lower) || countNouns.has(lower) || fractionWords.has(lower)
}

function keyOf(code: number, length: number): number {
  return (code | 32) * 64 + length
}

/** Whether the input from start to end is one of the words, in any case (the words are ASCII). */
function isAny(input: string, start: number, end: number, words: WordsByKey): boolean {
  const list = end - start < 64 ? words.get(keyOf(input.charCodeAt(start), end - start)) : undefined
  if (!list) return false
  for (const word of list) {
    let at = 1
    while (at < word.length && (input.charCodeAt(start + at) | 32) === word.charCodeAt(at)) at++
    if (at === word.length) return true
  }
  return false
}

/**
 * Whether a lower-case word may start a number: a number word, a vague
 * amount, "half", or a hyphenated word that starts with one ("two-thirds",
 * "twenty-five").
 *
 * @param lower The word, lower case.
 * @returns Whether it may.
 */
export function isStartWord(lower: string): boolean {
  if (startWords.has(lower)) return true
  const dash = lower.indexOf('-')
  return dash > 0 && (startWords.has(lower.slice(0, dash)) || lower.slice(0, dash) === 'a')
}

/**
 * The stretches of a sentence's tokens to read: each from `before` tokens
 * before its first candidate to `after` tokens after its last, stretches
 * that would touch merged into one.
 *
 * @param input The caller's input.
 * @param table The token layer.
 * @param first The sentence's first token.
 * @param end One past its last token.
 * @returns Pairs of first token and one past the last, flat; empty when nothing may be a number.
 */
export function candidateStretches(input: string, table: TokenTable, first: number, end: number): number[] {
  const stretches: number[] = []
  for (let index = first; index < end; index++) {
    if (!isCandidate(input, table, index, end)) continue
    const from = Math.max(first, index - before)
    const to = Math.min(end, index + after + 1)
    const last = stretches.length - 1
    if (last > 0 && stretches[last]! >= from) stretches[last] = to
    else stretches.push(from, to)
  }
  return stretches
}

/** Whether a token may start a number. */
function isCandidate(input: string, table: TokenTable, index: number, end: number): boolean {
  const start = table.starts[index]!
  const stop = table.ends[index]!
  // A digit in the first few characters: "20,000", ".5", "$5", "PS8.1bn", "US$55".
  for (let at = start; at < stop && at < start + 7; at++) {
    const code = input.charCodeAt(at)
    if (code >= 48 && code <= 57) return true
  }
  let wordEnd = start
  while (wordEnd < stop && input.charCodeAt(wordEnd) !== 45) wordEnd++
  if (wordEnd - start === 1 || (wordEnd - start === 2 && (input.charCodeAt(start + 1) | 32) === 110)) {
    // "a million", "a dozen", "a third", "a-third".
    if ((input.charCodeAt(start) | 32) !== 97) return false
    if (wordEnd < stop) return isAny(input, wordEnd + 1, stop, fractionsByKey)
    return index + 1 < end && isAny(input, table.starts[index + 1]!, table.ends[index + 1]!, afterA)
  }
  return isAny(input, start, wordEnd, startsByKey)
}
