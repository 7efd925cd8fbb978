import type {Nodes, Root} from 'nlcst'

/**
 * Shifting the positions of a tree parsed from a chunk of the input so that
 * they index the whole input.
 */

/** A unist point: line, column and offset. */
export type Point = NonNullable<Root['position']>['start']

/**
 * Shift the positions of a freshly parsed tree, in place, so that they index
 * the whole input. parse-latin shares point objects between nodes (a
 * parent's start is often its first child's), so each distinct point must be
 * shifted exactly once, and the walk must tell shifted points from the
 * others. When the chunk starts further into the input than it is long, the
 * offset tells: a point not yet shifted lies within the chunk's length, below
 * the chunk's start, and a shifted one does not. Otherwise each shifted point
 * is marked by keeping its new offset negated (`-1 - offset`), and the marks
 * are cleared after the walk.
 *
 * @param tree The tree of the chunk alone.
 * @param base Where the chunk starts in the whole input.
 * @param length The length of the chunk: no offset in `tree` exceeds it.
 */
export function shiftPositions(tree: Root, base: Point, length: number): void {
  const offset = base.offset ?? 0
  // At the very start of the input every point stays as it is.
  if (offset === 0) return
  if (offset > length) {
    shiftAbove(tree, base)
  } else {
    const points: Point[] = []
    shiftMarked(tree, base, points)
    for (const point of points) point.offset = -1 - (point.offset ?? 0)
  }
}

/**
 * Shift every point whose offset is below the base offset, which is greater
 * than every offset of the tree before it is shifted.
 *
 * @param tree The tree of the chunk alone.
 * @param base Where the chunk starts in the whole input.
 */
export function shiftAbove(tree: Root, base: Point): void {
  shiftPoints(tree, base, undefined)
}

/**
 * Shift every point whose offset is not negative, store its new offset
 * negated (`-1 - offset`) as a mark, and collect it so the caller can clear
 * the marks.
 *
 * @param tree The tree of the chunk alone.
 * @param base Where the chunk starts in the whole input.
 * @param points The points shifted so far; grown in place.
 */
export function shiftMarked(tree: Root, base: Point, points: Point[]): void {
  shiftPoints(tree, base, points)
}

/**
 * Shift the points of a tree not shifted yet: by their offset (below the
 * base's) without `marks`, by their mark (not negative) with them.
 *
 * @param tree The tree of the chunk alone.
 * @param base Where the chunk starts in the whole input.
 * @param marks The points marked so far, grown in place; undefined to shift by offset.
 */
function shiftPoints(tree: Root, base: Point, marks: Point[] | undefined): void {
  const offset = base.offset ?? 0
  const lines = base.line - 1
  const columns = base.column - 1
  const stack: Nodes[] = [tree]
  let node: Nodes | undefined

  while ((node = stack.pop())) {
    const position = node.position
    if (position) {
      shiftPoint(position.start, offset, lines, columns, marks)
      shiftPoint(position.end, offset, lines, columns, marks)
    }

    // Push one by one: a spread of a very long list overflows the call stack.
    if ('children' in node) for (const child of node.children) stack.push(child)
  }
}

/**
 * Shift one point unless it is shifted already (see `shiftPoints`).
 *
 * Its fields are read into locals, then all written: in V8 this measured
 * about four times cheaper than updating the fields with `+=` under a
 * condition.
 *
 * @param point The point.
 * @param offset The base offset.
 * @param lines Lines before the base.
 * @param columns Columns before the base on its line.
 * @param marks The points marked so far, or undefined.
 */
function shiftPoint(point: Point, offset: number, lines: number, columns: number, marks: Point[] | undefined): void {
  const from = point.offset ?? 0
  if (marks ? from < 0 : from >= offset) return
  const line = point.line
  point.offset = marks ? -1 - from - offset : from + offset
  point.column = line === 1 ? point.column + columns : point.column
  point.line = line + lines
  if (marks) marks.push(point)
}
