/**
 * One definition of each class of character the stages ask about: white
 * space, blank (space or an invisible format character), capital, letter or
 * digit. Every stage imports these instead of keeping its own.
 */

/**
 * Whether a code unit is white space, as `\s` in a regular expression reads
 * it.
 *
 * @param code A UTF-16 code unit (NaN past the end of a string is none).
 * @returns Whether it is white space.
 */
export function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13)
  return (
    code === 0xa0 ||
    code === 0x16_80 ||
    (code >= 0x20_00 && code <= 0x20_0a) ||
    code === 0x20_28 ||
    code === 0x20_29 ||
    code === 0x20_2f ||
    code === 0x20_5f ||
    code === 0x30_00 ||
    code === 0xfe_ff
  )
}

/**
 * Whether a code unit shows nothing: white space, or an invisible format
 * character (zero width space, joiners, word joiner, byte order mark).
 *
 * @param code A UTF-16 code unit.
 * @returns Whether it is blank.
 */
export function isBlank(code: number): boolean {
  return isSpace(code) || (code >= 0x20_0b && code <= 0x20_0d) || code === 0x20_60
}

/**
 * Whether a text starts with a capital (an upper-case letter, `\p{Lu}`).
 *
 * @param text A word.
 * @returns Whether its first character is a capital.
 */
export function isCapitalized(text: string): boolean {
  const code = text.charCodeAt(0)
  if (code < 128) return code >= 65 && code <= 90
  return /^\p{Lu}/u.test(text)
}

/** A letter or digit beyond ASCII. */
const letterOrDigit = /^[\p{L}\p{N}]$/u

/**
 * Whether the code point at an index is a letter or a digit (`\p{L}`,
 * `\p{N}`): what words are made of.
 *
 * @param input The text.
 * @param index The index.
 * @param width The code point's width in code units (`unitWidth`).
 * @returns Whether it is a letter or digit.
 */
export function isWordCharacter(input: string, index: number, width: number): boolean {
  const code = input.charCodeAt(index)
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
  return letterOrDigit.test(input.slice(index, index + width))
}

/**
 * The width of the code point at an index: 2 for a surrogate pair, else 1.
 *
 * @param input The text.
 * @param index The index.
 * @param end Where the stretch read ends.
 * @returns 1 or 2.
 */
export function unitWidth(input: string, index: number, end: number): number {
  const code = input.charCodeAt(index)
  if (code >= 0xd8_00 && code <= 0xdb_ff && index + 1 < end) {
    const low = input.charCodeAt(index + 1)
    if (low >= 0xdc_00 && low <= 0xdf_ff) return 2
  }
  return 1
}

/**
 * Whether a code unit is an ASCII letter (the dates stage reads English
 * words in ASCII only).
 *
 * @param code A UTF-16 code unit.
 * @returns Whether it is `A`–`Z` or `a`–`z`.
 */
export function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}
