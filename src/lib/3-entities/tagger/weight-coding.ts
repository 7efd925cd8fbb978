import {contexts, fromBase64, RangeDecoder} from '../../util/range-decoder.js'
import {labelCount} from './labels.js'

/**
 * How the tagger's weight codes are packed: row by row (a feature's 17
 * labels in label order), each code read with the range coder
 * (`util/range-decoder.ts`) in contexts made of the label and of what the
 * row has shown so far. A code is 0 (weight 0), `1 + m` (the positive level
 * `m`) or `1 + levelsPerSign + m` (the negative one). Per cell: whether it is
 * 0, in a context of the label, how many cells of the row are not (up to 3),
 * whether the cell before is not, the sign of the row's `O` weight and
 * whether the cell of the same place (B, I, L, U) of the type before is not;
 * if not, its sign (in a context of the label and the sign of the row's last
 * weight) and its level `m` as a tree of bits, in a context of the sign, the
 * row's largest level so far (in 7 bands) and whether the label is `O`, a
 * `U` or another. The writer (`scripts/train-entities/encode-model.ts`)
 * walks the same contexts through `WeightContexts`.
 */

/** The contexts of the weight codes, and what the current row has shown. */
export class WeightContexts {
  readonly zero = contexts(labelCount * 48)
  readonly sign = contexts(labelCount * 3)
  readonly level: Uint16Array
  /** Bits of a level. */
  readonly levelBits: number
  private readonly levelsPerSign: number
  private seen = 0
  private previous = 0
  private lastSign = 0
  private largest = 0
  private outside = 0
  private readonly row = new Uint8Array(labelCount)

  /**
   * New contexts.
   *
   * @param levelsPerSign How many non-zero levels each sign has.
   */
  constructor(levelsPerSign: number) {
    this.levelsPerSign = levelsPerSign
    this.levelBits = Math.max(1, Math.ceil(Math.log2(levelsPerSign)))
    this.level = contexts(42 << this.levelBits)
  }

  /** Start a row. */
  startRow(): void {
    this.seen = 0
    this.previous = 0
    this.lastSign = 0
    this.largest = 0
    this.outside = 0
  }

  /**
   * The context of whether a cell is 0.
   *
   * @param label The cell's label.
   * @returns An index into `zero`.
   */
  zeroContext(label: number): number {
    const before = label > 4 ? this.row[label - 4]! : 0
    return ((label * 8 + Math.min(this.seen, 3) * 2 + this.previous) * 3 + this.outside) * 2 + before
  }

  /**
   * The context of a weight's sign.
   *
   * @param label The cell's label.
   * @returns An index into `sign`.
   */
  signContext(label: number): number {
    return label * 3 + this.lastSign
  }

  /**
   * Where the tree of a level's bits starts in `level`.
   *
   * @param label The cell's label.
   * @param negative 1 for a negative weight.
   * @returns The base of the tree.
   */
  levelBase(label: number, negative: number): number {
    const band = this.largest === 0 ? 0 : 1 + Math.floor(((this.largest - 1) * 6) / this.levelsPerSign)
    const place = label === 0 ? 0 : label % 4 === 0 ? 1 : 2
    return ((band * 2 + negative) * 3 + place) << this.levelBits
  }

  /**
   * Note a cell's code.
   *
   * @param label The cell's label.
   * @param code The code (0, or `1 + m`, or `1 + levelsPerSign + m`).
   */
  note(label: number, code: number): void {
    this.previous = code === 0 ? 0 : 1
    this.row[label] = this.previous
    if (code === 0) return
    const negative = code > this.levelsPerSign ? 1 : 0
    if (label === 0) this.outside = 1 + negative
    this.seen++
    this.lastSign = 1 + negative
    this.largest = Math.max(this.largest, negative ? code - this.levelsPerSign : code)
  }
}

/**
 * Read the weight codes.
 *
 * @param text The packed codes, base 64.
 * @param rows How many features.
 * @param levelsPerSign How many non-zero levels each sign has.
 * @returns The codes, `row * labelCount + label`.
 */
export function readWeightCodes(text: string, rows: number, levelsPerSign: number): Uint8Array {
  const decoder = new RangeDecoder(fromBase64(text))
  const model = new WeightContexts(levelsPerSign)
  const codes = new Uint8Array(rows * labelCount)

  for (let row = 0; row < rows; row++) {
    model.startRow()

    for (let label = 0; label < labelCount; label++) {
      let code = 0

      if (decoder.bit(model.zero, model.zeroContext(label)) === 1) {
        const negative = decoder.bit(model.sign, model.signContext(label))
        code = 1 + decoder.tree(model.level, model.levelBase(label, negative), model.levelBits) + negative * levelsPerSign
        codes[row * labelCount + label] = code
      }

      model.note(label, code)
    }
  }

  return codes
}
