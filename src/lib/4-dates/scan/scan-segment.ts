/**
 * One scan of a segment for every dates parser: where each parser's triggers
 * occur and where a match may start.
 */

import {pairIndex} from './prefilter/index.js'
import type {Scanner} from './scanner.js'
import {fold, tripleHash} from './trigger-trie.js'

/** Kinds of characters in `kinds`: ASCII letters, digits and `_` (what `\w` matches), apostrophes, the rest. */
const otherKind = 0
const digitKind = 1
const letterKind = 2
const underscoreKind = 3
const apostropheKind = 4

/** The kind of each UTF-16 code unit; built on first use. */
let kinds: Uint8Array | undefined

/**
 * Build the table of kinds of characters.
 *
 * @returns The table.
 */
function buildKinds(): Uint8Array {
  const table = new Uint8Array(0x10000)
  table.fill(digitKind, 48, 58)
  table.fill(letterKind, 65, 91)
  table.fill(letterKind, 97, 123)
  table[95] = underscoreKind
  table[39] = apostropheKind
  table[0x2019] = apostropheKind
  return table
}

/** Size of the buffers of starts kept between calls. */
const bufferSize = 4096

/** Buffers for the starts of a segment and their openers, reused from one segment to the next. */
let startBuffer: Int32Array = new Int32Array(0)
let openerBuffer: Int32Array = new Int32Array(0)

/**
 * A buffer twice as large (at least `bufferSize`), with the same contents.
 *
 * @param buffer The buffer.
 * @returns The larger one.
 */
function grow(buffer: Int32Array): Int32Array {
  const larger = new Int32Array(Math.max(bufferSize, buffer.length * 2))
  larger.set(buffer)
  return larger
}

/** What one scan of a segment finds for the parsers. */
export interface SegmentScan {
  /**
   * Where a match may start: the start of each word or number, and each
   * apostrophe (“'80s”), that some parser's match may open with; in order
   * (the first `count`).
   */
  starts: Int32Array
  /** For each start, the parsers (a bit each) whose matches may open with its two characters. */
  openers: Int32Array
  /** How many starts there are. */
  count: number
  /** For each parser (by index), the offsets of its triggers, in order (none: undefined). */
  triggers: Array<number[] | undefined>
}

/**
 * Scan a segment once for every parser: where its triggers occur (a trigger
 * word, any case, starting a word and not followed by a letter; or a run of
 * digits) and where matches may start.
 *
 * @param scanner The parsers' trie and openers.
 * @param text The segment's text.
 * @returns The starts and triggers.
 */
export function scanSegment(scanner: Scanner, text: string): SegmentScan {
  const {columns, width, children, hits, digits, triples} = scanner.trie
  const opening = scanner.openers
  const kind = kinds ?? (kinds = buildKinds())
  let starts = startBuffer
  let openable = openerBuffer
  let count = 0
  const triggers: Array<number[] | undefined> = []
  const length = text.length
  // Text before `consumed` belongs to a trigger word already found.
  let consumed = 0
  let previous = otherKind
  for (let position = 0; position < length; position++) {
    const current = kind[text.charCodeAt(position)]!
    // Work is done where the kind of character changes, and at apostrophes.
    if (current === previous && current !== apostropheKind) continue
    if (current === apostropheKind || ((current === letterKind || current === digitKind) && (previous === otherKind || previous === apostropheKind))) {
      // A start no parser's match may open with is never tried: it is left out.
      const mask = opening[pairIndex(text, position)]!
      if (mask !== 0) {
        if (count === starts.length) {
          starts = grow(starts)
          openable = grow(openable)
          startBuffer = starts
          openerBuffer = openable
        }
        starts[count] = position
        openable[count++] = mask
      }
      if (
        current === letterKind &&
        position >= consumed &&
        (!triples ||
          (position + 2 < length && triples[tripleHash(text.charCodeAt(position), text.charCodeAt(position + 1), text.charCodeAt(position + 2))] === 1))
      ) {
        // The longest trigger word from here that no letter follows.
        let node = 0
        let found = 0
        let cursor = position
        while (cursor < length) {
          const next = text.charCodeAt(cursor)
          const column = next < 128 ? columns[fold(next)]! : -1
          if (column === -1) break
          node = children[node * width + column]!
          if (node === 0) break
          cursor++
          if (hits[node] && !(cursor < length && kind[text.charCodeAt(cursor)] === letterKind)) {
            found = node
            consumed = cursor
          }
        }
        if (found !== 0) record(triggers, hits[found]!, position)
      }
    }
    if (current === digitKind && position >= consumed) record(triggers, digits, position)
    previous = current
  }
  return {starts, openers: openable, count, triggers}
}

/**
 * Note a trigger for some parsers.
 *
 * @param triggers The offsets of each parser's triggers.
 * @param indices The parsers it triggers.
 * @param position Its offset.
 */
function record(triggers: Array<number[] | undefined>, indices: readonly number[], position: number): void {
  for (const index of indices) {
    const list = triggers[index]
    if (list) list.push(position)
    else triggers[index] = [position]
  }
}


/**
 * Let the buffers go when a very long segment grew them.
 */
export function releaseBuffers(): void {
  if (startBuffer.length > bufferSize) {
    startBuffer = new Int32Array(bufferSize)
    openerBuffer = new Int32Array(bufferSize)
  }
}
