import {anchorYear, formatDate, isoDateParts, type DateParts, type Layout} from '../layout/index.js'
import type {Article, Dateline, Diagnostic, Paragraph} from '../types.js'

/**
 * Assembly: the last stage, which puts the layout and what the later stages
 * found into one `Article`, deciding between the sources of each field.
 */

/** What the stages found, ready to assemble. */
export interface Parts {
  input: string
  layout: Layout
  paragraphs: Paragraph[]
  /** `options.published`, settled. */
  published?: string
  diagnostics: Diagnostic[]
}

/**
 * Assemble the Article.
 *
 * @param parts What the stages found.
 * @returns The Article, with fields in a stable order.
 */
export function buildArticle(parts: Parts): Article {
  const {input, layout} = parts
  const reference = referenceDate(parts)
  const dateline = layout.dateline ? buildDateline(input, layout.dateline, reference) : undefined
  const article: Article = {
    headline: layout.headline ? input.slice(layout.headline.start, layout.headline.end) : undefined,
    headlineSpan: layout.headline,
    source: layout.headerSource ?? dateline?.source ?? layout.bylineSource,
    published: parts.published ?? layout.headerPublished ?? dateline?.date,
    authors: layout.authors,
    dateline,
    body: layout.body,
    paragraphs: parts.paragraphs,
    entities: [],
    dates: [],
    quotes: [],
    diagnostics: [...parts.diagnostics, ...layoutDiagnostics(parts)]
  }
  return dropUndefined(article)
}

/**
 * The date that anchors year-less dates: the caller's, else the header's.
 */
function referenceDate(parts: Parts): DateParts | undefined {
  if (parts.published) return isoDateParts(parts.published)
  return parts.layout.headerDate
}

function buildDateline(input: string, found: NonNullable<Layout['dateline']>, reference: DateParts | undefined): Dateline {
  const dateline: Dateline = {text: input.slice(found.span.start, found.span.end), span: found.span}
  if (found.place) dateline.place = found.place
  if (found.date) dateline.date = formatDate(anchorYear(found.date, reference))
  if (found.source) dateline.source = found.source
  return dateline
}

function layoutDiagnostics(parts: Parts): Diagnostic[] {
  const empty = parts.diagnostics.some((diagnostic) => diagnostic.code === 'empty-input')
  if (empty || parts.layout.recognised) return []
  return [
    {
      code: 'unknown-layout',
      message: 'Cannot find a header, headline, byline, dateline or trailer; read all of the text as the story',
      severity: 'info'
    }
  ]
}

/** Drop keys whose value is `undefined`, so that the Article compares and serialises cleanly. */
function dropUndefined<T extends object>(value: T): T {
  for (const key of Object.keys(value) as Array<keyof T>) {
    if (value[key] === undefined) delete value[key]
  }
  return value
}
