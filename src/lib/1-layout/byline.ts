import type {Author, AuthorRole, Span} from '../types.js'
import {agencyName, outletWords, roleWords} from './agencies.js'
import {isBlank, trimSpan, type Line} from './lines.js'
import {dropPlace, isPersonName, normaliseName, splitList, type Piece} from './names.js'

/**
 * Bylines: `By Akbar Mammadov`, `By Manny Fernandez and Ilana Panich-Linsman`,
 * `By JONATHAN J. COOPER and STEVE PEOPLES`, `By Jared Kotler, Associated Press
 * Writer`, `By Ronald Blum, The Associated Press`, `By Leman Zeynalova - Trend:`.
 */

/** What a byline says. */
export interface Byline {
  authors: Author[]
  /** The outlet it credits, canonical. */
  source?: string
  /** Where the byline ends; the rest of its line, if any, is story text. */
  end: number
}

const opener = /^\s*by\s+/i
const agencyTail = /[-–—|]\s*([^-–—|:\s][^-–—|:]{0,38}?[^-–—|:\s])(?:\s*:\s*|\s*$)/y

/**
 * Read a `By …` line.
 *
 * @param input The caller's text.
 * @param line The line to read.
 * @returns The byline, or `undefined` when the line is not one.
 */
export function readByline(input: string, line: Line): Byline | undefined {
  const open = opener.exec(line.text)
  if (!open || line.text.length > 200) return undefined
  const from = line.start + open[0].length
  const tail = readAgencyTail(input, from, line.end)
  const listEnd = tail ? tail.listEnd : line.end
  const credit = readCredit(input, trimSpan(input, {start: from, end: listEnd}))
  if (!credit) return undefined
  if (!tail && credit.authors.length === 0 && credit.source === undefined) return undefined
  return {authors: credit.authors, source: tail?.source ?? credit.source, end: tail ? tail.end : line.end}
}

/**
 * Read a bare name line, as Reuters copy of the 1990s puts between headline
 * and dateline: `Nadim Ladki`.
 *
 * @param input The caller's text.
 * @param line The line.
 * @returns The byline, or `undefined`.
 */
export function readNameLine(input: string, line: Line): Byline | undefined {
  const span = trimSpan(input, line)
  const text = input.slice(span.start, span.end)
  if (text.length > 60 || !isPersonName(text) || /[,;:]/.test(text)) return undefined
  return {authors: [{name: normaliseName(text), span}], end: line.end}
}

/**
 * Read a line that only names an outlet: `Associated Press`, `The Associated Press`.
 *
 * @param input The caller's text.
 * @param line The line.
 * @returns The canonical outlet, or `undefined`.
 */
export function readOutletLine(input: string, line: Line): string | undefined {
  const span = trimSpan(input, line)
  return agencyName(input.slice(span.start, span.end))
}

/** The people and outlet of a credit list, with any role. */
interface Credit {
  authors: Author[]
  source?: string
}

/**
 * Read a list of credited people: names, an outlet and a role such as
 * `Associated Press Writer`. Every piece must be one of those.
 *
 * @param input The caller's text.
 * @param span The list.
 * @param role The role to give everyone (`reporting`, …), if known.
 * @returns The credit, or `undefined` when a piece is neither name, outlet nor role.
 */
export function readCredit(input: string, span: Span, role?: AuthorRole): Credit | undefined {
  if (span.end <= span.start || isBlank(input.slice(span.start, span.end))) return undefined
  const people: Piece[] = []
  let source: string | undefined
  let creditRole = role
  for (const raw of splitList(input, span)) {
    const piece = dropPlace(raw)
    const words = piece.text.replace(/\.$/, '').split(/\s+/)
    const last = (words.at(-1) ?? '').toLowerCase()
    const agency = agencyName(piece.text)
    if (agency) {
      source ??= agency
    } else if (roleWords.has(last)) {
      creditRole ??= roleWords.get(last)
      source ??= agencyName(words.slice(0, -1).join(' '))
    } else if (isPersonName(piece.text)) {
      people.push(piece)
    } else if (isOutlet(words)) {
      source ??= outletName(words) ?? piece.text
    } else {
      return undefined
    }
  }
  const authors = people.map(function (piece): Author {
    const author: Author = {name: normaliseName(piece.text), span: piece.span}
    if (creditRole) author.role = creditRole
    return author
  })
  return {authors, source}
}

/** The agency in an outlet phrase: `Reuters Staff` → `Reuters`. */
function outletName(words: string[]): string | undefined {
  return agencyName(words.filter((word) => !outletWords.has(word.toLowerCase().replace(/[.,]$/, ''))).join(' '))
}

function isOutlet(words: string[]): boolean {
  return words.length <= 6 && words.some((word) => outletWords.has(word.toLowerCase().replace(/[.,]$/, '')))
}

/**
 * Find an agency after the names: `By Leman Zeynalova - Trend:`.
 *
 * @param input The caller's text.
 * @param from Where the names start.
 * @param end The end of the line.
 * @returns Where the names end, the agency, and where the byline ends.
 */
function readAgencyTail(
  input: string,
  from: number,
  end: number
): {listEnd: number; source: string; end: number} | undefined {
  const text = input.slice(from, end)
  const dash = /(?<=\s)[-–—|]/g
  let match: RegExpExecArray | null
  while ((match = dash.exec(text))) {
    agencyTail.lastIndex = match.index
    const tail = agencyTail.exec(text)
    const source = tail ? agencyName(tail[1] ?? '') : undefined
    if (tail && source) {
      return {listEnd: from + text.slice(0, match.index).trimEnd().length, source, end: from + match.index + tail[0].length}
    }
  }
  return undefined
}
