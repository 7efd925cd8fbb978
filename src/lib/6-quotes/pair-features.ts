import {questionOpeners, verbMarkers} from '../lexicon/clauses.js'
import {clauseBoundaries, subjectPronouns} from '../lexicon/speakers.js'
import type {Span} from '../types.js'
import type {Draft} from './draft.js'
import type {QuoteParagraph} from './read-paragraphs.js'
import {firstTokenFrom, lastTokenBefore} from './token-search.js'
import type {Token} from './tokens.js'

/**
 * What the overlap model (`settle-pairs.ts`) reads of two overlapping
 * quotes: the outer one (whose content holds the other's cue, or the one
 * that starts first) and the inner one. Both the runtime and its learner
 * (`scripts/learn-overlaps.ts`) read the pair through this one function.
 */

/** Two overlapping drafts, the outer one first. */
export interface Pair {
  outer: Draft
  inner: Draft
}

/**
 * Where the inner attribution starts: its speaker, when it stands inside the
 * outer content before its cue (`…, Clinton cast …`), else its cue, or its
 * content when that comes first (`…, she said`).
 *
 * @param pair The pair.
 * @returns The offset.
 */
export function attributionStart(pair: Pair): number {
  const {outer, inner} = pair
  const speaker = inner.speaker
  let start = Math.min(inner.cue.start, inner.content.start)
  if (speaker && within(speaker, outer.content) && speaker.start < start) start = speaker.start
  return start
}

/**
 * The features of a pair, as strings.
 *
 * @param input The input.
 * @param paragraph The paragraph of the inner cue.
 * @param pair The pair.
 * @returns The feature names.
 */
export function pairFeatures(input: string, paragraph: QuoteParagraph, pair: Pair): string[] {
  const {outer, inner} = pair
  const {tokens} = paragraph
  const head = Math.max(0, firstTokenFrom(tokens, inner.cue.start))
  const start = attributionStart(pair)
  const link = linkWord(tokens, lastTokenBefore(tokens, start), outer.content.start)
  const lead = bucket(inner.probability - outer.probability, [-0.4, -0.2, 0, 0.2])
  const speaker = speakerState(tokens, pair)
  const kinds = outer.kind + '>' + inner.kind
  const shape = (within(inner.content, outer.content) ? 'in' : 'cross') + (within(inner.cue, outer.content) ? '+' : '-')
  const distance = bucket(tokens.length === 0 ? 0 : head - firstTokenFrom(tokens, outer.content.start), [3, 7, 15, 30])
  const first = tokens[firstTokenFrom(tokens, inner.content.start)]?.norm
  return [
    'bias',
    'k:' + kinds,
    's:' + shape,
    'po:' + bucket(outer.probability, [0.5, 0.7, 0.9]),
    'pi:' + bucket(inner.probability, [0.5, 0.7, 0.9]),
    'd:' + lead,
    'l:' + link,
    'sp:' + speaker,
    'sp:' + speaker + s(link),
    'ic:' + place(inner),
    'oc:' + place(outer),
    'iw:' + wordClass(tokens[head]?.norm ?? ''),
    'ow:' + wordClass(tokens[firstTokenFrom(tokens, outer.cue.start)]?.norm ?? ''),
    'that:' + (first === 'that'),
    'q:' + (paragraph.quoted[head] ?? false),
    'n:' + distance,
    'oq:' + Math.min(outer.quotes.length, 2),
    'same:' + sameSpeaker(input, pair),
    'ih:' + (tokens[head]?.norm ?? ''),
    'oh:' + (tokens[firstTokenFrom(tokens, outer.cue.start)]?.norm ?? ''),
    'ib:' + before(tokens[head - 1]),
    'end:' + (inner.content.end === outer.content.end),
    'len:' + bucket((inner.content.end - inner.content.start) / Math.max(1, outer.content.end - outer.content.start), [0.2, 0.4, 0.7]),
    ...clauseFeatures(tokens, pair, start, link)
  ]
}

/**
 * What the two clauses show: what each cue governs (a that-clause, a
 * to-infinitive, a quote, a question word, a phrase), whether the outer
 * content holds a clause boundary before the inner attribution (a comma
 * or a dash before the inner cue: a clause of the outer content may end
 * there), whether the inner attribution opens the outer content (its
 * subject), the word right before the inner cue when it marks a finite
 * verb, and which of the two has a speaker.
 *
 * @param tokens The tokens.
 * @param pair The pair.
 * @param start Where the inner attribution starts.
 * @param link What stands right before it.
 * @returns The feature names.
 */
