/**
 * The trigger words of the dates parsers as one trie over their characters,
 * read in the same scan that finds where matches may start.
 */

import type {Parser} from '../types.js'

/**
 * The trigger words of all parsers as a trie over their characters (letters
 * folded to lower case): each node's children, one row of `width` entries per
 * node (0: none), and the indices of the parsers a word ending at a node
 * triggers.
 */
export interface TriggerTrie {
  /** Column of each character code below 128 in a row (-1: in no trigger word). */
  columns: Int8Array
  /** Entries per row. */
  width: number
  /** Rows of child nodes. */
  children: Int32Array
  /** Parsers triggered by the word ending at each node. */
  hits: Array<number[] | undefined>
  /** Indices of the parsers triggered by any number. */
  digits: number[]
  /**
   * 1 for each hash (see `tripleHash`) of the first three characters of a
   * trigger word; undefined when a trigger word is shorter than three.
   */
  triples: Uint8Array | undefined
}

/**
 * Build the trie of the parsers' trigger words.
 *
 * @param parsers The parsers, in order of precedence.
 * @returns The trie.
 */
export function buildTrie(parsers: readonly Parser[]): TriggerTrie {
  const table = new Map<string, number[]>()
  parsers.forEach(function (parser, index) {
    for (const word of parser.triggers) {
      const list = table.get(word) ?? []
      if (!list.includes(index)) list.push(index)
      table.set(word, list)
    }
  })
  const columns = new Int8Array(128).fill(-1)
  let width = 0
  for (const word of table.keys()) {
    for (let index = 0; index < word.length; index++) {
      const code = fold(word.charCodeAt(index))
      if (columns[code] === -1) columns[code] = width++
    }
  }
  const rows: number[][] = [new Array<number>(width).fill(0)]
  const hits: Array<number[] | undefined> = [undefined]
  for (const [word, list] of table) {
    let node = 0
    for (let index = 0; index < word.length; index++) {
      const column = columns[fold(word.charCodeAt(index))]!
      let child = rows[node]![column]!
      if (child === 0) {
        child = rows.length
        rows.push(new Array<number>(width).fill(0))
        hits.push(undefined)
        rows[node]![column] = child
      }
      node = child
    }
    hits[node] = list
  }
  let triples: Uint8Array | undefined = new Uint8Array(0x10000)
  for (const word of table.keys()) {
    if (word.length < 3) triples = undefined
    else if (triples) triples[tripleHash(word.charCodeAt(0), word.charCodeAt(1), word.charCodeAt(2))] = 1
  }
  return {
    columns,
    width,
    children: Int32Array.from(rows.flat()),
    hits,
    digits: parsers.flatMap((parser, index) => (parser.digits ? [index] : [])),
    triples
  }
}

/**
 * A hash of three characters, letters folded to lower case.
 *
 * @param first The first character code.
 * @param second The second.
 * @param third The third.
 * @returns A number below 65,536.
 */
export function tripleHash(first: number, second: number, third: number): number {
  return ((fold(first) * 131 + fold(second)) * 131 + fold(third)) & 0xffff
}

/**
 * A character code with ASCII capitals folded to lower case (as the `i` flag
 * of a pattern without `u` folds them).
 *
 * @param code The character code.
 * @returns The folded code.
 */
export function fold(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code
}
