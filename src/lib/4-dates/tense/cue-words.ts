/**
 * What one word marks: the future (“will”, “planned to”, “'ll”), the past
 * (“said”, verbs in -ed), or nothing, read from the word and its neighbours.
 */

import {beforeTo, futureWords, modifierWords, notPastWords, pastWords} from '../locale-en.js'
import type {Direction} from '../types.js'

/**
 * Keys (length × 128 + first letter) of the words `cueOf` may read as a cue
 * other than by their ending (-ed, 'll): a word with no such key and no
 * such ending is no cue. Built on first use.
 */
let cueKeys: Set<number> | undefined

/**
 * The key of a word for `cueKeys`.
 *
 * @param length The word's length.
 * @param first Its first character code.
 * @returns The key.
 */
function cueKey(length: number, first: number): number {
  return length * 128 + (first >= 65 && first <= 90 ? first + 32 : first)
}

/**
 * Build the keys of the cue words.
 *
 * @returns The keys.
 */
function buildCueKeys(): Set<number> {
  const keys = new Set<number>()
  for (const words of [futureWords, pastWords, beforeTo, ['early', 'is', 'are', 'may', "won't"]]) {
    for (const word of words) keys.add(cueKey(word.length, word.charCodeAt(0)))
  }
  return keys
}

/**
 * Whether a word may be a cue (see `cueOf`), read from its characters
 * without building it: a word that may not is no cue whatever its neighbours.
 *
 * @param input The input.
 * @param start Where the word starts.
 * @param end Where it ends.
 * @returns False when the word is surely no cue.
 */
export function mayBeCue(input: string, start: number, end: number): boolean {
  const keys = cueKeys ?? (cueKeys = buildCueKeys())
  if (keys.has(cueKey(end - start, input.charCodeAt(start)))) return true
  const last = input.charCodeAt(end - 1) | 32
  const before = input.charCodeAt(end - 2) | 32
  // Forms in -ed.
  if (last === 100 && before === 101) return true
  // Forms in 'll.
  const mark = input.charCodeAt(end - 3)
  return last === 108 && before === 108 && (mark === 39 || mark === 0x2019)
}

/**
 * The direction one word marks.
 *
 * @param word The word, lower case.
 * @param raw The word as written.
 * @param previous The word before, lower case.
 * @param next The word after, lower case.
 * @returns `future`, `past`, or none.
 */
export function cueOf(word: string, raw: string, previous: string | undefined, next: string | undefined): Direction | undefined {
  if (word.endsWith("'ll") || word === "won't") return 'future'
  if (word === 'may' && raw !== 'may') return undefined
  if (next === 'to' && beforeTo.has(word)) return 'future'
  if (word.endsWith('ed') && (previous === 'be' || previous === 'being' || previous === 'to')) return undefined
  if ((previous === 'be' || previous === 'being') && pastWords.has(word)) return undefined
  if (word === 'early' && previous === 'as') return 'future'
  if (word === 'is' || word === 'are') return next === 'to' ? 'future' : undefined
  if (futureWords.has(word)) return 'future'
  if (pastWords.has(word)) return 'past'
  if (word.length > 4 && word.endsWith('ed') && !notPastWords.has(word) && raw[0] === word[0] && !(previous && modifierWords.has(previous))) return 'past'
  return undefined
}
