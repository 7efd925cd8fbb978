/**
 * Which way a sentence points: the words nearest an expression that mark the
 * future (“will”, “planned to”, “as soon as”) or the past (“said”, verbs in
 * -ed). With no such word the direction is neutral and each resolver applies
 * its own bias (news tells what happened: a bare weekday is a past one).
 */

import {isAsciiLetter as isLetter, isSpace} from '../text/characters.js'
import {TokenKind, type TokenTable} from '../text/tokens.js'
import {beforeTo, futureWords, modifierWords, notPastWords, pastWords} from './locale-en.js'
import type {Direction} from './types.js'

/**
 * The words of a sentence, read once: where each stands. What each word
 * marks (its direction, and whether a clause ends after it) is read only
 * when asked for, since an expression looks at a few words around it.
 */
export interface Cues {
  /** The caller's input. */
  input: string
  /** Where the sentence ends. */
  end: number
  /** Offset of each word. */
  starts: number[]
  /** End of each word. */
  ends: number[]
  /** Each word, lower case with `’` as `'` (read on first use). */
  words: Array<string | undefined>
  /** Direction each word marks: 0 not read yet, 1 none, 2 past, 3 future. */
  directions: Uint8Array
  /** Whether a clause ends after each word: 0 not read yet, 1 no, 2 yes. */
  boundaries: Uint8Array
}

/** How many words either side of an expression are read. */
const leftWindow = 12
const rightWindow = 8
/** After an opening phrase (“In January, …”), how far the main verb is looked for. */
const openingWindow = 24

/**
 * Keys (length × 128 + first letter) of the words `cueOf` may read as a cue
 * other than by their ending (-ed, 'll): a word with no such key and no
 * such ending is no cue. Built on first use.
 */
let cueKeys: Set<number> | undefined

/**
 * The key of a word for `cueKeys`.
 *
 * @param length The word's length.
 * @param first Its first character code.
 * @returns The key.
 */
function cueKey(length: number, first: number): number {
  return length * 128 + (first >= 65 && first <= 90 ? first + 32 : first)
}

/**
 * Build the keys of the cue words.
 *
 * @returns The keys.
 */
function buildCueKeys(): Set<number> {
  const keys = new Set<number>()
  for (const words of [futureWords, pastWords, beforeTo, ['early', 'is', 'are', 'may', "won't"]]) {
    for (const word of words) keys.add(cueKey(word.length, word.charCodeAt(0)))
  }
  return keys
}

/**
 * Whether a word may be a cue (see `cueOf`), read from its characters
 * without building it: a word that may not is no cue whatever its neighbours.
 *
 * @param input The input.
 * @param start Where the word starts.
 * @param end Where it ends.
 * @returns False when the word is surely no cue.
 */
function mayBeCue(input: string, start: number, end: number): boolean {
  const keys = cueKeys ?? (cueKeys = buildCueKeys())
  if (keys.has(cueKey(end - start, input.charCodeAt(start)))) return true
  const last = input.charCodeAt(end - 1) | 32
  const before = input.charCodeAt(end - 2) | 32
  // Forms in -ed.
  if (last === 100 && before === 101) return true
  // Forms in 'll.
  const mark = input.charCodeAt(end - 3)
  return last === 108 && before === 108 && (mark === 39 || mark === 0x2019)
}

/** The directions a cue may mark, by their code in `Cues.directions`. */
const directionCodes: ReadonlyArray<Direction | undefined> = [undefined, undefined, 'past', 'future']

/**
 * Read the words of a sentence from the text stage's token table: runs of
 * ASCII letters, with one apostrophe and more letters (“won't”,
 * “Azerbaijan’s”). Letters stand only in word tokens (and possessive
 * endings), so only those are read; a run goes on into a token that follows
 * with no space between.
 *
 * @param input The caller's input.
 * @param tokens The document's tokens.
 * @param start Where the sentence starts.
 * @param end Where it ends.
 * @returns The words; what they mark is read on demand.
 */
export function readCues(input: string, tokens: TokenTable, start: number, end: number): Cues {
  const starts: number[] = []
  const ends: number[] = []
  let position = start
  for (let token = firstTokenAt(tokens, start); token < tokens.count && tokens.starts[token]! < end; token++) {
    if (tokens.kinds[token] !== TokenKind.Word && tokens.kinds[token] !== TokenKind.Possessive) continue
    position = Math.max(position, tokens.starts[token]!)
    const tokenEnd = Math.min(tokens.ends[token]!, end)
    while (position < tokenEnd) position = readWord(input, position, tokenEnd, end, starts, ends)
  }
  return {
    input,
    end,
    starts,
    ends,
    words: new Array<string | undefined>(starts.length),
    directions: new Uint8Array(starts.length),
    boundaries: new Uint8Array(starts.length)
  }
}

