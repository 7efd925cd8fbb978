import {tokensOf, type Document, type SegmentKind} from '../2-text/index.js'
import {wordAt, type Vocabulary} from './vocabulary.js'
import {Fact} from './word-facts.js'

/** One token: a word, a possessive ending (`’s`), a punctuation mark or a symbol. */
export interface Token {
  /** Offset of its first code unit in the input. */
  start: number
  /** Offset just past its last code unit. */
  end: number
  /** Its text, `input.slice(start, end)`. */
  text: string
}

/** One sentence of tokens (`TokenStream.sentenceStart` says which): where it stands, what its case says. */
export interface Sentence {
  /** The kind of segment it stands in. */
  kind: SegmentKind
  /** Index of its segment in `document.segments`. */
  segment: number
  /** Index of its first token among the document's tokens. */
  first: number
  /** Whether it has letters but none in lower case (a headline in capitals). */
  caps: boolean
  /**
   * Whether it is a headline in title case ("Buyout Talks Stall in
   * Congress"): not in capitals, and of its words of four letters or more,
   * more than one and at least 70% capitalised.
   */
  titleCase: boolean
}

/** A document's tokens, in text order, in flat arrays and by sentence. */
export interface TokenStream {
  /** The sentences; none is empty. */
  sentences: Sentence[]
  /** Per sentence: the index of its first token; one more at the end, the count. */
  sentenceStart: Int32Array
  /** Every token's start offset. */
  starts: Int32Array
  /** Every token's end offset. */
  ends: Int32Array
  /** Every token's sentence index. */
  sentenceOf: Int32Array
  /** Every token's index in its sentence. */
  positionOf: Int32Array
  /** Every token's number in the vocabulary. */
  words: Int32Array
  /** Every token's word's `Fact` bits. */
  facts: Uint32Array
  /** Every token's text folded with `foldToken`. */
  folded: string[]
}

/** Growing work space of `readTokens`: start, end and word number of each token. */
let scratch: Int32Array = new Int32Array(3 * 4096)

/** The largest work space kept between documents (of 65,536 tokens). */
const maxScratch = 3 * 65_536

/**
 * Read the text stage's token table (`tokensOf`) by sentence, numbering the
 * tokens' words in a vocabulary. Words keep their hyphens and inner
 * apostrophes (`Nagorno-Karabakh`, `O'Neill`); a possessive ending (`’s`,
 * `'s`) is a token of its own, so that no name includes it. The tokens are
 * kept in flat arrays only: a token's text is its word's (`vocabulary.text`).
 *
 * @param document The parsed dispatch.
 * @param vocabulary The vocabulary.
 * @returns The tokens.
 */
export function readTokens(document: Document, vocabulary: Vocabulary): TokenStream {
  const input = document.input
  const table = tokensOf(document)
  const count = table.count
  const sentenceCount = table.sentenceStart.length - 1
  if (scratch.length < 3 * (count + 2)) scratch = new Int32Array(3 * (count + 2))

  for (let index = 0; index < count; index++) {
    addToken(vocabulary, input, table.starts[index]!, table.ends[index]!, index)
  }

  // One buffer for the arrays of numbers: a typed array of its own costs
  // an allocation outside the heap each.
  const buffer = new ArrayBuffer(4 * (6 * count + sentenceCount + 1))
  const stream: TokenStream = {
    sentences: [],
    starts: new Int32Array(buffer, 0, count),
    ends: new Int32Array(buffer, 4 * count, count),
    sentenceOf: new Int32Array(buffer, 8 * count, count),
    positionOf: new Int32Array(buffer, 12 * count, count),
    words: new Int32Array(buffer, 16 * count, count),
    facts: new Uint32Array(buffer, 20 * count, count),
    sentenceStart: new Int32Array(buffer, 24 * count, sentenceCount + 1),
    folded: new Array<string>(count)
  }

  for (let index = 0; index < sentenceCount; index++) {
    const segment = table.sentenceSegment[index]!
    const first = table.sentenceStart[index]!
    const last = table.sentenceStart[index + 1]!
    stream.sentenceStart[index] = first
    stream.sentences.push(sentenceOf(vocabulary, stream, document.segments[segment]!.kind, segment, index, first, last))
  }

  stream.sentenceStart[sentenceCount] = count
  // A work space grown by a very long document is not kept.
  if (scratch.length > maxScratch) scratch = new Int32Array(3 * 4096)
  return stream
}

/**
 * Write one token to the work space.
 *
 * @param vocabulary The vocabulary.
 * @param input The caller's input.
 * @param start Offset of the token.
 * @param end Offset past it.
 * @param count How many tokens there are so far.
 * @returns How many there are now.
 */
function addToken(vocabulary: Vocabulary, input: string, start: number, end: number, count: number): number {
  scratch[3 * count] = start
  scratch[3 * count + 1] = end
  scratch[3 * count + 2] = wordAt(vocabulary, input, start, end)
  return count + 1
}

/**
 * Make one sentence of the tokens in the work space, and write what is known
 * of each of its tokens to the stream.
 *
 * @param vocabulary The vocabulary.
 * @param stream The stream, updated.
 * @param kind The kind of segment it stands in.
 * @param segment Index of that segment.
 * @param index Index of the sentence.
 * @param first Index of its first token.
 * @param last Index past its last token.
 * @returns The sentence.
 */
function sentenceOf(
  vocabulary: Vocabulary,
  stream: TokenStream,
  kind: SegmentKind,
  segment: number,
  index: number,
  first: number,
  last: number
): Sentence {
  let lower = false
  let upper = false
  let words = 0
  let capitalized = 0

  for (let token = first; token < last; token++) {
    const start = scratch[3 * token]!
    const end = scratch[3 * token + 1]!
    const word = scratch[3 * token + 2]!
    const facts = vocabulary.facts[word]!
    stream.starts[token] = start
    stream.ends[token] = end
    stream.words[token] = word
    stream.facts[token] = facts
    stream.folded[token] = vocabulary.folded[word]!
    stream.sentenceOf[token] = index
    stream.positionOf[token] = token - first
    if (facts & Fact.LowerSeen) lower = true
    if (facts & Fact.UpperSeen) upper = true

    if (facts & Fact.LongWord) {
      words++
      if (facts & Fact.Capital) capitalized++
    }
  }

  const caps = upper && !lower
  const titleCase = kind === 'headline' && !caps && words > 1 && capitalized * 10 >= words * 7
  return {kind, segment, first, caps, titleCase}
}
