/**
 * How the tagger's model and lexicon are packed into text: sorted numbers
 * written as gaps in a base-45 alphabet, and how keys spread over a table.
 */

/**
 * The characters of the packed strings: 90 printable ASCII characters
 * without the quote and the backslash, so they sit in a plain string literal.
 */
export const alphabet = Array.from({length: 126 - 35 + 1}, (_, n) => String.fromCharCode(35 + n))
  .filter((char) => char !== "'" && char !== '\\')
  .join('')

/**
 * Spread a key over the table (the keys are hash bits already; this breaks
 * up runs of neighbouring ones).
 *
 * @param key A feature key.
 * @returns A slot number before masking.
 */
export function spread(key: number): number {
  return Math.imul(key, 0x9e_37_79_b1) >>> 8
}

/**
 * The value stored for a key in an open-addressed table of pairs (`key`,
 * `value`), keys placed from `spread(key) & mask` on.
 *
 * @param slots The table: key then value in each slot, -1 for an empty key.
 * @param mask The number of slots less one.
 * @param key The key.
 * @returns Its value, or -1 when the table has no such key.
 */
export function findSlot(slots: Int32Array, mask: number, key: number): number {
  let slot = spread(key) & mask

  for (;;) {
    const found = slots[slot * 2]!
    if (found === key) return slots[slot * 2 + 1]!
    if (found === -1) return -1
    slot = (slot + 1) & mask
  }
}

/**
 * Read sorted numbers written as gaps: each gap is a little-endian base-45
 * number whose last digit is a character of the first half of `alphabet`
 * and whose other digits are of the second half.
 *
 * @param text The packed gaps.
 * @returns The numbers.
 */
export function readGaps(text: string): Int32Array {
  const digits = alphabetCodes()
  const values: number[] = []
  let value = 0
  let factor = 1
  let previous = -1

  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    const digit = code < 128 ? digits[code]! : -1
    if (digit < 0) continue

    if (digit >= 45) {
      value += (digit - 45) * factor
      factor *= 45
    } else {
      value += digit * factor
      previous += value + 1
      values.push(previous)
      value = 0
      factor = 1
    }
  }

  return Int32Array.from(values)
}

/**
 * The digit of each ASCII code in `alphabet`, -1 for the others.
 *
 * @returns A table of 128 digits.
 */
export function alphabetCodes(): Int8Array {
  const digits = new Int8Array(128).fill(-1)
  for (let index = 0; index < alphabet.length; index++) digits[alphabet.charCodeAt(index)] = index
  return digits
}

/**
 * Write sorted distinct non-negative numbers as gaps (the inverse of `readGaps`).
 *
 * @param values The numbers, ascending.
 * @returns The packed gaps.
 */
export function writeGaps(values: ArrayLike<number>): string {
  let text = ''
  let previous = -1

  for (let index = 0; index < values.length; index++) {
    let gap = values[index]! - previous - 1
    previous = values[index]!

    while (gap >= 45) {
      text += alphabet.charAt(45 + (gap % 45))
      gap = Math.floor(gap / 45)
    }

    text += alphabet.charAt(gap)
  }

  return text
}
