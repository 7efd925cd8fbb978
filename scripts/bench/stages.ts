/**
 * The share of each stage of parseDispatch, timed from the source modules in
 * the order parse-dispatch.ts runs them.
 */
import {buildArticle} from '../../src/lib/assembly/build-article.js'
import {checkInput, inputDiagnostics} from '../../src/lib/assembly/check-input.js'
import {findDates} from '../../src/lib/dates/index.js'
import {findEntities} from '../../src/lib/entities/index.js'
import {datesOf, readLayout} from '../../src/lib/layout/index.js'
import {findQuotes} from '../../src/lib/quotes/index.js'
import {documentStretches} from '../../src/lib/read-document.js'
import {readSegments, type Document} from '../../src/lib/text/index.js'

/**
 * Time each stage over some texts.
 *
 * @param texts The dispatches.
 * @param rounds How many rounds to add up (after one warm-up).
 * @returns Each stage's share of the total, 0–1.
 */
export function stageShares(texts: string[], rounds: number): Record<string, number> {
  const totals: Record<string, number> = {layout: 0, text: 0, entities: 0, dates: 0, quotes: 0, assembly: 0}
  for (let round = 0; round <= rounds; round++) {
    for (const text of texts) {
      const times = timeStages(text)
      if (round > 0) for (const key of Object.keys(totals)) totals[key] = (totals[key] ?? 0) + (times[key] ?? 0)
    }
  }
  const sum = Object.values(totals).reduce((a, b) => a + b, 0) || 1
  return Object.fromEntries(Object.entries(totals).map(([key, value]) => [key, value / sum]))
}

function timeStages(text: string): Record<string, number> {
  const times: Record<string, number> = {}
  let mark = performance.now()
  function lap(name: string): void {
    const now = performance.now()
    times[name] = (times[name] ?? 0) + now - mark
    mark = now
  }
  const settings = checkInput(text, undefined)
  const layout = readLayout(text)
  lap('layout')
  const document: Document = {
    input: text,
    segments: readSegments(text, documentStretches(layout)),
    authors: layout.authors,
    published: datesOf(layout, settings.published).published
  }
  lap('text')
  const entities = findEntities(document)
  lap('entities')
  const dates = findDates(document)
  lap('dates')
  const quotes = findQuotes(document, entities)
  lap('quotes')
  const paragraphs = document.segments.filter((s) => s.kind === 'paragraph').map((s) => ({span: s.span, sentences: s.sentences}))
  buildArticle({input: text, layout, paragraphs, entities, dates, quotes: quotes.quotes, diagnostics: [...inputDiagnostics(text), ...quotes.diagnostics]})
  lap('assembly')
  return times
}
