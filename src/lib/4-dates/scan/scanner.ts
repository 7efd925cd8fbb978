/**
 * What the scan of a segment needs from the dates parsers, built once from
 * their list: the sticky form of each pattern, the pairs of characters each
 * pattern's matches may open with, and the trie of trigger words.
 */

import type {Parser} from '../types.js'
import {markOpenings, pairCount} from './prefilter/index.js'
import {buildTrie, type TriggerTrie} from './trigger-trie.js'

/** The parsers with their sticky patterns, openers and trigger trie. */
export interface Scanner {
  /** The parsers, in order of precedence. */
  parsers: readonly Parser[]
  /** The sticky form of each parser's pattern (by index), tried near its triggers. */
  sticky: RegExp[]
  /**
   * For each pair of characters (see `pairIndex`), the parsers (a bit each, by
   * index) whose matches may open with it.
   */
  openers: Int32Array
  /** The parsers' trigger words. */
  trie: TriggerTrie
}

/**
 * Build the scanner of a list of parsers.
 *
 * @param parsers The parsers, in order of precedence.
 * @returns The scanner.
 */
export function createScanner(parsers: readonly Parser[]): Scanner {
  const openers = new Int32Array(pairCount)
  const sticky = parsers.map(function (parser, index) {
    const pattern = parser.pattern()
    // A bit for each of the first 31 parsers; any later one shares the last
    // bit, set everywhere (it is tried at every start).
    if (index < 31) markOpenings(pattern, openers, 1 << index)
    else openers.forEach((mask, pair) => (openers[pair] = mask | (1 << 31)))
    return new RegExp(pattern.source, pattern.flags.replace('g', '') + 'y')
  })
  return {parsers, sticky, openers, trie: buildTrie(parsers)}
}
