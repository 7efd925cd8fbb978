import type {Root} from 'nlcst'
import type {Span} from '../types.js'
import {isBlank} from './characters.js'


/**
 * The sentences of a parsed paragraph as spans into the input, trimmed of
 * surrounding white space and invisible format characters; sentences with
 * nothing else in them are left out.
 *
 * @param input The caller's whole input, which the tree's offsets index.
 * @param tree A tree made by `parseParagraph`.
 * @returns The sentences in order, none empty.
 */
export function sentenceSpans(input: string, tree: Root): Span[] {
  const spans: Span[] = []

  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue

    for (const sentence of paragraph.children) {
      const position = sentence.position
      if (sentence.type !== 'SentenceNode' || !position) continue
      let start = position.start.offset ?? 0
      let end = position.end.offset ?? start
      while (start < end && isBlank(input.charCodeAt(start))) start++
      while (end > start && isBlank(input.charCodeAt(end - 1))) end--
      if (end > start) spans.push({start, end})
    }
  }

  return spans
}
