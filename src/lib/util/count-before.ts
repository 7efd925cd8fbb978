/**
 * How many items of a list sorted by start offset start before an offset —
 * the index of the first item that starts at or after it (binary search).
 *
 * @param items The items, in order of `startOf`.
 * @param offset The offset.
 * @param startOf Where an item starts.
 * @returns The count, 0 to `items.length`.
 */
export function countStartingBefore<T>(items: readonly T[], offset: number, startOf: (item: T) => number): number {
  let low = 0
  let high = items.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (startOf(items[middle]!) < offset) low = middle + 1
    else high = middle
  }
  return low
}
