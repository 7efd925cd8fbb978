import {isGapWord, isInverting, isSpeakerless} from './cue-model.js'
import {adjuncts, opensRelative, skipAfterCue} from './after-cue.js'
import type {Cue} from './find-cues.js'
import type {QuoteParagraph} from './read-paragraphs.js'
import {gapAdverbs, speakerPronouns, subjectPronouns} from '../lexicon/speakers.js'
import {hangingContent, isPassive, opensWithAdverbial, readByAgent, readDrawnCue, subjectOf, subjectReaches, subordinateEnd} from './clause-shape.js'
import {groupOf} from './token-classes.js'
import {speakerAfter, speakerBefore, type TokenRange} from './speaker-span.js'
import {findToken, wordsIn} from './token-search.js'
import type {Token} from './tokens.js'

export {subjectOf} from './clause-shape.js'

/**
 * Reported speech around a cue, within its sentence:
 *
 * - `She said (that) …` — the content follows the cue (past an adjunct:
 *   `said in a statement on Monday that …`) to the end of the sentence, or
 *   to a later attribution that closes it (`…, sources said.`);
 * - `…, she said.` / `…, she told reporters.` / `…, said Jane Roe.` /
 *   `…, according to Jane Roe.` — the content is the sentence before the
 *   cue's clause; `…, she said, …` spans both sides;
 * - `According to Jane Roe, …` — the content follows the speaker's comma;
 * - `… was first reported by The Post.` — the agent speaks;
 * - `…, urging …` and `Citing …, Jane Roe …` — the subject speaks.
 *
 * Cues that mostly have no speaker (`seems`, learned) and passives without
 * an agent (`was accused of`) get none.
 */

/** Words that open a clause of the writer's own after a comma in a reported content. */
const clauseAfterComma = new Set(['and', 'but', 'which', 'where', 'while', 'whereas', 'although', 'though', 'yet'])

/**
 * Read a cue in reported speech: the speaker and the content, as token
 * ranges of the unit `[floor, ceiling)`.
 *
 * @param tokens The paragraph's tokens.
 * @param cue The cue.
 * @param floor The unit's first token.
 * @param ceiling The unit's end.
 * @param according Whether the cue is `according to`.
 * @param isHead Which tokens of the paragraph head cues, if known.
 * @returns The speaker and content, each when found.
 */
