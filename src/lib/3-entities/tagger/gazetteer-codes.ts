import {Case} from '../../2-text/word-shape.js'
import type {GazetteerMatch} from '../gazetteer.js'

/** The gazetteer kinds the features tell apart, in code order; others count as the last. */
const kinds = ['country', 'demonym', 'group', 'city', 'region', 'given-name', 'organization', 'org-acronym', 'company'] as const

/** Work space of `gazetteerCodes`: per token, the length of the longest phrase seen so far. */
const space = new Int32Array(1024)

/**
 * Per token of a sentence, what the gazetteers say about it, as a number:
 * bits 0–5 hold 1 + 4 × kind + place (0 first, 1 inside, 2 last, 3 alone)
 * of the longest phrase covering the token (0 when none does); bits 8–16 say
 * which kinds cover it at all. A company or brand counts only where its
 * first word is not in lower case ("Apple", "APPLE", not "apple").
 *
 * @param found `matchGazetteer` over the sentence's token texts.
 * @param out Where to write, one number per token (0 on entry).
 * @param first Index in `out` of the sentence's first token.
 * @param length How many tokens the sentence has.
 * @param caseOf Per token of the document: its `Case`.
 */
export function gazetteerCodes(
  found: readonly GazetteerMatch[],
  out: Uint32Array,
  first: number,
  length: number,
  caseOf: Uint8Array
): void {
  if (found.length === 0) return
  // A sentence longer than the work space (hostile input) gets its own.
  const longest = length <= space.length ? space.fill(0, 0, length) : new Int32Array(length)

  for (const match of found) {
    if (match.kind === 'company' && caseOf[first + match.start] === Case.Lower) continue
    const known = (kinds as readonly string[]).indexOf(match.kind)
    const kind = known < 0 ? kinds.length : known
    const size = match.end - match.start

    for (let index = match.start; index < match.end && index < length; index++) {
      out[first + index]! |= 1 << (8 + kind)

      if (size > longest[index]!) {
        longest[index] = size
        const place = size === 1 ? 3 : index === match.start ? 0 : index === match.end - 1 ? 2 : 1
        out[first + index] = (out[first + index]! & ~0xff) | (1 + kind * 4 + place)
      }
    }
  }
}
