/**
 * How a token is written: its case class and its shape, as the tagger's
 * features read them.
 */

/** How a token is written. */
export const enum Case {
  Punctuation = 0,
  Lower = 1,
  Capitalized = 2,
  Upper = 3,
  Mixed = 4,
  Digits = 5,
  DigitsAndLetters = 6
}

/**
 * The case class of a token.
 *
 * @param text The token.
 * @returns Its `Case`.
 */
export function caseClass(text: string): Case {
  return caseOfRange(text, 0, text.length)
}

/**
 * The case class of a stretch of a text, as `caseClass` reads it.
 *
 * @param text The text.
 * @param start Where the stretch starts.
 * @param end Where it ends.
 * @returns Its `Case`.
 */
export function caseOfRange(text: string, start: number, end: number): Case {
  let upper = 0
  let lowerCount = 0
  let digits = 0
  let firstUpper = false

  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index)
    const kind = charKind(code)
    if (kind === 1) {
      upper++
      if (upper + lowerCount === 1) firstUpper = true
    } else if (kind === 2) {
      lowerCount++
    } else if (kind === 3) {
      digits++
    }
  }

  if (upper + lowerCount === 0) return digits > 0 ? Case.Digits : Case.Punctuation
  if (digits > 0) return Case.DigitsAndLetters
  if (upper === 0) return Case.Lower
  if (lowerCount === 0) return Case.Upper
  return firstUpper ? Case.Capitalized : Case.Mixed
}

/**
 * Hash the shape of a token: upper-case letters become `X`, lower-case `x`,
 * digits `d`, other characters stay; runs of the same class collapse to one
 * (`Xx`, `X.X.`, `d-d`, `Xx-x-Xx`). Long shapes are cut at 12 classes.
 *
 * @param text The token.
 * @returns The hash of its shape.
 */
export function shapeOf(text: string): number {
  let hash = 0x81_1c_9d_c5
  let previous = -1
  let length = 0

  for (let index = 0; index < text.length && length < 12; index++) {
    const code = text.charCodeAt(index)
    const kind = charKind(code)
    const symbol = kind === 1 ? 88 : kind === 2 ? 120 : kind === 3 ? 100 : code
    if (symbol === previous && kind !== 0) continue
    previous = symbol
    hash = Math.imul(hash ^ symbol, 0x01_00_01_93)
    length++
  }

  return hash >>> 0
}

/**
 * The class of a code unit: 1 upper-case letter, 2 lower-case letter (or a
 * letter without case), 3 digit, 0 anything else.
 *
 * @param code A UTF-16 code unit.
 * @returns Its class.
 */
export function charKind(code: number): number {
  if (code < 128) {
    if (code >= 65 && code <= 90) return 1
    if (code >= 97 && code <= 122) return 2
    if (code >= 48 && code <= 57) return 3
    return 0
  }

  const char = String.fromCharCode(code)
  const lower = char.toLowerCase()
  const upper = char.toUpperCase()
  if (lower !== upper) return char === upper ? 1 : 2
  if (/\p{L}/u.test(char)) return 2
  if (/\p{Nd}/u.test(char)) return 3
  return 0
}
