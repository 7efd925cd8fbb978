/**
 * The decoding half of an adaptive binary range coder (LZMA's), for the
 * tables of `src/data/` that are packed as bits (the tagger's weights and
 * feature keys). Each bit is read with a probability kept in a context that
 * learns from the bits before it, fast while it has seen few (it moves by
 * 1 / (n + 1.5) after n bits) and then more slowly (by 1 / `slowest`), so
 * the packed text is close to the information the table holds. The
 * encoding half is `scripts/range-encoder.ts`; a table packed this way is
 * text in base 64 and is decoded on first use, in time linear in its length.
 */

/** Bits of a probability. */
export const probabilityBits = 16

/** The count after which a context stops slowing down (it then moves by 1 / (`slowest` + 1.5)). */
export const slowest = 126

/** The step of a context after n bits, in 1/65536 (filled on first use). */
let steps: Uint16Array | undefined

/**
 * New contexts, each a probability of one half that it has seen no bit
 * (two slots a context: the probability of a 0 in 1/65536, and how many
 * bits it has seen).
 *
 * @param count How many.
 * @returns The contexts.
 */
export function contexts(count: number): Uint16Array {
  const table = new Uint16Array(count * 2)
  for (let index = 0; index < table.length; index += 2) table[index] = 1 << (probabilityBits - 1)
  return table
}

/**
 * Let a context learn a bit (the encoder and the decoder both call it).
 *
 * @param table The contexts.
 * @param index Which one.
 * @param bit The bit it saw.
 */
export function learn(table: Uint16Array, index: number, bit: number): void {
  if (!steps) steps = Uint16Array.from({length: slowest + 1}, (_, seen) => Math.floor(65_536 / (seen + 1.5)))
  const seen = table[index * 2 + 1]!
  const probability = table[index * 2]!
  const step = steps[seen]!
  table[index * 2] =
    bit === 0 ? probability + (((65_536 - probability) * step) >>> 16) : probability - ((probability * step) >>> 16)
  if (seen < slowest) table[index * 2 + 1] = seen + 1
}

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
    const bound = Math.imul(this.range >>> probabilityBits, probabilities[index * 2]!)
    let bit = 0

    // Unsigned `code < bound`: both with the sign bit flipped, compared signed.
    if ((this.code ^ 0x80_00_00_00) < (bound ^ 0x80_00_00_00)) {
      this.range = bound
    } else {
      this.code = (this.code - bound) | 0
      this.range = (this.range - bound) | 0
      bit = 1
    }

    learn(probabilities, index, bit)

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
   * the first two in a tree per length and the others direct.
   *
   * @param probabilities The contexts (`numberContexts` of them).
   * @returns The number.
   */
  number(probabilities: Uint16Array): number {
    let length = 0
    while (length < 31 && this.bit(probabilities, length) === 1) length++
    const top = Math.min(2, length)
    const value = (1 << top) + this.tree(probabilities, 32 + length * 4, top)
    return value * 2 ** (length - top) + this.direct(length - top) - 1
  }

  /**
   * Read bits that are as likely 0 as 1, without a context (cheaper than
   * `bit`), high bit first.
   *
   * @param count How many, at most 31.
   * @returns Them, as a number.
   */
  direct(count: number): number {
    let value = 0

    for (let index = 0; index < count; index++) {
      this.range >>>= 1
      // Unsigned `code >= range`; `range` is below 2 ** 31 here.
      const bit = this.code >>> 0 >= this.range ? 1 : 0
      if (bit === 1) this.code = (this.code - this.range) | 0
      value = value * 2 + bit

      while (this.range >>> 24 === 0) {
        this.range <<= 8
        this.code = (this.code << 8) | this.next()
      }
    }

    return value
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
export const numberContexts = 160

/**
 * Read a list of sorted distinct numbers of 0 or more from a decoder (as
 * `RangeEncoder.gapList` writes it): its length, then the gap before each.
 *
 * @param decoder The decoder.
 * @param probabilities The contexts (`numberContexts` of them).
 * @returns The numbers, ascending.
 */
export function readGapList(decoder: RangeDecoder, probabilities: Uint16Array): Int32Array {
  const values = new Int32Array(decoder.number(probabilities))
  let previous = -1

  for (let index = 0; index < values.length; index++) {
    previous += decoder.number(probabilities) + 1
    values[index] = previous
  }

  return values
}

/**
 * Read sorted distinct numbers of 0 or more packed by `writeSortedNumbers`
 * (`scripts/range-encoder.ts`): one gap list (`readGapList`).
 *
 * @param text The packed text, base 64.
 * @returns The numbers, ascending.
 */
export function readSortedNumbers(text: string): Int32Array {
  return readGapList(new RangeDecoder(fromBase64(text)), contexts(numberContexts))
}

/**
 * Read several gap lists packed one after the other with the same contexts
 * by `writeGapLists` (`scripts/range-encoder.ts`).
 *
 * @param text The packed text, base 64.
 * @param count How many lists.
 * @returns The lists, each ascending.
 */
export function readGapLists(text: string, count: number): Int32Array[] {
  const decoder = new RangeDecoder(fromBase64(text))
  const probabilities = contexts(numberContexts)
  const lists: Int32Array[] = []
  for (let index = 0; index < count; index++) lists.push(readGapList(decoder, probabilities))
  return lists
}