export function readSpeech(
  tokens: readonly Token[],
  cue: Cue,
  floor: number,
  ceiling: number,
  according: boolean,
  isHead?: (token: number) => boolean
): {speaker?: TokenRange | undefined; content?: TokenRange | undefined} {
  const before = tokens[cue.start - 1]
  const commaBefore = before !== undefined && cue.start - 1 >= floor && (before.norm === ',' || before.norm === '"')
  // `…, perhaps recognizing …`: an adverb between the comma and a participle.
  const adverb = before !== undefined && cue.start - 2 >= floor && gapAdverbs.has(before.norm) && tokens[cue.start - 2]!.norm === ','

  // `According to Jane Roe, …` / `…, according to Jane Roe.`
  if (according) {
    const speaker = speakerAfter(tokens, cue.end, ceiling)
    // `In addition, according to …, …`: a short opener before it is no content.
    const startsClause = cue.start === floor || /^(?:but|and|yet|so)$/.test(before?.norm ?? '') || (before?.norm === ',' && cue.start - 1 - floor <= 3)
    if (!startsClause) return {speaker, content: {start: floor, end: cue.start}}
    const comma = findToken(tokens, speaker?.end ?? cue.end, ceiling, ',')
    return {speaker, content: comma === -1 ? undefined : {start: comma + 1, end: ceiling}}
  }

  // `…, said Jane Roe.` / `…, said Jane Roe, a spokeswoman.`; not when the
  // comma ends the subject's apposition (`Jane Roe, an economist, said a fee …`).
  if (commaBefore && isInverting(tokens[cue.head]!.norm) && !subjectReaches(tokens, floor, cue.start - 1)) {
    const speaker = speakerAfter(tokens, cue.end, ceiling)
    const next = speaker ? tokens[speaker.end] : tokens[cue.end]
    const ends = !next || speaker?.end === ceiling || /^[,.!?;)\u2014]$/.test(next.norm) || adjuncts.has(next.norm)
    if (speaker && ends && cue.start - 1 > floor) return {speaker, content: {start: floor, end: cue.start - 1}}
  }

  // `… was first reported by The Post.`, `…, as first reported by The Post.`
  const agent = readByAgent(tokens, cue, floor, ceiling) ?? readDrawnCue(tokens, cue, floor, ceiling)
  if (agent) return agent

  // `Said Jane Roe: …`; `Citing …, Jane Roe …`, `After citing …, Jane Roe …`:
  // the speaker comes after.
  const opening = cue.start === floor + 1 && participlePrepositions.has(tokens[floor]!.norm) && tokens[floor]!.capital
  if ((cue.start === floor && tokens[cue.head]!.capital) || opening) {
    if (/ing$/.test(tokens[cue.head]!.norm)) {
      const comma = findToken(tokens, cue.end, ceiling, ',')
      const subject = comma === -1 ? undefined : speakerAfter(tokens, comma + 1, ceiling)
      if (subject) return {speaker: subject, content: {start: cue.end, end: comma}}
    } else {
      const speaker = speakerAfter(tokens, cue.end, ceiling)
      const colon = speaker ? tokens[speaker.end] : undefined
      if (speaker && colon && (colon.norm === ':' || colon.norm === ',')) return {speaker, content: {start: speaker.end + 1, end: ceiling}}
    }
  }

  // `Jane Roe, a spokeswoman, said …`; `…, urging …` speaks for the subject,
  // or for the speaker of the cue before it (`“…,” she said, adding …`).
  let speaker = speakerBefore(tokens, cue.start, floor)
  const participle = /ing$/.test(tokens[cue.head]!.norm) && (commaBefore || adverb || /^(?:before|after|while|by|without|when|in)$/.test(before?.norm ?? ''))
  if (participle && (commaBefore || adverb) && isHead) {
    const comma = adverb ? cue.start - 2 : cue.start - 1
    speaker = earlierSpeaker(tokens, comma, floor, isHead) ?? subjectOf(tokens, floor, cue.start) ?? (adverb ? undefined : speaker)
  }
  else if (!speaker && /^(?:and|but|or)$/.test(tokens[skipGaps(tokens, cue.start, floor) - 1]?.norm ?? '')) {
    speaker = coordinatedSubject(tokens, skipGaps(tokens, cue.start, floor) - 1, floor) ?? subjectOf(tokens, floor, cue.start)
  } else if (!speaker || participle) speaker = subjectOf(tokens, floor, cue.start) ?? speaker
  // `She is expected to …`, `It seems …`, `He was accused of …`, `It is hard
  // to predict …`: nobody speaks.
  if (isSpeakerless(tokens[cue.head]!.norm) || isPassive(tokens, cue, floor) || isExpletive(tokens, cue, speaker)) speaker = undefined
  const afterStart = skipAfterCue(tokens, cue.end, ceiling)
  const clauseAfter = afterStart < ceiling && wordsIn(tokens, afterStart, ceiling) >= 2 && !opensRelative(tokens, cue.start, afterStart, ceiling)
  const comma = speaker ? tokens[speaker.start - 1] : undefined
  const clauseBefore = speaker !== undefined && speaker.end <= cue.start && speaker.start - 1 > floor + 1 && (comma?.norm === ',' || comma?.norm === '"') && !opensWithAdverbial(tokens, floor, speaker)
  // `…, as The Post reported.`, `The timetable was announced on Monday.`
  const hanging = hangingContent(tokens, cue, speaker, floor, ceiling, clauseAfter, onlyAddressee(tokens, afterStart, ceiling))
  if (hanging) return hanging

  // `…, she said.` / `…, she told reporters Monday.`; `…, she said, …` spans both sides.
  if (clauseBefore && (!clauseAfter || tokens[cue.end]?.norm === ',' || onlyAddressee(tokens, afterStart, ceiling))) {
    if (onlyAddressee(tokens, afterStart, ceiling)) return {speaker, content: {start: floor, end: speaker!.start - 1}}
    return {speaker, content: {start: floor, end: clauseAfter ? ceiling : speaker!.start - 1}}
  }
  return {speaker, content: clauseAfter ? {start: afterStart, end: subordinateEnd(tokens, floor, cue.start, afterStart, ceiling)} : undefined}
}

/**
 * Whether a cue is a participle after a comma that stands between two parts
 * of one quote: a quote mark before it in its sentence, then an object but
 * no clause of its own and a quoted part that goes on mid-sentence after a
 * comma (`“…,” she said, pointing to …, “you …”`; not `…, arguing that …,
 * “…”`). Such a side clause reads no report of its own.
 *
 * @param tokens The paragraph's tokens.
 * @param cue The cue.
 * @param floor The unit's first token.
 * @param ceiling The unit's end.
 * @returns `true` between two parts.
 */
export function betweenParts(tokens: readonly Token[], cue: Cue, floor: number, ceiling: number): boolean {
  const start = cue.start
  if (!/ing$/.test(tokens[cue.head]!.norm) || tokens[start - 1]?.norm !== ',' || start - 1 < floor) return false
  let before = false
  for (let index = floor; index < start; index++) if (tokens[index]!.norm === '"') before = true
  if (!before || tokens[start + 1]?.kind === 'punct') return false
  for (let index = start; index < ceiling; index++) {
    if (tokens[index]!.norm === 'that') return false
    if (tokens[index]!.norm !== '"') continue
    const next = tokens[index + 1]
    return tokens[index - 1]?.norm === ',' && next?.kind === 'word' && !next.capital
  }
  return false
}

