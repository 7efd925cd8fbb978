import type {Document} from '../../text/index.js'
import type {GazetteerMatch} from '../gazetteer.js'
import {gazetteerCodes} from './gazetteer-codes.js'
import {hashRange} from './hash.js'
import {wordCase, WordCase, type Lexicon} from './lexicon.js'
import {tokenizeDocument, type Token, type TokenSentence} from './tokens.js'

/** How a token is written. */
export const enum Case {
  Punctuation = 0,
  Lower = 1,
  Capitalized = 2,
  Upper = 3,
  Mixed = 4,
  Digits = 5,
  DigitsAndLetters = 6
}

/**
 * The tokens of a document with what the features read from them, in flat
 * arrays indexed by token number (over the whole document).
 */
export interface DocumentTokens {
  /** The sentences, as the tokenizer made them. */
  sentences: TokenSentence[]
  /** Every token, in order. */
  tokens: Token[]
  /** Index of the first token of each sentence, and the token count at the end. */
  sentenceStart: Int32Array
  /** Per sentence: 1 when its case tells nothing (a line in capitals, a headline in title case; see `caseless`). */
  sentenceCaps: Uint8Array
  /** Per token: its text in lower case. */
  lower: string[]
  /** Per token: `Case`. */
  caseOf: Uint8Array
  /** Per token: hash of `lower`. */
  wordHash: Uint32Array
  /** Per token: a number for its `lower` form, the same for the same form within the document. */
  wordId: Int32Array
  /** How many distinct `lower` forms the document has. */
  wordCount: number
  /** Per token: hash of its shape (`Xx`, `X.X.`, `d-d`, …). */
  shapeHash: Uint32Array
  /** Per token: what the gazetteers say about it (see `gazetteerCodes`). */
  gazetteer: Uint32Array
  /** Per token: 1 when a line break stands between it and the token before, 2 after, 3 both. */
  lineBreak: Uint8Array
  /** Per token: what the case lexicon knows of its word (`WordCase`; all 0 without a lexicon). */
  wordCase: Uint8Array
  /**
   * Per token: how the same word (in lower case) is written elsewhere in the
   * document, outside headlines in capitals and sentence starts: 0 never
   * seen there, 1 only in lower case, 2 only capitalized, 3 only in capitals,
   * 4 both in lower case and not.
   */
  usualCase: Uint8Array
}

/**
 * Sentences already cut into tokens (the same cut as `tokenizeDocument`) and
 * their gazetteer matches, so that the rules and the tagger share one pass.
 */
export interface SharedTokens {
  /** The document's sentences of tokens, as `tokenizeDocument` would give them. */
  sentences: readonly TokenSentence[]
  /** Per sentence: `matchGazetteer` over its token texts. */
  matches: ReadonlyArray<readonly GazetteerMatch[]>
}

/**
 * Tokenize a document and compute the per-token values the features read.
 *
 * @param document The parsed dispatch.
 * @param lexicon The case lexicon, if any (the model's).
 * @param shared Tokens and gazetteer matches made already, if any.
 * @returns Its tokens.
 */
