import type {Layout} from '../1-layout/index.js'
import type {Article, Dateline, Diagnostic, Entity, Paragraph, Quantity, Quote, TimeExpression} from '../types.js'

/**
 * Assembly: the last stage, which puts the layout and what the later stages
 * found into one `Article`, deciding between the sources of each field.
 */

/** What the stages found, ready to assemble. */
export interface Parts {
  input: string
  layout: Layout
  paragraphs: Paragraph[]
  /** The publication date, as the layout stage chose it. */
  published?: string
  /** The dateline's date with a year where one can be had. */
  datelineDate?: string
  entities: Entity[]
  dates: TimeExpression[]
  quotes: Quote[]
  quantities: Quantity[]
  diagnostics: Diagnostic[]
}

/**
 * Assemble the Article.
 *
 * @param parts What the stages found.
 * @returns The Article, with fields in a stable order.
 */
export function buildArticle(parts: Parts): Article {
  const {input, layout, published, datelineDate} = parts
  const dateline = layout.dateline ? buildDateline(input, layout.dateline, datelineDate) : undefined
  const article: Article = {
    headline: layout.headline ? input.slice(layout.headline.start, layout.headline.end) : undefined,
    headlineSpan: layout.headline,
    source: layout.headerSource ?? dateline?.source ?? layout.bylineSource,
    published,
    authors: layout.authors,
    dateline,
    body: layout.body,
    paragraphs: parts.paragraphs,
    entities: parts.entities,
    dates: parts.dates,
    quotes: parts.quotes,
    quantities: parts.quantities,
    diagnostics: [...parts.diagnostics, ...layoutDiagnostics(parts)]
  }
  return dropUndefined(article)
}

function buildDateline(input: string, found: NonNullable<Layout['dateline']>, date: string | undefined): Dateline {
  const dateline: Dateline = {text: input.slice(found.span.start, found.span.end), span: found.span}
  if (found.place) dateline.place = found.place
  if (date) dateline.date = date
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