/**
 * Whether an infinitive cue's speaker is the expletive `it` (`It is hard to
 * predict …`, `it's worth pointing out`).
 *
 * @param tokens The tokens.
 * @param cue The cue.
 * @param speaker The speaker found.
 * @returns `true` for such a speaker.
 */
function isExpletive(tokens: readonly Token[], cue: Cue, speaker: TokenRange | undefined): boolean {
  if (!speaker || speaker.end - speaker.start !== 1 || tokens[speaker.start]!.norm !== 'it') return false
  const before = tokens[cue.start - 1]?.norm
  return before === 'to' || before === 'worth'
}

/** Prepositions that open a sentence with a participle (`After meeting …, Jane Roe said`). */
const participlePrepositions = new Set(['after', 'before', 'while', 'by', 'in', 'when', 'without', 'since', 'upon', 'on'])

/**
 * Move back from a cue over the adverbs and auxiliaries between it and what
 * stands before (`and then quickly said`).
 *
 * @param tokens The tokens.
 * @param start The cue's first token.
 * @param floor The unit's first token.
 * @returns The first token of the gap (`start` when there is none).
 */
function skipGaps(tokens: readonly Token[], start: number, floor: number): number {
  let index = start
  while (index - 1 > floor && start - index < 4 && tokens[index - 1]!.kind === 'word' && !tokens[index - 1]!.capital && (isGapWord(tokens[index - 1]!.norm) || /ly$/.test(tokens[index - 1]!.norm))) index--
  return index
}

/**
 * The subject of a verb coordinated with an earlier one (`Jane Roe lamented
 * the vote and criticized …`): the noun phrase after the last comma before
 * the conjunction that opens a clause (a name, a pronoun, a determiner),
 * else none.
 *
 * @param tokens The tokens.
 * @param conjunction The `and`, `but` or `or`.
 * @param floor The unit's first token.
 * @returns The subject, or `undefined`.
 */
function coordinatedSubject(tokens: readonly Token[], conjunction: number, floor: number): TokenRange | undefined {
  for (let index = conjunction - 1; index >= floor && conjunction - index < 40; index--) {
    const token = tokens[index]!
    if (/^[.!?;:]$/.test(token.norm)) return undefined
    if (token.norm !== ',' || tokens[index - 1]?.norm === '"') continue
    const first = tokens[index + 1]
    if (!first || first.kind !== 'word' || !(first.capital || speakerPronouns.has(first.norm) || /^(?:the|a|an|his|her|their|its|our)$/.test(first.norm))) continue
    const phrase = speakerAfter(tokens, index + 1, conjunction)
    const verb = phrase ? tokens[phrase.end] : undefined
    if (phrase && verb && verb.kind === 'word' && !verb.capital && phrase.end < conjunction) return phrase
  }
  return undefined
}

/**
 * The speaker of the cue that a participle follows: `“…,” she said, adding
 * …`, `“…,” said Jane Roe, adding …`.
 *
 * @param tokens The tokens.
 * @param comma The comma before the participle.
 * @param floor The unit's first token.
 * @param isHead Which tokens head cues.
 * @returns That cue's speaker, or `undefined` when no cue stands just before.
 */