export function readDocumentTokens(document: Document, lexicon?: Lexicon, shared?: SharedTokens): DocumentTokens {
  const sentences = shared ? [...shared.sentences] : tokenizeDocument(document)
  const tokens: Token[] = []
  const sentenceStart = new Int32Array(sentences.length + 1)
  const sentenceCaps = new Uint8Array(sentences.length)

  for (const [index, sentence] of sentences.entries()) {
    sentenceStart[index] = tokens.length
    for (const token of sentence.tokens) tokens.push(token)
  }

  sentenceStart[sentences.length] = tokens.length
  const count = tokens.length
  const lower: string[] = Array.from({length: count})
  const caseOf = new Uint8Array(count)
  const wordHash = new Uint32Array(count)
  const shapeHash = new Uint32Array(count)
  const wordId = new Int32Array(count)
  const cases = new Uint8Array(count)
  const ids = new Map<string, number>()
  const caseOfId: number[] = []
  const hashOfId: number[] = []

  for (let index = 0; index < count; index++) {
    const text = plainPunctuation(tokens[index]!.text)
    const low = text.toLowerCase()
    lower[index] = low
    let id = ids.get(low)

    if (id === undefined) {
      id = ids.size
      ids.set(low, id)
      caseOfId.push(lexicon ? wordCase(lexicon, low) : WordCase.Unknown)
      hashOfId.push(hashRange(0, low, 0, low.length))
    }

    wordId[index] = id
    cases[index] = caseOfId[id]!
    caseOf[index] = caseClass(text)
    wordHash[index] = hashOfId[id]!
    shapeHash[index] = shapeOf(text)
  }

  const gazetteer = new Uint32Array(count)
  const lineBreak = new Uint8Array(count)
  const input = document.input

  for (let s = 0; s < sentences.length; s++) {
    for (let index = sentenceStart[s]! + 1; index < sentenceStart[s + 1]!; index++) {
      if (hasLineBreak(input, tokens[index - 1]!.end, tokens[index]!.start)) {
        lineBreak[index]! |= 1
        lineBreak[index - 1]! |= 2
      }
    }
  }

  for (let s = 0; s < sentences.length; s++) {
    gazetteerCodes(sentences[s]!.tokens, gazetteer.subarray(sentenceStart[s], sentenceStart[s + 1]), shared?.matches[s])
    sentenceCaps[s] = caseless(caseOf, sentenceStart[s]!, sentenceStart[s + 1]!, sentences[s]!.kind === 'headline')

    if (sentenceCaps[s]) {
      // A headline in title case tells as little by its case as one in
      // capitals: read it as the tagger learned to read those.
      for (let index = sentenceStart[s]!; index < sentenceStart[s + 1]!; index++) {
        const kind = caseOf[index]!
        if (kind === Case.Capitalized || kind === Case.Mixed) caseOf[index] = Case.Upper
      }
    }
  }

  return {
    sentences,
    tokens,
    sentenceStart,
    sentenceCaps,
    lower,
    caseOf,
    wordHash,
    wordId,
    wordCount: ids.size,
    shapeHash,
    gazetteer,
    lineBreak,
    wordCase: cases,
    usualCase: usualCases(wordId, ids.size, caseOf, sentenceStart, sentenceCaps)
  }
}

/**
 * Whether the case of a sentence says nothing about its names: it has letters
 * but none in lower case (a line in capitals), or it is a headline whose
 * words are nearly all capitalized (title case).
 *
 * @param caseOf Per token: its case.
 * @param start The sentence's first token.
 * @param end Index past its last token.
 * @param headline Whether the sentence is a headline.
 * @returns 1 when its case tells nothing, else 0.
 */
function caseless(caseOf: Uint8Array, start: number, end: number, headline: boolean): number {
  let words = 0
  let lower = 0
  let capitalized = 0

  for (let index = start; index < end; index++) {
    const kind = caseOf[index]!
    if (kind === Case.Punctuation || kind === Case.Digits) continue
    words++
    if (kind === Case.Lower) lower++
    if (kind === Case.Capitalized || kind === Case.Mixed) capitalized++
  }

  if (words === 0) return 0
  if (lower + capitalized === 0) return 1
  return headline && capitalized >= 3 && capitalized >= 0.7 * words ? 1 : 0
}

/** Typographic quotes, apostrophes and dashes, and their plain forms. */
const typographic = /[\u2018\u2019\u201A\u201B\u2032\u201C\u201D\u201E\u00AB\u00BB\u2013\u2014\u2212]/g

/**
 * The text of a token with typographic quotes, apostrophes and dashes made
 * plain, as in the training text (`’s` reads as `'s`, `“` as `"`).
 *
 * @param text The token.
 * @returns Its plain form.
 */
function plainPunctuation(text: string): string {
  for (let index = 0; index < text.length; index++) {
    if (text.charCodeAt(index) > 127) return text.replace(typographic, plainCharacter)
  }

  return text
}

/**
 * The plain form of one typographic character.
 *
 * @param char The character.
 * @returns Its plain form.
 */
function plainCharacter(char: string): string {
  const code = char.charCodeAt(0)
  if (code === 0x20_13 || code === 0x20_14 || code === 0x22_12) return '-'
  if (code === 0x20_1c || code === 0x20_1d || code === 0x20_1e || code === 0xab || code === 0xbb) return '"'
  return "'"
}

