import type {Span} from '../types.js'

/** One line of the input, without its line terminator. */
export interface Line {
  /** Offset of the first character of the line. */
  start: number
  /** Offset just past the last character, before the terminator. */
  end: number
  /** `input.slice(start, end)`. */
  text: string
  /** Whether the line holds nothing visible. */
  blank: boolean
}

/**
 * Characters that take no room on the page: white space (including NBSP and
 * the BOM), zero-width marks, the soft hyphen and control characters.
 */
const invisible = /[\s\u0000-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u2060\u2066-\u2069\uFEFF]/

/**
 * Whether a character takes no room on the page.
 *
 * @param character One UTF-16 code unit (or `undefined` past the end).
 * @returns `true` for white space, zero-width and control characters.
 */
export function isInvisible(character: string | undefined): boolean {
  return character !== undefined && invisible.test(character)
}

/**
 * Split the input into lines on LF, CRLF, CR, LS and PS, keeping offsets.
 *
 * @param input The caller's text.
 * @returns Every line, blank ones included, in order.
 */
export function splitLines(input: string): Line[] {
  const lines: Line[] = []
  const terminator = /\r\n|[\n\r\u2028\u2029\u0085]/g
  let start = 0
  let match: RegExpExecArray | null
  while ((match = terminator.exec(input))) {
    lines.push(makeLine(input, start, match.index))
    start = match.index + match[0].length
  }
  lines.push(makeLine(input, start, input.length))
  return lines
}

/**
 * Make a line record.
 *
 * @param input The caller's text.
 * @param start Offset of the line.
 * @param end Offset past the line.
 * @returns The line.
 */
function makeLine(input: string, start: number, end: number): Line {
  const text = input.slice(start, end)
  return {start, end, text, blank: isBlank(text)}
}

/**
 * Whether a string holds nothing visible.
 *
 * @param text Any text.
 * @returns `true` when every character is invisible.
 */
export function isBlank(text: string): boolean {
  for (const character of text) {
    if (!invisible.test(character)) return false
  }
  return true
}

/**
 * Shrink a span so that it neither starts nor ends with an invisible character.
 *
 * @param input The caller's text.
 * @param span The span to trim.
 * @returns The trimmed span; empty (`start === end`) when nothing is visible.
 */
export function trimSpan(input: string, span: Span): Span {
  let {start, end} = span
  while (start < end && isInvisible(input[start])) start++
  while (end > start && isInvisible(input[end - 1])) end--
  return {start, end}
}
