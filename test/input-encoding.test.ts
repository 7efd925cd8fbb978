import {describe, expect, it} from 'vitest'
import {parseDispatch} from '../src/index.js'

/*
 * Text that is not what it claims: bytes in another encoding decoded as
 * UTF-8, UTF-16 decoded as UTF-8, and binary content are reported, each by
 * one diagnostic; real text in any script is not.
 */

// A made-up dispatch with the accented names a Windows-1252 file carries.
const dispatch = [
  'SÃO PAULO, Oct 4 (Reuters) - Brazil\'s central bank chief Inês Araújo said on Tuesday that inflation would ease "well before" the end of the year.',
  '',
  'The café chain Pão Doce, based in Curitiba, said its costs rose 12% in September.',
  ''
].join('\n')

/**
 * The bytes of a text in Windows-1252 (this text has no character outside Latin-1).
 *
 * @param text The text.
 * @returns Its bytes.
 */
function windows1252(text: string): Uint8Array {
  return Uint8Array.from(text, (character) => character.charCodeAt(0))
}

/**
 * The bytes of a text in UTF-16.
 *
 * @param text The text.
 * @param bigEndian Whether big-endian.
 * @returns Its bytes.
 */
function utf16(text: string, bigEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(text.length * 2)
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    bytes[index * 2 + (bigEndian ? 1 : 0)] = code & 0xff
    bytes[index * 2 + (bigEndian ? 0 : 1)] = code >> 8
  }
  return bytes
}

/**
 * Bytes from a seeded generator (xorshift32), the same on every run.
 *
 * @param length How many.
 * @param seed The seed.
 * @returns The bytes.
 */
function randomBytes(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length)
  let state = seed
  for (let index = 0; index < length; index++) {
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
    bytes[index] = state & 0xff
  }
  return bytes
}

function codes(text: string): string[] {
  return parseDispatch(text).diagnostics.map((diagnostic) => diagnostic.code)
}

const utf8 = new TextDecoder()

describe('encoding diagnostics', function () {
  it('say that Windows-1252 was read as UTF-8, pointing at the first replacement character', function () {
    const text = utf8.decode(windows1252(dispatch))
    const article = parseDispatch(text)
    const found = article.diagnostics.filter((diagnostic) => diagnostic.code === 'replacement-characters')
    expect(found).toHaveLength(1)
    expect(found[0]?.severity).toBe('warning')
    expect(found[0]?.message).toMatch(/^Unexpected 5 replacement characters \(U\+FFFD\)/)
    expect(text.slice(found[0]?.span?.start, found[0]?.span?.end)).toBe('\uFFFD')
    expect(found[0]?.span?.start).toBe(1)
    expect(codes(text)).not.toContain('binary-content')
  })

  it('say that UTF-16 was read as UTF-8, little- or big-endian, instead of listing control characters', function () {
    for (const bigEndian of [false, true]) {
      const text = utf8.decode(utf16(dispatch, bigEndian))
      const article = parseDispatch(text)
      const found = article.diagnostics.filter((diagnostic) => /utf16|binary|control|replacement/.test(diagnostic.code))
      expect(found.map((diagnostic) => diagnostic.code)).toEqual(['utf16-read-as-utf8'])
      expect(found[0]?.span?.start).toBe(bigEndian ? 0 : 1)
      expect(found[0]?.message).toMatch(/decode it as UTF-16$/)
    }
  })

  it('say that random bytes are binary content, once', function () {
    const text = utf8.decode(randomBytes(20_000, 2_463_534_242))
    const found = parseDispatch(text).diagnostics.filter((diagnostic) => /utf16|binary|control|replacement/.test(diagnostic.code))
    expect(found.map((diagnostic) => diagnostic.code)).toEqual(['binary-content'])
    expect(found[0]?.message).toMatch(/^Unexpected binary content: \d+% of the characters are control, unassigned or replacement characters/)
  })

  it('say nothing of text in other scripts, emoji, or a rare control character', function () {
    const text = [
      'MOSCOW, May 9 (Reuters) - "Мы помним," President Ivan Petrov said, as crowds in 北京 and Kyiv marked the day 🎖️.',
      '',
      'Officials said the parade\u0007 would go ahead on Friday.',
      ''
    ].join('\n')
    expect(codes(text)).toEqual(['control-characters'])
    expect(codes(text.replace('\u0007', ''))).toEqual([])
  })

  it('keep a short string with one bad character a replacement, not binary', function () {
    expect(codes('Caf\uFFFD owner said on Monday.')).toContain('replacement-characters')
    expect(codes('Caf\uFFFD owner said on Monday.')).not.toContain('binary-content')
  })
})
