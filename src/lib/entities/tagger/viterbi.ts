import {allowed, labelCount} from './labels.js'

/** A transition table: `score[previous * labelCount + next]`, -Infinity where BILOU forbids the pair. */
export interface Transitions {
  /** Label after label. */
  pair: Float64Array
  /** For each next label, the previous labels BILOU allows before it: `from[next]`. */
  from: Int32Array[]
  /** The lists of `from`, one after the other (for the decoder's inner loop). */
  sources: Int32Array
  /** Where each label's list starts in `sources`, and the end: `labelCount + 1` indices. */
  sourceStart: Int32Array
  /** The weight of each pair of `sources`: `pair[sources[k] * labelCount + next]` at `k`. */
  sourcePair: Float64Array
  /** First label of a sentence. */
  first: Float64Array
  /** Last label of a sentence. */
  last: Float64Array
}

/**
 * Turn learned transition weights into a table that also forbids what BILOU
 * forbids.
 *
 * @param pair Weights of label pairs (`previous * labelCount + next`).
 * @param first Weights of first labels.
 * @param last Weights of last labels.
 * @returns The table.
 */
export function constrain(pair: ArrayLike<number>, first: ArrayLike<number>, last: ArrayLike<number>): Transitions {
  const from = Array.from({length: labelCount}, (_, b) =>
    Int32Array.from(Array.from({length: labelCount}, (_, a) => a).filter((a) => allowed(a, b)))
  )
  const sourceStart = new Int32Array(labelCount + 1)
  for (let b = 0; b < labelCount; b++) sourceStart[b + 1] = sourceStart[b]! + from[b]!.length
  const sources = new Int32Array(sourceStart[labelCount]!)
  for (let b = 0; b < labelCount; b++) sources.set(from[b]!, sourceStart[b])
  const table: Transitions = {
    pair: new Float64Array(labelCount * labelCount),
    from,
    sources,
    sourceStart,
    sourcePair: new Float64Array(sources.length),
    first: new Float64Array(labelCount),
    last: new Float64Array(labelCount)
  }

  for (let a = 0; a < labelCount; a++) {
    table.first[a] = allowed(-1, a) ? first[a]! : Number.NEGATIVE_INFINITY
    table.last[a] = allowed(a, -1) ? last[a]! : Number.NEGATIVE_INFINITY

    for (let b = 0; b < labelCount; b++) {
      table.pair[a * labelCount + b] = allowed(a, b) ? pair[a * labelCount + b]! : Number.NEGATIVE_INFINITY
    }
  }

  for (let b = 0; b < labelCount; b++) {
    for (let k = sourceStart[b]!; k < sourceStart[b + 1]!; k++) {
      table.sourcePair[k] = table.pair[sources[k]! * labelCount + b]!
    }
  }

  return table
}

/** Reusable work space for `viterbi`. */
export interface Lattice {
  score: Float64Array
  back: Int32Array
}

/**
 * Make (or grow) a work space for sentences of `count` tokens.
 *
 * @param lattice The one to reuse, if any.
 * @param count How many tokens.
 * @returns A work space at least that big.
 */
export function latticeFor(lattice: Lattice | undefined, count: number): Lattice {
  if (lattice && lattice.back.length >= count * labelCount) return lattice
  const size = Math.max(count * 2, 64) * labelCount
  return {score: new Float64Array(size), back: new Int32Array(size)}
}

/**
 * The best label sequence of a sentence (Viterbi).
 *
 * @param emission Per token, per label: the score of the token's features (`token * labelCount + label`).
 * @param count How many tokens.
 * @param transitions The transition table.
 * @param lattice Work space from `latticeFor`.
 * @param out Where to write the labels (`count` of them).
 */
export function viterbi(
  emission: ArrayLike<number>,
  count: number,
  transitions: Transitions,
  lattice: Lattice,
  out: Int32Array | number[]
): void {
  if (count === 0) return
  const {score, back} = lattice
  const {first, last, sources, sourceStart, sourcePair} = transitions

  for (let b = 0; b < labelCount; b++) score[b] = first[b]! + emission[b]!

  for (let t = 1; t < count; t++) {
    const row = t * labelCount
    const previousRow = row - labelCount

    for (let b = 0; b < labelCount; b++) {
      let best = Number.NEGATIVE_INFINITY
      let bestFrom = 0
      const end = sourceStart[b + 1]!

      for (let k = sourceStart[b]!; k < end; k++) {
        const a = sources[k]!
        const value = score[previousRow + a]! + sourcePair[k]!
        if (value > best) {
          best = value
          bestFrom = a
        }
      }

      score[row + b] = best + emission[row + b]!
      back[row + b] = bestFrom
    }
  }

  const lastRow = (count - 1) * labelCount
  let best = Number.NEGATIVE_INFINITY
  let label = 0

  for (let b = 0; b < labelCount; b++) {
    const value = score[lastRow + b]! + last[b]!
    if (value > best) {
      best = value
      label = b
    }
  }

  for (let t = count - 1; t >= 0; t--) {
    out[t] = label
    label = back[t * labelCount + label]!
  }
}
