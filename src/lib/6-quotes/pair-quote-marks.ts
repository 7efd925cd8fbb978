import type {Span} from '../types.js'

/**
 * Pair quote marks into quoted stretches. Double marks (straight `"`, curly
 * `“ ”`, low `„`, guillemets `« »`, and the doubled backticks and
 * apostrophes of some newswire, ``` `` ``` and `''`, the latter for
 * opening marks too) pair within a paragraph
 * and across paragraphs, as news writes a long quote: every quoted paragraph
 * opens with a mark and only the last one closes. Single marks (`‘ ’`, `'`)
 * pair within a paragraph, outside double-quoted stretches, when both marks
 * stand at word edges (so that apostrophes are left alone). Nothing here
 * throws: stray closing marks are skipped, and a quote that never closes
 * ends with its paragraph and is reported.
 */

/** One stretch of text between quote marks. */
export interface QuotedSpan {
  /** The opening mark. */
  open: Span
  /** The closing mark; absent when the quote never closes. */
  close?: Span
  /** What the marks enclose, trimmed of white space (may run over several paragraphs). */
  content: Span
  /** Double marks (`true`) or single ones. */
  double: boolean
  /** Index of the paragraph the quote opens in. */
  paragraph: number
  /** Index of the paragraph it ends in. */
  lastParagraph: number
}

/** The quoted stretches of a document and the quotes that never close. */
export interface QuotePairing {
  /** Quoted stretches, in text order (by opening mark). */
  quoted: QuotedSpan[]
  /** The opening marks of quotes that never close. */
  unclosed: Span[]
}

/** Characters that may be (part of) a double quote mark. */
const doubleMarkPattern = /["`'\u201C\u201D\u201E\u201F\u00AB\u00BB]/g

/** Characters that may be a single quote mark. */
const singleMarkPattern = /['\u2018\u2019]/g

/** How a mark can act, from its neighbours. */
type Role = 'open' | 'close' | 'either'

/** A double mark found in a paragraph. */
interface Mark {
  span: Span
  role: Role
}

/**
 * Pair the quote marks of a document's paragraphs.
 *
 * @param input The caller's input.
 * @param paragraphs The paragraphs (and headline), in text order; `joins[i]`
 *   says whether a quote left open at the end of paragraph `i - 1` may go on in
 *   paragraph `i`.
 * @param joins Per paragraph, whether it may continue an open quote.
 * @returns The quoted stretches and the unclosed opening marks.
 */
export function pairQuoteMarks(input: string, paragraphs: readonly Span[], joins?: readonly boolean[]): QuotePairing {
  const quoted: QuotedSpan[] = []
  const unclosed: Span[] = []
  let open: {mark: Span; paragraph: number} | undefined

  for (let index = 0; index < paragraphs.length; index++) {
    const paragraph = paragraphs[index]!
    const marks = doubleMarksIn(input, paragraph)
    let first = 0

    if (open) {
      // A quote left open: it goes on when this paragraph opens with a mark.
      const opener = marks[0]
      const leads = opener !== undefined && opener.role !== 'close' && opener.span.start === paragraph.start
      if (leads && (joins?.[index] ?? true)) {
        first = 1
      } else {
        end(paragraphs[index - 1]!, index - 1)
      }
    }

    for (let position = first; position < marks.length; position++) {
      const mark = marks[position]!
      if (open) {
        if (mark.role === 'open' && !closesAnyway(input, mark.span)) {
          // A second opening mark: the first never closed.
          unclosed.push(open.mark)
          open = {mark: mark.span, paragraph: index}
        } else {
          quoted.push(make(input, open.mark, mark.span, mark.span.start, open.paragraph, index, true))
          open = undefined
        }
      } else if (mark.role !== 'close') {
        open = {mark: mark.span, paragraph: index}
      }
    }
  }

  if (open) end(paragraphs.at(-1)!, paragraphs.length - 1)

  const singles = singleQuotes(input, paragraphs, quoted)
  return {quoted: merge(quoted, singles), unclosed}

  /**
   * Close the open quote at the end of a paragraph, and report it.
   *
   * @param paragraph The paragraph it ends with.
   * @param last Its index.
   */
  function end(paragraph: Span, last: number): void {
    if (!open) return
    unclosed.push(open.mark)
    quoted.push(make(input, open.mark, undefined, paragraph.end, open.paragraph, last, true))
    open = undefined
  }
}

/**
 * Build a quoted stretch.
 *
 * @param input The input.
 * @param open The opening mark.
 * @param close The closing mark, if any.
 * @param end Where the content ends (the closing mark, or the paragraph end).
 * @param paragraph Index of the paragraph it opens in.
 * @param lastParagraph Index of the paragraph it ends in.
 * @param double Double or single marks.
 * @returns The stretch.
 */
function make(
  input: string,
  open: Span,
  close: Span | undefined,
  end: number,
  paragraph: number,
  lastParagraph: number,
  double: boolean
): QuotedSpan {
  let start = open.end
  let stop = end
  while (start < stop && /\s/.test(input.charAt(start))) start++
  while (stop > start && /\s/.test(input.charAt(stop - 1))) stop--
  const item: QuotedSpan = {open, content: {start, end: stop}, double, paragraph, lastParagraph}
  if (close) item.close = close
  return item
}

/**
 * The double quote marks of one paragraph, each with the role its
 * neighbours allow. A pair of backticks opens, a pair of apostrophes closes.
 *
 * @param input The input.
 * @param paragraph The paragraph.
 * @returns The marks, in order.
 */
function doubleMarksIn(input: string, paragraph: Span): Mark[] {
  const marks: Mark[] = []

  const text = input.slice(paragraph.start, paragraph.end)
  doubleMarkPattern.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = doubleMarkPattern.exec(text)) !== null) {
    const offset = paragraph.start + match.index
    const character = match[0]
    let width = 1
    let role: Role

    if (character === '`' && input.charAt(offset + 1) === '`') {
      width = 2
      role = 'open'
    } else if (character === "'" && input.charAt(offset + 1) === "'") {
      // Some newswire writes both marks as two apostrophes.
      width = 2
      role = flanking(input, paragraph, offset, 2)
    } else if (character === '\u201C' || character === '\u201E' || character === '\u00AB') {
      role = flanking(input, paragraph, offset, 1) === 'close' ? 'close' : 'open'
    } else if (character === '\u201D' || character === '\u00BB' || character === '\u201F') {
      role = flanking(input, paragraph, offset, 1) === 'open' ? 'open' : 'close'
    } else if (character === '"') {
      role = flanking(input, paragraph, offset, 1)
    } else {
      continue
    }

    if (offset + width > paragraph.end) break
    marks.push({span: {start: offset, end: offset + width}, role})
    doubleMarkPattern.lastIndex = offset + width - paragraph.start
  }

  return marks
}

