import type {CueSite} from './direct-quotes.js'
import type {QuotedSpan} from './pair-quote-marks.js'
import {clauseWords, isInnerDot, nearQuote, opensSentence, speechLike} from './quote-shapes.js'
import type {QuoteParagraph, QuoteReading} from './read-paragraphs.js'
import {firstTokenFrom, lastOpenBefore} from './token-search.js'
import type {Token} from './tokens.js'
import {notParticiples, relativePronouns, sideOpeners} from '../lexicon/clauses.js'

/**
 * Where a direct quote goes on after the quoted stretch its cue took: a
 * quote after the cue's clause in the same paragraph (`“…,” she said.
 * “…”`, also past a side clause: `“…,” said Jane Roe, who …. “…”`), then
 * the following paragraphs that are one quote each, with no cue of their
 * own.
 */

/**
 * The quotes that go on after a direct quote: in the same paragraph, a
 * quote that opens after the cue's clause with no cue of its own
 * (`“…,” she said. “…”`), then the following paragraphs that are quotes
 * from start to end with no cue outside their marks.
 *
 * @param site The cue and what it is read in.
 * @param quote The quote the cue took.
 * @returns The quotes that go on, in order (maybe none).
 */
export function continuation(site: CueSite, quote: QuotedSpan): QuotedSpan[] {
  const {input, reading, paragraph, cue, isCueHead} = site
  const parts: QuotedSpan[] = []
  const {tokens} = paragraph
  let last = quote
  const cueEnd = tokens[cue.end - 1]!.end

  // In the same paragraph, after the cue.
  const from = Math.max(cueEnd, last.close?.end ?? last.content.end)
  const candidate = paragraph.quotes[lastOpenBefore(paragraph.quotes, from) + 1]
  const next = candidate && candidate.paragraph === paragraph.index ? candidate : undefined
  if (next && next.lastParagraph === paragraph.index) {
    const open = firstTokenFrom(tokens, next.open.start)
    const gap = tokens.slice(firstTokenFrom(tokens, from), open)
    const words = gap.filter((token) => token.kind === 'word').length
    const quoteMarks = gap.some((token) => token.norm === '"')
    // `…,” she said, going on to …: “…”`: the participle is a cue of its own;
    // a side clause with no cue that ends the sentence before the next quote
    // is not (`“…,” she said, pointing to …. “…”`).
    // A quoted part that goes on mid-sentence after a comma takes a
    // participle with an object as a side clause (`“…,” she said, pointing
    // to …, “you …”`).
    // Not when the participle takes a clause (`…, arguing that …, “…”`) or the
    // quote itself (`…, explaining, “…”`).
    const midSentence = gap.at(-1)?.norm === ',' && !opensSentence(input, next) && !gap.some((token, index) => token.norm === 'that' || (/ing$/.test(token.norm) && gap[index + 1]?.kind === 'punct'))
    const participle = !midSentence && gap.some((token, index) => index > 0 && gap[index - 1]!.norm === ',' && token.kind === 'word' && /ing$/.test(token.norm))
    const near = words <= 16 && !quoteMarks && !participle
    if ((near || sideClause(input, paragraph, last, next, isCueHead) >= 0) && !hasCueAfter(paragraph, next, isCueHead) && speechLike(input, next)) {
      parts.push(next)
      last = next
    }
  }

  // The paragraphs after, while each is one quote with no cue of its own.
  let index = last.lastParagraph + 1
  if (last.close === undefined) return parts
  // The paragraph must end with the quote, or with the cue's sentence.
  const cueUnit = paragraph.unitOf[cue.head]
  const endsWithCue = last.lastParagraph === paragraph.index && paragraph.unitOf[paragraph.tokens.length - 1] === cueUnit
  if (!closesParagraph(reading, last) && !endsWithCue) return parts
  while (index < reading.paragraphs.length) {
    const following = reading.paragraphs[index]!
    if (following.kind !== 'paragraph') break
    const whole = reading.byOpen.get(following.span.start)
    if (!whole || !whole.close || !closesParagraph(reading, whole)) break
    if (hasCueAfter(following, whole, isCueHead)) break
    parts.push(whole)
    index = whole.lastParagraph + 1
  }

  return parts
}

