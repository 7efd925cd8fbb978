import {
  adjunctTimeUnits,
  clauseOpeners,
  gapAdverbs,
  phraseDeterminers,
  phraseJoiners,
  phraseStops,
  possessedAdjectives,
  speakerPronouns,
  speakerTimeWords,
  subjectPronouns
} from '../lexicon/speakers.js'
import {isCueWord, isGapWord} from './cue-model.js'
import type {Token} from './tokens.js'

/**
 * Finding the words that say who speaks, next to a cue: the noun phrase
 * before it (`the ministry said`, `Sen. Jane Roe, D-Ore., told`) or after it
 * (`said the ministry`, `according to officials`), or a pronoun. Without a
 * part-of-speech tagger the phrase is walked word by word: names,
 * determiners, nouns and the `of`/`for` that join them go in; clause words,
 * auxiliaries and punctuation end it.
 */

/** A range of token indices, end exclusive. */
export interface TokenRange {
  start: number
  end: number
}

/**
 * Whether a lower-case word reads as a verb, which ends a noun phrase: a
 * cue word of the lexicon in `-ed` or `-ing`, or one of the stop words.
 *
 * @param norm The word's normal form.
 * @returns `true` for a verb.
 */
function isVerbLike(norm: string): boolean {
  return phraseStops.has(norm) || (isCueWord(norm) && /(?:ed|ing)$/.test(norm))
}

/**
 * Whether a `.` token belongs to the word before it (`Sen.`, `U.S.`, `J.`).
 *
 * @param tokens The tokens.
 * @param index The `.` token.
 * @returns `true` after an abbreviation or an initial.
 */
function isAbbreviationDot(tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1]
  const token = tokens[index]
  if (!before || !token || token.norm !== '.' || before.end !== token.start || before.kind !== 'word') return false
  return before.norm.includes('.') || (before.capital && before.norm.length <= 4 && !/^\p{N}/u.test(before.norm))
}

/**
 * The speaker before a cue: skip the auxiliaries and adverbs the corpus puts
 * there (`has`, `also`), then take the noun phrase that ends there.
 *
 * @param tokens The paragraph's tokens.
 * @param head The cue's first token.
 * @param floor The first token that may belong to the speaker.
 * @returns The speaker's tokens, or `undefined`.
 */
