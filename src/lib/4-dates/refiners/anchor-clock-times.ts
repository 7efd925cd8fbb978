import type {Candidate, Refiner} from '../types.js'
import {spanIndexAt} from '../../util/span-at.js'

/** How far (in characters) a clock time looks for the day it belongs to. */
const reach = 120

/**
 * Give a clock time or part of day without a day of its own the day written
 * nearest to it in the same segment (“10:35 a.m. (0735 GMT) Friday”), or keep
 * the reference day it was given.
 *
 * @param candidates Candidates sorted by offset.
 * @param context The refine context.
 * @returns Candidates with clock times anchored.
 */
export const anchorClockTimes: Refiner = function (candidates, context) {
  return candidates.map(function (candidate, index) {
    if (!candidate.clock || candidate.grain !== 'time') return candidate
    const segment = context.segments[spanIndexAt(context.segments, candidate.start)]
    let best: Candidate | undefined
    let bestDistance = reach
    for (const offset of [1, -1, 2, -2]) {
      const other = candidates[index + offset]
      if (!other || other.clock || !/^(?:\d{4}|XXXX)-\d\d-\d\d(?:T|$)/.test(other.value) || other.grain === 'vague') continue
      if (segment && (other.start < segment.start || other.end > segment.end)) continue
      const distance = other.start >= candidate.end ? other.start - candidate.end : candidate.start - other.end
      if (distance < bestDistance) {
        best = other
        bestDistance = distance
      }
    }
    if (!best) return candidate
    return {...candidate, value: best.value.slice(0, 10) + candidate.clock}
  })
}
