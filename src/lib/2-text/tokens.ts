import type {Document, Segment} from './read-document.js'
import {caseOfRange} from './word-shape.js'

/**
 * The token layer: the tokens of a document's NLCST trees in one flat table
 * of parallel arrays, made once by the text stage and read by the stages
 * after it. A token is a word, a possessive ending, a punctuation mark or a
 * symbol of a sentence (white space is left out); sentences without tokens
 * are left out.
 */

/** What a token is. */
export const enum TokenKind {
  /** A word (`WordNode`), without a possessive ending. */
  Word = 1,
  /** A possessive ending (`’s`, `'s`) cut off the word before it. */
  Possessive = 2,
  /** A punctuation mark (`PunctuationNode`). */
  Punctuation = 3,
  /** A symbol (`SymbolNode`) or anything else. */
  Symbol = 4
}

/** The tokens of a document, in text order, by number. */
export interface TokenTable {
  /** How many tokens. */
  count: number
  /** Per token: its start offset in the input. */
  starts: Int32Array
  /** Per token: its end offset. */
  ends: Int32Array
  /** Per token: its `TokenKind`. */
  kinds: Uint8Array
  /** Per token: its case class (`Case`, as `caseClass` reads its text). */
  cases: Uint8Array
  /** Per token: the index of its sentence among the table's sentences. */
  sentenceOf: Int32Array
  /** Per token: the index of its segment (headline, dateline, paragraph) in `document.segments`. */
  segmentOf: Int32Array
  /** Per sentence: the index of its first token; one more at the end, the count. */
  sentenceStart: Int32Array
  /** Per sentence: the index of its segment. */
  sentenceSegment: Int32Array
  /** Per token: its normal form (`normalOf`), filled in on first use. */
  normals: Array<string | undefined>
}

/**
 * The token table of a document: the text stage's, or made now from its
 * trees for a document built by hand (and kept on it).
 *
 * @param document The parsed dispatch.
 * @returns Its tokens.
 */
export function tokensOf(document: Document): TokenTable {
  document.tokens ??= readTokenTable(document.input, document.segments)
  return document.tokens
}

/**
 * Read the tokens of parsed segments into one table.
 *
 * @param input The caller's input, which the trees' offsets index.
 * @param segments The segments, in text order.
 * @returns The table.
 */
export function readTokenTable(input: string, segments: readonly Segment[]): TokenTable {
  const builder = createBuilder()
  for (let index = 0; index < segments.length; index++) addSegment(builder, input, segments[index]!, index)
  return finish(builder, input)
}

/** Growing work space of `readTokenTable`. */
interface Builder {
  count: number
  /** Per token: start, end, kind. */
  tokens: Int32Array
  /** Per sentence: first token, segment. */
  sentences: number[]
}

function createBuilder(): Builder {
  return {count: 0, tokens: new Int32Array(3 * 1024), sentences: []}
}

/**
 * Add the tokens of one segment's sentences. A word that ends in a
 * possessive (`Azerbaijan’s`, one `WordNode` of three children) becomes the
 * word and the ending, so that no name includes it.
 */
function addSegment(builder: Builder, input: string, segment: Segment, index: number): void {
  for (const paragraph of segment.tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue

    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') continue
      const first = builder.count

      for (const node of sentence.children) {
        if (node.type === 'WhiteSpaceNode' || !node.position) continue
        const start = node.position.start.offset
        const end = node.position.end.offset
        if (start === undefined || end === undefined || end <= start) continue

        if (node.type === 'WordNode') {
          if (end - start > 2 && possessiveEnd(input, end) && node.children.length > 2) {
            add(builder, start, end - 2, TokenKind.Word)
            add(builder, end - 2, end, TokenKind.Possessive)
          } else {
            add(builder, start, end, TokenKind.Word)
          }
        } else {
          add(builder, start, end, node.type === 'PunctuationNode' ? TokenKind.Punctuation : TokenKind.Symbol)
        }
      }

      if (builder.count > first) builder.sentences.push(first, index)
    }
  }
}

function add(builder: Builder, start: number, end: number, kind: TokenKind): void {
  const at = 3 * builder.count
  if (at + 3 > builder.tokens.length) {
    const grown = new Int32Array(builder.tokens.length * 2)
    grown.set(builder.tokens)
    builder.tokens = grown
  }
  builder.tokens[at] = start
  builder.tokens[at + 1] = end
  builder.tokens[at + 2] = kind
  builder.count++
}

/** Lay the work space out as the table's parallel arrays. */
function finish(builder: Builder, input: string): TokenTable {
  const count = builder.count
  const sentenceCount = builder.sentences.length / 2
  // One buffer for the arrays of numbers: a typed array of its own costs an
  // allocation outside the heap each.
  const buffer = new ArrayBuffer(4 * (4 * count + 2 * sentenceCount + 1) + 2 * count)
  const table: TokenTable = {
    count,
    starts: new Int32Array(buffer, 0, count),
    ends: new Int32Array(buffer, 4 * count, count),
    sentenceOf: new Int32Array(buffer, 8 * count, count),
    segmentOf: new Int32Array(buffer, 12 * count, count),
    sentenceStart: new Int32Array(buffer, 16 * count, sentenceCount + 1),
    sentenceSegment: new Int32Array(buffer, 16 * count + 4 * (sentenceCount + 1), sentenceCount),
    kinds: new Uint8Array(buffer, 4 * (4 * count + 2 * sentenceCount + 1), count),
    cases: new Uint8Array(buffer, 4 * (4 * count + 2 * sentenceCount + 1) + count, count),
    normals: new Array<string | undefined>(count)
  }

  for (let s = 0; s < sentenceCount; s++) {
    const first = builder.sentences[2 * s]!
    const last = s + 1 < sentenceCount ? builder.sentences[2 * s + 2]! : count
    const segment = builder.sentences[2 * s + 1]!
    table.sentenceStart[s] = first
    table.sentenceSegment[s] = segment

    for (let index = first; index < last; index++) {
      const start = builder.tokens[3 * index]!
      const end = builder.tokens[3 * index + 1]!
      table.starts[index] = start
      table.ends[index] = end
      table.kinds[index] = builder.tokens[3 * index + 2]!
      table.sentenceOf[index] = s
      table.segmentOf[index] = segment
      table.cases[index] = caseOfRange(input, start, end)
    }
  }

  table.sentenceStart[sentenceCount] = count
  return table
}

/**
 * The normal form of a token: lower case, with `’` written `'`.
 *
 * @param table The tokens.
 * @param input The caller's input.
 * @param index The token's number.
 * @returns Its normal form.
 */
export function normalOf(table: TokenTable, input: string, index: number): string {
  let normal = table.normals[index]
  if (normal === undefined) {
    normal = input.slice(table.starts[index], table.ends[index]).toLowerCase().replaceAll('\u2019', "'")
    table.normals[index] = normal
  }
  return normal
}

/**
 * Whether a text has a possessive ending (`'s`, `’s`, `'S`) before an offset.
 *
 * @param input The text.
 * @param end The offset.
 * @returns Whether it has.
 */
function possessiveEnd(input: string, end: number): boolean {
  const last = input.charCodeAt(end - 1)
  const mark = input.charCodeAt(end - 2)
  return (last === 115 || last === 83) && (mark === 39 || mark === 0x20_19)
}
