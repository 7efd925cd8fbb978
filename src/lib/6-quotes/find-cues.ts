import {cueProbability, extendsCue, isCueWord, mayHeadCue} from './cue-model.js'
import type {QuoteParagraph} from './read-paragraphs.js'

/**
 * Finding reporting cues: every word of the learned lexicon (and every word
 * sharing a stem with one) is scored by the learned model in its context;
 * those at or above the threshold head a cue.
 * Next to a quote, a lower threshold holds. Heads next to each other, or one
 * word apart, are one cue: the likelier one. A head takes the words the
 * corpus writes with it (`according to`).
 */

/** A cue found in a paragraph. */
export interface Cue {
  /** The paragraph's index. */
  paragraph: number
  /** The head token. */
  head: number
  /** The cue's tokens `[start, end)`. */
  start: number
  end: number
  /** The model's probability for the head. */
  probability: number
}

/** Lowest probability that makes a cue. */
export const cueThreshold = 0.3

/**
 * Lowest probability that makes a cue of a word outside the lexicon, scored
 * for its stem (`sharesStem`): such words are rarer, their cues less often
 * right.
 */
export const stemCueThreshold = 0.4

/** Lowest probability that makes a cue right next to a quote (`,” she asks`). */
export const nearQuoteThreshold = 0.1

/**
 * Whether a token stands where a quote's cue stands: a few words after a
 * quote that closes with `,` `.` `!` `?` or a single mark (`“…,” a
 * spokesman wrote`), or
 * just before a colon and an opening quote mark (`He wrote: “…”`).
 *
 * @param paragraph The paragraph.
 * @param index The token.
 * @returns `true` next to a quote.
 */
function nearQuote(paragraph: QuoteParagraph, index: number): boolean {
  const {tokens, quoted} = paragraph
  for (let back = index - 1; back >= 0 && index - back <= 8; back--) {
    const token = tokens[back]!
    if (token.norm === '"') {
      const before = tokens[back - 1]
      return back > 0 && quoted[back - 1] === true && before !== undefined && /^[,.!?']$/.test(before.norm)
    }
    if (/^[.!?:;]$/.test(token.norm) && !quoted[back]) return false
  }
  for (let ahead = index + 1; ahead < tokens.length && ahead - index <= 3; ahead++) {
    if (tokens[ahead]!.norm === ':') return tokens[ahead + 1]?.norm === '"'
  }
  return false
}

/**
 * The cues of one paragraph.
 *
 * @param paragraph The paragraph.
 * @returns Its cues, in order.
 */
export function findCues(paragraph: QuoteParagraph): Cue[] {
  const {tokens, quoted} = paragraph
  const cues: Cue[] = []

  for (let index = 0; index < tokens.length; index++) {
    if (!mayHeadCue(tokens[index]!)) continue
    const probability = cueProbability(tokens, index, quoted)
    paragraph.cueScores[index] = probability
    if (probability < cueThreshold && (probability < nearQuoteThreshold || !nearQuote(paragraph, index))) continue
    if (probability < stemCueThreshold && !isCueWord(tokens[index]!.norm)) continue
    const previous = cues.at(-1)

    // Close to the previous head, with only words between: the same cue.
    if (previous && index - previous.end <= 1 && tokens.slice(previous.end, index).every((token) => token.kind === 'word')) {
      if (probability > previous.probability) cues[cues.length - 1] = cueAt(paragraph, index, probability)
      continue
    }

    cues.push(cueAt(paragraph, index, probability))
  }

  return cues
}

/**
 * A cue headed by a token, with the words the corpus writes after it.
 *
 * @param paragraph The paragraph.
 * @param head The head token.
 * @param probability The model's probability.
 * @returns The cue.
 */
function cueAt(paragraph: QuoteParagraph, head: number, probability: number): Cue {
  const {tokens} = paragraph
  let end = head + 1
  while (end < tokens.length && end - head < 3 && extendsCue(tokens[end - 1]!.norm, tokens[end]!.norm)) end++
  return {paragraph: paragraph.index, head, start: head, end, probability}
}
