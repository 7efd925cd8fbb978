import type {Layout} from '../layout/index.js'
import type {Span} from '../types.js'
import type {SegmentKind} from './read-document.js'

/**
 * The stretches of a dispatch that the text stage parses, and the windows a
 * very long dispatch is cut into so that the NLCST trees of one window at a
 * time are alive.
 */

/** A stretch of the input the text stage parses, with its kind. */
export interface Stretch {
  kind: SegmentKind
  span: Span
}

/** Most characters of stretches in one window of a very long dispatch. */
export const windowSize = 200_000

/**
 * The stretches of a dispatch that the text stage parses: the headline, the
 * dateline and the paragraphs.
 *
 * @param layout The layout.
 * @returns The stretches with their kinds.
 */
export function documentStretches(layout: Layout): Stretch[] {
  const stretches: Stretch[] = []
  if (layout.headline) stretches.push({kind: 'headline', span: layout.headline})
  if (layout.dateline) stretches.push({kind: 'dateline', span: layout.dateline.span})
  for (const span of layout.paragraphs) stretches.push({kind: 'paragraph', span})
  return stretches
}

/**
 * Cut stretches, in text order, into windows of at most `size` characters (a
 * longer stretch is a window of its own): a news article is one window.
 *
 * @param stretches The stretches, in text order.
 * @param size Most characters in one window.
 * @returns The windows, in text order.
 */
export function cutWindows(stretches: Stretch[], size = windowSize): Stretch[][] {
  const groups: Stretch[][] = [[]]
  let total = 0
  for (const stretch of stretches) {
    const length = stretch.span.end - stretch.span.start
    const current = groups.at(-1) as Stretch[]
    if (current.length > 0 && total + length > size) {
      groups.push([stretch])
      total = length
    } else {
      current.push(stretch)
      total += length
    }
  }
  return groups
}
