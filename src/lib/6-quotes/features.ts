import {groupOf} from './token-classes.js'
import type {Token} from './tokens.js'

/**
 * The features of a candidate cue word, shared by the learner
 * (`scripts/learn-cues.ts`) and the runtime, so that both see the same thing:
 * the word and its stem, its neighbours two to each side (as words and as
 * coarse classes, `tokenClass`) and some of their conjunctions, what stands a
 * few tokens away (a `that`, a quote mark, a comma, a sentence end), whether
 * it stands inside quote marks, and whether it is capitalised inside a
 * sentence.
 */

/**
 * A crude stem: the word without `-s`, `-es`, `-ed`, `-ing` (and `-ies`,
 * `-ied` become `-y`), so that `argues`, `argued`, `arguing` share one.
 *
 * @param word The word, in lower case.
 * @returns Its stem.
 */
export function stem(word: string): string {
  if (word.length <= 4) return word
  if (/ies$|ied$/.test(word)) return word.slice(0, -3) + 'y'
  if (word.endsWith('ing') && word.length > 5) return trimE(word.slice(0, -3))
  if (word.endsWith('ed')) return trimE(word.slice(0, -2))
  if (word.endsWith('es') && /(?:ss|sh|ch|x|z)es$/.test(word)) return word.slice(0, -2)
  if (word.endsWith('s') && !word.endsWith('ss')) return trimE(word.slice(0, -1))
  return trimE(word)
}

/**
 * Whether a word outside the lexicon is scored all the same: it is longer
 * than four letters and shares its stem with a word of the lexicon
 * (`reaffirming` with `reaffirmed`, `concedes` with `conceded`), so that a
 * reporting verb in a form the corpus shows once or never is read as one.
 *
 * @param norm The word, in lower case.
 * @param stems The stems of the words of the lexicon.
 * @returns `true` for such a word.
 */
export function sharesStem(norm: string, stems: ReadonlySet<string>): boolean {
  return norm.length > 4 && stems.has(stem(norm))
}

/**
 * Drop a final `e` so that `argue` and `argu(ed)` meet.
 *
 * @param word A word.
 * @returns It without a final `e`.
 */
function trimE(word: string): string {
  return word.endsWith('e') ? word.slice(0, -1) : word
}

/**
 * Whether a token ends a sentence or starts a paragraph: what stands before
 * a sentence-initial word.
 *
 * @param token The token before, if any.
 * @returns `true` at a sentence start.
 */
export function startsAfter(token: Token | undefined): boolean {
  return !token || token.norm === '.' || token.norm === '!' || token.norm === '?' || token.norm === '"' || token.norm === ':'
}

/**
 * Receives one feature: a template and up to three parts (words or
 * classes). The parts are strings the tokens already hold, so that a model
 * keyed by them needs no new string per feature.
 */
export type FeatureVisitor = (template: string, a?: string, b?: string, c?: string) => void

/** Templates of the sentence-end features, by distance. */
export const stopAfter = ['', 'stop+1', 'stop+2', 'stop+3', 'stop+4']
export const stopBefore = ['', 'stop-1', 'stop-2', 'stop-3', 'stop-4', 'stop-5', 'stop-6']

/** The two tokens either side of a cue candidate, their words (`^` and `$` past the edges) and their classes. */
export interface Neighbours<C> {
  p1: Token | undefined
  p1w: string
  p2w: string
  n1w: string
  n2w: string
  p1c: C
  p2c: C
  n1c: C
  n2c: C
}

/**
 * What stands two tokens either side of a cue candidate: read once here for
 * the learner's features and for the runtime's sums, so the two see the same
 * window.
 *
 * @param tokens The paragraph's tokens.
 * @param index The candidate.
 * @param classOf A token's class (`undefined` past an edge).
 * @returns The neighbours.
 */
export function neighbours<C>(tokens: readonly Token[], index: number, classOf: (token: Token | undefined) => C): Neighbours<C> {
  const p1 = tokens[index - 1]
  const p2 = tokens[index - 2]
  const n1 = tokens[index + 1]
  const n2 = tokens[index + 2]
  return {
    p1,
    p1w: p1 ? p1.norm : '^',
    p2w: p2 ? p2.norm : '^',
    n1w: n1 ? n1.norm : '$',
    n2w: n2 ? n2.norm : '$',
    p1c: classOf(p1),
    p2c: classOf(p2),
    n1c: classOf(n1),
    n2c: classOf(n2)
  }
}

/**
 * Visit the features of token `index` as a cue candidate. The runtime
 * scores them from tables instead (`cueProbability` in `cue-model.ts`), in
 * this very order so that its sums are the same to the last bit: change
 * both together.
 *
 * @param tokens The paragraph's tokens.
 * @param index The candidate.
 * @param quoted Per token, whether it stands inside double quote marks.
 * @param visit Called once per feature (a feature may come more than once).
 * @param byStem Whether the word is scored only for sharing a stem with a
 *   word of the lexicon (`sharesStem`): it then has a bias of its own (`x`)
 *   and its stem its own weight (`xs`), so that the lexicon's words keep theirs.
 */
