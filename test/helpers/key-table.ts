import {rowOf, type KeyTable} from '../../src/lib/6-quotes/key-table.js'

/**
 * The keys of `bits` bits whose row in a model's key table is not their
 * place among the model's keys (-1 for a key the model does not have):
 * none, when the table is right.
 *
 * @param keys The model's keys, one per row.
 * @param table Its table.
 * @param bits How many bits make a key.
 * @returns The keys that find a wrong row.
 */
export function wrongRows(keys: ArrayLike<number>, table: KeyTable, bits: number): number[] {
  const rows = new Map(Array.from(keys, (key, row) => [key, row]))
  const wrong: number[] = []
  for (let key = 0; key < 1 << bits; key++) if (rowOf(table, key) !== (rows.get(key) ?? -1)) wrong.push(key)
  return wrong
}
