import {Case, type DocumentTokens} from './document-tokens.js'
import {mix} from './hash.js'
import {labelSpans, labelType} from './labels.js'

/**
 * Document-level ("non-local") features, read from the labels a first pass
 * gave the whole document (Krishnan and Manning 2006; Ratinov and Roth 2009):
 * which types the same word got elsewhere in the document, and which types
 * the longer names containing it got. They let `Simmons` be a person because
 * `Phil Simmons` was one, and a headline in capitals borrow the body's labels.
 */

/** Per token: what the first pass said about the same word elsewhere. */
export interface DocumentVotes {
  /** Per token: bit `t` set when another occurrence was labelled with type `t`; bit 4 when one was `O`. */
  seen: Uint8Array
  /** Per token: 1 + the type most often given to other occurrences, 5 for `O`, 0 when none. */
  majority: Uint8Array
  /** Per token: 1 + the type most often given to longer names containing the word, 0 when none. */
  inside: Uint8Array
}

/**
 * Whether a token is the kind of word the votes are about: it has a capital
 * letter (or stands in a line in capitals).
 *
 * @param doc The tokens.
 * @param index Which token.
 * @returns Whether it votes and is voted on.
 */
function votes(doc: DocumentTokens, index: number): boolean {
  const kind = doc.caseOf[index]
  return kind === Case.Capitalized || kind === Case.Upper || kind === Case.Mixed || kind === Case.DigitsAndLetters
}

/** Work space of `documentVotes`: its counters. */
const voteSpace = new Int32Array(65_536)

/**
 * Count what a first pass said about each word of a document.
 *
 * @param doc The tokens.
 * @param labels The first pass's label of every token (flat, in token order).
 * @returns The votes per token.
 */
export function documentVotes(doc: DocumentTokens, labels: Int32Array): DocumentVotes {
  const count = doc.count
  const words = doc.wordId
  const size = doc.wordCount * 9 + count
  // The counters in one work space, kept unless a very long document grew it.
  const space = size <= voteSpace.length ? voteSpace.fill(0, 0, size) : new Int32Array(size)
  const tokenCounts = space.subarray(0, doc.wordCount * 5)
  const insideCounts = space.subarray(doc.wordCount * 5, doc.wordCount * 9)
  const insideOwn = space.subarray(doc.wordCount * 9, size).fill(-1)

  for (let index = 0; index < count; index++) {
    if (!votes(doc, index)) continue
    const label = labels[index]!
    tokenCounts[words[index]! * 5 + (label === 0 ? 4 : labelType(label))]!++
  }

  for (let s = 0; s < doc.sentences.length; s++) {
    const first = doc.sentenceStart[s]!
    const end = doc.sentenceStart[s + 1]!

    for (const span of labelSpans(labels.subarray(first, end), end - first)) {
      if (span.end - span.start < 2) continue

      for (let t = first + span.start; t < first + span.end; t++) {
        if (!votes(doc, t)) continue
        insideCounts[words[t]! * 4 + span.type]!++
        insideOwn[t] = span.type
      }
    }
  }

  const buffer = new ArrayBuffer(3 * count)
  const seen = new Uint8Array(buffer, 0, count)
  const majority = new Uint8Array(buffer, count, count)
  const inside = new Uint8Array(buffer, 2 * count, count)

  for (let index = 0; index < count; index++) {
    if (!votes(doc, index)) continue
    const word = words[index]!
    const own = labels[index]!
    const ownSlot = own === 0 ? 4 : labelType(own)
    let best = -1
    let bestCount = 0
    let bits = 0

    for (let slot = 0; slot < 5; slot++) {
      const value = tokenCounts[word * 5 + slot]! - (slot === ownSlot ? 1 : 0)
      if (value <= 0) continue
      bits |= 1 << slot
      if (value > bestCount) {
        bestCount = value
        best = slot
      }
    }

    seen[index] = bits
    majority[index] = best + 1
    let bestType = -1
    let bestTypeCount = 0

    for (let type = 0; type < 4; type++) {
      const value = insideCounts[word * 4 + type]! - (insideOwn[index] === type ? 1 : 0)
      if (value > bestTypeCount) {
        bestTypeCount = value
        bestType = type
      }
    }

    inside[index] = bestType + 1
  }

  return {seen, majority, inside}
}

/** How many values `nonLocalCode` takes. */
export const nonLocalCodes = 6 * 2 * 32 * 5

/**
 * A number for what the non-local features read of a token: 0 when it has
 * none.
 *
 * @param votes The first pass's votes.
 * @param index Which token.
 * @param caps Whether its sentence is in capitals.
 * @returns A number below `nonLocalCodes`.
 */
export function nonLocalCode(votes: DocumentVotes, index: number, caps: number): number {
  return ((votes.majority[index]! * 2 + caps) * 32 + votes.seen[index]!) * 5 + votes.inside[index]!
}

/**
 * Write the non-local features of a code: the type most often given to
 * the same word elsewhere (alone and with the sentence's case), each type it
 * was given, and the type of the longer names it stands in.
 *
 * @param code From `nonLocalCode`.
 * @param out Where to write.
 * @param n Where to start writing.
 * @returns Where the next feature goes.
 */
export function nonLocalFeaturesOf(code: number, out: Uint32Array, n: number): number {
  const inside = code % 5
  const bits = Math.floor(code / 5) % 32
  const caps = Math.floor(code / 160) % 2
  const majority = Math.floor(code / 320)

  if (majority) {
    out[n++] = mix(40, majority)
    out[n++] = mix(41, majority * 2 + caps)
    for (let slot = 0; slot < 5; slot++) if (bits & (1 << slot)) out[n++] = mix(42, slot)
  }

  if (inside) out[n++] = mix(43, inside)
  return n
}
