/**
 * The local scores of every token: its word's own and neighbour scores (kept
 * per distinct word), its context's, and its pair features'; tokens in a
 * plain run are a certain `O`.
 */

import {Case, type DocumentTokens} from './document-tokens.js'
import {contextCode, maxPerToken, neighbourFeatures, neighbourOffsets, ownFeatures, pairFeatures} from './features.js'
import {labelCount} from './labels.js'
import {lookup, type Model} from './model.js'
import {addScores, fitIds, typeWidth, wordCapacity, wordScoresOf, type WordScores} from './word-scores.js'

/**
 * The scores of the local features of every token, `token * labelCount +
 * label`, in single precision to halve the memory of a huge input. The
 * scores of a word's own features and of its features as a
 * neighbour are added up once per distinct word (and sentence case), kept,
 * and reused for each of its tokens. Each token gets its word's id just
 * before the token two places before it is scored; when the kept words are
 * full, they are all let go and the few tokens still read get ids again, so
 * a text with any number of distinct words is one pass.
 *
 * Tokens in a plain run (`plainRun`) get the scores of a certain `O`
 * and are marked in `plain`.
 *
 * @param doc The document's tokens.
 * @param model The model.
 * @param plain Set to 1 for each token in a plain run.
 * @returns The scores.
 */
export function localScores(doc: DocumentTokens, model: Model, plain: Uint8Array): Float32Array {
  const count = doc.count
  const buffer = new ArrayBuffer(4 * (labelCount + 1) * count)
  const scores = new Float32Array(buffer, 0, count * labelCount)
  const typeOf = new Int32Array(buffer, 4 * labelCount * count, count)
  const words = wordScoresOf(model)
  const work: WordWork = {doc, model, words, scratch: new Uint32Array(maxPerToken), sums: new Float64Array(typeWidth)}
  // Per token: where the weights of its pair features the model has start.
  const rows = new Int32Array(maxPerToken)
  fitIds(words, doc.vocabulary.generation, doc.vocabulary.plain.length)

  for (let s = 0; s < doc.sentences.length; s++) {
    const first = doc.sentenceStart[s]!
    const end = doc.sentenceStart[s + 1]!
    const caps = doc.sentenceCaps[s]!
    const headline = doc.sentences[s]!.kind !== 'paragraph'
    let ahead = first

    for (let index = first; index < end; index++) {
      for (; ahead < Math.min(end, index + 3); ahead++) typeOf[ahead] = idFor(work, typeOf, ahead, caps, Math.max(first, index - 2))

      if (caps === 0 && plainRun(doc, index, first, end)) {
        const at = index * labelCount
        scores.fill(outside, at + 1, at + labelCount)
        scores[at] = 0
        plain[index] = 1
        continue
      }

      scoreToken(work, scores, typeOf, rows, {index, first, end, caps, headline})
    }
  }

  return scores
}

/** What `localScores` hands to the functions it calls. */
interface WordWork {
  doc: DocumentTokens
  model: Model
  words: WordScores
  /** Work space for features. */
  scratch: Uint32Array
  /** Work space for one word's scores. */
  sums: Float64Array
}

/**
 * The id of a token's word in the kept word scores, made when it has none.
 * When they are full, every kept word is let go, and the tokens from `kept`
 * up to this one, still to be read as neighbours, get their ids again.
 *
 * @param work The document, model and kept word scores.
 * @param typeOf The word id of every token so far; changed in place.
 * @param index The token.
 * @param caps Whether its sentence is in capitals (1) or not (0).
 * @param kept The first token whose id is still to be read.
 * @returns The id.
 */
function idFor(work: WordWork, typeOf: Int32Array, index: number, caps: number, kept: number): number {
  const words = work.words
  if (words.ids[caps]![work.doc.word[index]!]! < 0 && words.count === wordCapacity) {
    words.ids[0].fill(-1)
    words.ids[1].fill(-1)
    words.count = 0
    for (let other = kept; other < index; other++) typeOf[other] = wordId(work, other, caps)
  }

  return wordId(work, index, caps)
}

/**
 * The id of a token's word in the kept word scores: its own features' scores
 * and its scores as each neighbour, added up when the word is new.
 *
 * @param work The document, model and kept word scores, not full.
 * @param index The token.
 * @param caps Whether its sentence is in capitals (1) or not (0).
 * @returns The id.
 */
