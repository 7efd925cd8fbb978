import {buildArticle} from './assembly/build-article.js'
import {checkInput, inputDiagnostics} from './assembly/check-input.js'
import {readLayout} from './layout/index.js'
import {readSegments} from './text/index.js'
import type {Article, ParseOptions} from './types.js'

/**
 * Turn one raw news dispatch into an `Article`.
 *
 * The stages run in order: layout (header, headline, byline, dateline,
 * trailers, paragraphs) → text (sentences) → assembly. The function is pure:
 * it reads no clock, environment, file or network.
 *
 * @param text The dispatch as plain text.
 * @param options Optional settings: `published`, `maxLength`.
 * @returns The Article; every span in it indexes `text`.
 * @throws {TypeError} When `text` is not a string, or an option has the wrong type.
 * @throws {RangeError} When `text` is longer than `maxLength`, or `published` is no date.
 */
export function parseDispatch(text: string, options?: ParseOptions): Article {
  const settings = checkInput(text, options)
  const diagnostics = inputDiagnostics(text)
  const layout = readLayout(text)
  const segments = readSegments(text, [
    ...(layout.headline ? [{kind: 'headline' as const, span: layout.headline}] : []),
    ...(layout.dateline ? [{kind: 'dateline' as const, span: layout.dateline.span}] : []),
    ...layout.paragraphs.map((span) => ({kind: 'paragraph' as const, span}))
  ])
  const paragraphs = segments
    .filter((segment) => segment.kind === 'paragraph')
    .map((segment) => ({span: segment.span, sentences: segment.sentences}))
  return buildArticle({input: text, layout, paragraphs, published: settings.published, diagnostics})
}
