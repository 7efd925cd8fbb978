import type {Draft} from './draft.js'
import type {QuoteParagraph, QuoteReading} from './read-paragraphs.js'
import {nounPhraseBefore, speakerAfter} from './speaker-span.js'
import {firstTokenFrom, lastTokenBefore} from './token-search.js'
import {countStartingBefore} from '../util/count-before.js'

/**
 * The speakers a draft could have, for the speaker ranker
 * (`speaker-model.ts`): the rules' choice, nobody, every noun phrase that
 * ends before the cue in its sentence, the phrase after the cue (`said Jane
 * Roe`, `according to officials`, `reported by The Post`), the subject of
 * the sentence before, and the speaker of the quote before.
 */

/** Where a candidate comes from, as bits (one candidate may come from several). */
export const enum Source {
  Rule = 1,
  None = 2,
  Before = 4,
  After = 8,
  PreviousSentence = 16,
  PreviousQuote = 32
}

/** One candidate speaker: tokens of a paragraph, or nobody (`paragraph` -1). */
export interface Candidate {
  paragraph: number
  start: number
  end: number
  sources: number
}

/** Where a draft's cue stands. */
export interface CueSite {
  paragraph: QuoteParagraph
  /** The cue's first token and one past its last. */
  start: number
  end: number
  /** Its unit's first token and one past its last. */
  unitStart: number
  unitEnd: number
}

/** How many tokens before the cue a noun phrase may end. */
const reachBefore = 40

/** How many noun phrases before the cue are candidates, nearest first. */
const mostBefore = 6

/** How many paragraphs back the speaker of the quote before may stand. */
const previousParagraphs = 2

/**
 * Where a draft's cue stands, or `undefined` when it lies in no paragraph read.
 *
 * @param reading The paragraphs read.
 * @param draft The draft.
 * @returns The site.
 */
export function cueSite(reading: QuoteReading, draft: Draft): CueSite | undefined {
  const paragraph = reading.paragraphs[countStartingBefore(reading.paragraphs, draft.cue.start + 1, (item) => item.span.end)]
  if (!paragraph || paragraph.span.start > draft.cue.start) return undefined
  const {tokens} = paragraph
  const start = firstTokenFrom(tokens, draft.cue.start)
  const end = lastTokenBefore(tokens, draft.cue.end) + 1
  if (start >= tokens.length || end <= start) return undefined
  const unit = paragraph.units[paragraph.unitOf[start]!]!
  return {paragraph, start, end, unitStart: unit.start, unitEnd: unit.end}
}

/**
 * The candidate speakers of a draft.
 *
 * @param reading The paragraphs read.
 * @param draft The draft.
 * @param site Where its cue stands.
 * @param previous The rules' speaker of the last draft before it that has one, if any.
 * @returns The candidates, the rules' choice first; no other one overlaps it.
 */
export function speakerCandidates(reading: QuoteReading, draft: Draft, site: CueSite, previous: Draft['speakerTokens']): Candidate[] {
  const list: Candidate[] = []
  const rule = draft.speakerTokens
  if (rule) add(list, rule.paragraph, rule.range.start, rule.range.end, Source.Rule)
  else add(list, -1, -1, -1, Source.Rule | Source.None)
  if (rule) add(list, -1, -1, -1, Source.None)

  const {paragraph, start, end, unitStart, unitEnd} = site
  const {tokens} = paragraph
  // Noun phrases that end before the cue, nearest first; the search goes on
  // before each phrase found (`Jane` in `Jane Roe` is no phrase of its own).
  let found = 0
  for (let last = start - 1; last >= Math.max(unitStart, start - reachBefore) && found < mostBefore; last--) {
    const phrase = tokens[last]!.kind === 'word' ? nounPhraseBefore(tokens, last, unitStart) : undefined
    if (!phrase) continue
    add(list, paragraph.index, phrase.start, phrase.end, Source.Before)
    found++
    last = phrase.start
  }

  const after = speakerAfter(tokens, end, unitEnd)
  if (after) add(list, paragraph.index, after.start, after.end, Source.After)
  if (/^(?:by|to|from)$/.test(tokens[end]?.norm ?? '')) {
    const agent = speakerAfter(tokens, end + 1, unitEnd)
    if (agent) add(list, paragraph.index, agent.start, agent.end, Source.After)
  }

  const subject = previousSubject(reading, paragraph, unitStart)
  if (subject) add(list, subject.paragraph, subject.start, subject.end, Source.PreviousSentence)

  const before = previous
  if (before && before.paragraph >= paragraph.index - previousParagraphs && before.paragraph <= paragraph.index) {
    add(list, before.paragraph, before.range.start, before.range.end, Source.PreviousQuote)
  }
  return list
}

/**
 * The subject of the sentence before a unit: the noun phrase that opens it,
 * when it opens with a name, a pronoun or a determiner.
 *
 * @param reading The paragraphs read.
 * @param paragraph The unit's paragraph.
 * @param unitStart The unit's first token.
 * @returns The subject, or `undefined`.
 */
function previousSubject(reading: QuoteReading, paragraph: QuoteParagraph, unitStart: number): Candidate | undefined {
  let host = paragraph
  let unit = paragraph.units[paragraph.unitOf[unitStart]! - 1]
  if (!unit) {
    const earlier = reading.paragraphs[paragraph.index - 1]
    if (!earlier || earlier.units.length === 0) return undefined
    host = earlier
    unit = earlier.units.at(-1)!
  }
  const phrase = speakerAfter(host.tokens, unit.start, unit.end)
  const first = host.tokens[unit.start]
  if (!phrase || !first || first.norm === '"') return undefined
  return {paragraph: host.index, start: phrase.start, end: phrase.end, sources: Source.PreviousSentence}
}

/**
 * Add a candidate, or its source to the same candidate already listed.
 *
 * @param list The candidates.
 * @param paragraph Its paragraph (-1 for nobody).
 * @param start Its first token.
 * @param end One past its last token.
 * @param sources Where it comes from.
 */
function add(list: Candidate[], paragraph: number, start: number, end: number, sources: number): void {
  if (paragraph !== -1 && end <= start) return
  for (const item of list) {
    if (item.paragraph === paragraph && item.start === start && item.end === end) {
      item.sources |= sources
      return
    }
  }
  // The ranker says who speaks, not where the rules' phrase ends: a phrase
  // that overlaps the rules' choice is no other speaker.
  const rule = list[0]
  if (rule && rule.paragraph === paragraph && paragraph !== -1 && start < rule.end && rule.start < end) return
  list.push({paragraph, start, end, sources})
}
