import type {Document} from '../text/index.js'
import type {TimeExpression} from '../types.js'

/**
 * The dates stage: time expressions, normalised against `document.published`.
 *
 * @param document The parsed dispatch.
 * @returns The time expressions, in text order.
 */
export function findDates(document: Document): TimeExpression[] {
  void document
  return []
}
