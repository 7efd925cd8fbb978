/**
 * How `src/data/quote-model.ts` packs the quote span model into strings
 * (written by `scripts/learn-quote-spans.ts`): sorted feature keys as gaps,
 * and weights as one character each.
 */

/** The characters of the packed model, in order: printable ASCII from `#`, without `'` and `\`. */
export const alphabet = Array.from({length: 126 - 35 + 1}, (_, n) => String.fromCharCode(35 + n))
  .filter((char) => char !== "'" && char !== '\\')
  .join('')

/**
 * The place of each ASCII code in `alphabet`, -1 for the others.
 *
 * @returns A table of 128 places.
 */
export function alphabetCodes(): Int8Array {
  const digits = new Int8Array(128).fill(-1)
  for (let index = 0; index < alphabet.length; index++) digits[alphabet.charCodeAt(index)] = index
  return digits
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