export function visitCueFeatures(tokens: readonly Token[], index: number, quoted: readonly boolean[], visit: FeatureVisitor, byStem = false): void {
  const token = tokens[index]!
  const w = token.norm
  const {p1, p1w, p2w, n1w, n2w, p1c, p2c, n1c, n2c} = neighbours(tokens, index, groupOf)
  visit('b')
  if (byStem) visit('x')
  visit('w', w)
  visit(byStem ? 'xs' : 's', stem(w))
  visit('p1', p1w)
  visit('n1', n1w)
  visit('p2', p2w)
  visit('n2', n2w)
  visit('p1c', p1c)
  visit('n1c', n1c)
  visit('p2c', p2c)
  visit('n2c', n2c)
  visit('n12c', n1c, n2c)
  visit('p21c', p2c, p1c)
  visit('wn1c', w, n1c)
  visit('p1cw', p1c, w)
  visit('wn1', w, n1w)
  visit('p1w', p1w, w)
  visit('pwn', p1c, w, n1c)
  visit('wnn', w, n1c, n2c)
  visit('ppw', p2c, p1c, w)
  visit('pn', p1c, n1c)
  visit('suf', w.length > 3 ? w.slice(-3) : w)
  if (quoted[index]) {
    visit('q')
    visit('qw', w)
  }
  // What stands a few tokens away: a `that`, a quote mark, a sentence end.
  for (let offset = 1; offset <= 4; offset++) {
    const after = tokens[index + offset]
    if (!after) break
    if (after.norm === 'that') visit('that+')
    if (after.norm === '"') visit('q+')
    if (after.norm === '.' || after.norm === '?' || after.norm === '!') {
      visit(stopAfter[offset]!)
      break
    }
  }
  for (let offset = 1; offset <= 6; offset++) {
    const before = tokens[index - offset]
    if (!before) break
    if (before.norm === '"') visit('q-')
    if (before.norm === ',') visit(',-')
    if (before.norm === '.' || before.norm === '?' || before.norm === '!') {
      visit(stopBefore[offset]!)
      break
    }
  }
  const start = startsAfter(p1)
  if (token.capital && !start) visit('cap')
  if (start) visit('ss')
  const complement = governed(tokens, index)
  visit('g', complement)
}

/** What may stand between a verb and what it governs: `said (on Monday) that`, `told (reporters)`. */
const interveners = new Set(['not', 'also', 'again', 'then', 'later', 'earlier', 'today', 'yesterday', 'recently'])

/** The kinds of complement by their first word. */
const complementWords = new Map([
  ['that', 'THAT'],
  ['if', 'WH'],
  ['whether', 'WH'],
  ['how', 'WH'],
  ['what', 'WH'],
  ['why', 'WH'],
  ['when', 'WH'],
  ['where', 'WH'],
  ['who', 'WH'],
  ['as', 'AS'],
  ['by', 'BY'],
  ['for', 'FOR'],
  ['of', 'OF'],
  ['about', 'OF'],
  ['on', 'ON'],
  ['in', 'IN'],
  ['with', 'WITH']
])

/**
 * What a candidate cue governs, read from the tokens after it: a
 * that-clause (`THAT`), a question (`WH`), a quote mark (`Q`), a colon, a
 * to-infinitive (`TO-V`) or `to` and a noun phrase (`TO-NP`: `respond to a
 * request`, `according to`), `as` (`known as`), a preposition, a noun phrase
 * by its first word's class (`DET`, `CAP`, `PRON`), or the end of the
 * sentence. Adverbs in `-ly` and a few others are skipped.
 *
 * @param tokens The paragraph's tokens.
 * @param index The candidate.
 * @returns The kind of complement.
 */
export function governed(tokens: readonly Token[], index: number): string {
  let at = index + 1
  while (at < tokens.length && at <= index + 3 && tokens[at]!.kind === 'word' && (interveners.has(tokens[at]!.norm) || groupOf(tokens[at]) === 'LY')) at++
  const token = tokens[at]
  if (!token) return 'END'
  const norm = token.norm
  if (norm === 'to') {
    const next = groupOf(tokens[at + 1])
    return next === 'W' || next === 'LY' || next === 'AUX' || next === 'not' ? 'TO-V' : 'TO-NP'
  }
  return complementWords.get(norm) ?? groupOf(token)
}

/**
 * The features of token `index` as strings (`template part part`), for the
 * learner.
 *
 * @param tokens The paragraph's tokens.
 * @param index The candidate.
 * @param quoted Per token, whether it stands inside double quote marks.
 * @param byStem Whether the word is scored only for sharing a stem with a word of the lexicon.
 * @returns Feature names (binary features; a name may repeat).
 */
export function cueFeatures(tokens: readonly Token[], index: number, quoted: readonly boolean[], byStem = false): string[] {
  const features: string[] = []
  visitCueFeatures(tokens, index, quoted, function (template, a, b, c) {
    features.push(featureKey(template, a, b, c))
  }, byStem)
  return features
}

/**
 * The string key of a feature: its template and parts, space-separated
 * (tokens never hold a space).
 *
 * @param template The template.
 * @param a The first part, if any.
 * @param b The second part, if any.
 * @param c The third part, if any.
 * @returns The key.
 */
export function featureKey(template: string, a?: string, b?: string, c?: string): string {
  let key = template
  if (a !== undefined) key += ' ' + a
  if (b !== undefined) key += ' ' + b
  if (c !== undefined) key += ' ' + c
  return key
}
