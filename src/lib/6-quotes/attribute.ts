import {directAfter, directBefore} from './direct-quotes.js'
import {addSpeaker, contentSpan, kindOf, type Draft} from './draft.js'
import type {Cue} from './find-cues.js'
import type {QuoteReading} from './read-paragraphs.js'
import {betweenParts, cutBeforeAttribution, readSpeech} from './reported-speech.js'
import {firstTokenFrom, lastOpenBefore, lastTokenBefore} from './token-search.js'
import {governed} from './features.js'

/**
 * From a cue to a quote: where its content is and who speaks. A cue next
 * to a quote takes the quote (`direct-quotes.ts`); any other reads reported
 * speech in its sentence (`reported-speech.ts`). The layouts:
 *
 * - `“…,” she said.` / `“…,” said Jane Roe.` — a quote closes just before the
 *   cue: the quote is the content (and `“…,” she said. “…”` goes on into the
 *   quote that follows, and into the quoted paragraphs after it);
 * - `She said: “…”` — a quote opens just after the cue;
 * - `She said (that) …` — the content follows the cue to the end of the
 *   sentence (mixed when some of it is in quote marks);
 * - `…, she said.` / `…, said Jane Roe.` / `…, according to Jane Roe.` — the
 *   content is the sentence before the cue's clause;
 * - `According to Jane Roe, …` — the content follows the speaker's comma.
 */

/**
 * Most tokens that reported speech reaches on either side of its cue. A
 * sentence longer than that (hostile input: a run of text with no sentence
 * end, thousands of tokens long, and a cue every few tokens) is read as if it
 * ended there, so that each cue costs a bounded amount of work; news
 * sentences are far shorter.
 */
const reach = 120

/**
 * Turn one cue into a draft quote.
 *
 * @param input The caller's input.
 * @param reading The paragraphs and quoted stretches.
 * @param cue The cue.
 * @param isCueHead Whether a token of a paragraph heads a cue (for the continuation of quotes).
 * @returns The draft, or `undefined` when no content can be found.
 */
export function attribute(
  input: string,
  reading: QuoteReading,
  cue: Cue,
  isCueHead: (paragraph: number, token: number) => boolean
): Draft | undefined {
  const paragraph = reading.paragraphs[cue.paragraph]!
  const {tokens} = paragraph
  const unit = paragraph.units[paragraph.unitOf[cue.head]!]!
  const cueSpan = {start: tokens[cue.start]!.start, end: tokens[cue.end - 1]!.end}
  const quotes = paragraph.quotes
  const according = tokens[cue.head]!.norm === 'according'

  // Cues inside a quote speak for the quote's speaker: nested speech.
  const around = quotes[lastOpenBefore(quotes, cueSpan.start + 1)]
  const inside = around && around.content.start <= cueSpan.start && cueSpan.end <= around.content.end ? around : undefined

  // `Asked what …, the minister replied: “…”`: the opening participle asks a question of its own.
  const asking = cue.start === unit.start && tokens[cue.head]!.norm === 'asked' && /^(?:WH|THAT|OF)$/.test(governed(tokens, cue.head))
  if (!inside && !according && !asking) {
    const site = {input, reading, paragraph, cue, isCueHead}
    const direct = directBefore(site, quotes) ?? directAfter(site, quotes)
    if (direct) return direct
  }

  // Reported speech, within the unit (or within the quote holding the cue),
  // and within `reach` tokens of the cue.
  const floor = Math.max(cue.start - reach, inside ? Math.max(unit.start, firstTokenFrom(tokens, inside.content.start)) : unit.start)
  const ceiling = Math.min(cue.end + reach, inside ? Math.min(unit.end, lastTokenBefore(tokens, inside.content.end) + 1) : unit.end)
  if (betweenParts(tokens, cue, floor, ceiling)) return undefined
  const {speaker, content: read} = readSpeech(tokens, cue, floor, ceiling, according, (token) => isCueHead(cue.paragraph, token))
  const content = read && read.start >= cue.end ? cutBeforeAttribution(paragraph, read, isCueHead) : read

  if (!content) return undefined
  const span = contentSpan(input, tokens, content)
  if (!span) return undefined
  const draft: Draft = {kind: kindOf(input, tokens, span, quotes), content: span, cue: cueSpan, probability: cue.probability, quotes: []}
  if (draft.kind === 'direct') {
    const candidate = quotes[lastOpenBefore(quotes, span.start)]
    const whole = candidate && candidate.content.start <= span.start && span.end <= candidate.content.end ? candidate : undefined
    if (whole) {
      draft.content = whole.content
      draft.quotes = [whole]
    }
  }
  addSpeaker(draft, paragraph, speaker)
  return draft
}
