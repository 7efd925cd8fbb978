/**
 * The shape of the clause around a cue, for reported speech
 * (`reported-speech.ts`): the subject of a unit past its opening
 * adverbials, passives (`was first reported by The Post`, `The timetable
 * was announced on Monday.`), as-clauses (`…, as The Post reported.`) and
 * clauses opened by a subordinator (`While the minister said …, engineers
 * …`).
 */
import {phraseDeterminers, speakerPronouns, stanceAdjectives} from '../lexicon/speakers.js'
import type {Cue} from './find-cues.js'
import {speakerAfter, speakerBefore, type TokenRange} from './speaker-span.js'
import {findToken} from './token-search.js'
import type {Token} from './tokens.js'
import {adverbialOpeners, drawingVerbs, irregularParticiples, passiveAuxiliaries, sentenceOpeners, subordinators} from '../lexicon/clauses.js'

/**
 * Whether the speaker is the subject of its unit after an opening adverbial
 * that ends with a comma (`In a speech to farmers, the president thanked
 * …`): the adverbial is no content of the cue's. It opens with a
 * preposition, a time word or a subordinator, not with a conjunction or an
 * adverb (`But the line was planned badly, she said.` is a content).
 *
 * @param tokens The tokens.
 * @param floor The unit's first token.
 * @param speaker The speaker, before the cue.
 * @returns `true` for such a speaker.
 */
export function opensWithAdverbial(tokens: readonly Token[], floor: number, speaker: TokenRange): boolean {
  return adverbialOpeners.has(tokens[floor]!.norm) && subjectOf(tokens, floor, speaker.end)?.start === speaker.start
}

/**
 * Where a content after its cue ends when the cue stands in a clause opened
 * by a subordinator at the start of its unit (`While the minister said that
 * the dam was safe, engineers …`): at the first comma outside quote marks,
 * which closes that clause; else at the end of the unit.
 *
 * @param tokens The tokens.
 * @param floor The unit's first token.
 * @param cueStart The cue's first token.
 * @param start The content's first token.
 * @param ceiling The end of the unit.
 * @returns The end of the content.
 */
