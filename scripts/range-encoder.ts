/**
 * The encoding half of the adaptive binary range coder of
 * `src/lib/util/range-decoder.ts` (LZMA's), for the generators that pack
 * tables as bits. Every method mirrors the decoder's of the same name: a
 * table is written by the same sequence of calls, with the same contexts, as
 * it is read.
 */

import {adaptShift, contexts, numberContexts, probabilityBits} from '../src/lib/util/range-decoder.js'

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
    const probability = probabilities[index]!
    const bound = (this.range >>> probabilityBits) * probability

    if (bit === 0) {
      this.range = bound
      probabilities[index] = probability + (((1 << probabilityBits) - probability) >>> adaptShift)
    } else {
      this.low += bound
      this.range -= bound
      probabilities[index] = probability - (probability >>> adaptShift)
    }

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

    for (let place = length - top - 1; place >= 0; place--) {
      this.bit(probabilities, 160 + length * 32 + place, Math.floor(shifted / 2 ** place) % 2)
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
 * Pack sorted distinct numbers of 0 or more (the inverse of
 * `readSortedNumbers`): their count, then the gap before each, as numbers
 * of the range coder, in base 64.
 *
 * @param values The numbers, ascending.
 * @returns The packed text.
 */
export function writeSortedNumbers(values: ArrayLike<number>): string {
  const encoder = new RangeEncoder()
  const probabilities = contexts(numberContexts)
  encoder.number(probabilities, values.length)
  let previous = -1

  for (let index = 0; index < values.length; index++) {
    if (!(values[index]! > previous)) throw new RangeError('Expected ascending distinct numbers of 0 or more')
    encoder.number(probabilities, values[index]! - previous - 1)
    previous = values[index]!
  }

  return toBase64(encoder.finish())
}
