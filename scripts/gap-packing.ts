/**
 * Write sorted distinct non-negative numbers as gaps in the packing alphabet,
 * for the learners that ship hashed feature keys (the quote span model, the
 * speaker ranker); `readGaps` in `src/lib/6-quotes/span-packing.ts` reads them.
 */
import {alphabet} from '../src/lib/6-quotes/span-packing.js'

/**
 * Write sorted distinct non-negative numbers as gaps (the inverse of
 * `readGaps` in `span-packing.ts`).
 *
 * @param values The numbers, ascending.
 * @returns The packed gaps.
 */
export function writeGaps(values: ArrayLike<number>): string {
  let text = ''
  let previous = -1
  for (let index = 0; index < values.length; index++) {
    let gap = values[index]! - previous - 1
    previous = values[index]!
    while (gap >= 45) {
      text += alphabet.charAt(45 + (gap % 45))
      gap = Math.floor(gap / 45)
    }
    text += alphabet.charAt(gap)
  }
  return text
}
