import type {TokenTable} from '../2-text/tokens.js'
import type {Span} from '../types.js'
import {spanIndexAt} from '../util/span-at.js'
import {directionAt, readCues, type Cues} from './tense/index.js'
import type {Direction, ParseContext, Reference} from './types.js'

/**
 * The context the parsers read for one segment: its offset, the reference
 * date and the tense of each of its sentences (read once, on first use).
 *
 * @param input The caller's input.
 * @param span The segment.
 * @param sentences Its sentences, in order.
 * @param reference The reference date.
 * @param tokens The document's token table.
 * @returns The context.
 */
export function createContext(
  input: string,
  span: Span,
  sentences: readonly Span[],
  reference: Reference,
  tokens: TokenTable
): ParseContext {
  let cache: Map<number, Cues> | undefined

  return {input, offset: span.start, reference, direction}

  function direction(start: number, end: number): Direction {
    const index = spanIndexAt(sentences, start)
    const sentence = index === -1 ? span : sentences[index]!
    if (!cache) cache = new Map()
    let cues = cache.get(index)
    if (!cues) {
      cues = readCues(input, tokens, sentence.start, sentence.end)
      cache.set(index, cues)
    }
    return directionAt(cues, start, end, input)
  }
}
