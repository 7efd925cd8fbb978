/**
 * One dates parser run over a segment, tried only where the scan says a match
 * may start near its triggers.
 */

import {append} from '../../util/append.js'
import type {Candidate, ParseContext} from '../types.js'
import type {SegmentScan} from './scan-segment.js'
import type {Scanner} from './scanner.js'

/**
 * The first index in a sorted list at or after `from` whose value is at
 * least `value`.
 *
 * @param list Numbers in ascending order (the first `length`).
 * @param length How many numbers the list holds.
 * @param value The value.
 * @param from Where to start looking.
 * @returns The index (`length` when every value is smaller).
 */
function lowerBound(list: Int32Array, length: number, value: number, from: number): number {
  let low = from
  let high = length
  while (low < high) {
    const middle = (low + high) >> 1
    if (list[middle]! < value) low = middle + 1
    else high = middle
  }
  return low
}

/**
 * Run one parser over a segment: its full pattern is tried (sticky), left to
 * right as a global scan would, only where a match may start — at the start
 * of a word from `reach` characters before each trigger to a few characters
 * past it (for the second year of “1994-95”), when the two characters there
 * may open a match — so that the work stays proportional to the triggers.
 *
 * @param scanner The parsers and their sticky patterns.
 * @param parserIndex The parser's index.
 * @param triggers Offsets of its triggers in the segment, in order.
 * @param text The segment's text.
 * @param scan Where matches may start in the segment.
 * @param context The segment's parse context.
 * @param found Where to add the candidates.
 */
export function runParser(
  scanner: Scanner,
  parserIndex: number,
  triggers: readonly number[],
  text: string,
  scan: SegmentScan,
  context: ParseContext,
  found: Candidate[]
): void {
  const parser = scanner.parsers[parserIndex]!
  const {starts, count} = scan
  const sticky = scanner.sticky[parserIndex]!
  const bit = 1 << Math.min(parserIndex, 31)
  let position = 0
  let index = 0
  for (const trigger of triggers) {
    position = Math.max(position, trigger - parser.reach)
    const last = Math.min(trigger + 3, text.length - 1)
    index = lowerBound(starts, count, position, index)
    while (index < count && starts[index]! <= last) {
      const at = starts[index]!
      if ((scan.openers[index]! & bit) === 0) {
        index++
        continue
      }
      sticky.lastIndex = at
      const match = sticky.exec(text)
      if (!match || match[0].length === 0) {
        index++
        continue
      }
      const result = parser.extract(match, context)
      if (Array.isArray(result)) append(found, result)
      else if (result) found.push(result)
      position = at + match[0].length
      index = lowerBound(starts, count, position, index + 1)
    }
    position = Math.max(position, last + 1)
  }
}
