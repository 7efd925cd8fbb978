import type {Entity, Span} from '../types.js'
import {countStartingBefore} from '../util/count-before.js'

/**
 * The entities of the speaker ranker's features (`speaker-features.ts`):
 * each mention with its entity's type and its form, by start, and the one
 * that overlaps a candidate the most.
 */

/** One mention of an entity, for the entity features. */
export interface PlacedMention {
  span: Span
  /** Type and form, as a number (`typeNumbers`, `formNumbers`). */
  code: number
}

/** Entity types as numbers. */
const typeNumbers: Record<string, number> = {person: 1, organization: 2, location: 3, group: 4, misc: 5}
/** Mention forms as numbers. */
const formNumbers: Record<string, number> = {name: 0, acronym: 1, nominal: 2, pronoun: 3}

/**
 * The entities' mentions by start, each with its type and form.
 *
 * @param entities The entities.
 * @returns The mentions.
 */
export function placeMentions(entities: readonly Entity[]): PlacedMention[] {
  const placed: PlacedMention[] = []
  for (const entity of entities) {
    for (const mention of entity.mentions) placed.push({span: mention.span, code: 1 + (typeNumbers[entity.type] ?? 5) * 4 + (formNumbers[mention.form] ?? 0)})
  }
  return placed.sort((a, b) => a.span.start - b.span.start)
}

/**
 * The type and form of the mention that overlaps a span the most (0 for none).
 *
 * @param mentions Mentions by start.
 * @param span The span.
 * @returns The code.
 */
export function entityOf(mentions: readonly PlacedMention[], span: Span): number {
  let best = 0
  let bestOverlap = 0
  for (let index = countStartingBefore(mentions, span.end, (item) => item.span.start) - 1; index >= 0; index--) {
    const item = mentions[index]!
    if (item.span.start < span.start - 200) break
    const overlap = Math.min(item.span.end, span.end) - Math.max(item.span.start, span.start)
    if (overlap > bestOverlap) {
      best = item.code
      bestOverlap = overlap
    }
  }
  return best
}
