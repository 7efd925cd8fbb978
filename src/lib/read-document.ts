import {datesOf, readLayout, type Layout} from './layout/index.js'
import {createCursor, readSegments, type Document, type SegmentKind} from './text/index.js'
import type {Span} from './types.js'

/**
 * The first two stages, layout then text, as `parseDispatch` runs them: the
 * `Document` that the entities, dates and quotes stages read. Scripts and
 * tests that run one stage alone build their input here too.
 */

/**
 * The stretches of a dispatch that the text stage parses: the headline, the
 * dateline and the paragraphs.
 *
 * @param layout The layout.
 * @returns The stretches with their kinds.
 */
export function documentStretches(layout: Layout): Array<{kind: SegmentKind; span: Span}> {
  const stretches: Array<{kind: SegmentKind; span: Span}> = []
  if (layout.headline) stretches.push({kind: 'headline', span: layout.headline})
  if (layout.dateline) stretches.push({kind: 'dateline', span: layout.dateline.span})
  for (const span of layout.paragraphs) stretches.push({kind: 'paragraph', span})
  return stretches
}

/**
 * Read the layout of a dispatch and parse its stretches.
 *
 * @param text The dispatch.
 * @param published `options.published`, settled, if any.
 * @returns The layout and the document.
 */
export function readDocument(text: string, published?: string): {layout: Layout; document: Document} {
  const layout = readLayout(text)
  const document: Document = {
    input: text,
    segments: readSegments(text, documentStretches(layout)),
    authors: layout.authors,
    published: datesOf(layout, published).published
  }
  return {layout, document}
}

/** Most characters of stretches in one window of a very long dispatch. */
const windowSize = 200_000

/**
 * Read the layout of a dispatch, then its stretches window by window: a news
 * article is one window; a very long text is cut, between paragraphs, into
 * windows of about 200,000 characters, each parsed only when the caller asks
 * for it, so that the NLCST trees of one window at a time are alive.
 *
 * @param text The dispatch.
 * @param published `options.published`, settled, if any.
 * @returns The layout, and the windows as documents, in text order.
 */
export function readWindows(text: string, published?: string): {layout: Layout; windows: Iterable<Document>} {
  const layout = readLayout(text)
  const reference = datesOf(layout, published).published
  const groups = cutWindows(documentStretches(layout))
  function* windows(): Generator<Document> {
    const cursor = createCursor(text)
    for (const [index, group] of groups.entries()) {
      yield {
        input: text,
        segments: readSegments(text, group, cursor),
        authors: index === 0 ? layout.authors : [],
        published: reference
      }
    }
  }
  return {layout, windows: windows()}
}

/**
 * Cut stretches, in text order, into windows of at most `windowSize`
 * characters (a longer stretch is a window of its own).
 */
function cutWindows(stretches: Array<{kind: SegmentKind; span: Span}>): Array<Array<{kind: SegmentKind; span: Span}>> {
  const groups: Array<Array<{kind: SegmentKind; span: Span}>> = [[]]
  let size = 0
  for (const stretch of stretches) {
    const length = stretch.span.end - stretch.span.start
    const current = groups.at(-1) as Array<{kind: SegmentKind; span: Span}>
    if (current.length > 0 && size + length > windowSize) {
      groups.push([stretch])
      size = length
    } else {
      current.push(stretch)
      size += length
    }
  }
  return groups
}
