import type {Article} from '../index.js'

/**
 * The listing `wirecopy --summary` prints: what a person reads first. The
 * layout fields, one a line, then the entities, dates, quantities and quotes with their
 * text, and the diagnostics.
 */

/** Longest quote shown whole, in characters; a longer one is cut with `…`. */
const quoteWidth = 110

/**
 * Write an Article as a short, readable listing.
 *
 * @param article The Article.
 * @returns The listing, lines ending in `\n`.
 */
export function summarize(article: Article): string {
  const lines = [...layout(article), ...entities(article), ...dates(article), ...quantities(article), ...quotes(article), ...diagnostics(article)]
  return lines.join('\n') + '\n'
}

/** Headline, byline, dateline, source and date, each on a labelled line. */
function layout(article: Article): string[] {
  const dateline = article.dateline
  const rows: Array<[string, string | undefined]> = [
    ['Headline', article.headline],
    ['Byline', article.authors.map((author) => author.name + (author.role ? ' (' + author.role + ')' : '')).join(', ') || undefined],
    ['Dateline', dateline ? dateline.text + bracket([dateline.place, dateline.date, dateline.source]) : undefined],
    ['Source', article.source],
    ['Published', article.published]
  ]
  return rows.map(([label, value]) => label.padEnd(10) + ' ' + (value ?? '—'))
}

/** The entities: type, name, mention count, country, and the other forms of their mentions. */
function entities(article: Article): string[] {
  const lines = ['', heading('Entities', article.entities.length)]
  for (const entity of article.entities) {
    const others = [...new Set(entity.mentions.map((mention) => mention.text))].filter((text) => text !== entity.name)
    lines.push(
      '  ' + entity.type.padEnd(13) + entity.name + ' ×' + entity.mentions.length +
        (entity.country ? ' [' + entity.country + ']' : '') +
        (others.length > 0 ? ' (also: ' + others.join(', ') + ')' : '')
    )
  }
  return lines
}

/** The time expressions: their text, type and value. */
function dates(article: Article): string[] {
  const lines = ['', heading('Dates', article.dates.length)]
  for (const date of article.dates) {
    lines.push('  ' + date.type.padEnd(13) + date.text + ' → ' + date.value + (date.mod ? ' (' + date.mod + ')' : ''))
  }
  return lines
}

/** The quantities: their text, value, unit and what bounds or moves them. */
function quantities(article: Article): string[] {
  const lines = ['', heading('Quantities', article.quantities.length)]
  for (const quantity of article.quantities) {
    const value = quantity.to === undefined ? String(quantity.value) : quantity.value + '–' + quantity.to
    const extra = [quantity.unit, quantity.mod, quantity.change].filter(Boolean).join(', ')
    lines.push('  ' + quantity.kind.padEnd(13) + quantity.text.replace(/\s+/g, ' ') + ' → ' + value + (extra ? ' (' + extra + ')' : ''))
  }
  return lines
}

/** The quotes: kind, text, speaker and cue. */
function quotes(article: Article): string[] {
  const lines = ['', heading('Quotes', article.quotes.length)]
  for (const quote of article.quotes) {
    const text = quote.text.replace(/\s+/g, ' ')
    const shown = text.length > quoteWidth ? text.slice(0, quoteWidth - 1).trimEnd() + '…' : text
    const who = [quote.speaker?.text, quote.cue?.text].filter(Boolean).join(', ')
    lines.push('  ' + quote.kind.padEnd(13) + '“' + shown + '”' + (who ? ' — ' + who : ''))
  }
  return lines
}

/** The diagnostics, when there are any. */
function diagnostics(article: Article): string[] {
  if (article.diagnostics.length === 0) return []
  const lines = ['', heading('Diagnostics', article.diagnostics.length)]
  for (const diagnostic of article.diagnostics) {
    lines.push('  ' + diagnostic.severity.padEnd(13) + diagnostic.code + ': ' + diagnostic.message)
  }
  return lines
}

function heading(name: string, count: number): string {
  return name + ' (' + count + ')'
}

function bracket(parts: Array<string | undefined>): string {
  const present = parts.filter(Boolean)
  return present.length > 0 ? '  [' + present.join(' · ') + ']' : ''
}