/**
 * Whether a stretch of the input holds a line break.
 *
 * @param input The input.
 * @param start Where the stretch starts.
 * @param end Where it ends.
 * @returns Whether it has a line feed or carriage return.
 */
function hasLineBreak(input: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const code = input.charCodeAt(index)
    if (code === 10 || code === 13) return true
  }

  return false
}

/**
 * How each word is written elsewhere in the document (see `usualCase`).
 *
 * @param wordId Per token: the number of its lower-case form.
 * @param wordCount How many such numbers.
 * @param caseOf Per token: its case.
 * @param sentenceStart First token of each sentence.
 * @param sentenceCaps Per sentence: whether it is in capitals.
 * @returns Per token: its usual case.
 */
function usualCases(
  wordId: Int32Array,
  wordCount: number,
  caseOf: Uint8Array,
  sentenceStart: Int32Array,
  sentenceCaps: Uint8Array
): Uint8Array {
  const seen = new Uint8Array(wordCount)

  for (let s = 0; s + 1 < sentenceStart.length; s++) {
    if (sentenceCaps[s]) continue

    for (let index = sentenceStart[s]! + 1; index < sentenceStart[s + 1]!; index++) {
      const kind = caseOf[index]!
      const bit =
        kind === Case.Lower ? 1 : kind === Case.Capitalized || kind === Case.Mixed ? 2 : kind === Case.Upper ? 4 : 0
      if (bit !== 0) seen[wordId[index]!]! |= bit
    }
  }

  const result = new Uint8Array(wordId.length)

  for (let index = 0; index < wordId.length; index++) {
    const bits = seen[wordId[index]!]!
    result[index] = bits === 0 ? 0 : bits === 1 ? 1 : bits & 1 ? 4 : bits & 2 ? 2 : 3
  }

  return result
}

/**
 * The case class of a token.
 *
 * @param text The token.
 * @returns Its `Case`.
 */
export function caseClass(text: string): Case {
  let upper = 0
  let lowerCount = 0
  let digits = 0
  let firstUpper = false

  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    const kind = charKind(code)
    if (kind === 1) {
      upper++
      if (upper + lowerCount === 1) firstUpper = true
    } else if (kind === 2) {
      lowerCount++
    } else if (kind === 3) {
      digits++
    }
  }

  if (upper + lowerCount === 0) return digits > 0 ? Case.Digits : Case.Punctuation
  if (digits > 0) return Case.DigitsAndLetters
  if (upper === 0) return Case.Lower
  if (lowerCount === 0) return Case.Upper
  return firstUpper ? Case.Capitalized : Case.Mixed
}

/**
 * Hash the shape of a token: upper-case letters become `X`, lower-case `x`,
 * digits `d`, other characters stay; runs of the same class collapse to one
 * (`Xx`, `X.X.`, `d-d`, `Xx-x-Xx`). Long shapes are cut at 12 classes.
 *
 * @param text The token.
 * @returns The hash of its shape.
 */
export function shapeOf(text: string): number {
  let hash = 0x81_1c_9d_c5
  let previous = -1
  let length = 0

  for (let index = 0; index < text.length && length < 12; index++) {
    const code = text.charCodeAt(index)
    const kind = charKind(code)
    const symbol = kind === 1 ? 88 : kind === 2 ? 120 : kind === 3 ? 100 : code
    if (symbol === previous && kind !== 0) continue
    previous = symbol
    hash = Math.imul(hash ^ symbol, 0x01_00_01_93)
    length++
  }

  return hash >>> 0
}

/**
 * The class of a code unit: 1 upper-case letter, 2 lower-case letter (or a
 * letter without case), 3 digit, 0 anything else.
 *
 * @param code A UTF-16 code unit.
 * @returns Its class.
 */
export function charKind(code: number): number {
  if (code < 128) {
    if (code >= 65 && code <= 90) return 1
    if (code >= 97 && code <= 122) return 2
    if (code >= 48 && code <= 57) return 3
    return 0
  }

  const char = String.fromCharCode(code)
  const lower = char.toLowerCase()
  const upper = char.toUpperCase()
  if (lower !== upper) return char === upper ? 1 : 2
  if (/\p{L}/u.test(char)) return 2
  if (/\p{Nd}/u.test(char)) return 3
  return 0
}
