import {datesOf, readLayout, type Layout} from './layout/index.js'
import {readSegments, type Document, type SegmentKind} from './text/index.js'
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
