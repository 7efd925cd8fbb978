import {isSpace} from '../2-text/characters.js'

/**
 * Acronyms and their expansions: "Organization of Islamic Cooperation (OIC)",
 * "Non-Aligned Movement" and NAM, "Bank of England" and BoE.
 */

/** Words an acronym usually skips. */
const skipped = new Set(['of', 'for', 'and', 'the', 'in', 'on', 'de', 'du', 'des', 'la', 'le', 'to', 'at', '&', "'s", '’s'])

/**
 * Whether a token looks like an acronym: two to ten letters, mostly capitals,
 * perhaps with periods (`OIC`, `U.N.`, `BoE`, `TurkPA`).
 *
 * @param text The token.
 * @returns Whether it does.
 */
export function isAcronym(text: string): boolean {
  // Two to twelve code points: 2 to 24 code units; a capital first.
  const first = text.charCodeAt(0)
  if (text.length < 2 || text.length > 24 || (first < 128 && (first < 65 || first > 90))) return false
  if (!/^[\p{Lu}][\p{L}.&]{1,11}$/u.test(text)) return false
  const letters = text.replace(/[.&]/g, '')
  const capitals = letters.replace(/\P{Lu}/gu, '')
  return letters.length >= 2 && letters.length <= 10 && capitals.length >= 2 && capitals.length * 2 >= letters.length
}

/**
 * The capitals of an acronym: `U.N.` → `UN`, `BoE` → `BE`.
 *
 * @param text The acronym.
 * @returns Its capital letters.
 */
export function acronymLetters(text: string): string {
  return text.replace(/\P{Lu}/gu, '')
}

/**
 * The initials of a name, as an acronym of it would have them: one per word
 * (and per hyphenated part), skipping function words: "Non-Aligned Movement"
 * → `NAM`, "Organization of Islamic Cooperation" → `OIC`.
 *
 * @param name The name.
 * @returns Its initials in capitals.
 */
export function initialsOf(name: string): string {
  let result = ''

  for (const word of name.split(/[\s-]+/)) {
    if (!word || skipped.has(word.toLowerCase())) continue
    result += word[0]?.toUpperCase() ?? ''
  }

  return result
}

/**
 * Whether an acronym stands for a name: its capitals are the name's initials,
 * or, leniently, the initials of the name with its function words kept.
 *
 * @param acronym The acronym as written.
 * @param name The name.
 * @returns Whether it does.
 */
export function abbreviates(acronym: string, name: string): boolean {
  const letters = acronymLetters(acronym)
  if (letters.length < 2) return false
  if (letters === initialsOf(name)) return true
  const all = name
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((word) => word[0]?.toUpperCase() ?? '')
    .join('')
  return letters === all
}

/**
 * The acronym that the text defines right after a name: `Name (ACR)`.
 *
 * @param input The caller's input.
 * @param end The end of the name.
 * @returns Offsets and text of the acronym, if one is there.
 */
export function definedAcronym(input: string, end: number): {start: number; end: number; text: string} | undefined {
  // Most names are not followed by a bracket: no need to look further.
  const next = input.charCodeAt(end)
  if (next !== 40 && !(isSpace(next) && input.charCodeAt(end + 1) === 40)) return undefined
  const match = /^\s?\(\s?([\p{Lu}][\p{L}.&]{1,11})\s?\)/u.exec(input.slice(end, end + 20))
  if (!match?.[1] || !isAcronym(match[1])) return undefined
  const start = end + match[0].indexOf(match[1])
  return {start, end: start + match[1].length, text: match[1]}
}
