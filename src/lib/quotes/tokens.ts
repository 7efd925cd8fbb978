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

/** A letter or digit beyond ASCII. */
const wordCharacter = /^[\p{L}\p{N}]$/u

/** White space beyond ASCII. */
const space = /^\s$/

/** What may follow an apostrophe as a clitic. */
const clitics = new Set(['s', 't', 're', 've', 'll', 'd', 'm'])

/**
 * Tokenize one stretch of the input: words (letters and digits, joined by
 * inner `.`, `-`, `&`), doubled apostrophes or backticks (one quote mark),
 * clitics after an apostrophe (`’s`; `don’t` is read as `don` + `’t`), and
 * any other character (a whole code point) alone. One pass, by char code.
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
    const width = unitWidth(input, index, end)
    if (isSpace(input, index, width)) {
      index += width
      continue
    }

    const start = index
    let kind: TokenKind = 'punct'
    let norm: string | undefined

    if (isWord(input, index, width)) {
      kind = 'word'
      index += width
      while (index < end) {
        const next = unitWidth(input, index, end)
        if (isWord(input, index, next)) {
          index += next
          continue
        }
        // An inner `.`, `-` or `&` joins two runs of letters or digits.
        const code = input.charCodeAt(index)
        if ((code === 46 || code === 45 || code === 38) && index + 1 < end && isWord(input, index + 1, unitWidth(input, index + 1, end))) {
          index++
          continue
        }
        break
      }
    } else {
      const code = input.charCodeAt(index)
      const next = index + 1 < end ? input.charCodeAt(index + 1) : -1
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
    }

    const value = input.slice(start, index)
    const lower = value.toLowerCase()
    if (norm === undefined) norm = kind === 'word' ? lower : doubleMarks.has(value) ? '"' : singleMarks.has(value) ? "'" : lower
    tokens.push({start, end: index, norm, kind, capital: kind === 'word' && value.charAt(0) !== lower.charAt(0), group: ''})
  }

  return tokens
}

/**
 * The width of the code point at an index: 2 for a surrogate pair, else 1.
 *
 * @param input The input.
 * @param index The index.
 * @param end Where the stretch ends.
 * @returns 1 or 2.
 */
function unitWidth(input: string, index: number, end: number): number {
  const code = input.charCodeAt(index)
  if (code >= 0xd800 && code <= 0xdbff && index + 1 < end) {
    const low = input.charCodeAt(index + 1)
    if (low >= 0xdc00 && low <= 0xdfff) return 2
  }
  return 1
}

/**
 * Whether the code point at an index is a letter or a digit.
 *
 * @param input The input.
 * @param index The index.
 * @param width Its width.
 * @returns `true` for a letter or digit.
 */
function isWord(input: string, index: number, width: number): boolean {
  const code = input.charCodeAt(index)
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
  return wordCharacter.test(input.slice(index, index + width))
}

/**
 * Whether the code point at an index is white space.
 *
 * @param input The input.
 * @param index The index.
 * @param width Its width.
 * @returns `true` for white space.
 */
function isSpace(input: string, index: number, width: number): boolean {
  const code = input.charCodeAt(index)
  if (code < 128) return code === 32 || (code >= 9 && code <= 13)
  return width === 1 && space.test(input.charAt(index))
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

/** Words whose class is their own form: they steer the reading of a cue. */
const ownClass = new Set(['that', 'to', 'who', 'which', 'in', 'on', 'of', 'for', 'about', 'as', 'by', 'with', 'not', 'and', 'but'])

/** Determiners and possessives. */
const determiners = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your'])

/** Personal pronouns in subject form. */
const pronouns = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you'])

/** Auxiliaries and modals. */
const auxiliaries = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had',
  'do', 'does', 'did', 'will', 'would', 'can', 'could', 'may', 'might', 'should', 'must'
])

/**
 * The coarse class of a token, for features that should generalise beyond
 * the word itself.
 *
 * @param token The token, or `undefined` past an edge of the paragraph.
 * @returns Its class.
 */
export function tokenClass(token: Omit<Token, 'group'> | undefined): string {
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
  if (ownClass.has(norm)) return norm
  if (determiners.has(norm)) return 'DET'
  if (pronouns.has(norm)) return 'PRON'
  if (auxiliaries.has(norm)) return 'AUX'
  if (/^\p{N}/u.test(norm)) return 'NUM'
  if (token.capital) return 'CAP'
  if (norm.endsWith('ly')) return 'LY'
  return 'W'
}