export function speakerBefore(tokens: readonly Token[], head: number, floor: number): TokenRange | undefined {
  let end = head
  let skipped = 0
  while (end - 1 >= floor && skipped < 4 && isGap(tokens[end - 1]!)) {
    end--
    skipped++
  }
  // `federal prosecutors in April charged`: skip a time adjunct.
  end = beforeTimeAdjunct(tokens, end, floor)
  if (end - 1 < floor) return undefined
  const last = tokens[end - 1]!
  // `He needs to persuade`, `went on to say`, `using an expletive to
  // describe`: an infinitive speaks for the subject of its clause.
  if (tokens[head - 1]?.norm === 'to' && head - 2 > floor) return clauseSubject(tokens, head - 2, floor)

  // `Tulsa police’s earlier claim`: a noun cue's possessor speaks.
  const possessive = possessor(tokens, head, floor)
  if (possessive) return possessive

  // A parenthesis between subject and cue: `Jane Roe, a spokeswoman for the
  // ministry, said` (the apposition goes with the name), `Jane Roe, speaking
  // in Paris, said` (the name alone).
  if (last.norm === ',') {
    const inner = nounPhraseBefore(tokens, end - 2, floor)
    let commas = 0
    for (let open = end - 2; open > floor && end - open < 40 && commas < 3; open--) {
      const token = tokens[open]!
      if (/^[.!?;:"]$/.test(token.norm)) break
      if (token.norm !== ',') continue
      commas++
      const outer = nounPhraseBefore(tokens, open - 1, floor)
      if (outer && (tokens[outer.start]!.capital || speakerPronouns.has(tokens[outer.start]!.norm)) && isSubjectPosition(tokens, outer.start, floor)) {
        return commas === 1 && inner && inner.start === open + 1 ? {start: outer.start, end: inner.end} : outer
      }
    }
    return inner
  }

  // `Jane Roe (D-Ore.) said`: skip the brackets.
  if (last.norm === ')') {
    let open = end - 2
    while (open >= floor && end - open < 12 && tokens[open]!.norm !== '(') open--
    if (open < floor || tokens[open]!.norm !== '(') return undefined
    const phrase = nounPhraseBefore(tokens, open - 1, floor)
    return phrase ? {start: phrase.start, end} : undefined
  }

  const phrase = nounPhraseBefore(tokens, end - 1, floor)
  // A phrase after a verb or a preposition is an object: the subject opens
  // the clause; a pronoun in the subject case is a subject wherever it
  // stands (`a step they believe`, `Nor did they note`).
  if (phrase && !isSubjectPosition(tokens, phrase.start, floor) && !subjectPronouns.has(tokens[phrase.start]!.norm)) return clauseSubject(tokens, phrase.start, floor) ?? phrase
  return phrase
}

/**
 * Move an end back over a time adjunct that stands before a cue
 * (`in April`, `on Monday`, `last week`, `Friday`).
 *
 * @param tokens The tokens.
 * @param end The end (exclusive) of what stands before the cue.
 * @param floor The unit's first token.
 * @returns The end before the adjunct, or `end` when there is none.
 */
function beforeTimeAdjunct(tokens: readonly Token[], end: number, floor: number): number {
  let index = end
  let words = 0
  while (index - 1 >= floor && words < 3) {
    const norm = tokens[index - 1]!.norm
    if (!isTimeWord(norm)) break
    index--
    words++
  }
  if (index === end) return end
  // The adjunct must stand on something that can end a speaker.
  const before = tokens[index - 1]
  return before && before.kind === 'word' && !phraseJoiners.has(before.norm) ? index : end
}

/**
 * The possessor of a noun cue (`the police’s earlier claim`, `his
 * attacks`): the phrase before `’s`, or a possessive pronoun, right before
 * the cue or before one of a few adjectives (`the ministry’s statement
 * reads` is a subject, not a possessor).
 *
 * @param tokens The tokens.
 * @param head The cue's first token.
 * @param floor The unit's first token.
 * @returns The possessor, or `undefined`.
 */
function possessor(tokens: readonly Token[], head: number, floor: number): TokenRange | undefined {
  for (let index = head - 1; index >= floor && head - index <= 2; index--) {
    const token = tokens[index]!
    if (token.norm === "'s" || token.norm === "'") {
      const phrase = nounPhraseBefore(tokens, index - 1, floor)
      return phrase ? {start: phrase.start, end: index + 1} : undefined
    }
    if (/^(?:his|her|their|its|our|my)$/.test(token.norm)) return {start: index, end: index + 1}
    if (!possessedAdjectives.has(token.norm)) return undefined
  }
  return undefined
}

/**
 * Whether a phrase starting at `start` can be the subject of a clause: it
 * opens the unit, or follows punctuation or a word that opens clauses.
 *
 * @param tokens The tokens.
 * @param start The phrase's first token.
 * @param floor The unit's first token.
 * @returns `true` in subject position.
 */
function isSubjectPosition(tokens: readonly Token[], start: number, floor: number): boolean {
  if (start <= floor) return true
  const before = tokens[start - 1]!
  if (before.kind === 'punct') return /^[,;:"(\u2014\u2013-]$/.test(before.norm)
  return clauseOpeners.has(before.norm) || speakerTimeWords.has(before.norm) || before.capital
}

/**
 * The subject of the clause that holds token `from`: the noun phrase after
 * the punctuation or clause word before it.
 *
 * @param tokens The tokens.
 * @param from A token of the clause.
 * @param floor The unit's first token.
 * @returns The subject, or `undefined` when none reads as one.
 */
function clauseSubject(tokens: readonly Token[], from: number, floor: number): TokenRange | undefined {
  let start = from
  while (start > floor && from - start < 25) {
    const before = tokens[start - 1]!
    if ((before.kind === 'punct' && /^[,;:"(]$/.test(before.norm)) || clauseOpeners.has(before.norm)) break
    start--
  }
  const first = tokens[start]
  if (!first || start >= from) return undefined
  if (!first.capital && !speakerPronouns.has(first.norm) && !phraseDeterminers.has(first.norm)) return undefined
  return speakerAfter(tokens, start, from)
}

/**
 * Whether a word may stand between a speaker and the cue: the learned gap
 * words (`has`, `also`) and adverbs in `-ly`.
 *
 * @param token The token.
 * @returns `true` for such a word.
 */
function isGap(token: Token): boolean {
  // A negated auxiliary (`didn't`, `hasn't`) is one token of the token table.
  return token.kind === 'word' && !token.capital && (isGapWord(token.norm) || gapAdverbs.has(token.norm) || (token.norm.endsWith('ly') && token.norm.length > 4) || token.norm.endsWith("n't"))
}

/**
 * The noun phrase that ends at token `last`.
 *
 * @param tokens The tokens.
 * @param last Its last token.
 * @param floor The first token it may reach.
 * @returns Its range, or `undefined` when `last` cannot end one.
 */
export function nounPhraseBefore(tokens: readonly Token[], last: number, floor: number): TokenRange | undefined {
  const token = tokens[last]
  if (!token || last < floor || token.kind !== 'word') return undefined
  if (speakerPronouns.has(token.norm) || token.norm === 'that') return {start: last, end: last + 1}
  if (isVerbLike(token.norm) || speakerTimeWords.has(token.norm) || phraseJoiners.has(token.norm)) return undefined
  // A word in `-ing` ends no speaker (`easing concern`, `after meeting`).
  if (!token.capital && token.norm.length > 5 && token.norm.endsWith('ing')) return undefined

  let start = last
  let lower = token.capital ? 0 : 1
  for (let index = last - 1; index >= floor && last - index < 12; index--) {
    const current = tokens[index]!
    const norm = current.norm
    if (current.kind === 'punct') {
      if ((norm === '.' && isAbbreviationDot(tokens, index)) || norm === '-' || norm === '&') continue
      break
    }
    if (norm === "'s" || norm === "'") {
      continue
    }
    if (phraseDeterminers.has(norm)) {
      start = index
      // `the mayor of the port town`: a joiner and a noun go on before it.
      const joiner = tokens[index - 1]
      const noun = tokens[index - 2]
      if (
        index - 2 >= floor && joiner && noun && /^(?:of|for|at|in|on|from|with)$/.test(joiner.norm) &&
        noun.kind === 'word' && !isVerbLike(noun.norm) && !phraseJoiners.has(noun.norm) && !phraseDeterminers.has(noun.norm)
      ) {
        index -= 1
        continue
      }
      break
    }
    if (isVerbLike(norm) || speakerPronouns.has(norm)) break
    if (phraseJoiners.has(norm)) {
      // A joiner goes in only with a word before it that can go in too.
      const before = tokens[index - 1]
      if (!before || index - 1 < floor || before.kind !== 'word' || phraseStops.has(before.norm) || phraseJoiners.has(before.norm)) break
      continue
    }
    if (!current.capital) {
      lower++
      if (lower > 3) break
    }
    start = index
  }

  // Leading joiners and time words are not part of it.
  while (start < last && (phraseJoiners.has(tokens[start]!.norm) || speakerTimeWords.has(tokens[start]!.norm) || tokens[start]!.kind === 'punct')) start++
  return {start, end: last + 1}
}

/**
 * The speaker after a cue (`said the ministry`, `according to officials`).
 *
 * @param tokens The paragraph's tokens.
 * @param first The first token after the cue.
 * @param ceiling The token index it may not reach.
 * @returns The speaker's tokens, or `undefined`.
 */
export function speakerAfter(tokens: readonly Token[], first: number, ceiling: number): TokenRange | undefined {
  const token = tokens[first]
  if (!token || first >= ceiling || token.kind !== 'word') return undefined
  if (speakerPronouns.has(token.norm)) return {start: first, end: first + 1}
  if (speakerTimeWords.has(token.norm) || (phraseStops.has(token.norm) && !phraseDeterminers.has(token.norm))) return undefined

  let end = first + 1
  let lower = token.capital || phraseDeterminers.has(token.norm) ? 0 : 1
  for (let index = first + 1; index < ceiling && index - first < 14; index++) {
    const current = tokens[index]!
    const norm = current.norm
    if (current.kind === 'punct') {
      if ((norm === '.' && isAbbreviationDot(tokens, index) && tokens[index + 1]?.kind === 'word') || norm === '-' || norm === '&') continue
      break
    }
    if (norm === "'s") {
      end = index + 1
      continue
    }
    if (isVerbLike(norm) || speakerTimeWords.has(norm) || speakerPronouns.has(norm)) break
    if (phraseJoiners.has(norm)) {
      const next = tokens[index + 1]
      if (!next || next.kind !== 'word' || phraseStops.has(next.norm) || speakerTimeWords.has(next.norm)) break
      continue
    }
    if (phraseDeterminers.has(norm)) continue
    if (!current.capital) {
      lower++
      if (lower > 4) break
    }
    end = index + 1
  }

  return {start: first, end}
}

/**
 * Whether a word belongs to a time phrase: a day, a month, a unit of time, a
 * number, `on`/`in`/`at`/`last` (`on Monday`, `last week`, `on March 3`).
 *
 * @param norm The word, normalised.
 * @returns `true` for a time word.
 */
export function isTimeWord(norm: string): boolean {
  return speakerTimeWords.has(norm) || adjunctTimeUnits.has(norm) || /^\p{N}+$/u.test(norm)
}
