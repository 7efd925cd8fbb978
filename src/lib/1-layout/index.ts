import type {Author, Span} from '../types.js'
import type {DateParts} from './date-time.js'
import {readHead} from './head.js'
import {splitLines, type Line} from './lines.js'
import {splitParagraphs} from './paragraphs.js'
import {readTrailers} from './trailer.js'

import {anchorYear, formatDate, isoDateParts} from './date-time.js'

export {anchorYear, formatDate, isoDateParts, type DateParts} from './date-time.js'
export {isBlank, isInvisible, trimSpan} from './lines.js'

/**
 * The layout stage: where the header, headline, byline, dateline, story and
 * trailers of a dispatch are, and what they say.
 */

/** The layout of a dispatch. */
export interface Layout {
  headline?: Span
  /** Publication date-time from a header line, ISO 8601. */
  headerPublished?: string
  /** Its date, to anchor year-less dates. */
  headerDate?: DateParts
  /** Outlet named by the header line. */
  headerSource?: string
  /** Outlet named by a byline or outlet line. */
  bylineSource?: string
  authors: Author[]
  dateline?: {span: Span; place?: string; date?: DateParts; source?: string}
  /** The story, trimmed. */
  body: Span
  paragraphs: Span[]
  /** Whether any part besides the story was recognised. */
  recognised: boolean
}

/**
 * Read the layout of a dispatch.
 *
 * @param input The caller's text.
 * @returns Where everything is.
 */
export function readLayout(input: string): Layout {
  const lines = splitLines(input)
  const head = readHead(input, lines)
  const bodyLines = clipFirst(lines.slice(head.bodyLine), head.bodyStart)
  const trailers = readTrailers(input, bodyLines)
  const storyLines = clipLast(bodyLines, trailers.end)
  const paragraphs = splitParagraphs(input, storyLines)
  const first = paragraphs[0]
  const last = paragraphs.at(-1)
  const body = first && last ? {start: first.start, end: last.end} : {start: head.bodyStart, end: head.bodyStart}
  const layout: Layout = {
    authors: [...head.authors, ...trailers.authors],
    body,
    paragraphs,
    recognised: Boolean(head.headline || head.header || head.dateline || head.authors.length || head.source || trailers.found)
  }
  if (head.headline) layout.headline = head.headline
  if (head.header) {
    layout.headerPublished = head.header.published
    layout.headerDate = head.header.date
    if (head.header.source) layout.headerSource = head.header.source
  }
  if (head.source) layout.bylineSource = head.source
  if (head.dateline) layout.dateline = head.dateline
  return layout
}

/** Start the first line at the story's first offset. */
function clipFirst(lines: Line[], start: number): Line[] {
  const first = lines[0]
  if (!first || start <= first.start) return lines
  return [{...first, start, text: first.text.slice(start - first.start)}, ...lines.slice(1)]
}

/** Drop the lines past the story's end, and end the last one there. */
function clipLast(lines: Line[], end: number): Line[] {
  const kept: Line[] = []
  for (const line of lines) {
    if (line.start >= end && kept.length > 0) break
    if (line.end > end) {
      kept.push({...line, end, text: line.text.slice(0, Math.max(0, end - line.start))})
      break
    }
    kept.push(line)
  }
  return kept
}

/**
 * The publication date of a dispatch, and its dateline's date with a year
 * where one can be had: the caller's date wins, then the header's, then the
 * dateline's (`XXXX-MM-DD` when its year is unknown).
 *
 * @param layout The layout.
 * @param given `options.published`, settled, if any.
 * @returns `published` and the dateline's ISO date.
 */
export function datesOf(layout: Layout, given: string | undefined): {published?: string; datelineDate?: string} {
  const reference = given ? isoDateParts(given) : layout.headerDate
  const found = layout.dateline?.date
  const datelineDate = found ? formatDate(anchorYear(found, reference)) : undefined
  const published = given ?? layout.headerPublished ?? datelineDate
  return {published, datelineDate}
}
