/**
 * How the matches of a part of a pattern open, and how the openings of parts
 * combine in a sequence and in alternatives.
 */

import {add, isEmpty, membersOf, merge, or, setWords, type CharSet} from './char-set.js'

/**
 * How the matches of a part of a pattern open: whether it may match nothing,
 * the characters it may match alone (a match of one character), and the
 * pairs of characters its longer matches open with (for each first
 * character, a set of second ones).
 */
export interface Openings {
  empty: boolean
  single: CharSet
  /** For each first character, the second characters after it (sets are never changed once made). */
  pairs: ReadonlyMap<number, CharSet>
}

/** No pairs. */
const noPairs: ReadonlyMap<number, CharSet> = new Map()

/**
 * The openings of a part that matches only the empty string (an assertion).
 *
 * @returns The openings.
 */
export function nothing(): Openings {
  return {empty: true, single: new Uint32Array(setWords), pairs: noPairs}
}

/**
 * The openings of one character out of a set.
 *
 * @param set The set.
 * @returns The openings.
 */
export function characters(set: CharSet): Openings {
  return {empty: false, single: set, pairs: noPairs}
}

/**
 * The openings of one part followed by another.
 *
 * @param head Openings of the first.
 * @param tail Openings of the second.
 * @returns Openings of the sequence.
 */
export function concat(head: Openings, tail: Openings): Openings {
  const headSingle = !isEmpty(head.single)
  // A part that always matches two characters or more decides the opening.
  if (!head.empty && !headSingle) return head
  const single = new Uint32Array(setWords)
  const pairs = new Map(head.pairs)
  if (head.empty) {
    merge(single, tail.single)
    addPairs(pairs, tail.pairs)
  }
  if (tail.empty) merge(single, head.single)
  if (headSingle) {
    const next = firstCharacters(tail)
    for (const first of membersOf(head.single)) pairs.set(first, or(pairs.get(first), next))
  }
  return {empty: head.empty && tail.empty, single, pairs}
}

/**
 * The openings of either of two parts.
 *
 * @param a Openings of one.
 * @param b Openings of the other.
 * @returns Openings of both.
 */
export function union(a: Openings, b: Openings): Openings {
  const pairs = new Map(a.pairs)
  addPairs(pairs, b.pairs)
  return {empty: a.empty || b.empty, single: or(a.single, b.single), pairs}
}

/**
 * Add pairs to others.
 *
 * @param pairs The pairs to add to.
 * @param more The pairs to add.
 */
function addPairs(pairs: Map<number, CharSet>, more: ReadonlyMap<number, CharSet>): void {
  for (const [first, seconds] of more) pairs.set(first, or(pairs.get(first), seconds))
}

/**
 * The characters a non-empty match of a part may start with.
 *
 * @param openings The part's openings.
 * @returns The set.
 */
function firstCharacters(openings: Openings): CharSet {
  const set = openings.single.slice()
  for (const first of openings.pairs.keys()) add(set, first)
  return set
}
