import {Case, type DocumentTokens} from './document-tokens.js'
import {
  after,
  before,
  contextCode,
  contextCodes,
  contextFeatures,
  maxPerToken,
  neighbourFeatures,
  neighbourOffsets,
  ownFeatures,
  pairFeatures
} from './features.js'
import {labelCount} from './labels.js'
import {lookup, type Model} from './model.js'
import {documentVotes, nonLocalCode, nonLocalCodes, nonLocalFeaturesOf} from './non-local.js'
import {latticeFor, viterbi, type Lattice} from './viterbi.js'

/** How many passes with document-level features follow the first pass. */
export const defaultRounds = 2

/** Floats per distinct word: its own features' scores, then its scores as each neighbour. */
const typeWidth = (1 + neighbourOffsets.length) * labelCount

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

/** What decoding a document's sentences reads and reuses. */
interface Decoding {
  model: Model
  /** The local scores of every token (`localScores`). */
  local: Float32Array
  /** 1 for each token in a plain run. */
  plain: Uint8Array
  /** Per token: the non-local code whose scores are added, or -1 for none. */
  used: Int32Array
  /** The scores of each non-local code (`WordScores.nonLocal`). */
  nonLocal: Float64Array
  /** Work space for one window's scores. */
  emission: Float64Array
  /** The decoder's work space, kept from call to call. */
  lattice: Lattice | undefined
}

/**
 * Decode one sentence: its stretches between plain runs (see `stretch`), in
 * windows of at most `windowSize` tokens, from each token's local scores
 * plus those of its non-local code, copied in double precision (the same
 * values) so that the decoder always reads one kind of array and stays fast.
 * Tokens outside every stretch keep the label `out` holds for them.
 *
 * @param work What decoding reads and reuses.
 * @param first Index of the sentence's first token.
 * @param end Index past its last token.
 * @param out Where to write the labels, by token index.
 */
function decodeSentence(work: Decoding, first: number, end: number, out: Int32Array): void {
  const {local, used, nonLocal, emission} = work

  for (let [from, to] = stretch(work.plain, first, first, end); from < to; [from, to] = stretch(work.plain, to, first, end)) {
    for (let start = from; start < to; start += windowSize) {
      const size = Math.min(windowSize, to - start)

      for (let t = 0; t < size; t++) {
        const row = used[start + t]! * labelCount
        const at = t * labelCount
        const base = (start + t) * labelCount
        if (row < 0) for (let l = 0; l < labelCount; l++) emission[at + l] = local[base + l]!
        else for (let l = 0; l < labelCount; l++) emission[at + l] = local[base + l]! + nonLocal[row + l]!
      }

      work.lattice = decode(work.model, emission, size, work.lattice, out.subarray(start, start + size))
    }
  }
}

/** Work space of the decoder, reused from document to document (it only grows). */
const scratchSpace: {emission: Float64Array; lattice: Lattice | undefined} = {
  emission: new Float64Array(0),
  lattice: undefined
}

/**
 * The reused emission space, big enough for sentences of some length (at
 * most `windowSize` tokens are decoded at once).
 *
 * @param tokens The length of the longest sentence.
 * @returns The space.
 */
function emissionSpace(tokens: number): Float64Array {
  const size = Math.min(Math.max(tokens, 64), windowSize) * labelCount
  if (scratchSpace.emission.length < size) scratchSpace.emission = new Float64Array(size)
  return scratchSpace.emission
}

/**
 * The number of tokens of a document's longest sentence.
 *
 * @param doc The document's tokens.
 * @returns The length.
 */
