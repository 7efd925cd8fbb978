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
  /** Whether the allowed pairs are BILOU's over four types (the decoder's fast step). */
  bilou: boolean
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
    last: new Float64Array(labelCount),
    bilou: bilouShape(sources, sourceStart)
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

/**
 * One step of the decoder for any table: for each label, the best previous
 * label among those allowed before it (the first of equals).
 *
 * @param score Scores of the lattice.
 * @param back Back pointers of the lattice.
 * @param emission Label scores of the tokens.
 * @param row Index of this token's first label.
 * @param previousRow Index of the previous token's first label.
 * @param transitions The table.
 */
function stepAny(
  score: Float64Array,
  back: Int32Array,
  emission: ArrayLike<number>,
  row: number,
  previousRow: number,
  transitions: Transitions
): void {
  const {sources, sourceStart, sourcePair} = transitions

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

/**
 * One step of the decoder for the BILOU table of four types (see
 * `bilouShape`): the same result as `stepAny`, with the nine scores every
 * closing label reads (`O`, each `L`, each `U`) read once.
 *
 * @param score Scores of the lattice.
 * @param back Back pointers of the lattice.
 * @param emission Label scores of the tokens.
 * @param row Index of this token's first label.
 * @param previousRow Index of the previous token's first label.
 * @param pair `sourcePair` of the table.
 */
function stepBilou(
  score: Float64Array,
  back: Int32Array,
  emission: ArrayLike<number>,
  row: number,
  previousRow: number,
  pair: Float64Array
): void {
  const s0 = score[previousRow]!
  const s3 = score[previousRow + 3]!
  const s4 = score[previousRow + 4]!
  const s7 = score[previousRow + 7]!
  const s8 = score[previousRow + 8]!
  const s11 = score[previousRow + 11]!
  const s12 = score[previousRow + 12]!
  const s15 = score[previousRow + 15]!
  const s16 = score[previousRow + 16]!
  let k = 0

  for (let b = 0; b < labelCount; b++) {
    if (b === 0 || (b & 3) === 0 || (b & 3) === 1) {
      // O, B or U: after O, an L or a U, in that order of labels.
      let best = s0 + pair[k]!
      let from = 0
      let value: number
      if ((value = s3 + pair[k + 1]!) > best) {best = value; from = 3}
      if ((value = s4 + pair[k + 2]!) > best) {best = value; from = 4}
      if ((value = s7 + pair[k + 3]!) > best) {best = value; from = 7}
      if ((value = s8 + pair[k + 4]!) > best) {best = value; from = 8}
      if ((value = s11 + pair[k + 5]!) > best) {best = value; from = 11}
      if ((value = s12 + pair[k + 6]!) > best) {best = value; from = 12}
      if ((value = s15 + pair[k + 7]!) > best) {best = value; from = 15}
      if ((value = s16 + pair[k + 8]!) > best) {best = value; from = 16}
      k += 9
      score[row + b] = best + emission[row + b]!
      back[row + b] = from
    } else {
      // I or L of a type: after its B or its I.
      const opener = b - ((b - 1) & 3)
      const fromOpener = score[previousRow + opener]! + pair[k]!
      const fromInside = score[previousRow + opener + 1]! + pair[k + 1]!
      k += 2
      score[row + b] = (fromInside > fromOpener ? fromInside : fromOpener) + emission[row + b]!
      back[row + b] = fromInside > fromOpener ? opener + 1 : opener
    }
  }
}

/**
 * Whether a table's allowed pairs are those of BILOU over four types, with
 * labels numbered as `labels.ts` numbers them: what `stepBilou` assumes.
 *
 * @param sources The allowed previous labels of each label, one list after the other.
 * @param sourceStart Where each label's list starts.
 * @returns Whether the shape holds.
 */
function bilouShape(sources: Int32Array, sourceStart: Int32Array): boolean {
  if (labelCount !== 17) return false
  const closing = [0, 3, 4, 7, 8, 11, 12, 15, 16]

  for (let b = 0; b < labelCount; b++) {
    const list = Array.from(sources.subarray(sourceStart[b]!, sourceStart[b + 1]!))
    const opener = b - ((b - 1) & 3)
    const expected = b === 0 || (b & 3) === 0 || (b & 3) === 1 ? closing : [opener, opener + 1]
    if (list.join() !== expected.join()) return false
  }

  return true
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
  const {first, last, sourcePair} = transitions

  for (let b = 0; b < labelCount; b++) score[b] = first[b]! + emission[b]!

  for (let t = 1; t < count; t++) {
    const row = t * labelCount
    const previousRow = row - labelCount
    if (transitions.bilou) stepBilou(score, back, emission, row, previousRow, sourcePair)
    else stepAny(score, back, emission, row, previousRow, transitions)
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
