/**
 * The decoding half of an adaptive binary range coder (LZMA's), for the
 * tables of `src/data/` that are packed as bits (the tagger's weights and
 * feature keys). Each bit is read with a probability kept in a context
 * (a slot of a `Uint16Array`) that learns from the bits before it, so the
 * packed text is close to the information the table holds. The encoding
 * half is `scripts/range-encoder.ts`; a table packed this way is text in
 * base 64 and is decoded on first use, in time linear in its length.
 */

/** Bits of a probability. */
export const probabilityBits = 11

/** A probability of one half, what every context starts with. */
export const half = 1 << (probabilityBits - 1)

/** How fast a context follows the bits it reads (a shift: larger is slower). */
export const adaptShift = 5

/** The 64 digits of base 64, in the usual order. */
const base64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/**
 * The bytes of a base-64 text (without padding).
 *
 * @param text The text.
 * @returns Its bytes.
 */
export function fromBase64(text: string): Uint8Array {
  const digits = new Int8Array(128).fill(-1)
  for (let index = 0; index < 64; index++) digits[base64.charCodeAt(index)] = index
  const bytes = new Uint8Array(Math.floor((text.length * 3) / 4))
  let buffer = 0
  let bits = 0
  let at = 0

  for (let index = 0; index < text.length; index++) {
    buffer = ((buffer << 6) | digits[text.charCodeAt(index) & 127]!) & 0xff_ff
    bits += 6

    if (bits >= 8) {
      bits -= 8
      bytes[at++] = (buffer >>> bits) & 0xff
    }
  }

  return bytes
}

/**
 * New contexts, each at one half.
 *
 * @param count How many.
 * @returns The contexts.
 */
export function contexts(count: number): Uint16Array {
  return new Uint16Array(count).fill(half)
}

/**
 * A range decoder over packed bytes. Its range and code are kept as 32-bit
 * integers (compared without sign), which the engine keeps unboxed.
 */
export class RangeDecoder {
  private readonly bytes: Uint8Array
  private at = 0
  private range = -1
  private code = 0

  /**
   * Start reading.
   *
   * @param bytes The packed bytes.
   */
  constructor(bytes: Uint8Array) {
    this.bytes = bytes
    for (let index = 0; index < 5; index++) this.code = (this.code << 8) | this.next()
  }

  /**
   * Read one bit in a context, and let the context learn it.
   *
   * @param probabilities The contexts.
   * @param index Which one.
   * @returns The bit.
   */
  bit(probabilities: Uint16Array, index: number): number {
    const probability = probabilities[index]!
    const bound = Math.imul(this.range >>> probabilityBits, probability)
    let bit: number

    // Unsigned `code < bound`: both with the sign bit flipped, compared signed.
    if ((this.code ^ 0x80_00_00_00) < (bound ^ 0x80_00_00_00)) {
      this.range = bound
      probabilities[index] = probability + (((1 << probabilityBits) - probability) >>> adaptShift)
      bit = 0
    } else {
      this.code = (this.code - bound) | 0
      this.range = (this.range - bound) | 0
      probabilities[index] = probability - (probability >>> adaptShift)
      bit = 1
    }

    while (this.range >>> 24 === 0) {
      this.range <<= 8
      this.code = (this.code << 8) | this.next()
    }

    return bit
  }

  /**
   * Read a number of `count` bits, high bit first, as a tree of contexts
   * (`probabilities[base + node]`, `node` from 1 to `2 ** count - 1`).
   *
   * @param probabilities The contexts.
   * @param base Where the tree's contexts start.
   * @param count How many bits.
   * @returns The number.
   */
  tree(probabilities: Uint16Array, base: number, count: number): number {
    let node = 1
    for (let index = 0; index < count; index++) node = node * 2 + this.bit(probabilities, base + node)
    return node - (1 << count)
  }

  /**
   * Read a number of 0 or more (`RangeEncoder.number`): the length of
   * `value + 1` in binary, in unary, then its bits below the leading one,
   * the first two in a tree per length and the others in a context per
   * length and place.
   *
   * @param probabilities The contexts (`numberContexts` of them).
   * @returns The number.
   */
  number(probabilities: Uint16Array): number {
    let length = 0
    while (length < 31 && this.bit(probabilities, length) === 1) length++
    const top = Math.min(2, length)
    let value = (1 << top) + this.tree(probabilities, 32 + length * 4, top)

    for (let place = length - top - 1; place >= 0; place--) {
      value = value * 2 + this.bit(probabilities, 160 + length * 32 + place)
    }

    return value - 1
  }

  /**
   * The next byte (0 past the end).
   *
   * @returns The byte.
   */
  private next(): number {
    return this.bytes[this.at++] ?? 0
  }
}

/** How many contexts `RangeDecoder.number` reads with. */
export const numberContexts = 160 + 32 * 32

/**
 * Read sorted distinct numbers of 0 or more packed by `writeSortedNumbers`
 * (`scripts/range-encoder.ts`): their count, then the gap before each.
 *
 * @param text The packed text, base 64.
 * @returns The numbers, ascending.
 */
export function readSortedNumbers(text: string): Int32Array {
  const decoder = new RangeDecoder(fromBase64(text))
  const probabilities = contexts(numberContexts)
  const values = new Int32Array(decoder.number(probabilities))
  let previous = -1

  for (let index = 0; index < values.length; index++) {
    previous += decoder.number(probabilities) + 1
    values[index] = previous
  }

  return values
}
