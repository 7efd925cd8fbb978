import type {Nodes} from 'nlcst'
import type {Document, SegmentKind} from '../../text/index.js'

/** One token the tagger labels: a word, a possessive ending, a punctuation mark or a symbol. */
export interface Token {
  /** Offset of its first code unit in the input. */
  start: number
  /** Offset just past its last code unit. */
  end: number
  /** Its text, `input.slice(start, end)`. */
  text: string
}

/** The tokens of one sentence, with the kind of segment it stands in. */
export interface TokenSentence {
  kind: SegmentKind
  tokens: Token[]
}

/**
 * Cut the segments of a document into sentences of tokens. A word keeps its
 * hyphens and inner apostrophes (`Chester-le-Street`, `O'Neill`), as CoNLL
 * tokens do, but a possessive ending (`’s`, `'s`) becomes a token of its own so
 * that no name includes it.
 *
 * @param document The parsed dispatch.
 * @returns The sentences in text order; none is empty.
 */
export function tokenizeDocument(document: Document): TokenSentence[] {
  const sentences: TokenSentence[] = []

  for (const segment of document.segments) {
    for (const paragraph of segment.tree.children) {
      if (paragraph.type !== 'ParagraphNode') continue

      for (const sentence of paragraph.children) {
        if (sentence.type !== 'SentenceNode') continue
        const tokens: Token[] = []
        for (const node of sentence.children) addNode(document.input, node, tokens)
        if (tokens.length > 0) sentences.push({kind: segment.kind, tokens})
      }
    }
  }

  return sentences
}

/**
 * Add the tokens of one child of a sentence.
 *
 * @param input The caller's input.
 * @param node The child: a word, punctuation, symbol or white space.
 * @param tokens Where to add them.
 */
function addNode(input: string, node: Nodes, tokens: Token[]): void {
  if (node.type === 'WhiteSpaceNode' || !node.position) return
  const start = node.position.start.offset
  const end = node.position.end.offset
  if (start === undefined || end === undefined || end <= start) return

  if (node.type === 'WordNode') {
    const cut = possessiveStart(input, start, end, node.children.length)

    if (cut > start) {
      tokens.push({start, end: cut, text: input.slice(start, cut)})
      tokens.push({start: cut, end, text: input.slice(cut, end)})
      return
    }
  }

  tokens.push({start, end, text: input.slice(start, end)})
}

/**
 * Where the possessive ending of a word starts, if it has one: a word of more
 * than two parts that ends in an apostrophe and `s`.
 *
 * @param input The caller's input.
 * @param start Offset of the word.
 * @param end End of the word.
 * @param parts How many nodes the word is made of.
 * @returns The offset of the apostrophe, or `-1`.
 */
function possessiveStart(input: string, start: number, end: number, parts: number): number {
  if (parts < 3 || end - start < 3) return -1
  const last = input.charCodeAt(end - 1)
  const mark = input.charCodeAt(end - 2)
  if (last !== 115 && last !== 83) return -1
  if (mark !== 39 && mark !== 0x2019) return -1
  return end - 2
}
