/**
 * Seeded randomness for the training scripts, so that each of them writes
 * the same data on every run.
 */

/**
 * A seeded pseudo-random generator (mulberry32), for a shuffling that is the
 * same on every run.
 *
 * @param seed The seed.
 * @returns A function giving numbers in [0, 1).
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return function () {
    state = (state + 0x6d_2b_79_f5) >>> 0
    let value = state
    value = Math.imul(value ^ (value >>> 15), value | 1)
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61)
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296
  }
}

/**
 * A Fisher–Yates shuffler driven by a linear congruential generator whose
 * state runs on from call to call (one call an epoch).
 *
 * @param seed The seed.
 * @returns A function that shuffles an array in place.
 */
export function seededShuffler(seed: number): <T>(items: T[]) => void {
  let state = seed
  return function (items) {
    for (let index = items.length - 1; index > 0; index--) {
      state = (state * 1103515245 + 12345) % 2147483648
      const other = state % (index + 1)
      const swap = items[index]!
      items[index] = items[other]!
      items[other] = swap
    }
  }
}
