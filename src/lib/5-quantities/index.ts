import {tokensOf, type Document} from '../2-text/index.js'
import type {Entity, Quantity, Span, TimeExpression} from '../types.js'
import {candidateStretches, isScaleAfterA, isStartWord} from './candidates.js'
import {nameAt, type Context, type NameSpan} from './context.js'
import {isExcluded, isIdentifierList} from './exclusions.js'
import {readQuantity, type Reading} from './read-quantity.js'
import {sentenceWords, type Word} from './sentence-words.js'

/**
 * The quantities stage: the numbers a story reports, as typed values. It
 * reads the token layer sentence by sentence, after the dates stage (whose
 * dates, times, durations and ages are not quantities) and the entities
 * stage (numbers inside names are not quantities; a counted noun that is a
 * name is linked to its entity).
 *
 * @param document The parsed window.
 * @param dates The window's time expressions.
 * @param entities The window's entities.
 * @param stretchesOf What gives the stretches of a sentence to read (the
 *   ones around its candidates; the tests give whole sentences).
 * @returns The quantities, in text order.
 */
export function findQuantities(
  document: Document,
  dates: readonly TimeExpression[],
  entities: readonly Entity[],
  stretchesOf: typeof candidateStretches = candidateStretches
): Quantity[] {
  const table = tokensOf(document)
  const input = document.input
  const context = {dates: sortedSpans(dates.map((date) => date.span)), names: nameSpans(entities), dateAt: 0}
  const found: Quantity[] = []

  for (let sentence = 0; sentence + 1 < table.sentenceStart.length; sentence++) {
    const first = table.sentenceStart[sentence]!
    const end = table.sentenceStart[sentence + 1]!
    const stretches = stretchesOf(input, table, first, end)
    // "resolutions 822, 853 and 884": a list of identifiers goes on across stretches.
    const list = {identifiers: false}
    for (let at = 0; at < stretches.length; at += 2) {
      const words = sentenceWords(input, table, stretches[at]!, stretches[at + 1]!, first, end)
      readStretch(input, words, context, list, found)
    }
  }

  return found
}

function readStretch(input: string, words: readonly Word[], context: Context, list: {identifiers: boolean}, found: Quantity[]): void {
  let index = 0
  let identifiers = list.identifiers

  while (index < words.length) {
    const reading = mayStartNumber(words, index) ? readQuantity(words, index) : undefined
    if (!reading) {
      index++
      continue
    }
    identifiers = isIdentifierList(words, reading, identifiers)
    if (!identifiers && !isExcluded(input, words, reading, context)) found.push(inherit(input, toQuantity(input, reading, context), found.at(-1)))
    index = Math.max(index + 1, reading.number.last + 1)
  }
  list.identifiers = identifiers
}

function toQuantity(input: string, reading: Reading, context: Context): Quantity {
  const quantity: Quantity = {
    text: input.slice(reading.start, reading.end),
    span: {start: reading.start, end: reading.end},
    value: reading.value,
    kind: reading.kind
  }
  if (reading.to !== undefined) quantity.to = reading.to
  if (reading.unit) quantity.unit = reading.unit
  if (reading.mod) quantity.mod = reading.mod
  if (reading.change) quantity.change = reading.change
  if (reading.about) {
    const start = reading.about.start
    const end = reading.about.end
    const about: NonNullable<Quantity['about']> = {text: input.slice(start, end), span: {start, end}}
    const name = nameAt(context, {start, end})
    if (name) about.entity = name.entity
    quantity.about = about
  }
  return quantity
}

/**
 * A conversion in brackets or after "or" says the same as the quantity before
 * it, with its bound and move: "more than 7.5 million crowns (US$1.1
 * million)", "just under 296 hp (224 kW / 300 PS)", "dropped by 1 to 1.5
 * degrees Celsius (1.8 to 2.7 Fahrenheit)", "up 62 cents, or 0.8%".
 */