/**
 * The first token that ends after an offset.
 *
 * @param tokens The tokens.
 * @param offset The offset.
 * @returns Its number (`tokens.count` when none).
 */
function firstTokenAt(tokens: TokenTable, offset: number): number {
  let low = 0
  let high = tokens.count
  while (low < high) {
    const middle = (low + high) >> 1
    if (tokens.ends[middle]! <= offset) low = middle + 1
    else high = middle
  }
  return low
}

/**
 * Read one word from a position inside a token: pass over what is no
 * letter up to the token's end, then take the run of letters (with one
 * apostrophe and more letters), which may go on up to the sentence's end.
 *
 * @returns Where reading goes on.
 */
function readWord(input: string, from: number, tokenEnd: number, end: number, starts: number[], ends: number[]): number {
  let position = from
  while (position < tokenEnd && !isLetter(input.charCodeAt(position))) position++
  if (position >= tokenEnd) return position
  const wordStart = position
  while (position < end && isLetter(input.charCodeAt(position))) position++
  const mark = position < end ? input.charCodeAt(position) : 0
  if ((mark === 39 || mark === 0x2019) && position + 1 < end && isLetter(input.charCodeAt(position + 1))) {
    position += 2
    while (position < end && isLetter(input.charCodeAt(position))) position++
  }
  starts.push(wordStart)
  ends.push(position)
  return position
}

/**
 * One word of a sentence, lower case, with `’` written `'`.
 *
 * @param cues The sentence's words.
 * @param index The word's index.
 * @returns The word, or undefined past either end.
 */
function wordAt(cues: Cues, index: number): string | undefined {
  if (index < 0 || index >= cues.starts.length) return undefined
  let word = cues.words[index]
  if (word === undefined) {
    word = cues.input.slice(cues.starts[index], cues.ends[index]).toLowerCase().replace('’', "'")
    cues.words[index] = word
  }
  return word
}

/**
 * The direction one word of a sentence marks.
 *
 * @param cues The sentence's words.
 * @param index The word's index.
 * @returns `future`, `past`, or none.
 */
function directionOf(cues: Cues, index: number): Direction | undefined {
  let code = cues.directions[index]!
  if (code === 0 && !mayBeCue(cues.input, cues.starts[index]!, cues.ends[index]!)) {
    code = 1
    cues.directions[index] = code
  }
  if (code === 0) {
    const word = wordAt(cues, index)!
    const previous = wordAt(cues, index - 1)
    let direction = cueOf(word, cues.input.slice(cues.starts[index], cues.ends[index]), previous, wordAt(cues, index + 1))
    if (direction === 'future' && previous === 'been' && wordAt(cues, index - 2) === 'had') direction = 'past'
    code = direction === 'past' ? 2 : direction === 'future' ? 3 : 1
    cues.directions[index] = code
  }
  return directionCodes[code]
}

/**
 * Whether a clause ends after one word of a sentence: a comma, semicolon,
 * colon, quote mark or bracket comes before the next word.
 *
 * @param cues The sentence's words.
 * @param index The word's index.
 * @returns True at the end of a clause.
 */
function boundaryAfter(cues: Cues, index: number): boolean {
  let code = cues.boundaries[index]!
  if (code === 0) {
    const {input} = cues
    const until = index + 1 < cues.starts.length ? cues.starts[index + 1]! : cues.end
    code = 1
    for (let position = cues.ends[index]!; position < until; position++) {
      const char = input.charCodeAt(position)
      if (char === 44 || char === 59 || char === 58 || char === 34 || char === 0x201c || char === 0x201d || char === 40 || char === 41) code = 2
      else if ((char === 39 || char === 96) && position + 1 < until && input.charCodeAt(position + 1) === char) code = 2
      if (code === 2) break
    }
    cues.boundaries[index] = code
  }
  return code === 2
}

/**
 * The direction one word marks.
 *
 * @param word The word, lower case.
 * @param raw The word as written.
 * @param previous The word before, lower case.
 * @param next The word after, lower case.
 * @returns `future`, `past`, or none.
 */
