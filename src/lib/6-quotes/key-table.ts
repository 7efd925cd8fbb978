/**
 * The feature keys of a learned model in a small open-addressed table
 * (linear probing from the key's low bits): per slot, a key, or -1 for an
 * empty slot, and the key's row. A few thousand keys in a table of a few
 * times as many slots stay in the processor's cache, where a table of
 * every key (256 KB for 16 bits, 512 KB for 18) did not. The span model and
 * the speaker ranker read their weights through it.
 */

/** The table. */
export interface KeyTable {
  /** Per slot, a key, or -1 for an empty slot. */
  slotKeys: Int32Array
  /** Per slot, the row of its key. */
  slotRows: Int32Array
}

/**
 * Put keys in a table, with room for three slots per key at least.
 *
 * @param keys The keys, one per row.
 * @returns The table.
 */
export function buildKeyTable(keys: ArrayLike<number>): KeyTable {
  let size = 16
  while (size < keys.length * 3) size *= 2
  const slotKeys = new Int32Array(size).fill(-1)
  const slotRows = new Int32Array(size)
  for (let row = 0; row < keys.length; row++) {
    let slot = keys[row]! & (size - 1)
    while (slotKeys[slot] !== -1 && slotKeys[slot] !== keys[row]) slot = (slot + 1) & (size - 1)
    slotKeys[slot] = keys[row]!
    slotRows[slot] = row
  }
  return {slotKeys, slotRows}
}

/**
 * The row of a key.
 *
 * @param table The table.
 * @param key The key.
 * @returns Its row, or -1 for a key the table does not have.
 */
export function rowOf(table: KeyTable, key: number): number {
  const {slotKeys} = table
  const mask = slotKeys.length - 1
  let slot = key & mask
  for (;;) {
    const found = slotKeys[slot]!
    if (found === key) return table.slotRows[slot]!
    if (found === -1) return -1
    slot = (slot + 1) & mask
  }
}
