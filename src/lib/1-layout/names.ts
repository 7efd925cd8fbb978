import type {Span} from '../types.js'
import {agencyName, outletWords} from './agencies.js'

/**
 * People's names as bylines and credits write them.
 */

const particles = new Set([
  'de', 'da', 'di', 'del', 'della', 'der', 'den', 'van', 'von', 'bin', 'ibn', 'al', 'el', 'la', 'le',
  'du', 'dos', 'das', 'do', 'ter', 'ten', 'st', 'y', 'e', 'abu', 'ben', 'bint', 'zu'
])
const suffixes = /^(?:jr\.?|sr\.?|ii|iii|iv)$/i
const nameWord = /^(?:\p{Lu}\.(?:\p{Lu}\.)*|\p{Lu}[\p{L}\p{M}'’-]*\.?|(?:al|el|ad|ash|as|at)-\p{Lu}[\p{L}\p{M}'’-]*)$/u
const hasLower = /\p{Ll}/u

/**
 * Whether a string reads as a person's name: two to six capitalised words,
 * initials or particles, and no word that marks an organisation.
 *
 * @param text The candidate, trimmed.
 * @returns `true` when it looks like a person's name.
 */
export function isPersonName(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean)
  if (words.length < 2 || words.length > 6) return false
  if (agencyName(text)) return false
  let capitalised = 0
  for (const word of words) {
    const bare = word.replace(/[,.]$/, '').toLowerCase()
    if (outletWords.has(bare)) return false
    if (particles.has(bare) || suffixes.test(word)) continue
    if (!nameWord.test(word)) return false
    capitalised++
  }
  return capitalised >= 2 || (capitalised === 1 && words.length >= 2 && nameWord.test(words[0] ?? ''))
}

/**
 * Write a name in title case when the text has it in capitals:
 * `JONATHAN J. COOPER` → `Jonathan J. Cooper`. Mixed-case names are kept.
 *
 * @param text The name as written.
 * @returns The name to report.
 */
export function normaliseName(text: string): string {
  const collapsed = text.replace(/\s+/g, ' ').trim()
  if (hasLower.test(collapsed)) return collapsed
  return collapsed
    .toLowerCase()
    .split(' ')
    .map((word, index) => (index > 0 && particles.has(word) ? word : capitaliseWord(word)))
    .join(' ')
}

/**
 * Capitalise each part of a word: after a hyphen or apostrophe, and `Mc`.
 *
 * @param word A lower-case word.
 * @returns The capitalised word.
 */
function capitaliseWord(word: string): string {
  if (/^(?:i{1,3}|iv)$/.test(word) || /^(?:\p{L}\.)+$/u.test(word)) return word.toUpperCase()
  const parts = word.replace(/(^|[-'’])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase())
  return parts.replace(/^Mc(\p{Ll})/u, (_, letter: string) => 'Mc' + letter.toUpperCase())
}

/** A piece of a list, with its offsets into the caller's input. */
export interface Piece {
  text: string
  span: Span
}

/**
 * Split a list such as `A, B and C` or `A & B` into its items, keeping offsets.
 *
 * @param input The caller's text.
 * @param span The list's span in it.
 * @returns The items, trimmed, in order.
 */
export function splitList(input: string, span: Span): Piece[] {
  const text = input.slice(span.start, span.end)
  const separator = /[,;&]|\band\b/gi
  const pieces: Piece[] = []
  let last = 0
  let match: RegExpExecArray | null
  while ((match = separator.exec(text))) {
    if (match[0] === '') {
      separator.lastIndex++
      continue
    }
    pushPiece(pieces, text, last, match.index, span.start)
    last = match.index + match[0].length
  }
  pushPiece(pieces, text, last, text.length, span.start)
  return pieces
}

function pushPiece(pieces: Piece[], text: string, from: number, to: number, offset: number): void {
  const raw = text.slice(from, to)
  const lead = raw.length - raw.trimStart().length
  const piece = raw.trim()
  if (piece) {
    const start = offset + from + lead
    pieces.push({text: piece, span: {start, end: start + piece.length}})
  }
}

/**
 * Drop a trailing location from a credited name: `Jane Doe in Brussels` → `Jane Doe`.
 *
 * @param piece The credited name.
 * @returns The piece without ` in <Place>`.
 */
export function dropPlace(piece: Piece): Piece {
  const match = /(?<=\s)(?:in|from)\s+\p{Lu}/u.exec(piece.text)
  if (!match) return piece
  const text = piece.text.slice(0, match.index).trimEnd()
  return {text, span: {start: piece.span.start, end: piece.span.start + text.length}}
}