function inherit(input: string, quantity: Quantity, before: Quantity | undefined): Quantity {
  if (before) inheritAbout(input, quantity, before), inheritUnit(input, quantity, before), lendUnit(input, quantity, before)
  if (before?.change && !quantity.change && !quantity.mod && isElidedMove(input.slice(before.span.end, quantity.span.start))) {
    quantity.change = before.change
  }
  if (!before || quantity.mod || quantity.change || (!before.mod && !before.change)) return quantity
  const between = quantity.span.start - before.span.end
  if (between < 1 || between > 5 || !/^\s*[(/]\s*$|^,?\s+or\s+$/.test(input.slice(before.span.end, quantity.span.start))) return quantity
  if (before.mod) quantity.mod = before.mod
  if (before.change) quantity.change = before.change
  return quantity
}

/**
 * "a minus-1.4 degree angle in 2018 and 2.1 last year": a bare decimal after
 * "and" is measured in the unit of the measure or share before it.
 */
function inheritUnit(input: string, quantity: Quantity, before: Quantity): void {
  if (quantity.kind !== 'count' || quantity.unit || quantity.to !== undefined || !/^\d+(?:\.\d+)?$/.test(quantity.text)) return
  if (!before.unit || before.to !== undefined || (before.kind !== 'measure' && before.kind !== 'percent')) return
  const between = input.slice(before.span.end, quantity.span.start)
  if (between.length > 60 || /[;:.!?]\s/.test(between)) return
  // "in 2018 and 2.1 last year"; "rose by 2 percent but the Nasdaq fell by 1".
  const decimal = quantity.text.includes('.') && /\sand\s+$/.test(between)
  if (!decimal && !/\s(?:and|but|while|whereas)\s.*\sby\s+$/.test(between)) return
  quantity.kind = before.kind
  quantity.unit = before.unit
}

/** "raised 280 million of the 1.5 billion shekels": a part of a sum is in the sum's currency. */
function lendUnit(input: string, quantity: Quantity, before: Quantity): void {
  if (quantity.kind !== 'money' || before.kind !== 'count' || before.unit || before.to !== undefined) return
  if (before.value >= quantity.value || !/^\s+of\s+(?:the|its|their|his|her)\s+$/.test(input.slice(before.span.end, quantity.span.start))) return
  before.kind = 'money'
  before.unit = quantity.unit!
}

/** "Ross was down 2.3%, Burlington by 2.6%": a name and "by", the verb left out. */
function isElidedMove(between: string): boolean {
  if (between.length > 48 || !between.startsWith(',')) return false
  const words = between.slice(1).trim().split(/\s+/)
  if (words.length < 2 || words.length > 5 || words.at(-1) !== 'by') return false
  return words.slice(0, -1).every((word, index) => /^\p{Lu}/u.test(word) || (index > 0 && (word === 'and' || word === '&')))
}

/** "up 19 cents at $58.24", "rose 2.5% to 1,478 points": the level is about what the move is about. */
function inheritAbout(input: string, quantity: Quantity, before: Quantity): void {
  if (quantity.about || !before.about || before.kind === 'count' || quantity.kind === 'count') return
  const gap = quantity.span.start - before.span.end
  if (gap < 1 || gap > 12) return
  const links = input.slice(before.span.end, quantity.span.start).replace(/^,/, '').trim().split(/\s+/)
  if (links.length <= 2 && links.every((word) => levelLinks.has(word))) {
    quantity.about = {...before.about, span: {...before.about.span}}
  }
}

/** The words between a move and its level: "up 19 cents at $58.24", "2.5%, or 30 points, to". */
const levelLinks = new Set(['', 'or', 'and', 'at', 'to', 'from'])

function sortedSpans(spans: Span[]): Span[] {
  return spans.sort((a, b) => a.start - b.start)
}

function nameSpans(entities: readonly Entity[]): NameSpan[] {
  const spans: NameSpan[] = []
  for (const entity of entities) {
    for (const mention of entity.mentions) {
      if (mention.form === 'name' || mention.form === 'acronym') spans.push({start: mention.span.start, end: mention.span.end, entity: entity.id})
    }
  }
  return spans.sort((a, b) => a.start - b.start)
}

/** Words a number may start with: a digit, a currency symbol before one, a number word, "a", "half", … */
function mayStartNumber(words: readonly Word[], index: number): boolean {
  const word = words[index]!
  const code = word.text.charCodeAt(0)
  if (code >= 48 && code <= 57) return true
  if (code === 46) return word.text.length > 1
  // "PS8.1bn", "US$55": a currency written against the figure.
  for (let at = 1; at < word.text.length && at < 7; at++) {
    const next = word.text.charCodeAt(at)
    if (next >= 48 && next <= 57) return true
  }
  if (word.lower === 'a' || word.lower === 'an') return index + 1 < words.length && isScaleAfterA(words[index + 1]!.lower)
  return isStartWord(word.lower)
}
