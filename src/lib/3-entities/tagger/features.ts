import {Case, type DocumentTokens} from './document-tokens.js'
import {hashRange, mix} from './hash.js'

/**
 * The features of the tagger. Each is a 32-bit hash of a template number and
 * the values it reads (words, shapes, affixes, case, document context); the
 * model keeps a weight per label for each hash it learned.
 *
 * They come in three groups, so that the runtime can add up the first two
 * once per distinct word of a document instead of once per token:
 *
 * - the token's own features (`ownFeatures`): its word, shape, affixes,
 *   what the case lexicon knows of it and its word clusters;
 * - its neighbours' features (`neighbourFeatures`): the word and shape two
 *   and one tokens before and after it;
 * - its context (`contextFeatures`): case, sentence position, headline and
 *   how the word is written elsewhere in the document, a few hundred values
 *   in all, so the runtime keeps their sums too;
 * - pairs of neighbouring words and shapes (`pairFeatures`).
 */

/** Hash standing for the word or shape before the sentence start. */
export const before = 0x5b_4f_53_5d
/** Hash standing for the word or shape past the sentence end. */
export const after = 0x5b_45_4f_53

/** The offsets of the neighbours whose words and shapes are features. */
export const neighbourOffsets = [-2, -1, 1, 2] as const

/** Most features one token can have. */
export const maxPerToken = 64

/**
 * Write the features of a token that depend on it alone.
 *
 * @param doc The document's tokens.
 * @param index Which token.
 * @param caps Whether its sentence is in capitals.
 * @param out Where to write.
 * @param n Where to start writing.
 * @returns Where the next feature goes.
 */
export function ownFeatures(doc: DocumentTokens, index: number, caps: number, out: Uint32Array, n: number): number {
  const low = doc.vocabulary.lower[doc.word[index]!]!
  out[n++] = mix(2, doc.wordHash[index]!)
  out[n++] = mix(7, caps ? 0 : doc.shapeHash[index]!)
  const known = doc.wordCase[index]!
  if (known) out[n++] = mix(70, known * 8 + doc.caseOf[index]!)
  const cluster = doc.cluster[index]!

  if (cluster) {
    out[n++] = mix(80, cluster & 0x1ff)
    out[n++] = mix(81, (cluster >>> 9) & 0x7f)
    out[n++] = mix(82, (cluster >>> 16) * 8 + doc.caseOf[index]!)
  }

  if (doc.caseOf[index] !== Case.Punctuation) {
    const length = low.length

    for (let k = 1; k <= 4 && k < length; k++) {
      out[n++] = hashRange(20 + k, low, 0, k)
      out[n++] = hashRange(30 + k, low, length - k, length)
    }
  }

  return n
}

/**
 * Write the features a token gives the token `offset` places away from it
 * (or that the sentence edge gives, when `word` is `before` or `after`).
 * The neighbours' word clusters are no features: measured, they lowered
 * gum-other by 2 points (docs/entities-model.md).
 *
 * @param which Which offset: an index into `neighbourOffsets`.
 * @param word The neighbour's word hash (or `before` / `after`).
 * @param shape The neighbour's shape hash (0 in a sentence in capitals).
 * @param out Where to write.
 * @param n Where to start writing.
 * @returns Where the next feature goes.
 */
export function neighbourFeatures(which: number, word: number, shape: number, out: Uint32Array, n: number): number {
  out[n++] = mix(3 + which, word)
  out[n++] = mix(8 + which, shape)
  return n
}

/** How many values `contextCode` takes. */
export const contextCodes = 7 * 2 * 5 * 2 * 2 * 4

/**
 * A number for what `contextFeatures` reads of a token.
 *
 * @param doc The document's tokens.
 * @param index Which token.
 * @param first The sentence's first token.
 * @param caps Whether the sentence is in capitals.
 * @param headline Whether the sentence is in a headline or dateline.
 * @returns A number below `contextCodes`.
 */
export function contextCode(doc: DocumentTokens, index: number, first: number, caps: number, headline: boolean): number {
  const kind = doc.caseOf[index]! * 2 + (index === first ? 1 : 0)
  return ((((doc.lineBreak[index]! * 14 + kind) * 5 + doc.usualCase[index]!) * 2 + caps) * 2) + (headline ? 1 : 0)
}

/**
 * Write the features of a token's context: a bias, its case at the sentence
 * start or not, its case with how the word is written elsewhere in the
 * document, its case in a headline or not, and the line breaks around it
 * (names do not run across the lines of a table).
 *
 * @param code From `contextCode`.
 * @param out Where to write.
 * @param n Where to start writing.
 * @returns Where the next feature goes.
 */
export function contextFeatures(code: number, out: Uint32Array, n: number): number {
  const headline = code % 2
  const caps = (code >> 1) % 2
  const usual = Math.floor(code / 4) % 5
  const start = Math.floor(code / 20) % 2
  const kind = Math.floor(code / 40) % 7
  const breaks = Math.floor(code / 280)
  out[n++] = mix(1, 0)
  if (breaks) out[n++] = mix(60, breaks * 8 + kind)
  out[n++] = mix(17, kind * 2 + start)
  out[n++] = mix(18, usual * 16 + kind * 2 + caps)
  out[n++] = mix(19, headline ? 8 + kind : kind)
  return n
}

/**
 * Write the features of a token that pair it with a neighbour: words and
 * shapes side by side.
 *
 * @param doc The document's tokens.
 * @param index Which token.
 * @param first The sentence's first token.
 * @param end Index past the sentence's last token.
 * @param caps Whether the sentence is in capitals.
 * @param out Where to write.
 * @param n Where to start writing.
 * @returns Where the next feature goes.
 */
export function pairFeatures(
  doc: DocumentTokens,
  index: number,
  first: number,
  end: number,
  caps: number,
  out: Uint32Array,
  n: number
): number {
  const words = doc.wordHash
  const shapes = doc.shapeHash
  const w0 = words[index]!
  const wm1 = index > first ? words[index - 1]! : before
  const wp1 = index + 1 < end ? words[index + 1]! : after
  const s0 = caps ? 0 : shapes[index]!
  const sm1 = index > first ? (caps ? 0 : shapes[index - 1]!) : before
  const sp1 = index + 1 < end ? (caps ? 0 : shapes[index + 1]!) : after

  out[n++] = mix(mix(12, wm1), w0)
  out[n++] = mix(mix(13, w0), wp1)
  out[n++] = mix(mix(mix(14, sm1), s0), sp1)
  out[n++] = mix(mix(15, wm1), s0)
  out[n++] = mix(mix(16, s0), wp1)
  n = gazetteerFeatures(doc.gazetteer[index]!, doc.caseOf[index]!, out, n)
  return n
}

/**
 * Write the gazetteer features of a token: the kind and place of the longest
 * phrase covering it (alone and with the token's case), and each kind that
 * covers it.
 *
 * @param code The token's code from `gazetteerCodes`.
 * @param kind The token's case.
 * @param out Where to write.
 * @param n Where to start writing.
 * @returns Where the next feature goes.
 */
export function gazetteerFeatures(code: number, kind: number, out: Uint32Array, n: number): number {
  if (code === 0) return n
  const longest = code & 0xff
  out[n++] = mix(50, longest)
  out[n++] = mix(52, longest * 8 + kind)
  for (let bit = 0; bit < 9; bit++) if (code & (1 << (8 + bit))) out[n++] = mix(51, bit)
  return n
}
