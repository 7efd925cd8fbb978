/**
 * Which way a sentence points: the words nearest an expression that mark the
 * future (“will”, “planned to”, “as soon as”) or the past (“said”, verbs in
 * -ed). With no such word the direction is neutral and each resolver applies
 * its own bias (news tells what happened: a bare weekday is a past one).
 */

import type {Direction} from '../types.js'
import {boundaryAfter, directionOf, type Cues} from './cues.js'
import {
  becameEffectivePattern,
  clauseMarkAfter,
  effectivePattern,
  followsSince,
  isPossessive,
  limitPattern,
  mayEndLimit,
  spacesBefore
} from './surroundings.js'

export {readCues, type Cues} from './cues.js'

/** How many words either side of an expression are read. */
const leftWindow = 12
const rightWindow = 8

/** After an opening phrase (“In January, …”), how far the main verb is looked for. */
const openingWindow = 24

/**
 * The direction at an expression: the nearest cue word either side within the
 * sentence (a word on the right counts as twice as far; the right side is
 * read only up to the end of the clause, so that “…,” he said” does not
 * count, except after an opening “On Tuesday,”), neutral when there is none.
 * A possessive (“Wednesday's ruling”) and “since” tell of the past; “by”,
 * “until”, “through” name a limit, ahead unless the verb is past (then neutral).
 * “effective June 1” announces a change to come (unless it “became effective”).
 *
 * @param cues The sentence's words and cues.
 * @param start Offset of the expression.
 * @param end End of the expression.
 * @param input The input (to see a possessive after the expression).
 * @returns `past`, `future` or `neutral`.
 */
export function directionAt(cues: Cues, start: number, end: number, input?: string): Direction {
  let limit = false
  if (input) {
    if (isPossessive(input, end) || followsSince(input, start)) return 'past'
    // The cues before the expression all end in one to three spaces, after
    // a character that is read first (the patterns run only when it fits).
    const low = Math.max(0, start - 40)
    const spaces = spacesBefore(input, low, start)
    const last = start - spaces - 1
    if (spaces >= 1 && spaces <= 3 && last >= low) {
      const wider = input.slice(low, start)
      const mark = input.charCodeAt(last) | 32
      if ((mark === 101 || mark === 110) && effectivePattern.test(wider) && !becameEffectivePattern.test(wider)) return 'future'
      if (mayEndLimit(input, low, last)) limit = limitPattern.test(wider)
    }
  }
  const found = nearestCue(cues, start, end, input)
  if (limit) return found === 'past' ? 'neutral' : 'future'
  return found
}

/**
 * The direction of the nearest cue word (see `directionAt`).
 *
 * @param cues The sentence's words.
 * @param start Offset of the expression.
 * @param end End of the expression.
 * @param input The input.
 * @returns The direction, `neutral` when no word says.
 */
function nearestCue(cues: Cues, start: number, end: number, input: string | undefined): Direction {
  const {starts, ends} = cues
  const count = starts.length
  let low = 0
  let high = count
  while (low < high) {
    const middle = (low + high) >> 1
    if (ends[middle]! > start) high = middle
    else low = middle + 1
  }
  const first = low
  let after = first
  while (after < count && starts[after]! < end) after++
  let left: Direction | undefined
  let leftDistance = Infinity
  for (let distance = 1; distance <= leftWindow && first - distance >= 0; distance++) {
    const direction = directionOf(cues, first - distance)
    if (direction) {
      left = direction
      leftDistance = distance
      break
    }
  }
  const opening = first <= 1
  let rightOpen = opening || !(after > 0 && boundaryAfter(cues, after - 1) && ends[after - 1]! >= end - 1)
  if (!opening && input && clauseMarkAfter(input, end)) rightOpen = false
  let right: Direction | undefined
  let rightDistance = Infinity
  const reach = opening ? openingWindow : rightWindow
  for (let distance = 1; rightOpen && distance <= reach && after + distance - 1 < count; distance++) {
    const index = after + distance - 1
    const direction = directionOf(cues, index)
    if (direction) {
      right = direction
      rightDistance = opening ? distance : distance * 2
      break
    }
    if (!opening && boundaryAfter(cues, index)) break
  }
  if (left && leftDistance <= rightDistance) return left
  if (right) return right
  return 'neutral'
}
