import {isSpace as isSpaceCode, isWordCharacter as isWord, unitWidth} from '../text/characters.js'
import {classAuxiliaries, classDeterminers, classPronouns, ownClass} from '../lexicon/cue-classes.js'
import type {Span} from '../types.js'

/**
 * A light tokenizer over the raw input, by offset: words, clitics and single
 * punctuation characters. The quotes stage reads tokens this way rather than
 * from the NLCST tree so that the cue learner (which reads the corpus without
 * the rest of the pipeline) and the runtime see the very same tokens.
 */

/** What a token is. */
export type TokenKind = 'word' | 'punct'

/** One token of a paragraph. */
export interface Token {
  /** Offset of its first code unit in the input. */
  start: number
  /** Offset just past its last code unit. */
  end: number
  /** Lower case; curly apostrophes become `'`, every double quote mark becomes `"`. */
  norm: string
  /** Word (letters, digits, clitics) or a punctuation character. */
  kind: TokenKind
  /** Whether the word starts with a capital letter. */
  capital: boolean
  /** Its coarse class (`tokenClass`), filled in on first use by `groupOf`; `''` until then. */
  group: string
}

/** Characters read as double quote marks. */
const doubleMarks = new Set(['"', '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '`'])

/** Characters read as single quote marks or apostrophes. */
const singleMarks = new Set(["'", '\u2018', '\u2019', '\u201A', '\u201B', '\u2039', '\u203A'])

/** What may follow an apostrophe as a clitic. */
const clitics = new Set(['s', 't', 're', 've', 'll', 'd', 'm'])

/**
 * Tokenize one stretch of the input: words (letters and digits, joined by
 * inner `.`, `-`, `&`), doubled apostrophes or backticks (one quote mark),
 * clitics after an apostrophe (`’s`; `don’t` is read as `don` + `’t`), and
 * any other character (a whole code point) alone. One pass, by char code;
 * a word in ASCII lower case is its own normal form.
 *
 * @param input The caller's input.
 * @param span The stretch to read (a paragraph).
 * @returns Its tokens, in order; offsets index `input`.
 */
export function tokenize(input: string, span: Span): Token[] {
  const tokens: Token[] = []
  const end = Math.min(span.end, input.length)
  let index = Math.max(0, span.start)

  while (index < end) {
    const code = input.charCodeAt(index)
    const width = code < 128 ? 1 : unitWidth(input, index, end)
    if (code < 128 ? code === 32 || (code >= 9 && code <= 13) : width === 1 && isSpaceCode(code)) {
      index += width
      continue
    }

    const start = index

    if (code < 128 ? isAsciiWord(code) : isWord(input, index, width)) {
      // Whether the word is all ASCII, and whether it has a capital letter.
      let ascii = code < 128
      let upper = code >= 65 && code <= 90
      index += width
      while (index < end) {
        const next = input.charCodeAt(index)
        if (next < 128 && isAsciiWord(next)) {
          if (next >= 65 && next <= 90) upper = true
          index++
          continue
        }
        const nextWidth = next < 128 ? 1 : unitWidth(input, index, end)
        if (next >= 128 && isWord(input, index, nextWidth)) {
          ascii = false
          index += nextWidth
          continue
        }
        // An inner `.`, `-` or `&` joins two runs of letters or digits.
        if ((next === 46 || next === 45 || next === 38) && index + 1 < end && isWord(input, index + 1, unitWidth(input, index + 1, end))) {
          index++
          continue
        }
        break
      }

      const value = input.slice(start, index)
      if (ascii) {
        // In ASCII, lower case changes `A`–`Z` alone, and a capital is one of them.
        tokens.push({start, end: index, norm: upper ? value.toLowerCase() : value, kind: 'word', capital: code >= 65 && code <= 90, group: ''})
      } else {
        const lower = value.toLowerCase()
        tokens.push({start, end: index, norm: lower, kind: 'word', capital: value.charAt(0) !== lower.charAt(0), group: ''})
      }
      continue
    }

    const next = index + 1 < end ? input.charCodeAt(index + 1) : -1
    let norm: string | undefined
    let kind: TokenKind = 'punct'
    if ((code === 39 && next === 39) || (code === 96 && next === 96)) {
      index += 2
      norm = '"'
    } else if (code === 39 || code === 0x2019) {
      const clitic = cliticAt(input, index + 1, end)
      if (clitic > 0) {
        kind = 'word'
        index += 1 + clitic
        norm = "'" + input.slice(start + 1, index).toLowerCase()
      } else {
        index += 1
      }
    } else {
      index += width
    }

    if (norm === undefined && code < 128) {
      norm = asciiNorms[code]!
    } else if (norm === undefined) {
      const value = input.slice(start, index)
      norm = doubleMarks.has(value) ? '"' : singleMarks.has(value) ? "'" : value.toLowerCase()
    }

    // A clitic starts with its apostrophe, which has no case: never a capital.
    tokens.push({start, end: index, norm, kind, capital: false, group: ''})
  }

  return tokens
}

/** The normal form of each ASCII character read alone as punctuation. */
const asciiNorms: string[] = Array.from({length: 128}, function (_, code) {
  const value = String.fromCharCode(code)
  return doubleMarks.has(value) ? '"' : singleMarks.has(value) ? "'" : value.toLowerCase()
})

/**
 * Whether an ASCII character is a letter or a digit.
 *
 * @param code Its code.
 * @returns `true` for a letter or digit.
 */
function isAsciiWord(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}

/**
 * The length of a clitic after an apostrophe (`s`, `t`, `re`, `ve`, `ll`,
 * `d`, `m`, in any case), when no letter or digit follows it.
 *
 * @param input The input.
 * @param from Just after the apostrophe.
 * @param end Where the stretch ends.
 * @returns Its length, or 0.
 */
function cliticAt(input: string, from: number, end: number): number {
  for (const length of [2, 1]) {
    if (from + length > end) continue
    if (!clitics.has(input.slice(from, from + length).toLowerCase())) continue
    if (from + length < end && isWord(input, from + length, unitWidth(input, from + length, end))) continue
    return length
  }
  return 0
}

/**
 * The class of a token, computed once and kept on it.
 *
 * @param token The token, or `undefined` past an edge of the paragraph.
 * @returns Its class (`END` past an edge).
 */
export function groupOf(token: Token | undefined): string {
  if (!token) return 'END'
  if (token.group === '') token.group = tokenClass(token)
  return token.group
}

/** The class of each word of `ownClass`, `determiners`, `pronouns` and `auxiliaries`, the first set that holds it winning. */
const listedClasses = new Map<string, string>()
for (const [words, name] of [[classAuxiliaries, 'AUX'], [classPronouns, 'PRON'], [classDeterminers, 'DET'], [ownClass, '']] as const) {
  for (const word of words) listedClasses.set(word, name || word)
}

/** Every class `tokenClass` gives, `END` first. */
export const tokenClasses: readonly string[] = [
  'END', 'Q', 'Q1', 'STOP', ',', ':', ';', '(', ')', 'DASH', 'P', ...ownClass, 'DET', 'PRON', 'AUX', 'NUM', 'CAP', 'LY', 'W'
]

/** How many classes there are. */
export const classCount = tokenClasses.length

/** The number of each class. */
const classNumbers = new Map(tokenClasses.map((name, index) => [name, index]))

/**
 * The number of a token's class (its index in `tokenClasses`), for tables
 * of weights by class.
 *
 * @param token The token, or `undefined` past an edge of the paragraph.
 * @returns The number.
 */
export function classIndex(token: Token | undefined): number {
  return token ? classNumbers.get(groupOf(token))! : 0
}

/**
 * The coarse class of a token, for features that should generalise beyond
 * the word itself.
 *
 * @param token The token, or `undefined` past an edge of the paragraph.
 * @returns Its class.
 */
export function tokenClass(token: Pick<Token, 'norm' | 'kind' | 'capital'> | undefined): string {
  if (!token) return 'END'
  const norm = token.norm
  if (token.kind === 'punct') {
    if (norm === '"') return 'Q'
    if (norm === "'") return 'Q1'
    if (norm === '.' || norm === '!' || norm === '?') return 'STOP'
    if (norm === ',' || norm === ':' || norm === ';' || norm === '(' || norm === ')') return norm
    if (norm === '\u2014' || norm === '\u2013' || norm === '-') return 'DASH'
    return 'P'
  }
  const listed = listedClasses.get(norm)
  if (listed !== undefined) return listed
  const first = norm.charCodeAt(0)
  if (first < 128 ? first >= 48 && first <= 57 : /^\p{N}/u.test(norm)) return 'NUM'
  if (token.capital) return 'CAP'
  if (norm.endsWith('ly')) return 'LY'
  return 'W'
}
