import {isCueWord} from './cue-model.js'
import {speechLike} from './quote-shapes.js'
import type {Draft} from './draft.js'
import type {QuotedSpan} from './pair-quote-marks.js'
import type {QuoteParagraph, QuoteReading} from './read-paragraphs.js'
import {subjectOf} from './reported-speech.js'
import {speakerPronouns} from '../lexicon/speakers.js'
import {speakerAfter, type TokenRange} from './speaker-span.js'
import {firstTokenFrom} from './token-search.js'

/**
 * Quotes that no cue of the lexicon claimed, attributed by their layout
 * alone: a speech-like quote followed by a speaker and a verb (`“…,” she
 * yells`, `“…,” yells the crowd`), or introduced by a subject, a verb and a
 * colon (`The senator scolded him: “…”`). The verb, whatever it is, is the cue.
 */

/**
 * Attribute the speech-like quotes that no draft covers.
 *
 * @param input The caller's input.
 * @param reading The paragraphs read.
 * @param drafts The drafts so far.
 * @returns New drafts.
 */
export function orphanQuotes(input: string, reading: QuoteReading, drafts: readonly Draft[]): Draft[] {
  const used = new Set<QuotedSpan>()
  const contents = drafts.map((draft) => draft.content).sort((a, b) => a.start - b.start)
  for (const draft of drafts) for (const quote of draft.quotes) used.add(quote)
  const found: Draft[] = []
  let cursor = 0

  for (const quote of reading.quoted) {
    if (!quote.double || !quote.close || used.has(quote)) continue
    // Covered by a draft's content (a mixed quote, say)?
    while (cursor < contents.length && contents[cursor]!.end < quote.content.start) cursor++
    let covered = false
    for (let index = cursor; index < contents.length && contents[index]!.start <= quote.content.end; index++) {
      if (contents[index]!.start <= quote.content.start && quote.content.end <= contents[index]!.end) covered = true
    }
    if (covered || !speechLike(input, quote)) continue
    if ((input.slice(quote.content.start, quote.content.end).match(/[\p{L}\p{N}]+/gu)?.length ?? 0) < 3) continue
    const draft = after(input, reading.paragraphs[quote.lastParagraph]!, quote) ?? before(input, reading.paragraphs[quote.paragraph]!, quote)
    if (draft) found.push(draft)
  }

  return found
}

/**
 * `“…,” she yells.` / `“…,” yells the crowd.`
 *
 * @param input The input.
 * @param paragraph The paragraph the quote ends in.
 * @param quote The quote.
 * @returns A draft, or `undefined`.
 */
function after(input: string, paragraph: QuoteParagraph, quote: QuotedSpan): Draft | undefined {
  const {tokens} = paragraph
  let index = firstTokenFrom(tokens, quote.close!.end)
  if (tokens[index]?.norm === ',') index++
  const first = tokens[index]
  if (!first || first.kind !== 'word' || paragraph.quoted[index]) return undefined
  const unit = paragraph.units[paragraph.unitOf[index]!]!

  // The speaker first, then the verb.
  if (first.capital || speakerPronouns.has(first.norm) || /^(?:the|a|an)$/.test(first.norm)) {
    let speaker = speakerAfter(tokens, index, unit.end)
    // `the article read`: a word of the cue lexicon that ends the phrase is the verb.
    if (speaker && speaker.end - speaker.start > 1 && isCueWord(tokens[speaker.end - 1]!.norm) && !tokens[speaker.end - 1]!.capital) {
      speaker = {start: speaker.start, end: speaker.end - 1}
    }
    const verb = speaker ? tokens[speaker.end] : undefined
    if (speaker && verb && verb.kind === 'word' && !verb.capital && ends(paragraph, speaker.end + 1, unit.end)) {
      return draftOf(input, paragraph, quote, speaker.end, speaker)
    }
    return undefined
  }

  // The verb first, then a named speaker.
  const speaker = speakerAfter(tokens, index + 1, unit.end)
  if (speaker && tokens[index + 1]!.capital && ends(paragraph, speaker.end, unit.end)) return draftOf(input, paragraph, quote, index, speaker)
  return undefined
}

/**
 * `The senator scolded him: “…”`: the subject of the clause before the
 * colon, and the first word after it as the verb.
 *
 * @param input The input.
 * @param paragraph The paragraph the quote opens in.
 * @param quote The quote.
 * @returns A draft, or `undefined`.
 */
function before(input: string, paragraph: QuoteParagraph, quote: QuotedSpan): Draft | undefined {
  const {tokens} = paragraph
  const open = firstTokenFrom(tokens, quote.open.start)
  if (tokens[open - 1]?.norm !== ':') return undefined
  const unit = paragraph.units[paragraph.unitOf[open - 1]!]!
  const speaker = subjectOf(tokens, unit.start, open - 1)
  const verb = speaker ? tokens[speaker.end] : undefined
  if (!speaker || !verb || verb.kind !== 'word' || verb.capital || open - 1 - speaker.end > 4) return undefined
  return draftOf(input, paragraph, quote, speaker.end, speaker)
}

/**
 * Whether the clause ends soon after a token: only a few words (an
 * adjunct: `while moving along the street`) before the end of the unit.
 *
 * @param paragraph The paragraph.
 * @param from The first token after the verb (or the speaker).
 * @param end The end of the unit.
 * @returns `true` when the clause ends there or an adjunct follows.
 */
function ends(paragraph: QuoteParagraph, from: number, end: number): boolean {
  const next = paragraph.tokens[from]
  return !next || from >= end || /^[.,;!?]$/.test(next.norm) || /^(?:while|as|after|before|in|on|at|during|to|with|from|about)$/.test(next.norm)
}

/**
 * A direct draft of a quote with a verb token and a speaker.
 *
 * @param input The input.
 * @param paragraph The paragraph of the verb.
 * @param quote The quote.
 * @param verb The verb token.
 * @param speaker The speaker's tokens.
 * @returns The draft.
 */
function draftOf(input: string, paragraph: QuoteParagraph, quote: QuotedSpan, verb: number, speaker: TokenRange): Draft {
  const {tokens} = paragraph
  let end = quote.content.end
  while (end > quote.content.start && /[,;:\s]/.test(input.charAt(end - 1))) end--
  return {
    kind: 'direct',
    content: {start: quote.content.start, end},
    cue: {start: tokens[verb]!.start, end: tokens[verb]!.end},
    speaker: {start: tokens[speaker.start]!.start, end: tokens[speaker.end - 1]!.end},
    speakerTokens: {paragraph: paragraph.index, range: speaker},
    probability: 0.2,
    quotes: [quote]
  }
}
