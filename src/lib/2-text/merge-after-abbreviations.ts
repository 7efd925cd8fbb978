import type {
  Paragraph,
  Punctuation,
  Root,
  Sentence,
  SentenceContent,
  Word
} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {joiners, numberPrefixes, titles} from './abbreviations.js'
import {append} from '../util/append.js'

/**
 * Join sentences that parse-english broke after an abbreviation which
 * cannot end a sentence where it stands: a title before a name (`Gen. Lee`,
 * `St. Louis`), a number prefix before a number (`No. 5`, `Fig. 3`), or a
 * joiner before anything (`vs. Chicago`). The full stop moves into the
 * abbreviation's word, as parse-english does for the abbreviations it knows.
 * Paragraph nodes that the parser split at a line break between the two are
 * joined first.
 *
 * @param tree The tree of one paragraph; changed in place.
 */
export function mergeAfterAbbreviations(tree: Root): void {
  // Join a paragraph node to the one before it when the break between them
  // is one to undo.
  const children = joinAcrossSpace(tree.children, 'ParagraphNode', function (head, space, tail) {
    if (!shouldMerge(head.children.at(-1), tail.children[0])) return false
    head.children.push(space)
    append(head.children, tail.children)
    if (head.position && tail.position) {
      head.position = {start: head.position.start, end: tail.position.end}
    }
    return true
  })
  tree.children = children

  for (const child of children) {
    if (child.type === 'ParagraphNode') mergeInParagraph(child)
  }
}

/**
 * Join the sentences of one paragraph node where a break is to be undone.
 *
 * @param paragraph The paragraph node; changed in place.
 */
function mergeInParagraph(paragraph: Paragraph): void {
  paragraph.children = joinAcrossSpace(paragraph.children, 'SentenceNode', function (head, space, tail) {
    if (!shouldMerge(head, tail)) return false
    joinSentences(head, space, tail)
    return true
  })
}

/**
 * Rebuild a list of nodes, joining each node of a type into the node of that
 * type two places before it, across the white space between them, where
 * `join` does so. One pass that builds a new list: splicing in place would
 * be quadratic. The node joined into stays last, so its new end is checked
 * against the next node too (`Gen. Lee vs. Gen. Grant`).
 *
 * @param children The nodes.
 * @param type The type of the nodes to join.
 * @param join Join a node into the one before it, changing that one in place; returns whether it did.
 * @returns The new list.
 */
function joinAcrossSpace<Node extends {type: string}, Type extends Node['type']>(
  children: readonly Node[],
  type: Type,
  join: (head: Extract<Node, {type: Type}>, space: Extract<Node, {type: 'WhiteSpaceNode'}>, tail: Extract<Node, {type: Type}>) => boolean
): Node[] {
  const joined: Node[] = []

  for (const child of children) {
    const head = joined.at(-2)
    const space = joined.at(-1)
    if (
      child.type === type &&
      space?.type === 'WhiteSpaceNode' &&
      head?.type === type &&
      join(head as Extract<Node, {type: Type}>, space as Extract<Node, {type: 'WhiteSpaceNode'}>, child as Extract<Node, {type: Type}>)
    ) {
      joined.pop()
    } else {
      joined.push(child)
    }
  }

  return joined
}

/**
 * Whether the break between two sentences falls after an abbreviation that
 * cannot end a sentence before what follows.
 *
 * @param head The sentence before the break, if any.
 * @param tail The sentence after the break, if any.
 * @returns `true` when the two belong together.
 */
function shouldMerge(
  head: Paragraph['children'][number] | undefined,
  tail: Paragraph['children'][number] | undefined
): boolean {
  if (head?.type !== 'SentenceNode' || tail?.type !== 'SentenceNode') {
    return false
  }

  const stop = head.children.at(-1)
  const word = head.children.at(-2)
  const next = tail.children[0]
  if (
    stop?.type !== 'PunctuationNode' ||
    stop.value !== '.' ||
    word?.type !== 'WordNode' ||
    next?.type !== 'WordNode'
  ) {
    return false
  }

  const value = toString(word)
  const lower = value.toLowerCase()
  const following = toString(next)
  if (joiners.has(lower)) return true
  if (numberPrefixes.has(lower) && /^\d/.test(following)) return true
  return titles.has(value) && /^\p{Lu}/u.test(following)
}

/**
 * Join `tail` onto `head`, moving the full stop that ends `head` into its
 * last word.
 *
 * @param head The sentence ending in an abbreviation and its full stop.
 * @param space The white space between the two.
 * @param tail The sentence to append.
 */
function joinSentences(
  head: Sentence,
  space: SentenceContent,
  tail: Sentence
): void {
  // `shouldMerge` checked that `head` ends in a word and a full stop.
  const stop = head.children.pop() as Punctuation
  const word = head.children.at(-1) as Word
  word.children.push(stop)
  if (word.position && stop.position) {
    word.position = {start: word.position.start, end: stop.position.end}
  }

  head.children.push(space)
  append(head.children, tail.children)
  if (head.position && tail.position) {
    head.position = {start: head.position.start, end: tail.position.end}
  }
}
