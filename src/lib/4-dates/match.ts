/**
 * Small helpers the parsers share: lazily built patterns, spans of named
 * groups, and a look at the words before a match.
 */

import {isCapitalized} from '../2-text/characters.js'
import type {Candidate, ParseContext} from './types.js'
import type {TimexMod} from '../types.js'

export {isCapitalized}

/**
 * The number of a calendar name (a month, a weekday) written as a name: with
 * a capital, as news writes them (“may” and “march” in lower case are verbs).
 *
 * @param word The word matched, if any.
 * @param numbers The numbers of the names, by lower-case name.
 * @returns Its number, or undefined when it is not capitalised or not known.
 */
export function capitalizedNumber(word: string | undefined, numbers: ReadonlyMap<string, number>): number | undefined {
  if (!word || !isCapitalized(word)) return undefined
  return numbers.get(word.toLowerCase())
}

/**
 * A pattern built on first use and kept (global, case-insensitive).
 *
 * @param source The regular-expression source.
 * @param flags Flags (default `gi`).
 * @returns A function returning the one compiled pattern.
 */
export function lazyPattern(source: string | (() => string), flags = 'gi'): () => RegExp {
  let pattern: RegExp | undefined
  return function () {
    if (!pattern) pattern = new RegExp(typeof source === 'string' ? source : source(), flags)
    return pattern
  }
}

/**
 * Where the named groups of a match stand in the input, found in order: each
 * is looked for after the one before it (the groups must be listed in the
 * order the pattern writes them, and not nest). Patterns run without the `d`
 * flag, whose indices cost more than this search.
 *
 * @param match The match.
 * @param context The parse context (for the offset).
 * @param order Group names in pattern order.
 * @returns The span of each group that took part.
 */
export function groupSpans(
  match: RegExpExecArray,
  context: ParseContext,
  order: readonly string[]
): Record<string, {start: number; end: number}> {
  const spans: Record<string, {start: number; end: number}> = {}
  const text = match[0]
  const base = context.offset + match.index
  let cursor = 0
  for (const name of order) {
    const value = match.groups?.[name]
    if (value === undefined) continue
    const at = text.indexOf(value, cursor)
    if (at === -1) continue
    spans[name] = {start: base + at, end: base + at + value.length}
    cursor = at + value.length
  }
  return spans
}

/**
 * Where the match's extent stands in the input: its `x` group, which every
 * pattern opens with, or else the whole match.
 *
 * @param match The match.
 * @param context The parse context.
 * @returns The span.
 */
export function extentOf(match: RegExpExecArray, context: ParseContext): {start: number; end: number} {
  const start = context.offset + match.index
  return {start, end: start + (match.groups?.x ?? match[0]).length}
}

/**
 * Build a candidate over the `x` group (or the whole match).
 *
 * @param match The match.
 * @param context The parse context.
 * @param fields Type, value and the rest.
 * @returns The candidate.
 */
export function candidateOf(
  match: RegExpExecArray,
  context: ParseContext,
  fields: Omit<Candidate, 'start' | 'end'>
): Candidate {
  const start = context.offset + match.index
  const candidate: Candidate = {start, end: start + (match.groups?.x ?? match[0]).length, type: fields.type, value: fields.value, parser: fields.parser}
  return Object.assign(candidate, fields)
}

/**
 * The words just before an offset, lower case, nearest last.
 *
 * @param input The input.
 * @param offset Where to look back from.
 * @param count How many words (default 1).
 * @returns Up to `count` words.
 */
export function wordsBefore(input: string, offset: number, count = 1): string[] {
  const low = Math.max(0, offset - 40 * count)
  if (count < 1) {
    const words = input.slice(low, offset).match(/[A-Za-z0-9$%.'’]+/g) ?? []
    return words.slice(-count).map((word) => word.toLowerCase())
  }
  // The last runs of word characters before the offset, read backwards
  // (a run cut by the start of the window counts from there).
  const words: string[] = []
  let end = Math.min(offset, input.length)
  while (words.length < count) {
    while (end > low && !isWordPart(input.charCodeAt(end - 1))) end--
    if (end <= low) break
    let start = end - 1
    while (start > low && isWordPart(input.charCodeAt(start - 1))) start--
    words.push(input.slice(start, end).toLowerCase())
    end = start
  }
  return words.reverse()
}

/**
 * Whether a character belongs to a word for `wordsBefore`: a letter, a
 * digit, `$`, `%`, `.` or an apostrophe.
 *
 * @param code The character code.
 * @returns True when it does.
 */
function isWordPart(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    code === 36 ||
    code === 37 ||
    code === 46 ||
    code === 39 ||
    code === 0x2019
  )
}

/**
 * The TIMEX3 modifier of a word before a date: early → START, mid → MID, late → END.
 *
 * @param word The word (any case), or undefined.
 * @returns The modifier, or undefined.
 */
export function pointModifier(word: string | undefined): TimexMod | undefined {
  if (!word) return undefined
  const lower = word.toLowerCase().replace(/\s+/g, ' ')
  if (/^(?:early|earlier|the beginning of|the start of|beginning of|start of|the dawn of)$/.test(lower)) return 'START'
  if (/^(?:mid|middle|the middle of|middle of|the mid)$/.test(lower)) return 'MID'
  if (/^(?:late|later|the end of|end of|the close of)$/.test(lower)) return 'END'
  return undefined
}