function cueOf(word: string, raw: string, previous: string | undefined, next: string | undefined): Direction | undefined {
  if (word.endsWith("'ll") || word === "won't") return 'future'
  if (word === 'may' && raw !== 'may') return undefined
  if (next === 'to' && beforeTo.has(word)) return 'future'
  if (word.endsWith('ed') && (previous === 'be' || previous === 'being' || previous === 'to')) return undefined
  if ((previous === 'be' || previous === 'being') && pastWords.has(word)) return undefined
  if (word === 'early' && previous === 'as') return 'future'
  if (word === 'is' || word === 'are') return next === 'to' ? 'future' : undefined
  if (futureWords.has(word)) return 'future'
  if (pastWords.has(word)) return 'past'
  if (word.length > 4 && word.endsWith('ed') && !notPastWords.has(word) && raw[0] === word[0] && !(previous && modifierWords.has(previous))) return 'past'
  return undefined
}

/**
 * The direction at an expression: the nearest cue word either side within the
 * sentence (a word on the right counts as twice as far; the right side is
 * read only up to the end of the clause, so that “…,” he said” does not
 * count, except after an opening “On Tuesday,”), neutral when there is none.
 * A possessive (“Wednesday's ruling”) and “since” tell of the past; “by”,
 * “until”, “through” name a limit, ahead unless the verb is past (then neutral).
 * “effective June 1” announces a change to come (unless it “became effective”).
 *
 * @param cues The sentence's words and cues.
 * @param start Offset of the expression.
 * @param end End of the expression.
 * @param input The input (to see a possessive after the expression).
 * @returns `past`, `future` or `neutral`.
 */
export function directionAt(cues: Cues, start: number, end: number, input?: string): Direction {
  let limit = false
  if (input) {
    if (isPossessive(input, end) || followsSince(input, start)) return 'past'
    // The cues before the expression all end in one to three spaces, after
    // a character that is read first (the patterns run only when it fits).
    const low = Math.max(0, start - 40)
    const spaces = spacesBefore(input, low, start)
    const last = start - spaces - 1
    if (spaces >= 1 && spaces <= 3 && last >= low) {
      const wider = input.slice(low, start)
      const mark = input.charCodeAt(last) | 32
      if ((mark === 101 || mark === 110) && effectivePattern.test(wider) && !becameEffectivePattern.test(wider)) return 'future'
      if (mayEndLimit(input, low, last)) limit = limitPattern.test(wider)
    }
  }
  const found = nearestCue(cues, start, end, input)
  if (limit) return found === 'past' ? 'neutral' : 'future'
  return found
}

/** “effective (on)” just before an expression. */
const effectivePattern = /\beffective\s{1,3}(?:on\s{1,3})?$/i

/** “became effective (on)” just before an expression. */
const becameEffectivePattern = /\b(?:became|become|becomes|was|were|been)\s{1,3}effective\s{1,3}(?:on\s{1,3})?$/i

/** A limit (“by”, “until”, “before”), maybe with a clock time, just before an expression. */
const limitPattern =
  /\b(?:by|until|till|through|before)\s{1,3}(?:(?:\d{1,2}(?:[:.]\d\d)?\s{0,2}[ap]\.?\s?m\.?|noon|midnight)(?:\s{1,3}[A-Z]{3})?,?\s{1,3})?$/i

/** Words `limitPattern` may end with before its spaces, besides words of three letters and words in -m. */
const limitEndings: ReadonlySet<string> = new Set(['by', 'until', 'till', 'through', 'before', 'noon', 'midnight'])

/**
 * Whether `limitPattern` may match a window whose last character before its
 * final spaces is at `last`: that character ends a limit word, a clock time
 * (`a.m.`, `pm`, `noon`) or a time zone, maybe with a comma.
 *
 * @param input The input.
 * @param low Where the window starts.
 * @param last Where the last character before the final spaces is.
 * @returns False when the pattern cannot match.
 */
function mayEndLimit(input: string, low: number, last: number): boolean {
  let position = last
  if (input.charCodeAt(position) === 44) position--
  if (position < low) return false
  const code = input.charCodeAt(position)
  if (code === 46) return true
  if (!isLetter(code)) return false
  if ((code | 32) === 109) return true
  let first = position
  while (first > low && isLetter(input.charCodeAt(first - 1))) first--
  return position - first + 1 === 3 || limitEndings.has(input.slice(first, position + 1).toLowerCase())
}

