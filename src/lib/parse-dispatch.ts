import {buildArticle} from './assembly/build-article.js'
import {checkInput, inputDiagnostics} from './assembly/check-input.js'
import {findDates} from './dates/index.js'
import {findEntities} from './entities/index.js'
import {findQuotes} from './quotes/index.js'
import {readDocument} from './read-document.js'
import type {Article, ParseOptions} from './types.js'

/**
 * Turn one raw news dispatch into an `Article`.
 *
 * The stages run in order: layout (header, headline, byline, dateline,
 * trailers, paragraphs) → text (NLCST trees and sentences) → entities →
 * dates → quotes → assembly. The function is pure: it reads no clock,
 * environment, file or network.
 *
 * @param text The dispatch as plain text.
 * @param options Optional settings: `published`, `maxLength`.
 * @returns The Article; every span in it indexes `text`.
 * @throws {TypeError} When `text` is not a string, or an option has the wrong type.
 * @throws {RangeError} When `text` is longer than `maxLength`, or `published` is no date.
 */
export function parseDispatch(text: string, options?: ParseOptions): Article {
  const settings = checkInput(text, options)
  const {layout, document} = readDocument(text, settings.published)
  const entities = findEntities(document)
  const dates = findDates(document)
  const quotes = findQuotes(document, entities)
  const paragraphs = document.segments
    .filter((segment) => segment.kind === 'paragraph')
    .map((segment) => ({span: segment.span, sentences: segment.sentences}))
  return buildArticle({
    input: text,
    layout,
    paragraphs,
    published: settings.published,
    entities,
    dates,
    quotes: quotes.quotes,
    diagnostics: [...inputDiagnostics(text), ...quotes.diagnostics]
  })
}
