import type {Line} from './lines.js'

/**
 * Headlines: a short first line without final punctuation followed by a blank
 * line (BBC style), a line in capitals, a title-case line, or a first line
 * followed directly by a byline or dateline (Reuters 1996 style).
 */

const longest = 200
const sentenceInside = /(?<=\p{Ll}{2})[.!?]["”’]?\s+["“‘]?\p{Lu}\p{Ll}/u

/**
 * Whether a line reads as a headline by itself.
 *
 * @param line The candidate line.
 * @param beforeBlank Whether a blank line (or nothing) follows it.
 * @param beforeHeadMatter Whether a byline, dateline or header line follows it directly.
 * @returns `true` for a headline.
 */
export function isHeadline(line: Line, beforeBlank: boolean, beforeHeadMatter: boolean): boolean {
  const text = line.text.trim()
  if (text.length < 3) return false
  if (isShouting(text)) return text.length <= longest + 50
  if (text.length > longest || sentenceInside.test(text)) return false
  if (beforeHeadMatter) return true
  if (!beforeBlank) return false
  return !/[.!?;:,]["”’)]?$/.test(text) || isTitleCase(text)
}

/**
 * Whether text is written in capitals, as wire headlines are.
 *
 * @param text Any text.
 * @returns `true` when at least four in five of its letters are capitals.
 */
export function isShouting(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '')
  if (letters.length < 6) return false
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length
  return upper / letters.length > 0.8
}

/**
 * Whether text capitalises its content words, as headlines do.
 *
 * @param text Any text.
 * @returns `true` when three in four words of four letters or more are capitalised.
 */
function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/).filter((word) => /^\p{L}{4,}/u.test(word))
  if (words.length < 3) return false
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length
  return capitalised / words.length >= 0.75
}
