/**
 * The encoding half of the adaptive binary range coder of
 * `src/lib/util/range-decoder.ts` (LZMA's), for the generators that pack
 * tables as bits. Every method mirrors the decoder's of the same name: a
 * table is written by the same sequence of calls, with the same contexts, as
 * it is read.
 */

import {contexts, learn, numberContexts, probabilityBits} from '../src/lib/util/range-decoder.js'

/** The 64 digits of base 64, in the usual order. */
const base64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/**
 * Bytes as base 64, without padding (`fromBase64` reads it).
 *
 * @param bytes The bytes.
 * @returns The text.
 */
export function toBase64(bytes: ArrayLike<number>): string {
  let text = ''
  let buffer = 0
  let bits = 0

  for (let index = 0; index < bytes.length; index++) {
    buffer = ((buffer << 8) | bytes[index]!) & 0xff_ff_ff
    bits += 8

    while (bits >= 6) {
      bits -= 6
      text += base64.charAt((buffer >>> bits) & 63)
    }
  }

  if (bits > 0) text += base64.charAt((buffer << (6 - bits)) & 63)
  return text
}

/** A range encoder. */
export class RangeEncoder {
  private readonly bytes: number[] = []
  private low = 0
  private range = 0xff_ff_ff_ff
  private cache = 0
  private cacheSize = 1

  /**
   * Write one bit in a context, and let the context learn it.
   *
   * @param probabilities The contexts.
   * @param index Which one.
   * @param bit The bit.
   */
  bit(probabilities: Uint16Array, index: number, bit: number): void {
    const bound = (this.range >>> probabilityBits) * probabilities[index * 2]!

    if (bit === 0) {
      this.range = bound
    } else {
      this.low += bound
      this.range -= bound
    }

    learn(probabilities, index, bit)

    while (this.range < 0x1_00_00_00) {
      this.range *= 256
      this.shiftLow()
    }
  }

  /**
   * Write a number of `count` bits, high bit first, as a tree of contexts.
   *
   * @param probabilities The contexts.
   * @param base Where the tree's contexts start.
   * @param count How many bits.
   * @param value The number, below `2 ** count`.
   */
  tree(probabilities: Uint16Array, base: number, count: number, value: number): void {
    let node = 1

    for (let index = count - 1; index >= 0; index--) {
      const bit = Math.floor(value / 2 ** index) % 2
      this.bit(probabilities, base + node, bit)
      node = node * 2 + bit
    }
  }

  /**
   * Write a number of 0 or more, below 2 ** 31 - 1 (see `RangeDecoder.number`).
   *
   * @param probabilities The contexts (`numberContexts` of them).
   * @param value The number.
   */
  number(probabilities: Uint16Array, value: number): void {
    const shifted = value + 1
    const length = Math.floor(Math.log2(shifted))
    for (let index = 0; index < length; index++) this.bit(probabilities, index, 1)
    if (length < 31) this.bit(probabilities, length, 0)
    const top = Math.min(2, length)
    this.tree(probabilities, 32 + length * 4, top, Math.floor(shifted / 2 ** (length - top)) - (1 << top))
    this.direct(length - top, shifted % 2 ** (length - top))
  }

  /**
   * Write bits that are as likely 0 as 1, without a context, high bit first.
   *
   * @param count How many, at most 31.
   * @param value Them, as a number below `2 ** count`.
   */
  direct(count: number, value: number): void {
    for (let index = count - 1; index >= 0; index--) {
      this.range = this.range >>> 1
      if (Math.floor(value / 2 ** index) % 2 === 1) this.low += this.range

      while (this.range < 0x1_00_00_00) {
        this.range *= 256
        this.shiftLow()
      }
    }
  }

  /**
   * End the text.
   *
   * @returns The packed bytes.
   */
  finish(): Uint8Array {
    for (let index = 0; index < 5; index++) this.shiftLow()
    return Uint8Array.from(this.bytes)
  }

  /** Move the top byte of `low` out, holding back bytes a carry may still change. */
  private shiftLow(): void {
    if (this.low < 0xff_00_00_00 || this.low >= 0x1_00_00_00_00) {
      const carry = this.low >= 0x1_00_00_00_00 ? 1 : 0
      let held = this.cache

      do {
        this.bytes.push((held + carry) & 0xff)
        held = 0xff
      } while (--this.cacheSize !== 0)

      this.cache = Math.floor(this.low / 0x1_00_00_00) & 0xff
    }

    this.cacheSize++
    this.low = (this.low % 0x1_00_00_00) * 256
  }
}

/**
 * Write a list of sorted distinct numbers of 0 or more (the inverse of
 * `readGapList`): its length, then the gap before each.
 *
 * @param encoder The encoder.
 * @param probabilities The contexts (`numberContexts` of them).
 * @param values The numbers, ascending.
 * @throws When they are not ascending, distinct and 0 or more.
 */
export function writeGapList(encoder: RangeEncoder, probabilities: Uint16Array, values: ArrayLike<number>): void {
  encoder.number(probabilities, values.length)
  let previous = -1

  for (let index = 0; index < values.length; index++) {
    if (!(values[index]! > previous)) throw new RangeError('Expected ascending distinct numbers of 0 or more')
    encoder.number(probabilities, values[index]! - previous - 1)
    previous = values[index]!
  }
}

/**
 * Pack sorted distinct numbers of 0 or more as one gap list, in base 64 (the
 * inverse of `readSortedNumbers`).
 *
 * @param values The numbers, ascending.
 * @returns The packed text.
 */
export function writeSortedNumbers(values: ArrayLike<number>): string {
  const encoder = new RangeEncoder()
  writeGapList(encoder, contexts(numberContexts), values)
  return toBase64(encoder.finish())
}

/**
 * Pack several lists of sorted distinct numbers of 0 or more, one after the
 * other with the same contexts, in base 64 (the inverse of `readGapLists`).
 *
 * @param lists The lists, each ascending.
 * @returns The packed text.
 */
export function writeGapLists(lists: ReadonlyArray<ArrayLike<number>>): string {
  const encoder = new RangeEncoder()
  const probabilities = contexts(numberContexts)
  for (const values of lists) writeGapList(encoder, probabilities, values)
  return toBase64(encoder.finish())
}
