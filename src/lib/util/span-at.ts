/**
 * The index of the span holding an offset, in a list of spans sorted by
 * offset that do not overlap (binary search).
 *
 * @param spans The spans.
 * @param offset The offset.
 * @returns The index of the span with `start <= offset < end`, or -1 when none holds it.
 */
export function spanIndexAt(spans: ReadonlyArray<{readonly start: number; readonly end: number}>, offset: number): number {
  let low = 0
  let high = spans.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const span = spans[middle]!
    if (offset < span.start) high = middle - 1
    else if (offset >= span.end) low = middle + 1
    else return middle
  }
  return -1
}
