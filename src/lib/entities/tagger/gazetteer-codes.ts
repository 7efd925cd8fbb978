import {matchGazetteer, type GazetteerMatch} from '../gazetteer.js'
import type {Token} from './tokens.js'

/** The gazetteer kinds the features tell apart, in code order; others count as the last. */
const kinds = ['country', 'demonym', 'group', 'city', 'region', 'given-name', 'organization', 'org-acronym'] as const

/**
 * Per token of a sentence, what the gazetteers say about it, as a number:
 * bits 0–5 hold 1 + 4 × kind + place (0 first, 1 inside, 2 last, 3 alone)
 * of the longest phrase covering the token (0 when none does); bits 8–16 say
 * which kinds cover it at all.
 *
 * @param tokens The sentence's tokens.
 * @param out Where to write, one number per token.
 * @param matches `matchGazetteer` over the token texts, if made already.
 */
export function gazetteerCodes(tokens: readonly Token[], out: Uint32Array, matches?: readonly GazetteerMatch[]): void {
  out.fill(0)
  const found = matches ?? matchGazetteer(tokens.map((token) => token.text))
  if (found.length === 0) return
  const longest = new Int32Array(tokens.length)

  for (const match of found) {
    const known = (kinds as readonly string[]).indexOf(match.kind)
    const kind = known < 0 ? kinds.length : known
    const length = match.end - match.start

    for (let index = match.start; index < match.end && index < tokens.length; index++) {
      out[index]! |= 1 << (8 + kind)

      if (length > longest[index]!) {
        longest[index] = length
        const place = length === 1 ? 3 : index === match.start ? 0 : index === match.end - 1 ? 2 : 1
        out[index] = (out[index]! & ~0xff) | (1 + kind * 4 + place)
      }
    }
  }
}
