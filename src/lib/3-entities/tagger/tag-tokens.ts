import {decodeSentence, emissionSpace, longestSentence, scratchSpace, type Decoding} from './decode-sentences.js'
import type {DocumentTokens} from './document-tokens.js'
import {maxPerToken} from './features.js'
import {labelCount} from './labels.js'
import {localScores} from './local-scores.js'
import type {Model} from './model.js'
import {documentVotes, nonLocalCode, nonLocalFeaturesOf} from './non-local.js'
import {addScores, isZero, wordScoresOf} from './word-scores.js'

/** How many passes with document-level features follow the first pass. */
export const defaultRounds = 2

/**
 * Label every token of a document: a first pass with the local features,
 * then `rounds` passes that add what the previous pass said about the same
 * words elsewhere in the document.
 *
 * @param doc The document's tokens.
 * @param model The model.
 * @param rounds How many document-level passes (default `defaultRounds`).
 * @returns The label of every token, flat, in token order.
 */
export function tagTokens(doc: DocumentTokens, model: Model, rounds = defaultRounds): Int32Array {
  const count = doc.count
  // The labels, the labels of the next round, and the non-local code each
  // token's scores were decoded with (-1: none yet, the first pass, as if
  // every code added nothing), in one buffer.
  const buffer = new ArrayBuffer(12 * count)
  const labels = new Int32Array(buffer, 0, count)
  const next = new Int32Array(buffer, 4 * count, count)
  const used = new Int32Array(buffer, 8 * count, count).fill(-1)
  const plain = new Uint8Array(count)
  const words = wordScoresOf(model)
  const work: Decoding = {
    model,
    local: localScores(doc, model, plain),
    plain,
    used,
    nonLocal: words.nonLocal,
    emission: emissionSpace(longestSentence(doc)),
    lattice: scratchSpace.lattice
  }

  for (let s = 0; s < doc.sentences.length; s++) {
    decodeSentence(work, doc.sentenceStart[s]!, doc.sentenceStart[s + 1]!, labels)
  }

  const scratch = new Uint32Array(maxPerToken)

  for (let round = 0; round < rounds; round++) {
    const votes = documentVotes(doc, labels)
    next.set(labels)

    for (let s = 0; s < doc.sentences.length; s++) {
      const first = doc.sentenceStart[s]!
      const end = doc.sentenceStart[s + 1]!
      const caps = doc.sentenceCaps[s]!
      let changed = false

      for (let t = first; t < end; t++) {
        // A token in a plain run is outside whatever its code adds.
        if (plain[t] === 1) continue
        const code = nonLocalCode(votes, t, caps)

        if (!words.nonLocalMade[code]) {
          addScores(model, scratch, 0, nonLocalFeaturesOf(code, scratch, 0), words.nonLocal, code * labelCount)
          words.nonLocalMade[code] = isZero(words.nonLocal, code * labelCount) ? 2 : 1
        }

        // A code that adds nothing decodes as the first pass did.
        const effective = words.nonLocalMade[code] === 2 ? -1 : code
        if (effective !== used[t]) changed = true
        used[t] = effective
      }

      // Scores as in the last decoding of this sentence: its labels stand.
      if (changed) decodeSentence(work, first, end, next)
    }

    // Labels as before: every later round would find the same votes again.
    if (same(labels, next)) break
    labels.set(next)
  }

  scratchSpace.lattice = work.lattice
  return labels
}

/**
 * Whether two label arrays are equal.
 *
 * @param a One.
 * @param b The other, as long.
 * @returns Whether every label is the same.
 */
function same(a: Int32Array, b: Int32Array): boolean {
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return false
  return true
}
