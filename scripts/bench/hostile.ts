/**
 * Hostile inputs for the benchmark: each must finish in time linear in its size.
 */

/** One hostile input's timing. */
export interface HostileRow {
  name: string
  characters: number
  ms: number
  nsPerChar: number
}

/**
 * Time a parser on each hostile input.
 *
 * @param parse The parser.
 * @returns One row per input.
 */
export function hostileInputs(parse: (text: string) => unknown): HostileRow[] {
  const inputs: Array<[string, string]> = [
    ['1 MB with no space', 'x'.repeat(1_000_000)],
    ['10 MB of one word', 'w'.repeat(10_000_000)],
    ['100,000 quote marks', '"'.repeat(100_000)],
    ['100,000 curly quote marks, spaced', '“ ” '.repeat(50_000)],
    ['100,000 "By" lines', 'By John Smith\n'.repeat(100_000)],
    ['10,000 nested parentheses', '('.repeat(10_000) + 'x' + ')'.repeat(10_000)],
    ['1 MB of newlines', '\n'.repeat(1_000_000)],
    ['lone surrogates', '\uD800a\uDC00 '.repeat(100_000)],
    ['RTL and zero-width marks', 'abc\u202E\u200B\u200Fdef '.repeat(50_000)],
    ['1 MB one paragraph of short sentences', 'He said. '.repeat(111_112)],
    ['1 MB of capitals', 'ABCD EFG '.repeat(111_112)],
    ['100,000 digits', '1'.repeat(100_000)],
    ['1 MB of dates', 'March 3, 2020 '.repeat(71_429)]
  ]
  return inputs.map(function ([name, text]) {
    const start = performance.now()
    parse(text)
    const ms = performance.now() - start
    return {name, characters: text.length, ms: Math.round(ms), nsPerChar: Math.round((ms * 1e6) / text.length)}
  })
}
