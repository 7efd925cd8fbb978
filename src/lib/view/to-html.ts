import type {Article} from '../types.js'
import {collectMarks, escape, prefixed, type Mark} from './marks.js'
import {pageStyle, style} from './style.js'
import {checkOptions, show, type OptionChecks} from '../util/check-options.js'

/** Options for `toHtml`. */
export interface HtmlOptions {
  /**
   * Write an element to embed in a page (`<div class="wirecopy">` with its own
   * style, every rule and class under the `wirecopy` prefix) instead of a
   * whole HTML document (default `false`).
   */
  fragment?: boolean | undefined
}

/** The options `toHtml` knows, each with its check. */
const htmlOptionChecks: OptionChecks<HtmlOptions> = {
  fragment(value, name) {
    if (typeof value !== 'boolean') throw new TypeError('Expected `' + name + '` to be a boolean, got ' + show(value))
  }
}

/**
 * Render an Article over its text as one self-contained HTML page, or an
 * element to embed, the way displaCy shows spaCy's output: entities
 * highlighted by type (hover for the entity and its cluster), dates with
 * their values, quotes with their cue and speaker, and a summary of the
 * layout. Pure: no I/O, no clock.
 *
 * @param article What `parseDispatch(text)` returned.
 * @param text The text it was parsed from.
 * @param options `fragment: true` for an element to embed instead of a page.
 * @returns An HTML document, or one `<div>`, as a string.
 * @throws {TypeError} When `article` is not an Article, `text` is not a
 *   string, or `options` is not an object of known options.
 */
export function toHtml(article: Article, text: string, options?: HtmlOptions): string {
  checkArticle(article)
  if (typeof text !== 'string') throw new TypeError('Expected `text` to be a string, got ' + show(text))
  const fragment = checkOptions(options, htmlOptionChecks)?.fragment === true
  const view =
    '<div class="wirecopy">' +
    (fragment ? '<style>' + style + '</style>' : '') +
    summary(article) +
    '<article class="wirecopy-text">' +
    highlight(text, collectMarks(article)) +
    '</article>' +
    legend(article) +
    '</div>'
  if (fragment) return view
  return (
    '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>' +
    escape(article.headline ?? 'wirecopy') +
    '</title><style>' +
    pageStyle +
    style +
    '</style></head><body>' +
    view +
    '</body></html>\n'
  )
}

/**
 * Write the text with its marks, splitting marks that cross each other so that
 * the HTML stays well nested.
 *
 * @param text The text.
 * @param marks The marks.
 * @returns HTML.
 */
function highlight(text: string, marks: Mark[]): string {
  const valid = marks.filter((mark) => mark.start < mark.end && mark.start >= 0 && mark.end <= text.length)
  const points = new Set<number>([0, text.length])
  for (const mark of valid) {
    points.add(mark.start)
    points.add(mark.end)
  }
  const sorted = [...points].sort((a, b) => a - b)
  const starting = groupBy(valid, (mark) => mark.start)
  let html = ''
  let open: Mark[] = []
  for (let index = 0; index < sorted.length - 1; index++) {
    const at = sorted[index] as number
    const next = sorted[index + 1] as number
    const still = open.filter((mark) => mark.end > at)
    const added = (starting.get(at) ?? []).sort(order)
    const wanted = [...still, ...added].sort(order)
    const keep = commonPrefix(open, wanted)
    for (let close = open.length - 1; close >= keep; close--) html += (open[close] as Mark).close
    for (let reopen = keep; reopen < wanted.length; reopen++) html += (wanted[reopen] as Mark).open
    open = wanted
    html += escape(text.slice(at, next))
  }
  for (let close = open.length - 1; close >= 0; close--) html += (open[close] as Mark).close
  return html
}

/** Outer marks first: longer spans, then lower rank. */
function order(a: Mark, b: Mark): number {
  return b.end - b.start - (a.end - a.start) || a.rank - b.rank || a.start - b.start
}

function commonPrefix(a: Mark[], b: Mark[]): number {
  let index = 0
  while (index < a.length && index < b.length && a[index] === b[index]) index++
  return index
}

function groupBy<T>(items: T[], key: (item: T) => number): Map<number, T[]> {
  const map = new Map<number, T[]>()
  for (const item of items) {
    const list = map.get(key(item))
    if (list) list.push(item)
    else map.set(key(item), [item])
  }
  return map
}

/** The layout fields, as a definition list. */
function summary(article: Article): string {
  const rows: Array<[string, string | undefined]> = [
    ['Headline', article.headline],
    ['Source', article.source],
    ['Published', article.published],
    ['Authors', article.authors.map((author) => author.name + (author.role ? ' (' + author.role + ')' : '')).join(', ') || undefined],
    ['Dateline', article.dateline ? [article.dateline.place, article.dateline.date, article.dateline.source].filter(Boolean).join(' · ') : undefined],
    ['Diagnostics', article.diagnostics.map((diagnostic) => diagnostic.code).join(', ') || undefined]
  ]
  const items = rows
    .filter((row): row is [string, string] => row[1] !== undefined)
    .map(([name, value]) => '<dt>' + escape(name) + '</dt><dd>' + escape(value) + '</dd>')
  return '<header class="wirecopy-summary"><dl>' + items.join('') + '</dl></header>'
}

/** The entities with their mention counts, the dates and the quotes, listed. */
function legend(article: Article): string {
  const entities = article.entities
    .map((entity) => '<li><mark class="' + prefixed('entity entity-' + escape(entity.type)) + '" data-entity="' + escape(entity.id) + '">' + escape(entity.name) + '</mark> ' + escape(entity.type) + (entity.country ? ' ' + escape(entity.country) : '') + ' ×' + entity.mentions.length + '</li>')
    .join('')
  const quotes = article.quotes
    .map((quote) => '<li>' + escape(quote.kind) + ' · cue ' + escape(quote.cue?.text ?? '—') + ' · speaker ' + escape(quote.speaker?.text ?? '—') + '</li>')
    .join('')
  const key = ['person', 'organization', 'location', 'group', 'misc']
    .map((type) => '<mark class="' + prefixed('entity entity-' + type) + '">' + type + '</mark> ')
    .join('')
  return (
    '<footer class="wirecopy-legend"><section><h2>Entities</h2><ul>' + entities + '</ul></section>' +
    '<section><h2>Quotes</h2><ul>' + quotes + '</ul></section>' +
    '<p class="wirecopy-key">' + key + '<mark class="wirecopy-date">date</mark> <mark class="wirecopy-quantity">quantity</mark> <q class="wirecopy-quote">quote</q> <mark class="wirecopy-cue">cue</mark> <mark class="wirecopy-speaker">speaker</mark></p></footer>'
  )
}

/** The lists of an Article that the view reads. */
const articleLists = ['authors', 'paragraphs', 'entities', 'dates', 'quantities', 'quotes', 'diagnostics'] as const

/**
 * Check that what was passed as `article` is an Article as `parseDispatch`
 * returns it, as far as the view reads it.
 *
 * @param article What the caller passed.
 * @throws {TypeError} When it is not.
 */
function checkArticle(article: unknown): void {
  if (article === null || typeof article !== 'object' || Array.isArray(article)) {
    throw new TypeError('Expected `article` to be an Article from `parseDispatch`, got ' + show(article))
  }
  const fields = article as Record<string, unknown>
  for (const list of articleLists) {
    if (!Array.isArray(fields[list])) {
      throw new TypeError('Expected `article` to be an Article from `parseDispatch`, got an object whose `' + list + '` is ' + show(fields[list]))
    }
  }
}
