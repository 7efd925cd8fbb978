/**
 * How the tagger's model and lexicon keys spread over an open-addressed
 * table (the packing of the generated data is `util/range-decoder.ts`).
 */

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
