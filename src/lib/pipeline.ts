import {buildArticle} from './assembly/build-article.js'
import {checkInput, inputDiagnostics} from './assembly/check-input.js'
import {findDates} from './dates/index.js'
import {findEntitiesWith, type MentionFinder} from './entities/find-entities.js'
import {findQuotes} from './quotes/index.js'
import {readWindows} from './read-document.js'
import type {Document} from './text/index.js'
import type {Article, Diagnostic, Entity, Paragraph, ParseOptions, Quote, TimeExpression} from './types.js'
import {append} from './util/append.js'

/**
 * Run every stage over one dispatch: layout (header, headline, byline,
 * dateline, trailers, paragraphs) → text (NLCST trees and sentences) →
 * entities → dates → quotes → assembly. `parseDispatch` runs it with the
 * learned tagger; the light entry without.
 *
 * @param text The dispatch as plain text.
 * @param options Optional settings: `published`, `maxLength`.
 * @param tag What finds names in the entities stage.
 * @returns The Article; every span in it indexes `text`.
 * @throws {TypeError} When `text` is not a string, or an option has the wrong type.
 * @throws {RangeError} When `text` is longer than `maxLength`, or `published` is no date.
 */
export function runPipeline(text: string, options: ParseOptions | undefined, tag: MentionFinder): Article {
  const settings = checkInput(text, options)
  const {layout, windows} = readWindows(text, settings.published)
  const found: Found = {entities: [], dates: [], quotes: [], diagnostics: [], paragraphs: []}
  for (const document of windows) readWindow(document, found, tag)
  return buildArticle({
    input: text,
    layout,
    paragraphs: found.paragraphs,
    published: settings.published,
    entities: found.entities,
    dates: found.dates,
    quotes: found.quotes,
    diagnostics: [...inputDiagnostics(text), ...found.diagnostics]
  })
}

/** What the stages after the text stage found, window after window. */
interface Found {
  entities: Entity[]
  dates: TimeExpression[]
  quotes: Quote[]
  diagnostics: Diagnostic[]
  paragraphs: Paragraph[]
}

/**
 * Run the entities, dates and quotes stages over one window and add what they
 * find, numbering entities on from the previous windows'.
 *
 * @param document The window.
 * @param found What the previous windows found; changed in place.
 * @param tag What finds names in the entities stage.
 */
function readWindow(document: Document, found: Found, tag: MentionFinder): void {
  const entities = findEntitiesWith(document, tag)
  const dates = findDates(document)
  const quotes = findQuotes(document, entities)
  const offset = found.entities.length
  if (offset > 0) renumber(entities, quotes.quotes, offset)
  append(found.entities, entities)
  append(found.dates, dates)
  append(found.quotes, quotes.quotes)
  append(found.diagnostics, quotes.diagnostics)
  for (const segment of document.segments) {
    if (segment.kind === 'paragraph') found.paragraphs.push({span: segment.span, sentences: segment.sentences})
  }
}

/**
 * Give a later window's entities ids after the earlier windows' (`e1`, `e2`,
 * … stay in order of first mention), and its quotes' speakers the new ids.
 */
function renumber(entities: Entity[], quotes: Quote[], offset: number): void {
  const ids = new Map<string, string>()
  for (const [index, entity] of entities.entries()) {
    const id = 'e' + (offset + index + 1)
    ids.set(entity.id, id)
    entity.id = id
  }
  for (const quote of quotes) {
    if (quote.speaker?.entity) quote.speaker.entity = ids.get(quote.speaker.entity) ?? quote.speaker.entity
  }
}
