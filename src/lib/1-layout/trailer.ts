import type {Author} from '../types.js'
import {creditRoles} from './agencies.js'
import {readCredit} from './byline.js'
import type {Line} from './lines.js'
import {dropPlace, isPersonName, normaliseName, splitList} from './names.js'

/**
 * Trailers: what agencies append after the story. `(Reporting by …; Editing
 * by …)`, `Our Standards: …`, AP's `___` and `… contributed to this report.`,
 * copyright lines, `To contact the reporter …`, Xinhua's `Enditem`, and the
 * final ` Reuter` of 1987 copy.
 */

/** What the trailers say, and where the story ends. */
export interface Trailers {
  /** Offset just past the story: the trailers start at or after it. */
  end: number
  /** People the trailers credit, in text order. */
  authors: Author[]
  /** Whether any trailer was found. */
  found: boolean
}

const separatorLine = /^\s*(?:_{3,}|-{3,}|\*(?:\s*\*){2,}|#{3,}|={3,})\s*$/
const reuterLine = /^\s*reuters?\s*$/i
const enditem = /\benditem\s*$/i
const copyright = /^\s*(?:©|\(c\)|copyright\b)|\ball rights reserved\b/i
const standards = /^\s*our standards\s*:/i
const contact = /^\s*to contact the\b/i
const desk = /^\s*--\s*[\p{L} .,'&/-]{0,60}\b(?:desk|newsdesk|newsroom|bureau)\b[\s\d+()/.,-]*$/iu
const follow = /^\s*follow\b.{0,80}\b(?:on|at)\s+(?:twitter|x|facebook|instagram|threads|bluesky)\b/i
const creditLine = /^\s*(?:\(\s*)?((?:additional\s+)?(?:reporting|writing|editing|compil(?:ed|ing)|research|graphics|translat(?:ed|ion)))\s+by\b/i
const inlineCredit = /\(\s*(?:additional\s+)?(?:reporting|writing|editing|compiled)\s+by\b[^()]*\)\s*$/i
const contributed = /\b(?:contributed|contributing)(?:\s+reporting)?\s+(?:to|for)\s+this\s+(?:report|story|article)\.?\s*$/i
const contributorLabel = /^\s*(?:the\s+)?(?:associated press|ap|reuters|afp|bloomberg)\s+(?:staff\s+)?(?:writers?|reporters?|correspondents?|journalists?)\s+/i

/**
 * Find the trailers at the end of the body and cut them off.
 *
 * @param input The caller's text.
 * @param lines The lines of the body, in order; the last may end early.
 * @returns Where the story ends and whom the trailers credit.
 */
export function readTrailers(input: string, lines: Line[]): Trailers {
  const authors: Author[][] = []
  let last = lines.length - 1
  let end = lines.at(-1)?.end ?? 0
  let found = false
  const contactIndex = findContactBlock(lines)
  if (contactIndex !== undefined) {
    last = contactIndex - 1
    found = true
  }
  for (; last >= 0; last--) {
    const line = lines[last] as Line
    if (line.blank) continue
    const credits = readTrailerLine(input, line)
    if (credits) {
      authors.unshift(credits)
      found = true
      continue
    }
    const tail = readLineTail(input, line)
    if (tail) {
      authors.unshift(tail.authors)
      end = tail.end
      found = true
    } else {
      end = line.end
    }
    break
  }
  if (last < 0) end = lines[0]?.start ?? 0
  return {end, authors: authors.flat(), found}
}

/**
 * Read a whole line as a trailer.
 *
 * @param input The caller's text.
 * @param line A non-blank line.
 * @returns The people it credits (maybe none), or `undefined` when it is story text.
 */
function readTrailerLine(input: string, line: Line): Author[] | undefined {
  const text = line.text
  if (text.length > 400) return undefined
  if (separatorLine.test(text) || reuterLine.test(text) || /^\s*enditem\s*$/i.test(text)) return []
  if (copyright.test(text) || standards.test(text) || follow.test(text) || desk.test(text)) return []
  if (creditLine.test(text)) {
    const credited = readCredits(input, line.start, text)
    return credited.length > 0 ? credited : undefined
  }
  if (contributed.test(text)) return readContributors(input, line)
  return undefined
}

/**
 * Read a trailer that ends the last line of the story: `… said. Enditem`,
 * `… said. (Reporting by …)`.
 *
 * @param input The caller's text.
 * @param line The last line of the story.
 * @returns Where the story ends and whom the trailer credits, or `undefined`.
 */
function readLineTail(input: string, line: Line): {end: number; authors: Author[]} | undefined {
  const item = enditem.exec(line.text)
  if (item && item.index > 0) return {end: line.start + item.index, authors: []}
  const credit = inlineCredit.exec(line.text)
  if (credit && credit.index > 0) {
    const start = line.start + credit.index
    return {end: start, authors: readCredits(input, start, input.slice(start, line.end)) ?? []}
  }
  return undefined
}

/**
 * Read `(Reporting by A in X; Additional reporting by B; Editing by C and D)`.
 *
 * @param input The caller's text.
 * @param offset Where `text` starts in the input.
 * @param text The credits.
 * @returns The people credited, each with the role of their clause.
 */
function readCredits(input: string, offset: number, text: string): Author[] {
  const authors: Author[] = []
  const clause = /\b((?:additional\s+)?(?:reporting|writing|editing|compil(?:ed|ing)|research|graphics|translat(?:ed|ion)))\s+by\s+([^;()]+)/gi
  let match: RegExpExecArray | null
  while ((match = clause.exec(text))) {
    const role = creditRoles.get((match[1] ?? '').toLowerCase().replace(/\s+/g, ' ')) ?? 'reporting'
    const listStart = offset + match.index + match[0].length - (match[2] ?? '').length
    const list = trimEndDots(match[2] ?? '')
    const credit = readNames(input, listStart, list)
    for (const author of credit) authors.push({...author, role})
  }
  return authors
}

/**
 * Read `Associated Press writer Jane Doe in Kyiv contributed to this report.`
 *
 * @param input The caller's text.
 * @param line The line.
 * @returns The contributors, with role `contributing`.
 */
function readContributors(input: string, line: Line): Author[] {
  const match = contributed.exec(line.text)
  if (!match) return []
  let text = line.text.slice(0, match.index)
  const label = contributorLabel.exec(text)
  const from = label ? label[0].length : 0
  text = text.slice(from)
  return readNames(input, line.start + from, text).map((author) => ({...author, role: 'contributing'}))
}

/**
 * Read a list of names, keeping only the pieces that are names.
 *
 * @param input The caller's text.
 * @param offset Where `list` starts in the input.
 * @param list `A in X, B and C`.
 * @returns The authors, without roles.
 */
function readNames(input: string, offset: number, list: string): Author[] {
  const lead = list.length - list.trimStart().length
  const span = {start: offset + lead, end: offset + list.trimEnd().length}
  if (span.end <= span.start) return []
  const credit = readCredit(input, span)
  if (credit) return credit.authors
  return splitList(input, span)
    .map(dropPlace)
    .filter((piece) => isPersonName(piece.text))
    .map((piece) => ({name: normaliseName(piece.text), span: piece.span}))
}

/**
 * Find the first `To contact the reporter …` near the end: it and what follows are trailers.
 *
 * @param lines The lines of the body.
 * @returns The index of the line that opens the block, or `undefined`.
 */
function findContactBlock(lines: Line[]): number | undefined {
  let seen = 0
  let found: number | undefined
  for (let index = lines.length - 1; index >= 0 && seen < 12; index--) {
    const line = lines[index] as Line
    if (line.blank) continue
    seen++
    if (line.text.length > 300) break
    if (contact.test(line.text)) found = index
  }
  return found
}


/** Drop white space and periods from the end of a list. */
function trimEndDots(text: string): string {
  let end = text.length
  while (end > 0 && /[\s.]/.test(text.charAt(end - 1))) end--
  return text.slice(0, end)
}
