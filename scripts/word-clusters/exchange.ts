/**
 * Exchange clustering of words by their left contexts (the "predictive"
 * class model of Uszkoreit and Brants 2008, as Täckström, McDonald and
 * Uszkoreit 2012 used it for named entities): each word is moved, in turn,
 * to the class that most raises the likelihood of the text under
 * P(word | class) · P(class | previous word), until few words move.
 *
 * The items clustered need not be words: the coarser levels cluster the
 * classes of the finer level the same way, which makes the levels nested.
 */

/** The counts an item is clustered by: for each item, its predecessors and how often each precedes it. */
export interface Contexts {
  /** How many distinct predecessors there are (their ids are below this). */
  predecessors: number
  /** Per item: the index in `context` and `counts` of its first predecessor; one more at the end. */
  start: Int32Array
  /** Predecessor ids, item after item. */
  context: Int32Array
  /** How often each predecessor precedes the item. */
  counts: Float64Array
}

/**
 * `x log x`, and 0 for 0.
 *
 * @param x A count.
 * @returns The term.
 */
function xlogx(x: number): number {
  return x > 0 ? x * Math.log(x) : 0
}

/**
 * Cluster the items into `classes` classes.
 *
 * @param contexts Each item's predecessors; items come most frequent first.
 * @param classes How many classes.
 * @param rounds Most passes over the items.
 * @param log Where to say how it goes.
 * @returns The class of each item.
 */
export function exchange(contexts: Contexts, classes: number, rounds: number, log: (line: string) => void): Int32Array {
  const items = contexts.start.length - 1
  const {start, context, counts} = contexts
  const classOf = new Int32Array(items)
  const pair = new Float64Array(contexts.predecessors * classes)
  const total = new Float64Array(classes)
  const size = new Float64Array(items)

  for (let item = 0; item < items; item++) {
    classOf[item] = item % classes
    for (let at = start[item]!; at < start[item + 1]!; at++) size[item]! += counts[at]!
    move(item, classOf[item]!, 1)
  }

  /**
   * Add an item's counts to a class, or take them away.
   *
   * @param item The item.
   * @param to The class.
   * @param sign 1 to add, -1 to take away.
   */
  function move(item: number, to: number, sign: number): void {
    total[to]! += sign * size[item]!
    for (let at = start[item]!; at < start[item + 1]!; at++) pair[context[at]! * classes + to]! += sign * counts[at]!
  }

  const gain = new Float64Array(classes)

  for (let round = 0; round < rounds; round++) {
    let moved = 0

    for (let item = 0; item < items; item++) {
      const from = classOf[item]!
      move(item, from, -1)
      bestGains(item, gain)
      let best = from
      for (let to = 0; to < classes; to++) if (gain[to]! > gain[best]! + 1e-9) best = to
      if (best !== from) moved++
      classOf[item] = best
      move(item, best, 1)
    }

    log(`  round ${round + 1}: ${moved} of ${items} moved`)
    if (moved < items * 0.002) break
  }

  return classOf

  /**
   * The change of the log-likelihood for putting an item in each class.
   *
   * @param item The item, taken out of its class.
   * @param out One gain per class.
   */
  function bestGains(item: number, out: Float64Array): void {
    const n = size[item]!
    for (let to = 0; to < classes; to++) out[to] = xlogx(total[to]!) - xlogx(total[to]! + n)

    for (let at = start[item]!; at < start[item + 1]!; at++) {
      const count = counts[at]!
      const row = context[at]! * classes
      const alone = xlogx(count)

      for (let to = 0; to < classes; to++) {
        const before = pair[row + to]!
        out[to]! += before === 0 ? alone : xlogx(before + count) - xlogx(before)
      }
    }
  }
}

/**
 * The contexts of the classes of a clustering: each class's predecessors
 * are the sum of its members'.
 *
 * @param contexts The items' contexts.
 * @param classOf The class of each item.
 * @param classes How many classes.
 * @returns The classes' contexts, to cluster them in turn.
 */
export function classContexts(contexts: Contexts, classOf: Int32Array, classes: number): Contexts {
  const rows: Array<Map<number, number>> = Array.from({length: classes}, () => new Map())

  for (let item = 0; item < classOf.length; item++) {
    const row = rows[classOf[item]!]!

    for (let at = contexts.start[item]!; at < contexts.start[item + 1]!; at++) {
      const id = contexts.context[at]!
      row.set(id, (row.get(id) ?? 0) + contexts.counts[at]!)
    }
  }

  return toContexts(rows, contexts.predecessors)
}

/**
 * Flatten per-item maps of predecessor counts.
 *
 * @param rows Per item: predecessor id → count.
 * @param predecessors How many predecessor ids there are.
 * @returns The contexts.
 */
export function toContexts(rows: Array<Map<number, number>>, predecessors: number): Contexts {
  const start = new Int32Array(rows.length + 1)
  for (let item = 0; item < rows.length; item++) start[item + 1] = start[item]! + rows[item]!.size
  const context = new Int32Array(start[rows.length]!)
  const counts = new Float64Array(start[rows.length]!)

  rows.forEach(function (row, item) {
    let at = start[item]!

    for (const [id, count] of row) {
      context[at] = id
      counts[at++] = count
    }
  })

  return {predecessors, start, context, counts}
}
