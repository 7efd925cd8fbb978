/**
 * A check of what a packed table in `src/data/` holds, written by its
 * generator beside the table and compared by `test/data-packing.test.ts` with
 * what the runtime decodes: how many items, and a hash of them in order.
 */

/** What a generator records of a table. */
export interface DataCheck {
  /** How many items the table holds. */
  count: number
  /** FNV-1a (32 bits, as 8 hex digits) of the items, each followed by a newline. */
  hash: string
}

/**
 * The check of a list of items.
 *
 * @param items The items, in the order the table holds them (numbers are written in decimal).
 * @returns Their count and hash.
 */
export function dataCheck(items: Iterable<string | number>): DataCheck {
  let hash = 0x81_1c_9d_c5
  let count = 0

  for (const item of items) {
    const text = String(item) + '\n'
    count++

    for (let index = 0; index < text.length; index++) {
      hash ^= text.charCodeAt(index)
      hash = Math.imul(hash, 0x01_00_01_93)
    }
  }

  return {count, hash: (hash >>> 0).toString(16).padStart(8, '0')}
}
