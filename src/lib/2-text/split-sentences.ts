import type {Span} from '../types.js'
import {parseParagraph} from './parse-paragraph.js'
import {sentenceSpans} from './sentence-spans.js'

/**
 * Parse one paragraph of the caller's input with retext-english and return
 * its sentences as spans into the original input.
 *
 * @param input The caller's whole input.
 * @param paragraph Where the paragraph stands in `input`.
 * @returns The sentences in order, trimmed of surrounding white space, never
 *   empty; `input.slice(span.start, span.end)` is the sentence.
 */
export function splitSentences(input: string, paragraph: Span): Span[] {
  return sentenceSpans(input, parseParagraph(input, paragraph))
}
