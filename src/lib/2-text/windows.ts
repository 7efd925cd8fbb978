import type {Layout} from '../1-layout/index.js'
import type {Span} from '../types.js'
import {chunks} from './parse-paragraph.js'
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
  /**
   * The whole paragraph, when the stretch is a piece of a paragraph longer
   * than a window (cut after a sentence end).
   */
  paragraph?: Span
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
 * Cut stretches, in text order, into windows of at most `size` characters: a
 * news article is one window. A paragraph longer than a window is cut into
 * pieces after sentence ends, each a window of its own, so that the memory of
 * one window stays bounded however long a paragraph is.
 *
 * @param stretches The stretches, in text order.
 * @param size Most characters in one window.
 * @param input The caller's input, to find sentence ends in long paragraphs.
 * @returns The windows, in text order.
 */
export function cutWindows(stretches: Stretch[], size = windowSize, input?: string): Stretch[][] {
  const groups: Stretch[][] = [[]]
  let total = 0
  for (const stretch of input === undefined ? stretches : stretches.flatMap((item) => piecesOf(input, item, size))) {
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

/**
 * Cut a paragraph longer than a window into pieces of at most `size`
 * characters (or one chunk, when a chunk is longer), each made of whole
 * chunks of the parser (`chunks`), so that the pieces are parsed into the
 * same sentences as the whole paragraph is.
 *
 * @param input The caller's input.
 * @param stretch A stretch.
 * @param size Most characters in one piece.
 * @returns The stretch alone, or its pieces, each knowing its paragraph.
 */
function piecesOf(input: string, stretch: Stretch, size: number): Stretch[] {
  const {start, end} = stretch.span
  if (stretch.kind !== 'paragraph' || end - start <= size || !Number.isFinite(size)) return [stretch]
  const pieces: Stretch[] = []
  let from = start
  for (const chunk of chunks(input, start, end)) {
    if (chunk.end - from > size && chunk.start > from) {
      pieces.push({kind: 'paragraph', span: {start: from, end: chunk.start}, paragraph: stretch.span})
      from = chunk.start
    }
  }
  pieces.push({kind: 'paragraph', span: {start: from, end}, paragraph: stretch.span})
  return pieces
}
