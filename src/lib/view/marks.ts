import type {Article} from '../types.js'

/**
 * The highlights of an Article: every mention, date, quantity, quote, cue and speaker
 * as a span with the markup to open and close it.
 */

/** One highlight. */
export interface Mark {
  start: number
  end: number
  /** Open tag. */
  open: string
  /** Close tag. */
  close: string
  /** Larger marks open first and close last when they share a boundary. */
  rank: number
}

/**
 * List the highlights of an Article.
 *
 * @param article The Article.
 * @returns The marks, unsorted.
 */
export function collectMarks(article: Article): Mark[] {
  const marks: Mark[] = []
  for (const quote of article.quotes) {
    const nested = quote.parent === undefined ? '' : ' nested in quote ' + (quote.parent + 1)
    const about = [quote.kind + ' quote' + nested, quote.cue ? 'cue: ' + quote.cue.text : '', quote.speaker ? 'speaker: ' + quote.speaker.text + (quote.speaker.entity ? ' (' + quote.speaker.entity + ')' : '') : '']
    marks.push(mark(quote.span, 'q', 'quote quote-' + quote.kind + (nested ? ' quote-nested' : ''), about.filter(Boolean).join('; '), 0))
    if (quote.cue) marks.push(mark(quote.cue.span, 'mark', 'cue', 'cue of a ' + quote.kind + ' quote', 2))
    if (quote.speaker) {
      const entity = quote.speaker.entity ? ' ' + quote.speaker.entity : ''
      marks.push(mark(quote.speaker.span, 'mark', 'speaker', 'speaker' + entity, 1, quote.speaker.entity))
    }
  }
  for (const entity of article.entities) {
    for (const mention of entity.mentions) {
      const title = entity.type + ' ' + entity.id + ': ' + entity.name + (entity.country ? ' [' + entity.country + ']' : '') + ' (' + mention.form + ')'
      marks.push(mark(mention.span, 'mark', 'entity entity-' + entity.type + ' form-' + mention.form, title, 3, entity.id))
    }
  }
  for (const date of article.dates) {
    const title = date.type + ' ' + date.value + (date.mod ? ' ' + date.mod : '')
    marks.push(mark(date.span, 'mark', 'date date-' + date.type, title, 3, undefined, date.value))
  }
  for (const quantity of article.quantities) {
    const value = quantity.to === undefined ? String(quantity.value) : quantity.value + '–' + quantity.to
    const about = quantity.about?.entity ? ' of ' + quantity.about.entity : ''
    const title = [quantity.kind, value, quantity.unit, quantity.mod, quantity.change].filter(Boolean).join(' ') + about
    marks.push(mark(quantity.span, 'mark', 'quantity quantity-' + quantity.kind, title, 3, undefined, value + (quantity.unit ? ' ' + quantity.unit : '')))
  }
  return marks
}

function mark(
  span: {start: number; end: number},
  tag: string,
  className: string,
  title: string,
  rank: number,
  entity?: string,
  value?: string
): Mark {
  let attributes = ' class="' + escape(prefixed(className)) + '" title="' + escape(title) + '"'
  if (entity) attributes += ' data-entity="' + escape(entity) + '"'
  if (value) attributes += ' data-value="' + escape(value) + '"'
  return {start: span.start, end: span.end, open: '<' + tag + attributes + '>', close: '</' + tag + '>', rank}
}

/**
 * Escape text for HTML content and attribute values. What HTML cannot carry —
 * NUL, a lone surrogate (no UTF-8 encodes it), a control character other than
 * white space — becomes U+FFFD, one character for one, as a browser shows it.
 *
 * @param text Any text.
 * @returns The text with `&`, `<`, `>`, `"` and `'` escaped.
 */
export function escape(text: string): string {
  return text
    .replace(/[&<>"']/g, (character) => '&#' + character.charCodeAt(0) + ';')
    .replace(/[\0-\x08\v\x0E-\x1F\x7F-\x9F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
}

/** The prefix of every class the view writes, so that an embedded view clashes with no page's classes. */
export const classPrefix = 'wirecopy'

/**
 * Put the view's prefix on each class of a class list.
 *
 * @param classes Space-separated classes: `entity entity-person`.
 * @returns The classes with the prefix: `wirecopy-entity wirecopy-entity-person`.
 */
export function prefixed(classes: string): string {
  return classes
    .split(' ')
    .map((name) => classPrefix + '-' + name)
    .join(' ')
}