/**
 * Whether a mark read as opening stands where only a closing mark can
 * (after a word, before a space or the end): then it closes the open quote.
 *
 * @param input The input.
 * @param span The mark.
 * @returns `true` when it can only close.
 */
function closesAnyway(input: string, span: Span): boolean {
  const before = input.charAt(span.start - 1)
  const after = input.charAt(span.end)
  return before !== '' && !/\s/.test(before) && (after === '' || /[\s.,;:!?)\]]/.test(after))
}

/**
 * How a mark's neighbours let it act: before a word and after a space or an
 * opening bracket it opens; after a word and before a space or punctuation
 * it closes; otherwise either.
 *
 * @param input The input.
 * @param paragraph The paragraph, whose edges count as space.
 * @param offset Where the mark stands.
 * @param width Its width.
 * @returns Its role.
 */
function flanking(input: string, paragraph: Span, offset: number, width: number): Role {
  const before = offset > paragraph.start ? input.charAt(offset - 1) : ' '
  const after = offset + width < paragraph.end ? input.charAt(offset + width) : ' '
  const spaceBefore = /[\s([{\u2014\u2013/-]/.test(before)
  const spaceAfter = /[\s)\]}.,;:!?\u2014\u2013-]/.test(after)
  if (spaceBefore && !spaceAfter) return 'open'
  if (spaceAfter && !spaceBefore) return 'close'
  return 'either'
}

/**
 * Pair single quote marks within each paragraph, outside double-quoted
 * stretches: an opening `‘` or `'` at the start of a word, then the nearest
 * closing `’` or `'` at the end of one, in the same paragraph.
 *
 * @param input The input.
 * @param paragraphs The paragraphs.
 * @param doubles The double-quoted stretches, in order.
 * @returns The single-quoted stretches.
 */
function singleQuotes(input: string, paragraphs: readonly Span[], doubles: readonly QuotedSpan[]): QuotedSpan[] {
  const found: QuotedSpan[] = []
  let cursor = 0

  for (let index = 0; index < paragraphs.length; index++) {
    const paragraph = paragraphs[index]!
    let open: Span | undefined

    const text = input.slice(paragraph.start, paragraph.end)
    singleMarkPattern.lastIndex = 0
    let match: RegExpExecArray | null
    while ((match = singleMarkPattern.exec(text)) !== null) {
      const offset = paragraph.start + match.index
      const character = match[0]
      if (input.charAt(offset + 1) === "'" || input.charAt(offset - 1) === "'") continue

      // Skip what double marks enclose.
      while (cursor < doubles.length && doubles[cursor]!.content.end < offset) cursor++
      const inside = doubles[cursor]
      if (inside && inside.open.start < offset && offset < (inside.close?.end ?? inside.content.end)) {
        open = undefined
        continue
      }

      const before = offset > paragraph.start ? input.charAt(offset - 1) : ' '
      const after = offset + 1 < paragraph.end ? input.charAt(offset + 1) : ' '
      const opens = /[\s([{\u2014\u2013"\u201C]/.test(before) && /[\p{L}\p{N}]/u.test(after)
      const closes = /[\p{L}\p{N}.,!?]/u.test(before) && /[\s)\]}.,;:!?\u2014\u2013"\u201D]/.test(after)

      if (!open && opens && character !== '\u2019') {
        open = {start: offset, end: offset + 1}
      } else if (open && closes && character !== '\u2018') {
        found.push(make(input, open, {start: offset, end: offset + 1}, offset, index, index, false))
        open = undefined
      }
    }
  }

  return found
}

/**
 * Per token, whether it stands inside a double-quoted stretch.
 *
 * @param tokens Tokens in order.
 * @param quoted Quoted stretches in order.
 * @returns One flag per token.
 */
export function insideQuotes(tokens: ReadonlyArray<Span>, quoted: readonly QuotedSpan[]): boolean[] {
  const flags: boolean[] = []
  let cursor = 0
  const doubles = quoted.every((item) => item.double) ? quoted : quoted.filter((item) => item.double)
  for (const token of tokens) {
    while (cursor < doubles.length && doubles[cursor]!.content.end <= token.start) cursor++
    const item = doubles[cursor]
    flags.push(Boolean(item && item.content.start <= token.start && token.end <= item.content.end))
  }
  return flags
}

/**
 * Merge two ordered lists of quoted stretches by opening mark.
 *
 * @param a One list.
 * @param b The other.
 * @returns Both, in text order.
 */
function merge(a: QuotedSpan[], b: QuotedSpan[]): QuotedSpan[] {
  if (b.length === 0) return a
  return [...a, ...b].sort((x, y) => x.open.start - y.open.start)
}
