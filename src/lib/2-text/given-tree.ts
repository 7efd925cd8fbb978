import type {Paragraph, Root} from 'nlcst'
import type {Span} from '../types.js'
import {chunkSize} from './parse-paragraph.js'
import {repairSentences} from './repair-sentences.js'

/**
 * The paragraphs of a tree a processor parsed from the
 * whole input (the plugin's), which the text stage takes instead of parsing
 * again.
 */

/**
 * The paragraphs of a tree that a processor parsed from the whole input, by
 * their start offsets, for `readSegments` to take instead of parsing again.
 *
 * @param tree An NLCST root whose offsets index the input.
 * @returns Its paragraphs of at most `chunkSize` characters (a longer one is
 *   parsed again in chunks, as the text stage parses it), by start offset.
 */
export function givenParagraphs(tree: Root): Map<number, Paragraph> {
  const byStart = new Map<number, Paragraph>()
  if (tree.type !== 'RootNode' || !Array.isArray(tree.children)) return byStart
  for (const node of tree.children) {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (node.type !== 'ParagraphNode' || start === undefined || end === undefined || end - start > chunkSize) continue
    byStart.set(start, node)
  }
  return byStart
}

/**
 * Take the paragraph of a given tree that stands exactly at a span, as a
 * tree of its own with its sentences repaired.
 *
 * @param given The given tree's paragraphs (`givenParagraphs`).
 * @param span Where the stretch stands.
 * @returns The tree, or `undefined` when no paragraph of the given tree is the stretch.
 */
export function takeParagraph(given: ReadonlyMap<number, Paragraph>, span: Span): Root | undefined {
  const node = given.get(span.start)
  if (!node?.position || node.position.end.offset !== span.end) return undefined
  return repairSentences({type: 'RootNode', children: [node], position: node.position})
}