function earlierSpeaker(tokens: readonly Token[], comma: number, floor: number, isHead: (token: number) => boolean): TokenRange | undefined {
  let head = comma - 1
  while (head >= floor && comma - head <= 10 && !isHead(head)) {
    if (/^[.!?;:"]$/.test(tokens[head]!.norm)) return undefined
    head--
  }
  if (head < floor || comma - head > 10) return undefined
  // The speaker stands between the quote (if any) and the comma.
  let from = head
  while (from > floor && tokens[from - 1]!.norm !== '"') from--
  // After the cue only in the inverted layout (`“…,” said Jane Roe, adding`):
  // in `responded by pointing a finger, saying`, the object speaks not.
  const inverted = /^[,"]$/.test(tokens[head - 1]?.norm ?? '')
  return speakerBefore(tokens, head, from) ?? (inverted ? speakerAfter(tokens, head + 1, comma) : undefined)
}

/**
 * End a content before a later attribution that closes its sentence: in
 * `Officials asked the ministry to act, sources said.`, what the officials
 * asked stops at the comma.
 *
 * @param paragraph The paragraph.
 * @param content The content, after its cue.
 * @param isCueHead Which tokens head cues.
 * @returns The content, maybe shorter.
 */
export function cutBeforeAttribution(
  paragraph: QuoteParagraph,
  content: TokenRange,
  isCueHead: (paragraph: number, token: number) => boolean
): TokenRange {
  const {tokens} = paragraph
  // A semicolon outside quote marks ends the reported clause: what follows
  // is the writer's own, or a new attribution.
  for (let index = content.start + 1; index < content.end; index++) {
    if (paragraph.quoted[index]) continue
    if (tokens[index]!.norm === ';') {
      content = {start: content.start, end: index}
      break
    }
    // `…, and the bad blood …`, `…, which …`: a clause of the writer's own.
    if (tokens[index]!.norm === ',' && index > content.start + 1 && clauseAfterComma.has(tokens[index + 1]?.norm ?? '') && tokens[index + 2]?.norm !== 'that') {
      content = {start: content.start, end: index}
      break
    }
  }
  content = endNounPhrase(paragraph, content)
  // Only a cue with at most 8 tokens after it in the content can end it.
  for (let index = Math.max(content.start + 1, content.end - 9); index < content.end; index++) {
    if (!isCueHead(paragraph.index, index)) continue
    let comma = index - 1
    while (comma > content.start && index - comma <= 6 && tokens[comma]!.norm !== ',') comma--
    if (comma <= content.start || tokens[comma]!.norm !== ',') continue
    const rest = tokens.slice(index + 1, content.end)
    if (rest.length <= 8 && !rest.some((token) => token.norm === 'that' || token.norm === ':' || token.norm === '"')) {
      // A comma inside quote marks (`“illegal,” and vowed`) keeps its closing mark.
      const end = paragraph.quoted[comma] && tokens[comma + 1]?.norm === '"' ? comma + 2 : comma
      return {start: content.start, end}
    }
  }
  return content
}

/**
 * End a content that is a noun phrase, not a clause (`denied the reports`),
 * before a verb of the writer's own joined to the cue's by `and` (`… and
 * returned to the capital`): PolNeAR's content is the noun phrase. A content
 * is a clause when it opens with a complementiser or holds an auxiliary or a
 * subject pronoun in its first four tokens; one that holds a quote is left
 * whole.
 *
 * @param paragraph The paragraph.
 * @param content The content, after its cue.
 * @returns The content, maybe shorter.
 */
function endNounPhrase(paragraph: QuoteParagraph, content: TokenRange): TokenRange {
  const {tokens, quoted} = paragraph
  const first = tokens[content.start]
  if (!first || first.kind !== 'word' || complementisers.has(first.norm)) return content
  for (let index = content.start; index < Math.min(content.end, content.start + 4); index++) {
    if (groupOf(tokens[index]) === 'AUX' || quoted[index] || subjectPronouns.has(tokens[index]!.norm)) return content
  }
  for (let index = content.start + 2; index < content.end - 1; index++) {
    if (quoted[index] || tokens[index]!.norm === '"') return content
    const next = tokens[index + 1]!
    if (tokens[index]!.norm === 'and' && isPastVerb(next)) return {start: content.start, end: index}
  }
  return content
}

/**
 * Whether a token reads as a verb in the past: a plain lower-case word of
 * five letters or more in `-ed`.
 *
 * @param token The token.
 * @returns `true` for such a word.
 */
function isPastVerb(token: Token): boolean {
  return token.kind === 'word' && groupOf(token) === 'W' && token.norm.length > 4 && token.norm.endsWith('ed')
}

/** Words that open a clause as a content. */
const complementisers: ReadonlySet<string> = new Set(['that', 'if', 'whether', 'how', 'what', 'why', 'when', 'where', 'who', 'to'])

/**
 * Whether what follows a cue is only its addressee and adjuncts
 * (`told The Daily Planet on Thursday`), not a content.
 *
 * @param tokens The tokens.
 * @param start The first token after the cue.
 * @param ceiling The end of the unit.
 * @returns `true` when no content follows.
 */
function onlyAddressee(tokens: readonly Token[], start: number, ceiling: number): boolean {
  const phrase = speakerAfter(tokens, start, ceiling)
  const first = tokens[start]
  if (!phrase || !first || !(first.capital || /^(?:me|him|her|us|them|reporters|journalists)$/.test(first.norm))) return false
  let index = phrase.end
  while (index < ceiling && tokens[index]!.kind === 'punct' && tokens[index]!.norm !== '"' && tokens[index]!.norm !== ':') index++
  if (index >= ceiling) return true
  if (!adjuncts.has(tokens[index]!.norm)) return false
  for (let next = index; next < ceiling; next++) {
    if (tokens[next]!.norm === 'that' || tokens[next]!.norm === ':' || tokens[next]!.norm === '"') return false
  }
  return ceiling - index <= 8
}

