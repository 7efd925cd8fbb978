/**
 * The words of a sentence, read once from the token table, and what each
 * marks, read when asked for.
 */

import {isAsciiLetter as isLetter} from '../../2-text/characters.js'
import {TokenKind, type TokenTable} from '../../2-text/tokens.js'
import type {Direction} from '../types.js'
import {cueOf, mayBeCue} from './cue-words.js'

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
export function directionOf(cues: Cues, index: number): Direction | undefined {
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
export function boundaryAfter(cues: Cues, index: number): boolean {
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
