/**
 * Which way a sentence points: the words nearest an expression that mark the
 * future (“will”, “planned to”, “as soon as”) or the past (“said”, verbs in
 * -ed). With no such word the direction is neutral and each resolver applies
 * its own bias (news tells what happened: a bare weekday is a past one).
 */

import {futureWords, notPastWords, pastWords} from './locale-en.js'
import type {Direction} from './types.js'

/** A word that marks a direction, with its offsets in the input. */
interface Cue {
  start: number
  end: number
  direction: Direction | undefined
  /** True when a comma, quote mark or bracket comes right after the word: a clause ends there. */
  boundary: boolean
}

/**
 * Words after which a form in -ed is an adjective (“an unspecified date”,
 * “the proposed merger”, “its troubled unit”), not a verb in the past.
 */
const modifierWords = /^(?:a|an|the|this|that|these|those|its|their|his|her|our|my|your|still|newly|very|most|more|less|so|already|recently|previously|once)$/

const wordPattern = /[A-Za-z]+(?:['’][A-Za-z]+)?/g

/** How many words either side of an expression are read. */
const leftWindow = 12
const rightWindow = 8
/** After an opening phrase (“In January, …”), how far the main verb is looked for. */
const openingWindow = 24

/**
 * Read the cue words of a stretch of text.
 *
 * @param input The caller's input.
 * @param start Where the stretch starts.
 * @param end Where it ends.
 * @returns Every word, with the direction it marks (or none).
 */
export function readCues(input: string, start: number, end: number): Cue[] {
  const text = input.slice(start, end)
  const words: Array<{start: number; end: number; word: string; raw: string}> = []
  wordPattern.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = wordPattern.exec(text))) {
    words.push({start: start + match.index, end: start + match.index + match[0].length, word: match[0].toLowerCase().replace('’', "'"), raw: match[0]})
  }
  return words.map(function (item, index) {
    const following = words[index + 1]
    const next = following?.word
    const previous = words[index - 1]?.word
    const between = input.slice(item.end, following ? following.start : end)
    let direction = cueOf(item.word, item.raw, previous, next)
    if (direction === 'future' && previous === 'been' && words[index - 2]?.word === 'had') direction = 'past'
    return {start: item.start, end: item.end, direction, boundary: /[,;:"“”()]|''|``/.test(between)}
  })
}

/**
 * The direction one word marks.
 *
 * @param word The word, lower case.
 * @param raw The word as written.
 * @param previous The word before, lower case.
 * @param next The word after, lower case.
 * @returns `future`, `past`, or none.
 */
function cueOf(word: string, raw: string, previous: string | undefined, next: string | undefined): Direction | undefined {
  if (word.endsWith("'ll") || word === "won't") return 'future'
  if (word === 'may' && raw !== 'may') return undefined
  if (/^(?:going|set|due|about|plan|plans|planned|planning|intended|hoped|ready|likely)$/.test(word) && next === 'to') return 'future'
  if (word.endsWith('ed') && previous !== undefined && /^(?:be|being|to)$/.test(previous)) return undefined
  if (previous !== undefined && /^(?:be|being)$/.test(previous) && pastWords.has(word)) return undefined
  if (word === 'early' && previous === 'as') return 'future'
  if (word === 'is' || word === 'are') return next === 'to' ? 'future' : undefined
  if (futureWords.has(word)) return 'future'
  if (pastWords.has(word)) return 'past'
  if (word.length > 4 && word.endsWith('ed') && !notPastWords.has(word) && raw[0] === word[0] && !(previous && modifierWords.test(previous))) return 'past'
  return undefined
}

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
export function directionAt(cues: readonly Cue[], start: number, end: number, input?: string): Direction {
  let limit = false
  if (input) {
    if (/^['’]s\b/.test(input.slice(end, end + 3))) return 'past'
    if (/\bsince\s{1,3}$/i.test(input.slice(Math.max(0, start - 10), start))) return 'past'
    const wider = input.slice(Math.max(0, start - 40), start)
    if (/\beffective\s{1,3}(?:on\s{1,3})?$/i.test(wider) && !/\b(?:became|become|becomes|was|were|been)\s{1,3}effective\s{1,3}(?:on\s{1,3})?$/i.test(wider)) return 'future'
    limit = /\b(?:by|until|till|through|before)\s{1,3}(?:(?:\d{1,2}(?:[:.]\d\d)?\s{0,2}[ap]\.?\s?m\.?|noon|midnight)(?:\s{1,3}[A-Z]{3})?,?\s{1,3})?$/i.test(wider)
  }
  const found = nearestCue(cues, start, end, input)
  if (limit) return found === 'past' ? 'neutral' : 'future'
  return found
}

/**
 * The direction of the nearest cue word (see `directionAt`).
 *
 * @param cues The sentence's words and cues.
 * @param start Offset of the expression.
 * @param end End of the expression.
 * @param input The input.
 * @returns The direction, `neutral` when no word says.
 */
function nearestCue(cues: readonly Cue[], start: number, end: number, input: string | undefined): Direction {
  let low = 0
  let high = cues.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (cues[middle]!.end > start) high = middle
    else low = middle + 1
  }
  const first = low
  let after = first
  while (after < cues.length && cues[after]!.start < end) after++
  let left: Cue | undefined
  let leftDistance = Infinity
  for (let distance = 1; distance <= leftWindow && first - distance >= 0; distance++) {
    const cue = cues[first - distance]!
    if (cue.direction) {
      left = cue
      leftDistance = distance
      break
    }
  }
  const opening = first <= 1
  let rightOpen = opening || !(after > 0 && cues[after - 1]!.boundary && cues[after - 1]!.end >= end - 1)
  if (!opening && input && /^\s{0,2}[,;:"“”()]/.test(input.slice(end, end + 3))) rightOpen = false
  let right: Cue | undefined
  let rightDistance = Infinity
  const reach = opening ? openingWindow : rightWindow
  for (let distance = 1; rightOpen && distance <= reach && after + distance - 1 < cues.length; distance++) {
    const cue = cues[after + distance - 1]!
    if (cue.direction) {
      right = cue
      rightDistance = opening ? distance : distance * 2
      break
    }
    if (cue.boundary && !opening) break
  }
  if (left && leftDistance <= rightDistance) return left.direction!
  if (right) return right.direction!
  return 'neutral'
}
