import type {Candidate, Refiner} from '../types.js'

const joiner = /^[\s,]{0,3}(?:on\s{1,3})?$/i

/**
 * Join a clock time to the day written right after it (“10 p.m. Wednesday”,
 * “5 p.m. EST, Nov. 9”, “noon Thursday”): one time expression on that day.
 *
 * @param candidates Candidates sorted by offset.
 * @param context The refine context.
 * @returns Candidates with such pairs merged.
 */
export const mergeTimeAndDay: Refiner = function (candidates, context) {
  const result: Candidate[] = []
  for (let index = 0; index < candidates.length; index++) {
    const time = candidates[index]!
    const day = candidates[index + 1]
    if (
      time.clock &&
      time.grain === 'time' &&
      day &&
      day.grain === 'day' &&
      day.start >= time.end &&
      joiner.test(context.input.slice(time.end, day.start))
    ) {
      result.push({...time, end: day.end, value: day.value.slice(0, 10) + time.clock, clock: undefined, parser: time.parser + '+' + day.parser})
      index++
      continue
    }
    result.push(time)
  }
  return result
}
