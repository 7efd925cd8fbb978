import type {Diagnostic} from '../types.js'

/**
 * Diagnostics for text that is not what it claims to be: bytes of another
 * encoding decoded as UTF-8 (replacement characters), UTF-16 decoded as UTF-8
 * (a NUL between every two letters), and binary content (a large share of
 * characters no text has). One pass over the text; linear.
 */

/** Shortest text judged binary: a few stray characters in a short string are no file. */
const binaryMinimumLength = 64

/** Share of unreadable characters from which a text is binary content. */
const binaryShare = 0.1

/** Share of NUL characters, nearly all at odd or all at even offsets, from which a text is UTF-16 read as UTF-8. */
const utf16Share = 0.25

/** What one pass over the text counts. */
interface Counts {
  /** U+FFFD, and the offset of the first. */
  replacement: number
  firstReplacement: number
  /** NULs at even and at odd offsets, and the offset of the first. */
  nulEven: number
  nulOdd: number
  firstNul: number
  /** Control characters other than white space, lone surrogates, noncharacters and unassigned code points. */
  unreadable: number
}

/**
 * Diagnostics about the encoding of the text: `utf16-read-as-utf8`,
 * `binary-content`, or `replacement-characters`, at most one of them.
 *
 * @param text The caller's text.
 * @returns The diagnostic, if any, and whether control characters are
 *   already explained by it (so that `control-characters` is not reported too).
 */
export function encodingDiagnostics(text: string): {diagnostics: Diagnostic[]; explainsControls: boolean} {
  const counts = count(text)
  const nul = counts.nulEven + counts.nulOdd
  if (text.length >= 8 && nul >= text.length * utf16Share && Math.max(counts.nulEven, counts.nulOdd) >= nul * 0.9) {
    const diagnostic: Diagnostic = {
      code: 'utf16-read-as-utf8',
      message: 'Unexpected NUL character between letters (' + nul + ' of ' + text.length + ' characters): the input looks like UTF-16 decoded as UTF-8; decode it as UTF-16',
      severity: 'warning',
      span: {start: counts.firstNul, end: counts.firstNul + 1}
    }
    return {diagnostics: [diagnostic], explainsControls: true}
  }
  const unreadable = counts.unreadable + counts.replacement
  if (text.length >= binaryMinimumLength && unreadable >= text.length * binaryShare) {
    const diagnostic: Diagnostic = {
      code: 'binary-content',
      message: 'Unexpected binary content: ' + percent(unreadable, text.length) + ' of the characters are control, unassigned or replacement characters; the input is probably not text',
      severity: 'warning'
    }
    return {diagnostics: [diagnostic], explainsControls: true}
  }
  if (counts.replacement > 0) {
    const diagnostic: Diagnostic = {
      code: 'replacement-characters',
      message: 'Unexpected ' + counts.replacement + ' replacement character' + (counts.replacement === 1 ? '' : 's') + ' (U+FFFD): the input was probably decoded with the wrong encoding, such as Windows-1252 read as UTF-8',
      severity: 'warning',
      span: {start: counts.firstReplacement, end: counts.firstReplacement + 1}
    }
    return {diagnostics: [diagnostic], explainsControls: false}
  }
  return {diagnostics: [], explainsControls: false}
}

/**
 * Count the characters that tell a wrong encoding.
 *
 * @param text The text.
 * @returns The counts.
 */
function count(text: string): Counts {
  const counts: Counts = {replacement: 0, firstReplacement: -1, nulEven: 0, nulOdd: 0, firstNul: -1, unreadable: 0}
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 0) {
      if (counts.firstNul < 0) counts.firstNul = index
      if (index % 2 === 0) counts.nulEven++
      else counts.nulOdd++
      counts.unreadable++
    } else if (code === 0xff_fd) {
      if (counts.firstReplacement < 0) counts.firstReplacement = index
      counts.replacement++
    } else if (code < 0x20 ? !(code >= 0x09 && code <= 0x0d) : code >= 0x7f && code <= 0x9f) {
      counts.unreadable++
    } else if (code >= 0xd8_00 && code <= 0xdf_ff) {
      const pair = code <= 0xdb_ff && index + 1 < text.length && isLowSurrogate(text.charCodeAt(index + 1))
      if (pair) index++
      else counts.unreadable++
    }
  }
  unassigned.lastIndex = 0
  while (unassigned.exec(text)) counts.unreadable++
  return counts
}

/** Unassigned code points and noncharacters. */
const unassigned = /\p{Cn}/gu

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc_00 && code <= 0xdf_ff
}

function percent(part: number, whole: number): string {
  return Math.round((part / whole) * 100) + '%'
}