function clauseFeatures(tokens: readonly Token[], pair: Pair, start: number, link: string): string[] {
  const {outer, inner} = pair
  const governs = (draft: Draft) => governed(tokens[firstTokenFrom(tokens, draft.content.start)]?.norm ?? '', place(draft))
  const inside = firstTokenFrom(tokens, outer.content.start)
  const head = firstTokenFrom(tokens, inner.cue.start)
  let boundary = false
  for (let index = Math.max(0, inside); index < head; index++) if (/^[,;—–-]$/.test(tokens[index]!.norm)) boundary = true
  const opening = tokens[inside]?.norm === 'that' ? inside + 1 : inside
  const opens = firstTokenFrom(tokens, start) <= opening
  const aux = tokens[head - 1]?.norm ?? ''
  const ig = governs(inner)
  return [
    'ig:' + ig,
    'og:' + governs(outer),
    'og|ig:' + governs(outer) + '|' + ig,
    'cm:' + boundary,
    'cm:' + boundary + s(link),
    'open:' + opens,
    'aux:' + (verbMarkers.has(aux) ? aux : '-'),
    'os:' + (outer.speaker ? 'yes' : 'no') + s(inner.speaker ? 'yes' : 'no'),
    'iw|ig:' + wordClass(tokens[head]?.norm ?? '') + s(ig)
  ]
}

/**
 * What a cue governs, read from the first word of its content: a
 * that-clause, a to-infinitive, a quote, a question word, or a phrase; a
 * content before its cue is `before`.
 *
 * @param first The first word of the content.
 * @param where Where the cue stands against its content.
 * @returns The class.
 */
function governed(first: string, where: string): string {
  if (where !== 'before') return where
  if (first === 'that' || first === 'to' || first === '"') return first
  return questionOpeners.has(first) ? 'wh' : 'np'
}

/**
 * A separator and a value, for conjoined features.
 *
 * @param value The value.
 * @returns `|value`.
 */
function s(value: string): string {
  return '|' + value
}

/**
 * The bucket a number falls in, as a string.
 *
 * @param value The number.
 * @param edges The bucket edges, ascending.
 * @returns The index of the first edge above it.
 */
function bucket(value: number, edges: readonly number[]): string {
  let index = 0
  while (index < edges.length && value >= edges[index]!) index++
  return String(index)
}

/**
 * What stands right before the inner attribution: a clause word or mark by
 * itself, else the class of the word.
 *
 * @param tokens The tokens.
 * @param last The token before the attribution.
 * @param floor Where the outer content starts.
 * @returns The link.
 */
function linkWord(tokens: readonly Token[], last: number, floor: number): string {
  const token = tokens[last]
  if (!token || token.start < floor) return 'start'
  if (token.norm === 'that' || token.norm === '"' || clauseBoundaries.has(token.norm)) return token.norm
  return token.capital ? 'Cap' : token.kind === 'word' ? 'w' : 'p'
}

/**
 * The inner speaker: none, a pronoun or a phrase, inside the outer content
 * right before its cue (its own subject), elsewhere inside it, or outside it.
 *
 * @param tokens The tokens.
 * @param pair The pair.
 * @returns The state.
 */
function speakerState(tokens: readonly Token[], pair: Pair): string {
  const speaker = pair.inner.speaker
  if (!speaker) return 'none'
  const first = tokens[firstTokenFrom(tokens, speaker.start)]
  const kind = first && subjectPronouns.has(first.norm) ? 'pro' : first?.capital ? 'cap' : 'low'
  if (!within(speaker, pair.outer.content)) return 'out-' + kind
  const own = speaker.end <= pair.inner.cue.start && firstTokenFrom(tokens, pair.inner.cue.start) - lastTokenBefore(tokens, speaker.end) <= 3
  return (own ? 'own-' : 'in-') + kind
}

/**
 * The class of the word before a cue: a determiner or possessive (a noun
 * cue: `his criticism of`), a comma, another word.
 *
 * @param token The token, if any.
 * @returns The class.
 */
function before(token: Token | undefined): string {
  if (!token) return 'none'
  if (/^(?:the|a|an|his|her|their|its|our|my|this|no)$/.test(token.norm)) return 'det'
  return token.kind === 'word' ? (token.capital ? 'Cap' : 'w') : token.norm
}

/**
 * Where a draft's cue stands against its content.
 *
 * @param draft The draft.
 * @returns `before`, `inside` or `after`.
 */
function place(draft: Draft): string {
  if (draft.cue.end <= draft.content.start) return 'before'
  return draft.cue.start >= draft.content.end ? 'after' : 'inside'
}

/**
 * The class of a cue word: a participle, a past form, a present form, or
 * another word, and `said` and `according` by themselves.
 *
 * @param norm The word.
 * @returns The class.
 */
function wordClass(norm: string): string {
  if (norm === 'said' || norm === 'says' || norm === 'according' || norm === 'told') return norm
  if (norm.endsWith('ing')) return 'ing'
  if (norm.endsWith('ed')) return 'ed'
  return norm.endsWith('s') ? 's' : 'other'
}

/**
 * Whether both drafts have speakers, and with the same words.
 *
 * @param input The input.
 * @param pair The pair.
 * @returns `yes`, `no` or `none`.
 */
function sameSpeaker(input: string, pair: Pair): string {
  const a = pair.outer.speaker
  const b = pair.inner.speaker
  if (!a || !b) return 'none'
  return input.slice(a.start, a.end).toLowerCase() === input.slice(b.start, b.end).toLowerCase() ? 'yes' : 'no'
}

/**
 * Whether a span lies within another.
 *
 * @param inner The span.
 * @param outer The other.
 * @returns `true` when it does.
 */
function within(inner: Span, outer: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end
}
