/**
 * Sets of characters as the prefilter reads them: ASCII codes folded to lower
 * case, one code for any other character and one for the end of the text.
 */

/**
 * A set of characters, in 160 bits: ASCII codes with capitals folded to lower
 * case (as the `i` flag without `u` folds them), 128 for any other character,
 * 129 for the end of the text.
 */
export type CharSet = Uint32Array

/** The code standing for every character beyond ASCII. */
export const other = 128

/** The code standing for the end of the text. */
export const endOfText = 129

/** Words in a `CharSet`. */
export const setWords = 5

/**
 * A character's code in a `CharSet`.
 *
 * @param code The UTF-16 code unit.
 * @returns Its folded ASCII code, or `other`.
 */
export function charCode(code: number): number {
  if (code >= 128) return other
  return code >= 65 && code <= 90 ? code + 32 : code
}

/**
 * The codes in a set.
 *
 * @param set The set.
 * @returns Its codes, in order.
 */
export function membersOf(set: CharSet): number[] {
  const codes: number[] = []
  for (let word = 0; word < setWords; word++) {
    let bits = set[word]!
    while (bits !== 0) {
      const lowest = bits & -bits
      codes.push(word * 32 + (31 - Math.clz32(lowest)))
      bits ^= lowest
    }
  }
  return codes
}

/**
 * The union of two sets, as a new set.
 *
 * @param a One set (undefined: empty).
 * @param b The other.
 * @returns Their union.
 */
export function or(a: CharSet | undefined, b: CharSet): CharSet {
  return a ? merge(a.slice(), b) : b
}

/**
 * Whether a set is empty.
 *
 * @param set The set.
 * @returns True when it holds no code.
 */
export function isEmpty(set: CharSet): boolean {
  for (let index = 0; index < set.length; index++) if (set[index] !== 0) return false
  return true
}

/**
 * Whether a set holds a code.
 *
 * @param set The set.
 * @param code The code.
 * @returns True when it does.
 */
function has(set: CharSet, code: number): boolean {
  return (set[code >> 5]! & (1 << (code & 31))) !== 0
}

/**
 * Add a code to a set.
 *
 * @param set The set.
 * @param code The code.
 */
export function add(set: CharSet, code: number): void {
  set[code >> 5]! |= 1 << (code & 31)
}

/**
 * Remove a code from a set.
 *
 * @param set The set.
 * @param code The code.
 */
function remove(set: CharSet, code: number): void {
  set[code >> 5]! &= ~(1 << (code & 31))
}

/**
 * Add the codes of one set to another.
 *
 * @param set The set to add to.
 * @param more The codes to add.
 * @returns The set.
 */
export function merge(set: Uint32Array, more: Uint32Array): Uint32Array {
  for (let index = 0; index < set.length; index++) set[index]! |= more[index]!
  return set
}

/**
 * The set of one character.
 *
 * @param code Its UTF-16 code unit.
 * @returns The set.
 */
export function single(code: number): CharSet {
  const set = new Uint32Array(setWords)
  add(set, charCode(code))
  return set
}

/**
 * The set of a range of ASCII characters.
 *
 * @param low The first code.
 * @param high The last code.
 * @returns The set.
 */
export function range(low: number, high: number): CharSet {
  const set = new Uint32Array(setWords)
  for (let code = low; code <= high; code++) add(set, charCode(code))
  return set
}

/**
 * Every character (not the end of the text).
 *
 * @returns The set.
 */
export function all(): CharSet {
  const set = new Uint32Array(setWords)
  for (let code = 0; code <= other; code++) add(set, code)
  return set
}

/**
 * Every character a set leaves out: the ASCII ones, and any other.
 *
 * @param set The set.
 * @returns The complement.
 */
export function without(set: CharSet): CharSet {
  const complement = all()
  for (let code = 0; code < 128; code++) if (has(set, code)) remove(complement, code)
  return complement
}

/**
 * What `\w` matches: letters, digits and `_` (folded).
 *
 * @returns The set.
 */
export function wordSet(): CharSet {
  const set = range(48, 57)
  merge(set, range(97, 122))
  add(set, 95)
  return set
}

/**
 * What `\s` matches: ASCII white space, and other characters beyond ASCII.
 *
 * @returns The set.
 */
export function spaceSet(): CharSet {
  const set = range(9, 13)
  add(set, 32)
  add(set, other)
  return set
}
