import {expect} from 'vitest'
import type {Article, Span} from '../../src/index.js'

/** One span found in an Article, with the text it claims to cover when the Article gives one. */
export interface SpanItem {
  /** Where in the Article: `'quotes[2].speaker'`, `'paragraphs[0].sentences[1]'`, … */
  path: string
  /** The text that must slice back from the input, when the field carries it as written. */
  text?: string
  /** The offsets. */
  span: Span
}

/**
 * Walk an Article and list every span in it, in a fixed order.
 *
 * Items whose text is normalised (author names, entity names, places) carry
 * no `text`: only their span is listed, since the name may differ from what
 * is written (title case for names in capitals).
 *
 * @param article The Article to walk.
 * @returns Every span with its path and, where the field is as written, its text.
 */
export function collectSpans(article: Article): SpanItem[] {
  const items: SpanItem[] = []

  if (article.headlineSpan) {
    items.push(item('headline', article.headline, article.headlineSpan))
  }

  for (const [index, author] of article.authors.entries()) {
    items.push(item('authors[' + index + ']', undefined, author.span))
  }

  if (article.dateline) {
    items.push(item('dateline', article.dateline.text, article.dateline.span))
  }

  items.push(item('body', undefined, article.body))

  for (const [index, paragraph] of article.paragraphs.entries()) {
    const path = 'paragraphs[' + index + ']'
    items.push(item(path, undefined, paragraph.span))

    for (const [position, sentence] of paragraph.sentences.entries()) {
      items.push(item(path + '.sentences[' + position + ']', undefined, sentence))
    }
  }

  for (const [index, entity] of article.entities.entries()) {
    for (const [position, mention] of entity.mentions.entries()) {
      items.push(
        item(
          'entities[' + index + '].mentions[' + position + ']',
          mention.text,
          mention.span
        )
      )
    }
  }

  for (const [index, date] of article.dates.entries()) {
    items.push(item('dates[' + index + ']', date.text, date.span))
  }

  for (const [index, quote] of article.quotes.entries()) {
    const path = 'quotes[' + index + ']'
    items.push(item(path, quote.text, quote.span))

    if (quote.cue) {
      items.push(item(path + '.cue', quote.cue.text, quote.cue.span))
    }

    if (quote.speaker) {
      items.push(item(path + '.speaker', quote.speaker.text, quote.speaker.span))
    }
  }

  for (const [index, quantity] of article.quantities.entries()) {
    const path = 'quantities[' + index + ']'
    items.push(item(path, quantity.text, quantity.span))

    if (quantity.about) {
      items.push(item(path + '.about', quantity.about.text, quantity.about.span))
    }
  }

  for (const [index, diagnostic] of article.diagnostics.entries()) {
    if (diagnostic.span) {
      items.push(item('diagnostics[' + index + ']', undefined, diagnostic.span))
    }
  }

  return items
}

/**
 * Assert the span contract of an Article: every span is a pair of integers
 * with `0 <= start <= end <= input.length`, every item with a text slices
 * back to exactly that text, and the headline comes with its span.
 *
 * @param input The string the Article was parsed from.
 * @param article The Article.
 */
export function expectSpansTrue(input: string, article: Article): void {
  expect(
    article.headline === undefined,
    'headline and headlineSpan must be present together'
  ).toBe(article.headlineSpan === undefined)

  for (const {path, text, span} of collectSpans(article)) {
    const where = path + ' ' + JSON.stringify(span)
    expect(Number.isInteger(span.start), where + ': start is an integer').toBe(true)
    expect(Number.isInteger(span.end), where + ': end is an integer').toBe(true)
    expect(span.start, where + ': start >= 0').toBeGreaterThanOrEqual(0)
    expect(span.start, where + ': start <= end').toBeLessThanOrEqual(span.end)
    expect(span.end, where + ': end <= input.length').toBeLessThanOrEqual(
      input.length
    )

    if (text !== undefined) {
      expect(input.slice(span.start, span.end), where + ': slices back').toBe(text)
    }
  }
}

/**
 * Make one item, leaving `text` out when there is none.
 *
 * @param path Where in the Article.
 * @param text The text as written, if the field has one.
 * @param span The offsets.
 * @returns The item.
 */
function item(path: string, text: string | undefined, span: Span): SpanItem {
  return text === undefined ? {path, span} : {path, text, span}
}