/**
 * Whether a possessive `'s` (or `’s`) follows an expression, as `/^['’]s\b/`
 * reads the three characters after it.
 *
 * @param input The input.
 * @param end The end of the expression.
 * @returns True for a possessive.
 */
function isPossessive(input: string, end: number): boolean {
  const mark = input.charCodeAt(end)
  return (mark === 39 || mark === 0x2019) && input.charCodeAt(end + 1) === 115 && !isWordCharacter(input.charCodeAt(end + 2))
}

/**
 * Whether “since” and one to three spaces come just before an expression,
 * within the ten characters before it (as `/\bsince\s{1,3}$/i` reads them).
 *
 * @param input The input.
 * @param start The start of the expression.
 * @returns True after “since”.
 */
function followsSince(input: string, start: number): boolean {
  const low = Math.max(0, start - 10)
  const spaces = spacesBefore(input, low, start)
  if (spaces < 1 || spaces > 3) return false
  const first = start - spaces - 5
  if (first < low) return false
  const word = 'since'
  for (let index = 0; index < 5; index++) if ((input.charCodeAt(first + index) | 32) !== word.charCodeAt(index)) return false
  return first === low || !isWordCharacter(input.charCodeAt(first - 1))
}

/**
 * How many white-space characters (as `\s` reads them) end a stretch, up to four.
 *
 * @param input The input.
 * @param low Where the stretch starts.
 * @param end Where it ends.
 * @returns The count, 0–4.
 */
function spacesBefore(input: string, low: number, end: number): number {
  let count = 0
  while (count < 4 && end - count - 1 >= low && isSpace(input.charCodeAt(end - count - 1))) count++
  return count
}

/**
 * Whether a character is a word character as `\w` reads it.
 *
 * @param code The character code (NaN past the end of the input).
 * @returns True for an ASCII letter, digit or `_`.
 */
function isWordCharacter(code: number): boolean {
  return isLetter(code) || (code >= 48 && code <= 57) || code === 95
}

/**
 * Whether a clause mark (`,;:"“”()`) follows an expression after at most
 * two spaces, within the three characters after it.
 *
 * @param input The input.
 * @param end The end of the expression.
 * @returns True when one does.
 */
function clauseMarkAfter(input: string, end: number): boolean {
  for (let index = 0; index < 3; index++) {
    const code = input.charCodeAt(end + index)
    if (code === 44 || code === 59 || code === 58 || code === 34 || code === 0x201c || code === 0x201d || code === 40 || code === 41) return true
    if (index === 2 || !isSpace(code)) return false
  }
  return false
}

/**
 * The direction of the nearest cue word (see `directionAt`).
 *
 * @param cues The sentence's words.
 * @param start Offset of the expression.
 * @param end End of the expression.
 * @param input The input.
 * @returns The direction, `neutral` when no word says.
 */
function nearestCue(cues: Cues, start: number, end: number, input: string | undefined): Direction {
  const {starts, ends} = cues
  const count = starts.length
  let low = 0
  let high = count
  while (low < high) {
    const middle = (low + high) >> 1
    if (ends[middle]! > start) high = middle
    else low = middle + 1
  }
  const first = low
  let after = first
  while (after < count && starts[after]! < end) after++
  let left: Direction | undefined
  let leftDistance = Infinity
  for (let distance = 1; distance <= leftWindow && first - distance >= 0; distance++) {
    const direction = directionOf(cues, first - distance)
    if (direction) {
      left = direction
      leftDistance = distance
      break
    }
  }
  const opening = first <= 1
  let rightOpen = opening || !(after > 0 && boundaryAfter(cues, after - 1) && ends[after - 1]! >= end - 1)
  if (!opening && input && clauseMarkAfter(input, end)) rightOpen = false
  let right: Direction | undefined
  let rightDistance = Infinity
  const reach = opening ? openingWindow : rightWindow
  for (let distance = 1; rightOpen && distance <= reach && after + distance - 1 < count; distance++) {
    const index = after + distance - 1
    const direction = directionOf(cues, index)
    if (direction) {
      right = direction
      rightDistance = opening ? distance : distance * 2
      break
    }
    if (!opening && boundaryAfter(cues, index)) break
  }
  if (left && leftDistance <= rightDistance) return left
  if (right) return right
  return 'neutral'
}
