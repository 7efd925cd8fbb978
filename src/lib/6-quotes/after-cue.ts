/**
 * Where the content of reported speech starts after its cue: past `:` or
 * `,`, a time word or phrase (`said Tuesday …`, `said on Monday it …`) or an
 * adjunct up to its `that` (`said in a statement on Monday that …`); and
 * whether a noun cue's `that` opens a relative clause instead (`talks that
 * also covered …`).
 */
import {phraseDeterminers, speakerPronouns} from '../lexicon/speakers.js'
import {isTimeWord} from './speaker-span.js'
import type {Token} from './tokens.js'
import {finiteAuxiliaries, questionWords} from '../lexicon/clauses.js'

/** Words that open an adjunct after a cue (`said in a statement on Monday`), not its content. */
export const adjuncts: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'during', 'after', 'before', 'with', 'via', 'from', 'by', 'since', 'while', 'when',
  'following', 'through', 'earlier', 'later', 'last', 'this', 'today', 'yesterday', 'tonight', 'recently',
  'again', 'repeatedly', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'
])

/** Time words that may stand between a cue and its content (`said Tuesday his …`). */
const timeAdverbs = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight',
  'recently', 'again', 'repeatedly', 'earlier', 'later', 'previously', 'publicly', 'privately'
])

/**
 * Where the content after a cue starts: past a colon or comma; past an
 * adjunct (`said in a statement on Monday that …`) up to its `that`, a
 * question word (`asked on the radio whether …`) or a colon.
 *
 * @param tokens The tokens.
 * @param from The first token after the cue.
 * @param ceiling The end of the unit.
 * @returns The first token of the content (`ceiling` when there is none).
 */
export function skipAfterCue(tokens: readonly Token[], from: number, ceiling: number): number {
  let index = from
  while (index < ceiling && (tokens[index]!.norm === ':' || tokens[index]!.norm === ',')) index++
  // `said Tuesday (that) …`: a time word alone is no adjunct to look past.
  let times = index
  while (times < ceiling && times - index < 2 && timeAdverbs.has(tokens[times]!.norm)) times++
  if (times > index && times < ceiling && !adjuncts.has(tokens[times]!.norm) && tokens[times]!.kind === 'word') return times
  // `said on Monday (that) …`, `said last week the …`: a time phrase alone, then a clause.
  const dated = timePhraseEnd(tokens, index, ceiling)
  if (dated > index + 1 && dated < ceiling && opensClause(tokens[dated]!)) return dated
  if (index >= ceiling || !adjuncts.has(tokens[index]!.norm) || quantifierAt(tokens, index) || clauseAt(tokens, index)) return index
  for (let next = index + 1; next < ceiling && next - index <= 14; next++) {
    const norm = tokens[next]!.norm
    if (norm === 'that' || questionWords.has(norm)) return next
    if (norm === ':') return next + 1
    if (norm === '.' || norm === '"') break
  }
  return ceiling
}

/**
 * Whether `this` or `last` at a token opens a clause, not a time phrase
 * (`say this is only a pause`, not `said this week`).
 *
 * @param tokens The tokens.
 * @param index The token.
 * @returns `true` for such a word.
 */
function clauseAt(tokens: readonly Token[], index: number): boolean {
  const norm = tokens[index]!.norm
  const next = tokens[index + 1]
  return (norm === 'this' || norm === 'last') && next !== undefined && next.kind === 'word' && !isTimeWord(next.norm)
}

/**
 * Whether `at least` or `at most` stands at a token: a quantifier that
 * opens a clause (`reported at least nine villages were cut off`), not an
 * adjunct.
 *
 * @param tokens The tokens.
 * @param index The token.
 * @returns `true` for such a quantifier.
 */
function quantifierAt(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1]?.norm
  return tokens[index]!.norm === 'at' && (next === 'least' || next === 'most')
}

/**
 * Whether the content after a noun cue is a relative clause, not reported
 * speech: the cue follows a determiner, `of` or a possessive (`two days of
 * talks`, `the reports`) and its `that` is followed by a verb, past an adverb
 * (`talks that also covered …`, `talks that were held …`); a that-clause
 * opens with its subject instead (`warnings that prices would rise`).
 *
 * @param tokens The tokens.
 * @param cueStart The cue's first token.
 * @param start The first token after the cue.
 * @param ceiling The end of the unit.
 * @returns `true` for a relative clause.
 */
export function opensRelative(tokens: readonly Token[], cueStart: number, start: number, ceiling: number): boolean {
  const before = tokens[cueStart - 1]?.norm ?? ''
  if (tokens[start]?.norm !== 'that' || !(before === 'of' || before === '’s' || before === "'s" || phraseDeterminers.has(before))) return false
  let next = start + 1
  if (next < ceiling && /^(?:also|then|still|already|later|often|never)$|ly$/.test(tokens[next]!.norm)) next++
  const verb = tokens[next]
  if (next >= ceiling || !verb || verb.capital) return false
  return finiteAuxiliaries.has(verb.norm) || /[a-z]ed$/.test(verb.norm)
}

/**
 * The end of a time phrase of up to four words (`on Monday`, `last week`,
 * `on March 3`), or `from` when none starts there.
 *
 * @param tokens The tokens.
 * @param from Where it may start.
 * @param ceiling The end of the unit.
 * @returns The first token after it.
 */
function timePhraseEnd(tokens: readonly Token[], from: number, ceiling: number): number {
  let end = from
  while (end < ceiling && end - from < 4 && isTimeWord(tokens[end]!.norm)) end++
  // It ends on the time itself, not on `on`, `in` or `earlier` (`explained earlier in the hearing`).
  while (end > from && adjuncts.has(tokens[end - 1]!.norm) && !timeAdverbs.has(tokens[end - 1]!.norm)) end--
  return end
}

/**
 * Whether a token can open a reported clause: `that`, a subject pronoun, a
 * determiner or a capitalised word (`said on Monday it …`, `… the bridge …`,
 * `… Congress …`), not a verb or a preposition (`released last year found`,
 * `wrote in 2014 for people`).
 *
 * @param token The token.
 * @returns `true` when a clause may start there.
 */
function opensClause(token: Token): boolean {
  if (token.kind !== 'word') return false
  const {norm} = token
  return norm === 'that' || speakerPronouns.has(norm) || phraseDeterminers.has(norm) || token.capital
}

