import type {Author} from '../types.js'
import {agencyName} from './agencies.js'
import {readCredit} from './byline.js'
import {formatDate, readDate, readTime, readZone, type DateParts} from './date-time.js'
import {isBlank, trimSpan, type Line} from './lines.js'

/**
 * Header lines: a line that holds the publication date (and maybe a time, a
 * zone and the outlet) and nothing else: ` date 2020-04-07 By Azernews`,
 * `3 October 2022 09:59 (UTC+04:00)`, `Updated Dec. 17, 2025, 7:39 PM EST`.
 */

/** What a header line says. */
export interface Header {
  /** ISO 8601 date or date-time. */
  published: string
  /** The date, for anchoring year-less dates. */
  date: DateParts
  /** The outlet it names. */
  source?: string
  /** People it credits (`… By Jane Doe`). */
  authors: Author[]
}

const label =
  /\s*(?:(?:date|dated|published|posted|updated|last updated|first published|modified|last modified)\b(?:\s+on\b)?\s*:?\s*)?/iy
const beforeTime = /\s*(?:,|\/|\||-|–|—|·|•)?\s*(?:at\s+)?/y
const beforeZone = /\s*/y
const updatedTail = /\s*[/|]\s*updated\b.*$/iy
const creditTail = /\s*(?:[|–—-]\s*)?(?:by\s+)?/iy

/**
 * Read a header line.
 *
 * @param input The caller's text.
 * @param line The line.
 * @returns The header, or `undefined` when the line is not one.
 */
export function readHeader(input: string, line: Line): Header | undefined {
  const text = line.text
  if (text.length > 160) return undefined
  let index = skip(label, text, 0)
  const date = readDate(text, index)
  if (!date || date.value.year === undefined) return undefined
  index = date.end
  const time = readTime(text, skip(beforeTime, text, index))
  let offset: string | undefined
  if (time) {
    index = time.end
    const zone = readZone(text, skip(beforeZone, text, index), date.value)
    if (zone) {
      offset = zone.value
      index = zone.end
    }
  }
  index = skip(updatedTail, text, index)
  const header: Header = {published: formatDate(date.value, time?.value, offset), date: date.value, authors: []}
  return readTail(input, line, skip(creditTail, text, index), header)
}

/**
 * Read what follows the date: nothing, or the outlet or author it is by.
 *
 * @param input The caller's text.
 * @param line The line.
 * @param index Where the rest starts, within the line.
 * @param header The header read so far.
 * @returns The header, or `undefined` when the rest is something else.
 */
function readTail(input: string, line: Line, index: number, header: Header): Header | undefined {
  const rest = trimSpan(input, {start: line.start + index, end: line.end})
  if (rest.start === rest.end || isBlank(input.slice(rest.start, rest.end))) return header
  const text = input.slice(rest.start, rest.end)
  const agency = agencyName(text)
  if (agency) return {...header, source: agency}
  const credit = readCredit(input, rest)
  if (credit) return {...header, authors: credit.authors, source: credit.source}
  if (/^\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'’-]*){0,3}$/u.test(text)) {
    return {...header, source: text}
  }
  return undefined
}

function skip(pattern: RegExp, text: string, index: number): number {
  pattern.lastIndex = index
  const match = pattern.exec(text)
  return match ? index + match[0].length : index
}