/** Most tokens between two quoted parts joined over a side clause. */
const sideReach = 60

/**
 * `“…,” said Jane Roe, who …. “…”`, `“…,” she said, pointing to …. “…”`:
 * an attribution right after a quoted part, then a side clause (a relative
 * clause or a participle) with no cue of its own that ends the sentence, and
 * a quoted part that opens the next sentence with no cue of its own either.
 * PolNeAR spans both parts and what stands between them as one quote, with
 * the attribution's cue (in 85 of 86 such relative clauses of train).
 *
 * @param input The input.
 * @param paragraph The paragraph.
 * @param before The first quoted part.
 * @param after The quoted part after it.
 * @param isCueHead Which tokens head cues.
 * @returns The first token of the side clause, or -1 when the parts do not join over one.
 */
export function sideClause(input: string, paragraph: QuoteParagraph, before: QuotedSpan, after: QuotedSpan, isCueHead: (paragraph: number, token: number) => boolean): number {
  if (!before.close || before.lastParagraph !== paragraph.index || after.paragraph !== paragraph.index) return -1
  const {tokens} = paragraph
  const first = firstTokenFrom(tokens, before.close.end)
  const open = firstTokenFrom(tokens, after.open.start)
  if (open - first > sideReach || tokens[open - 1]?.norm !== '.') return -1
  let cue = -1
  let side = -1
  for (let index = first; index < open - 1; index++) {
    const token = tokens[index]!
    if (token.kind === 'punct' && /^[;:!?"]$/.test(token.norm)) return -1
    if (token.norm === '.' && !isInnerDot(tokens, index)) return -1
    if (cue < 0) {
      if (clauseWords.has(token.norm) || index - first > nearQuote) return -1
      if (isCueHead(paragraph.index, index)) cue = index
    } else if (side < 0 && opensSide(tokens, index)) {
      side = index
    }
  }
  if (side < 0 || !speechLike(input, before) || !opensSentence(input, after) || hasCueAfter(paragraph, after, isCueHead)) return -1
  // `“…,” she said, adding that …. “…”`, `“…,” said Jane Roe, who called …`:
  // a cue of its own in the side clause is left to the rules of overlaps.
  for (let index = side; index < open; index++) if (isCueHead(paragraph.index, index)) return -1
  return side
}

/**
 * Whether a side clause opens at a token: a relative pronoun, or a comma
 * before a relative pronoun or a participle.
 *
 * @param tokens The tokens.
 * @param index The token.
 * @returns `true` when a side clause opens there.
 */
function opensSide(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!
  if (relativePronouns.has(token.norm)) return true
  const next = tokens[index + 1]
  if (token.norm !== ',' || next?.kind !== 'word') return false
  return sideOpeners.has(next.norm) || (/[a-z]{3}ing$/.test(next.norm) && !notParticiples.has(next.norm))
}

/**
 * Whether a quote ends its paragraph (at most a punctuation mark after it).
 *
 * @param reading The reading.
 * @param quote The quote.
 * @returns `true` when nothing but punctuation follows it.
 */
function closesParagraph(reading: QuoteReading, quote: QuotedSpan): boolean {
  const paragraph = reading.paragraphs[quote.lastParagraph]
  return paragraph !== undefined && quote.close !== undefined && paragraph.lastWordEnd <= quote.close.start
}

/**
 * Whether a cue head stands in a paragraph after a quote, outside quote marks.
 *
 * @param paragraph The paragraph.
 * @param quote The quote.
 * @param isCueHead Which tokens head cues.
 * @returns `true` when the quote has a cue of its own.
 */
function hasCueAfter(paragraph: QuoteParagraph, quote: QuotedSpan, isCueHead: (paragraph: number, token: number) => boolean): boolean {
  const end = quote.close?.end ?? quote.content.end
  const first = firstTokenFrom(paragraph.tokens, end)
  const unit = paragraph.unitOf[Math.max(0, first - 1)]
  // A quote's cue stands within a few words of it, in its sentence.
  for (let index = first; index < paragraph.tokens.length && index - first < 16; index++) {
    if (paragraph.quoted[index]) continue
    if (paragraph.unitOf[index] !== unit) break
    if (isCueHead(paragraph.index, index)) return true
  }
  return false
}
