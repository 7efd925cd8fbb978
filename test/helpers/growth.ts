/**
 * Linearity without a clock limit: the CPU time per character of a large
 * input against that of a small one, the small one run as many times as it
 * takes to read as many characters as the large one (so that both measure
 * the same amount of work when the code is linear, and a warm-up or a
 * collection of garbage weighs alike on both). A linear stage gives a ratio
 * near 1, a quadratic one the ratio of the sizes. CPU time, not wall time:
 * the other processes of a loaded machine do not count.
 */

/**
 * Microseconds of CPU time one call takes.
 *
 * @param run The work.
 * @returns The CPU time of this process (user and system) it took.
 */
function cpuTime(run: () => void): number {
  const start = process.cpuUsage()
  run()
  const used = process.cpuUsage(start)
  return used.user + used.system
}

/**
 * How much dearer a character of the large input is than one of the small
 * input. The measure is taken up to `attempts` times (after one warm-up run
 * of the small one) and the least ratio is returned, so that one unlucky measure does
 * not fail a linear stage; a superlinear stage is over the limit on every
 * attempt.
 *
 * @param run The work on one input.
 * @param small The small input.
 * @param large The large input (at least ten times longer, for a clear ratio).
 * @param limit The ratio under which an attempt ends the measuring.
 * @param attempts How many measures at most.
 * @returns The least ratio measured.
 */
export function growthPerCharacter(
  run: (input: string) => void,
  small: string,
  large: string,
  limit: number,
  attempts = 3
): number {
  const repeats = Math.max(1, Math.round(large.length / Math.max(small.length, 1)))
  run(small)
  let least = Infinity
  for (let attempt = 0; attempt < attempts && least >= limit; attempt++) {
    const smallTime = cpuTime(function () {
      for (let index = 0; index < repeats; index++) run(small)
    })
    const largeTime = cpuTime(() => run(large))
    const perSmall = Math.max(smallTime, 1) / (small.length * repeats)
    least = Math.min(least, largeTime / large.length / perSmall)
  }
  return least
}