function longestSentence(doc: DocumentTokens): number {
  let longest = 0
  for (let s = 0; s < doc.sentences.length; s++) longest = Math.max(longest, doc.sentenceStart[s + 1]! - doc.sentenceStart[s]!)
  return longest
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

/**
 * The next stretch of a sentence to decode: from the first token at or after
 * `from` that is not in a plain run, to past the last one before the next
 * plain token, with the plain token on either side of it included, so that
 * the decoder reads the transitions out of and into `O` as it would over the
 * whole sentence. Plain tokens between stretches keep label `O` (0).
 *
 * @param plain 1 for each token in a plain run.
 * @param from Where to look from.
 * @param first Index of the sentence's first token.
 * @param end Index past the sentence's last token.
 * @returns `[start, end]` of the stretch; `start === end` when none is left.
 */
function stretch(plain: Uint8Array, from: number, first: number, end: number): [number, number] {
  let start = from
  while (start < end && plain[start] === 1) start++
  if (start === end) return [end, end]
  let stop = start
  while (stop < end && plain[stop] === 0) stop++
  return [start > first && plain[start - 1] === 1 ? start - 1 : start, stop < end ? stop + 1 : stop]
}

/** Longest stretch decoded at once: a huge run-on sentence is cut into windows this long. */
const windowSize = 1024

/**
 * Decode one sentence, in windows of at most `windowSize` tokens so that the work
 * space stays small on hostile input.
 *
 * @param model The model (for its transitions).
 * @param emission The sentence's label scores, from its first token.
 * @param length How many tokens.
 * @param lattice Work space to reuse, if any.
 * @param out Where to write the labels.
 * @returns The work space, for the next call.
 */
function decode(
  model: Model,
  emission: Float64Array,
  length: number,
  lattice: Lattice | undefined,
  out: Int32Array
): Lattice {
  const space = latticeFor(lattice, Math.min(length, windowSize))

  for (let start = 0; start < length; start += windowSize) {
    const size = Math.min(windowSize, length - start)
    viterbi(emission.subarray(start * labelCount), size, model.transitions, space, out.subarray(start, start + size))
  }

  return space
}

/**
 * Scores of distinct words, kept across documents for one model: the words of
 * news repeat, and adding up a word's features is most of the tagger's work.
 * When full it starts again empty, so memory stays bounded.
 */
interface WordScores {
  /** The vocabulary generation the ids below belong to. */
  generation: number
  /**
   * Score ids by vocabulary word number, for sentences in lower case (0)
   * and in capitals (1); -1 for none yet.
   */
  ids: [Int32Array, Int32Array]
  /** `typeWidth` scores per word id. */
  scores: Float32Array
  /** How many ids are in use. */
  count: number
  /** The scores the sentence edges give as neighbours. */
  edges: Float64Array
  /** The scores of each context code, `code * labelCount + label`. */
  contexts: Float64Array
  /** The scores of each non-local code, `code * labelCount + label`, made as codes come up. */
  nonLocal: Float64Array
  /** Per non-local code: 0 until its scores are made, then 1, or 2 when they are all zero. */
  nonLocalMade: Uint8Array
}

/** Most distinct words kept (about 2.8 MB of scores). */
const wordCapacity = 32768

/** The kept word scores of each model. */
const kept = new WeakMap<Model, WordScores>()

/**
 * The kept word scores of a model, made on first use.
 *
 * @param model The model.
 * @returns Its word scores.
 */
function wordScoresOf(model: Model): WordScores {
  let found = kept.get(model)

  if (!found) {
    found = {
      generation: 0,
      ids: [new Int32Array(0), new Int32Array(0)],
      scores: new Float32Array(wordCapacity * typeWidth),
      count: 0,
      edges: edgeScores(model, new Uint32Array(maxPerToken)),
      contexts: contextScores(model, new Uint32Array(maxPerToken)),
      nonLocal: new Float64Array(nonLocalCodes * labelCount),
      nonLocalMade: new Uint8Array(nonLocalCodes)
    }
    kept.set(model, found)
  }

  return found
}

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
function localScores(doc: DocumentTokens, model: Model, plain: Uint8Array): Float32Array {
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
 * Make the score ids fit a vocabulary: start again when it is a new one,
 * grow when it has more words.
 *
 * @param words The kept word scores.
 * @param generation The vocabulary's generation.
 * @param size How many words it has.
 */
function fitIds(words: WordScores, generation: number, size: number): void {
  if (words.generation !== generation) {
    words.generation = generation
    words.ids = [new Int32Array(0), new Int32Array(0)]
    words.count = 0
  }

  if (words.ids[0].length >= size) return
  let length = Math.max(1024, words.ids[0].length)
  while (length < size) length *= 2

  for (const which of [0, 1] as const) {
    const grown = new Int32Array(length).fill(-1)
    grown.set(words.ids[which])
    words.ids[which] = grown
  }
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

/**
 * The scores the sentence edges give as neighbours: `before` for the
 * neighbours on the left, `after` for those on the right.
 *
 * @param model The model.
 * @param scratch Work space for the features.
 * @returns `which * labelCount + label`.
 */
function edgeScores(model: Model, scratch: Uint32Array): Float64Array {
  const scores = new Float64Array(neighbourOffsets.length * labelCount)

  for (let which = 0; which < neighbourOffsets.length; which++) {
    const edge = neighbourOffsets[which]! < 0 ? before : after
    addScores(model, scratch, 0, neighbourFeatures(which, edge, edge, scratch, 0), scores, which * labelCount)
  }

  return scores
}

/**
 * Whether a row of label scores is all zero.
 *
 * @param scores The scores.
 * @param at Index of the row's first score.
 * @returns Whether every score of the row is 0.
 */
function isZero(scores: Float64Array, at: number): boolean {
  for (let l = 0; l < labelCount; l++) if (scores[at + l] !== 0) return false
  return true
}

/**
 * The scores of every context code.
 *
 * @param model The model.
 * @param scratch Work space for the features.
 * @returns `code * labelCount + label`.
 */
function contextScores(model: Model, scratch: Uint32Array): Float64Array {
  const scores = new Float64Array(contextCodes * labelCount)

  for (let code = 0; code < contextCodes; code++) {
    addScores(model, scratch, 0, contextFeatures(code, scratch, 0), scores, code * labelCount)
  }

  return scores
}

/**
 * Add the weights of some features to one token's label scores.
 *
 * @param model The model.
 * @param hashes The feature hashes.
 * @param from Index of the first feature to add.
 * @param to Index past the last one.
 * @param scores Where to add.
 * @param at Index of the token's first label score in `scores`.
 */
function addScores(
  model: Model,
  hashes: Uint32Array,
  from: number,
  to: number,
  scores: Float64Array,
  at: number
): void {
  const weights = model.weights

  for (let f = from; f < to; f++) {
    const row = lookup(model, hashes[f]!)
    if (row < 0) continue
    const base = row * labelCount
    for (let l = 0; l < labelCount; l++) scores[at + l]! += weights[base + l]!
  }
}
