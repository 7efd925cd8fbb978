/**
 * Integer hashing for features: the tagger never builds a feature string; it
 * hashes the parts of a feature (template, word, shape, …) and mixes them.
 */

/**
 * Hash a stretch of a string (FNV-1a, 32 bits) on top of a seed.
 *
 * @param seed What to start from (a template id or an earlier hash).
 * @param text The string.
 * @param start First index to hash.
 * @param end Index just past the last one.
 * @returns An unsigned 32-bit hash.
 */
export function hashRange(seed: number, text: string, start: number, end: number): number {
  let hash = (seed ^ 0x81_1c_9d_c5) >>> 0
  for (let index = start; index < end; index++) {
    hash = Math.imul(hash ^ text.charCodeAt(index), 0x01_00_01_93)
  }

  return hash >>> 0
}

/**
 * Mix two 32-bit values into one (a multiply-xorshift finaliser, as in
 * MurmurHash3), so that `mix(a, b)` and `mix(b, a)` differ.
 *
 * @param a The first value.
 * @param b The second value.
 * @returns An unsigned 32-bit hash.
 */
export function mix(a: number, b: number): number {
  let hash = Math.imul(a ^ 0x9e_37_79_b9, 0x85_eb_ca_6b) ^ b
  hash = Math.imul(hash ^ (hash >>> 15), 0xc2_b2_ae_35)
  hash ^= hash >>> 13
  hash = Math.imul(hash, 0x27_d4_eb_2d)
  return (hash ^ (hash >>> 16)) >>> 0
}