function wordId(work: WordWork, index: number, caps: number): number {
  const {doc, model, words, scratch, sums} = work
  const ids = words.ids[caps]!
  const number = doc.word[index]!
  if (ids[number]! >= 0) return ids[number]!
  const id = words.count++
  ids[number] = id
  sums.fill(0)
  addScores(model, scratch, 0, ownFeatures(doc, index, caps, scratch, 0), sums, 0)
  const word = doc.wordHash[index]!
  const shape = caps ? 0 : doc.shapeHash[index]!

  for (let which = 0; which < neighbourOffsets.length; which++) {
    const end = neighbourFeatures(which, word, shape, scratch, 0)
    addScores(model, scratch, 0, end, sums, (which + 1) * labelCount)
  }

  words.scores.set(sums, id * typeWidth)
  return id
}

/**
 * Add up the local scores of one token that is not in a plain run: its
 * word's, its context's, its neighbours' and its pair features'.
 *
 * @param work The document, model and kept word scores.
 * @param scores The scores of every token; changed in place.
 * @param typeOf The word id of every token up to two after this one.
 * @param rows Work space for the rows of the pair features.
 * @param where The token, its sentence's bounds and kind.
 */
function scoreToken(
  work: WordWork,
  scores: Float32Array,
  typeOf: Int32Array,
  rows: Int32Array,
  where: {index: number; first: number; end: number; caps: number; headline: boolean}
): void {
  const {doc, model, words, scratch} = work
  const {index, first, end, caps, headline} = where
  const types = words.scores
  const edges = words.edges
  const contexts = words.contexts
  const weights = model.weights
  const at = index * labelCount
  const own = typeOf[index]! * typeWidth
  const context = contextCode(doc, index, first, caps, headline) * labelCount
  // Where each neighbour's scores start in `types`, or -1 past the sentence edge.
  const n0 = neighbourBase(typeOf, index - 2, first, end, 1)
  const n1 = neighbourBase(typeOf, index - 1, first, end, 2)
  const n2 = neighbourBase(typeOf, index + 1, first, end, 3)
  const n3 = neighbourBase(typeOf, index + 2, first, end, 4)
  const features = pairFeatures(doc, index, first, end, caps, scratch, 0)
  let found = 0

  for (let f = 0; f < features; f++) {
    const row = lookup(model, scratch[f]!)
    if (row >= 0) rows[found++] = row * labelCount
  }

  // Added in the same order, and rounded to single precision after each
  // addition, as a store into `scores` rounds: the same sums as adding
  // each group into `scores` in turn, with one store per label.
  for (let l = 0; l < labelCount; l++) {
    let value = Math.fround(types[own + l]! + contexts[context + l]!)
    value = Math.fround(value + (n0 < 0 ? edges[l]! : types[n0 + l]!))
    value = Math.fround(value + (n1 < 0 ? edges[labelCount + l]! : types[n1 + l]!))
    value = Math.fround(value + (n2 < 0 ? edges[2 * labelCount + l]! : types[n2 + l]!))
    value = Math.fround(value + (n3 < 0 ? edges[3 * labelCount + l]! : types[n3 + l]!))
    for (let r = 0; r < found; r++) value = Math.fround(value + weights[rows[r]! + l]!)
    scores[at + l] = value
  }
}

/** The score that rules a label out: no sum of weights comes near it. */
const outside = -1e30

/**
 * Whether a token stands in a plain run of the sentence: it and the tokens
 * on either side are words in lower case or punctuation that no gazetteer
 * knows. Such a token is outside every name (a name's inner lower-case words,
 * "of", "the", "bin", stand next to one of its capitalised words), so the
 * tagger spends no work on it: it is labelled `O`.
 *
 * @param doc The document's tokens.
 * @param index The token.
 * @param first The sentence's first token.
 * @param end Index past its last token.
 * @returns Whether it is.
 */
function plainRun(doc: DocumentTokens, index: number, first: number, end: number): boolean {
  const from = Math.max(first, index - 1)
  const to = Math.min(end, index + 2)

  for (let other = from; other < to; other++) {
    const kind = doc.caseOf[other]!
    if ((kind !== Case.Lower && kind !== Case.Punctuation) || doc.gazetteer[other] !== 0) return false
  }

  return true
}

/**
 * Where a neighbour's scores as a neighbour start in the kept word scores.
 *
 * @param typeOf The word id of every token.
 * @param other Index of the neighbour.
 * @param first The sentence's first token.
 * @param end Index past the sentence's last token.
 * @param slot 1 + the neighbour's index in `neighbourOffsets`.
 * @returns The index in `WordScores.scores`, or -1 when the neighbour is past the sentence edge.
 */
function neighbourBase(typeOf: Int32Array, other: number, first: number, end: number, slot: number): number {
  return other < first || other >= end ? -1 : typeOf[other]! * typeWidth + slot * labelCount
}
