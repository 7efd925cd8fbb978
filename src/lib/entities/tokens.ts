import type {Nodes} from 'nlcst'
import type {Document, SegmentKind} from '../text/index.js'

/** One token: a word, a possessive ending (`’s`), a punctuation mark or a symbol. */
export interface Token {
  /** Offset of its first code unit in the input. */
  start: number
  /** Offset just past its last code unit. */
  end: number
  /** Its text, `input.slice(start, end)`. */
  text: string
}

/** The tokens of one sentence and where it stands. */
export interface Sentence {
  /** The kind of segment it stands in. */
  kind: SegmentKind
  /** Index of its segment in `document.segments`. */
  segment: number
  /** Whether it has letters but none in lower case (a headline in capitals). */
  caps: boolean
  /** Its tokens, in order. */
  tokens: Token[]
}

/**
 * Cut the segments of a document into sentences of tokens. Words keep their
 * hyphens and inner apostrophes (`Nagorno-Karabakh`, `O'Neill`); a possessive
 * ending (`’s`, `'s`) becomes a token of its own, so that no name includes it.
 *
 * @param document The parsed dispatch.
 * @returns The sentences in text order; none is empty.
 */
export function sentencesOf(document: Document): Sentence[] {
  const sentences: Sentence[] = []

  for (const [index, segment] of document.segments.entries()) {
    for (const paragraph of segment.tree.children) {
      if (paragraph.type !== 'ParagraphNode') continue

      for (const sentence of paragraph.children) {
        if (sentence.type !== 'SentenceNode') continue
        const tokens: Token[] = []
        for (const node of sentence.children) addNode(document.input, node, tokens)
        if (tokens.length === 0) continue
        sentences.push({kind: segment.kind, segment: index, caps: inCapitals(tokens), tokens})
      }
    }
  }

  return sentences
}

/**
 * Whether tokens have letters but none in lower case.
 *
 * @param tokens The tokens.
 * @returns Whether they are in capitals.
 */
function inCapitals(tokens: readonly Token[]): boolean {
  let upper = false

  for (const token of tokens) {
    const text = token.text

    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index)

      if (code > 127) {
        if (/\p{Ll}/u.test(text)) return false
        if (/\p{Lu}/u.test(text)) upper = true
        break
      }

      if (code >= 97 && code <= 122) return false
      if (code >= 65 && code <= 90) upper = true
    }
  }

  return upper
}

/**
 * Whether a token starts with a capital letter (or a digit-free capital run).
 *
 * @param text The token text.
 * @returns Whether it is capitalised.
 */
export function isCapitalized(text: string): boolean {
  const code = text.charCodeAt(0)
  if (code < 128) return code >= 65 && code <= 90
  return /^\p{Lu}/u.test(text)
}

/**
 * Whether a sentence is a headline in title case ("Buyout Talks Stall in
 * Congress"), where capitals tell no names.
 *
 * @param sentence The sentence.
 * @returns Whether it is.
 */
export function isTitleCase(sentence: Sentence): boolean {
  if (sentence.kind !== 'headline' || sentence.caps) return false
  let words = 0
  let capitalized = 0

  for (const token of sentence.tokens) {
    if (!/^\p{L}/u.test(token.text) || token.text.length < 4) continue
    words++
    if (isCapitalized(token.text)) capitalized++
  }

  return words > 1 && capitalized * 10 >= words * 7
}

/**
 * Add the tokens of one child of a sentence.
 *
 * @param input The caller's input.
 * @param node The child.
 * @param tokens Where to add them.
 */
function addNode(input: string, node: Nodes, tokens: Token[]): void {
  if (node.type === 'WhiteSpaceNode' || !node.position) return
  const start = node.position.start.offset
  const end = node.position.end.offset
  if (start === undefined || end === undefined || end <= start) return

  if (node.type === 'WordNode' && node.children.length > 2 && end - start > 2) {
    const last = input.charCodeAt(end - 1)
    const mark = input.charCodeAt(end - 2)

    if ((last === 115 || last === 83) && (mark === 39 || mark === 0x2019)) {
      tokens.push({start, end: end - 2, text: input.slice(start, end - 2)})
      tokens.push({start: end - 2, end, text: input.slice(end - 2, end)})
      return
    }
  }

  tokens.push({start, end, text: input.slice(start, end)})
}
