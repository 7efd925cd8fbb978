import type {Span} from '../types.js'
import {trimSpan, type Line} from './lines.js'

/**
 * Paragraphs of the body: blocks between blank lines. Inside a block, lines
 * are one paragraph each, unless the block is hard-wrapped (then its lines
 * join) or marks paragraphs by indenting their first line.
 */

/** Widest line, in characters, that hard-wrapped copy has. */
const wrapWidth = 90

/**
 * Split the body into paragraphs.
 *
 * @param input The caller's text.
 * @param lines The lines of the body, the first and last clipped to it.
 * @returns Paragraph spans, trimmed, in order.
 */
export function splitParagraphs(input: string, lines: Line[]): Span[] {
  const paragraphs: Span[] = []
  for (const block of blocks(lines)) {
    for (const group of groupLines(block)) {
      const first = group[0] as Line
      const last = group.at(-1) as Line
      const span = trimSpan(input, {start: first.start, end: last.end})
      if (span.end > span.start) paragraphs.push(span)
    }
  }
  return paragraphs
}

/**
 * Cut the lines into runs of non-blank lines.
 *
 * @param lines Lines.
 * @returns The runs.
 */
function blocks(lines: Line[]): Line[][] {
  const runs: Line[][] = []
  let run: Line[] = []
  for (const line of lines) {
    if (line.blank) {
      if (run.length > 0) runs.push(run)
      run = []
    } else {
      run.push(line)
    }
  }
  if (run.length > 0) runs.push(run)
  return runs
}

/**
 * Group the lines of one block into paragraphs.
 *
 * @param block Non-blank lines with no blank line between them.
 * @returns Groups of lines, one per paragraph.
 */
function groupLines(block: Line[]): Line[][] {
  if (block.length === 1) return [block]
  if (isIndented(block)) return splitAtIndents(block)
  if (isWrapped(block)) return [block]
  return block.map((line) => [line])
}

/**
 * Whether the block marks paragraphs by indenting their first line, as 1980s
 * wire copy does.
 */
function isIndented(block: Line[]): boolean {
  const widths = block.map(indent)
  const indented = widths.slice(1).filter((width) => width >= 2).length
  return indented > 0 && indented < block.length - 1 && block.every((line) => line.text.length <= wrapWidth + 10)
}

function splitAtIndents(block: Line[]): Line[][] {
  const groups: Line[][] = []
  for (const line of block) {
    if (groups.length === 0 || indent(line) >= 2) groups.push([line])
    else groups.at(-1)?.push(line)
  }
  return groups
}

/**
 * Whether the block is prose broken at a fixed width: every line but the last
 * is short, and most breaks fall inside a sentence.
 */
function isWrapped(block: Line[]): boolean {
  const body = block.slice(0, -1)
  if (body.some((line) => line.text.trim().length > wrapWidth)) return false
  let soft = 0
  for (let index = 0; index < body.length; index++) {
    const text = (body[index] as Line).text.trimEnd()
    const next = (block[index + 1] as Line).text.trimStart()
    if (!/[.!?:"”’)]$/.test(text) || /^\p{Ll}/u.test(next)) soft++
  }
  return soft * 2 > body.length
}

function indent(line: Line): number {
  const match = /^[ \t\u00A0]*/.exec(line.text)
  return match ? match[0].replace(/\t/g, '    ').length : 0
}
