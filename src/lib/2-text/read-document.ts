import type {Root} from 'nlcst'
import type {Author, Span} from '../types.js'
import type {Paragraph} from 'nlcst'
import {takeParagraph} from './given-tree.js'
import {createCursor, parseParagraph} from './parse-paragraph.js'
import {sentenceSpans} from './sentence-spans.js'
import type {TokenTable} from './tokens.js'

/**
 * The text stage's product: every stretch of the dispatch that the later
 * stages read — headline, dateline, paragraphs — parsed once, in order.
 */

/** What kind of stretch a segment is. */
export type SegmentKind = 'headline' | 'dateline' | 'paragraph'

/** One parsed stretch of the input. */
export interface Segment {
  kind: SegmentKind
  /** Where it stands in the input. */
  span: Span
  /** Its NLCST tree; every node's offsets index the input. */
  tree: Root
  /** The whole paragraph, when the segment is a piece of a longer one. */
  paragraph?: Span
  /** Its sentences, trimmed. */
  sentences: Span[]
}

/** What the stages after the text stage read. */
export interface Document {
  /** The caller's input. */
  input: string
  /** Headline, dateline and paragraphs, in text order. */
  segments: Segment[]
  /** People credited by bylines and trailers. */
  authors: Author[]
  /**
   * The date relative expressions resolve against: ISO 8601 from the options,
   * the header or the dateline; `XXXX-MM-DD` when the year is unknown.
   */
  published?: string
  /**
   * Its tokens in one flat table, made by the text stage (`tokensOf` makes it
   * for a document built by hand).
   */
  tokens?: TokenTable
}

/**
 * Parse the stretches of a dispatch, in text order, sharing one cursor so that
 * the work stays linear in the size of the input.
 *
 * @param input The caller's input.
 * @param stretches What to parse, each with its kind.
 * @param cursor Where the previous stretch of the same input was parsed, when
 *   the stretches come in windows.
 * @param given The paragraphs of a tree a processor parsed from the whole
 *   input (`givenParagraphs`): a stretch that is one of them is taken from it
 *   instead of parsed again.
 * @returns The segments, sorted by offset.
 */
export function readSegments(
  input: string,
  stretches: Array<{kind: SegmentKind; span: Span; paragraph?: Span}>,
  cursor = createCursor(input),
  given?: ReadonlyMap<number, Paragraph>
): Segment[] {
  return [...stretches]
    .sort((a, b) => a.span.start - b.span.start)
    .map(function ({kind, span, paragraph}) {
      const tree = (given && takeParagraph(given, span)) || parseParagraph(input, span, cursor)
      const segment: Segment = {kind, span, tree, sentences: sentenceSpans(input, tree)}
      if (paragraph) segment.paragraph = paragraph
      return segment
    })
}