export function subordinateEnd(tokens: readonly Token[], floor: number, cueStart: number, start: number, ceiling: number): number {
  const first = tokens[floor]?.norm === 'but' || tokens[floor]?.norm === 'and' ? floor + 1 : floor
  if (!subordinators.has(tokens[first]?.norm ?? '') || cueStart - first > 12) return ceiling
  for (let index = first + 1; index < cueStart; index++) if (/^[,;:"]$/.test(tokens[index]!.norm)) return ceiling
  let marks = 0
  for (let index = start + 1; index < ceiling; index++) {
    const norm = tokens[index]!.norm
    if (norm === '"') marks++
    else if (norm === ',' && marks % 2 === 0) return index
  }
  return ceiling
}

/**
 * Whether the subject of a unit runs up to a token: the noun phrase that
 * ends before the token after it (the cue) opens the unit, apposition and
 * all, so that the stretch before the token is no clause of its own.
 *
 * @param tokens The tokens.
 * @param floor The unit's first token.
 * @param end The token (the comma before the cue).
 * @returns `true` when the subject ends there.
 */
export function subjectReaches(tokens: readonly Token[], floor: number, end: number): boolean {
  const phrase = speakerBefore(tokens, end + 1, floor)
  return phrase !== undefined && phrase.start === subjectOf(tokens, floor, end)?.start
}

/**
 * Move back from a cue over the adverbs before it (`was first reported`,
 * `had been previously reported`).
 *
 * @param tokens The tokens.
 * @param start The cue's first token.
 * @param floor The unit's first token.
 * @returns The first adverb (`start` when there is none).
 */
function skipAdverbs(tokens: readonly Token[], start: number, floor: number): number {
  let index = start
  while (index - 1 > floor && start - index < 2 && /^(?:first|previously|originally|also|not|widely)$|[a-z]ly$/.test(tokens[index - 1]!.norm)) index--
  return index
}

/**
 * The content of a cue in an as-clause (`…, as The Post reported on
 * Sunday.`, `As The Post reported, …`): the clause before the comma or dash
 * that opens it, or the clause after the comma that closes it.
 *
 * @param tokens The tokens.
 * @param start The as-clause's subject (or the cue when it has none).
 * @param floor The unit's first token.
 * @param cueEnd The end of the cue.
 * @param ceiling The end of the unit.
 * @returns The content, or `undefined` when the cue stands in no as-clause.
 */
function contentOfAs(tokens: readonly Token[], start: number, floor: number, cueEnd: number, ceiling: number): TokenRange | undefined {
  const as = start - 1
  if (as < floor || tokens[as]!.norm !== 'as') return undefined
  if (as === floor) {
    const comma = findToken(tokens, cueEnd, Math.min(ceiling, cueEnd + 10), ',')
    return comma === -1 || comma + 2 >= ceiling ? undefined : {start: comma + 1, end: ceiling}
  }
  return /^[,—-]$/.test(tokens[as - 1]!.norm) && as - 1 > floor + 1 ? {start: floor, end: as - 1} : undefined
}

/**
 * Whether a cue is passive without its agent: `was accused of`, `has been
 * criticized` (not `was reported by`).
 *
 * @param tokens The tokens.
 * @param cue The cue.
 * @param floor The unit's first token.
 * @returns `true` for an agentless passive.
 */
export function isPassive(tokens: readonly Token[], cue: Cue, floor: number): boolean {
  const head = tokens[cue.head]!.norm
  if (!(/ed$/.test(head) || irregularParticiples.has(head)) || tokens[cue.end]?.norm === 'by' || stanceAdjectives.has(head)) return false
  let index = cue.start - 1
  while (index >= floor && index >= cue.start - 3) {
    const norm = tokens[index]!.norm
    // `was`, and `wasn't` (one token in the token table).
    if (passiveAuxiliaries.has(norm) || (norm.endsWith("n't") && passiveAuxiliaries.has(norm.slice(0, -3)))) return true
    if (!/ly$/.test(norm) && norm !== 'not' && norm !== 'also') return false
    index--
  }
  return false
}

/**
 * The subject of a unit: the noun phrase at its start, past an opening
 * adverbial that ends with a comma (`On Monday, Jane Roe …`).
 *
 * @param tokens The tokens.
 * @param floor The unit's first token.
 * @param before Where to stop looking.
 * @returns The subject's tokens, or `undefined`.
 */
export function subjectOf(tokens: readonly Token[], floor: number, before: number): TokenRange | undefined {
  let start = floor
  for (let round = 0; round < 3; round++) {
    while (start < before && (tokens[start]!.kind === 'punct' || tokens[start]!.norm === '"')) start++
    if (start >= before || !sentenceOpeners.has(tokens[start]!.norm)) break
    const comma = findToken(tokens, start, Math.min(before, start + 12), ',')
    if (comma === -1) return undefined
    start = comma + 1
  }
  const first = tokens[start]
  if (!first || start >= before || first.kind !== 'word') return undefined
  if (!first.capital && !speakerPronouns.has(first.norm) && !phraseDeterminers.has(first.norm)) return undefined
  return speakerAfter(tokens, start, before)
}

/**
 * Read a passive cue with its agent (`… was first reported by The Post.`,
 * `…, as first reported by The Post.`): the agent speaks, and the content
 * is the clause before the auxiliary or the as-clause.
 *
 * @param tokens The tokens.
 * @param cue The cue.
 * @param floor The unit's first token.
 * @param ceiling The end of the unit.
 * @returns The speaker and content, or `undefined` for another layout.
 */
export function readByAgent(tokens: readonly Token[], cue: Cue, floor: number, ceiling: number): {speaker: TokenRange; content: TokenRange} | undefined {
  const auxiliary = skipAdverbs(tokens, cue.start, floor) - 1
  if (tokens[cue.end]?.norm !== 'by' || auxiliary <= floor) return undefined
  const norm = tokens[auxiliary]!.norm
  if (!passiveAuxiliaries.has(norm) && norm !== 'as') return undefined
  const speaker = speakerAfter(tokens, cue.end + 1, ceiling)
  const end = norm === 'as' && /^[,\u2014-]$/.test(tokens[auxiliary - 1]!.norm) ? auxiliary - 1 : auxiliary
  return speaker && end > floor ? {speaker, content: {start: floor, end}} : undefined
}

/**
 * The content of a cue that governs none after it, where the clause shows
 * one: the clause an as-clause hangs on (`…, as The Post reported.`, `As
 * The Post reported, …`; also when only an addressee follows), or the
 * subject of an agentless passive (`The timetable was announced on
 * Monday.`, with no speaker).
 *
 * @param tokens The tokens.
 * @param cue The cue.
 * @param speaker The speaker found before the cue, if any.
 * @param floor The unit's first token.
 * @param ceiling The end of the unit.
 * @param clauseAfter Whether a content follows the cue.
 * @param addresseeOnly Whether only an addressee and adjuncts follow it.
 * @returns The speaker and content, or `undefined`.
 */
export function hangingContent(
  tokens: readonly Token[],
  cue: Cue,
  speaker: TokenRange | undefined,
  floor: number,
  ceiling: number,
  clauseAfter: boolean,
  addresseeOnly: boolean
): {speaker: TokenRange | undefined; content: TokenRange} | undefined {
  const asClause = !clauseAfter || addresseeOnly ? contentOfAs(tokens, speaker?.start ?? skipAdverbs(tokens, cue.start, floor), floor, cue.end, ceiling) : undefined
  if (asClause) return {speaker, content: asClause}
  if (clauseAfter || !isPassive(tokens, cue, floor)) return undefined
  const subject = speakerBefore(tokens, skipAdverbs(tokens, cue.start, floor) - 1, floor)
  return subject ? {speaker: undefined, content: subject} : undefined
}

/**
 * Read a noun cue drawn by its subject (`The new charge has drawn sharp
 * criticism from opposition parties.`, `came under heavy criticism`): the
 * content is what draws it, the subject of the verb before the cue, and
 * the speaker stands after `from`. Only when the cue governs nothing else
 * (`from`, `when`, `after` or punctuation follows it: not `criticism for
 * its handling of …`).
 *
 * @param tokens The tokens.
 * @param cue The cue.
 * @param floor The unit's first token.
 * @param ceiling The end of the unit.
 * @returns The speaker and content, or `undefined` for another layout.
 */
export function readDrawnCue(tokens: readonly Token[], cue: Cue, floor: number, ceiling: number): {speaker: TokenRange | undefined; content: TokenRange} | undefined {
  let verb = cue.start - 1
  while (verb > floor && cue.start - verb <= 2 && tokens[verb]!.kind === 'word' && !drawingVerbs.has(tokens[verb]!.norm) && !tokens[verb]!.capital) verb--
  const next = tokens[cue.end]?.norm ?? '.'
  if (verb <= floor || !drawingVerbs.has(tokens[verb]!.norm) || !/^(?:from|when|after|[.,;])$/.test(next)) return undefined
  if (tokens[verb]!.norm === 'under' && !/^(?:came|come|comes|coming)$/.test(tokens[verb - 1]?.norm ?? '')) return undefined
  let start = tokens[verb]!.norm === 'under' ? verb - 1 : verb
  while (start > floor && /^(?:has|have|had|quickly|already|also|often)$/.test(tokens[start - 1]!.norm)) start--
  const content = speakerBefore(tokens, start, floor)
  if (!content) return undefined
  const speaker = tokens[cue.end]?.norm === 'from' ? speakerAfter(tokens, cue.end + 1, ceiling) : undefined
  return {speaker, content}
}
