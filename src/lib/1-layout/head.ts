import type {Author, Span} from '../types.js'
import {readByline, readNameLine, readOutletLine} from './byline.js'
import {readDateline, readPlaceLine, type DatelineMatch} from './dateline.js'
import {readHeader, type Header} from './header.js'
import {isHeadline} from './headline.js'
import type {Line} from './lines.js'
import {append} from '../util/append.js'

/**
 * The head of a dispatch: everything before the story text. Header lines,
 * headline, bylines, outlet lines and the dateline come in many orders; read
 * line by line until a line is none of them.
 */

/** What the head says. */
export interface Head {
  headline?: Span
  header?: Header
  authors: Author[]
  /** Outlet named by a byline or outlet line. */
  source?: string
  dateline?: DatelineMatch
  /** Index of the line where the story starts. */
  bodyLine: number
  /** Offset where the story starts (inside `bodyLine` after a dateline). */
  bodyStart: number
}

/** A correction notice under the headline: `[CORRECTED 05:30 GMT]`. */
const correction = /^\s*\[(?:corrected|updated|refiled|repeat(?:ed)?|recasts?|adds?)\b[^\]]{0,60}\]\s*$/i

/** How many lines the head may span at most. */
const headLines = 16

/**
 * Read the head of a dispatch.
 *
 * @param input The caller's text.
 * @param lines All lines of the input.
 * @returns The head; when nothing is recognised, the story starts at the first line.
 */
export function readHead(input: string, lines: Line[]): Head {
  const head: Head = {authors: [], bodyLine: 0, bodyStart: 0}
  let index = 0
  for (let seen = 0; index < lines.length && seen < headLines; index++) {
    const line = lines[index] as Line
    if (line.blank) continue
    seen++
    const next = readHeadLine(input, lines, index, head)
    if (next === 'body') break
    if (typeof next === 'number') {
      head.bodyLine = index
      head.bodyStart = next
      return head
    }
    if (next === 'skip-block') index = skipBlock(lines, index)
    if (head.dateline) index = lineAt(lines, index, head.dateline.bodyStart - 1)
  }
  const line = lines[index]
  head.bodyLine = Math.min(index, lines.length - 1)
  head.bodyStart = line ? line.start : input.length
  if (line === undefined || headIsEverything(head, lines)) return emptyHead(input, lines)
  return head
}

/**
 * Read one line of the head into `head`.
 *
 * @returns `'head'` when the line belongs to the head, `'skip-block'` for a
 *   block of links to skip, `'body'` when the story starts with this line, or
 *   the offset where the story starts inside this line.
 */
function readHeadLine(input: string, lines: Line[], index: number, head: Head): 'head' | 'body' | 'skip-block' | number {
  const line = lines[index] as Line
  if (!head.header && !head.dateline) {
    const header = readHeader(input, line)
    if (header) {
      head.header = header
      append(head.authors, header.authors)
      return 'head'
    }
  }
  if (!head.dateline) {
    const dateline = readDateline(input, line, nextLine(lines, index)?.line)
    if (dateline) {
      head.dateline = dateline
      return dateline.bodyStart < line.end ? dateline.bodyStart : 'head'
    }
  }
  const byline = readByline(input, line)
  if (byline) {
    append(head.authors, byline.authors)
    head.source ??= byline.source
    return byline.end < line.end && !lineRestBlank(input, byline.end, line.end) ? byline.end : 'head'
  }
  if (head.authors.length > 0 || head.headline) {
    const outlet = readOutletLine(input, line)
    if (outlet) {
      head.source ??= outlet
      return 'head'
    }
  }
  if (/^\s*most read from\b/i.test(line.text)) return 'skip-block'
  if (correction.test(line.text)) return 'head'
  if (head.headline && !head.dateline) {
    const place = readPlaceLine(input, line)
    if (place) {
      head.dateline = place
      return 'head'
    }
  }
  if (!head.headline && !head.dateline && head.authors.length === 0 && isHeadlineAt(input, lines, index)) {
    head.headline = {start: line.start + lead(line.text), end: line.start + line.text.trimEnd().length}
    return 'head'
  }
  if (head.headline && !head.dateline && head.authors.length === 0) {
    const nameLine = readNameLine(input, line)
    const following = nextLine(lines, index)
    if (nameLine && following && following.blankBefore === false && readDateline(input, following.line)) {
      append(head.authors, nameLine.authors)
      return 'head'
    }
  }
  return 'body'
}

/**
 * Whether line `index` is a headline, judged by itself and by what follows.
 */
function isHeadlineAt(input: string, lines: Line[], index: number): boolean {
  const following = nextLine(lines, index)
  if (!following) return false
  const line = lines[index] as Line
  const beforeHeadMatter = following.blankBefore
    ? readDateline(input, following.line, nextLine(lines, following.index)?.line) !== undefined
    : isHeadMatter(input, lines, following.index)
  return isHeadline(line, following.blankBefore, beforeHeadMatter)
}

/**
 * Whether a line is a byline, dateline or header line, or a bare name line
 * directly before a dateline.
 */
function isHeadMatter(input: string, lines: Line[], index: number): boolean {
  const line = lines[index] as Line
  const following = nextLine(lines, index)
  if (readByline(input, line) || readDateline(input, line, following?.line) || readHeader(input, line)) return true
  return Boolean(
    readNameLine(input, line) && following && !following.blankBefore && readDateline(input, following.line)
  )
}

/**
 * Find the next non-blank line.
 *
 * @returns The line, its index, and whether a blank line stands between.
 */
function nextLine(lines: Line[], index: number): {line: Line; index: number; blankBefore: boolean} | undefined {
  for (let next = index + 1; next < lines.length; next++) {
    const line = lines[next] as Line
    if (!line.blank) return {line, index: next, blankBefore: next > index + 1}
  }
  return undefined
}

/**
 * Skip a block of headline links (`Most Read from Bloomberg`): the lines up to
 * the first blank line or the first line that ends a sentence.
 *
 * @returns The index of the last line of the block.
 */
function skipBlock(lines: Line[], index: number): number {
  let last = index
  for (let next = index + 1; next < lines.length; next++) {
    const line = lines[next] as Line
    if (line.blank) {
      if (next > last + 1) break
      continue
    }
    if (/[.!?]["”’]?\s*$/.test(line.text) || line.text.length > 200) break
    last = next
  }
  return last
}

/** The index of the line holding an offset, searching forwards from `index`. */
function lineAt(lines: Line[], index: number, offset: number): number {
  let at = index
  while (at + 1 < lines.length && (lines[at] as Line).end < offset) at++
  return at
}

/** When the head would swallow the whole text, there is no head at all. */
function headIsEverything(head: Head, lines: Line[]): boolean {
  return head.bodyLine >= lines.length - 1 && lines.slice(head.bodyLine).every((line) => line.blank)
}

function emptyHead(input: string, lines: Line[]): Head {
  const first = lines.findIndex((line) => !line.blank)
  const line = lines[Math.max(first, 0)]
  return {authors: [], bodyLine: Math.max(first, 0), bodyStart: line ? line.start : input.length}
}

function lineRestBlank(input: string, from: number, to: number): boolean {
  return input.slice(from, to).trim() === ''
}

function lead(text: string): number {
  return text.length - text.trimStart().length
}
