/**
 * Hostile inputs: shapes of text that a new user's data, a fuzzer or an
 * attacker can send, each made at any size. Every one must give an Article,
 * with every span true, in time linear in its size. `npm run bench` times
 * each at 50 kB and 1.6 MB (the growth of time per character) and at
 * 2,000,000 characters; `test/hostile-input.test.ts` parses the fast ones at
 * 2,000,000 characters and at the default `maxLength`.
 */

/** One hostile shape. */
export interface HostileShape {
  name: string
  /**
   * The text of that shape, exactly `characters` long. Shapes of distinct
   * words take a variant (0–5) that starts their words with another letter,
   * so that timed runs do not meet words an earlier run left in the tagger's
   * kept scores.
   */
  make: (characters: number, variant?: number) => string
  /**
   * More than about 1 µs a character: timed by the bench at 2,000,000
   * characters, left out of `npm test` at that size.
   */
  slow?: boolean
}

/**
 * Repeat a unit to a length, cutting the last copy.
 *
 * @param unit The unit.
 * @returns A maker of text of that unit.
 */
function repeated(unit: string): (characters: number) => string {
  return (characters) => unit.repeat(Math.ceil(characters / unit.length)).slice(0, characters)
}

/**
 * Join numbered items with spaces up to a length: every word a new one.
 *
 * @param item The item for a number.
 * @returns A maker of text of such items.
 */
function numbered(item: (index: number, letter: string) => string): (characters: number, variant?: number) => string {
  return function (characters, variant = 0) {
    const letter = 'XQVKZJ'.charAt(variant % 6)
    const parts: string[] = []
    let length = 0
    for (let index = 0; length < characters; index++) {
      const part = item(index, letter) + ' '
      parts.push(part)
      length += part.length
    }
    return parts.join('').slice(0, characters)
  }
}

/** Words for ordinary prose: a subject, a verb phrase, an object, a time. */
const proseParts = [
  ['The ministry', 'Officials in Geneva', 'The company', 'Union leader Rui Costa', 'Police in Lagos', 'The central bank', 'Farmers near Kharkiv', 'Maria Lopez, a spokeswoman,'],
  ['said it would review', 'announced plans to cut', 'rejected calls to delay', 'warned of delays to', 'agreed to extend', 'postponed a vote on'],
  ['the new tax rules', 'its budget for next year', 'talks with the opposition', 'the contract with Siemens AG', 'the grain shipments', 'a loan of $2.5 billion'],
  ['on Tuesday', 'last week', 'after a meeting in Brussels', 'by the end of March', 'earlier this month', 'in 2021']
]

/**
 * Ordinary prose, varied, as one paragraph: sentences of news made from
 * parts in a fixed pseudo-random order.
 *
 * @param characters The length.
 * @returns The paragraph.
 */
export function prose(characters: number): string {
  const sentences: string[] = []
  let length = 0
  let seed = 7
  while (length < characters) {
    const words = proseParts.map(function (choices) {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
      return choices[seed % choices.length]!
    })
    const sentence = words.join(' ') + '. '
    sentences.push(sentence)
    length += sentence.length
  }
  return sentences.join('').slice(0, characters)
}

/** The hostile set. */
export const hostileShapes: HostileShape[] = [
  {name: 'no space', make: repeated('x')},
  {name: 'one word of digits', make: repeated('1')},
  {name: 'newlines', make: repeated('\n')},
  {name: 'straight quote marks', make: repeated('"'), slow: true},
  {name: 'curly quote marks, spaced', make: repeated('“ ” '), slow: true},
  {name: 'mixed quote marks', make: repeated('"“”\''), slow: true},
  {name: '"By" lines', make: repeated('By John Smith\n'), slow: true},
  {name: 'nested parentheses', make: (characters) => '('.repeat(Math.floor(characters / 2)) + 'x' + ')'.repeat(Math.ceil(characters / 2) - 1)},
  {name: 'lone surrogates', make: repeated('\uD800a\uDC00 '), slow: true},
  {name: 'right-to-left and zero-width marks', make: repeated('abc\u202E\u200B\u200Fdef '), slow: true},
  {name: 'one paragraph of short sentences', make: repeated('He said. '), slow: true},
  {name: 'capitals', make: repeated('ABCD EFG '), slow: true},
  {name: 'dates', make: repeated('March 3, 2020 '), slow: true},
  {name: 'dates, years and decades', make: repeated('On March 31, 2020, 1994 and the 1990s '), slow: true},
  {name: 'dotted letters', make: repeated('a.')},
  {name: 'abbreviations with no space', make: repeated('Mr.')},
  {name: 'initialisms with no space', make: repeated('U.S.A')},
  {name: 'marks with no space', make: repeated('!?'), slow: true},
  {name: 'distinct words', make: numbered((index, letter) => letter + index), slow: true},
  {name: 'distinct two-word names', make: numbered((index, letter) => letter + 'nna' + index + ' Berg' + index), slow: true},
  {name: 'unclosed quotes after cues', make: repeated('He said: “'), slow: true},
  {name: 'one long sentence of small words', make: repeated('and so the man of a town in it was to go '), slow: true},
  {name: 'quotes and speech verbs', make: repeated('“We will not give in,” said Ana Ruiz. “It is over,” she added. '), slow: true},
  {name: 'ordinary prose, one paragraph', make: prose, slow: true},
  {name: 'digits with separators', make: repeated('1,000,000.5-')},
  {name: 'numbers, units and money', make: repeated('More than 20,000 people, around one million, $3.5bn, 2.5% to 1,478 points, from 252 to 287 miles. '), slow: true},
  {name: 'numbers with no space', make: repeated('$1-2%3bn-')}
]

/** One hostile shape's timings. */
export interface HostileRow {
  name: string
  /** CPU time per character at 50 kB, in nanoseconds. */
  nsPerChar50kB: number
  /** CPU time per character at 1.6 MB. */
  nsPerChar1600kB: number
  /** The second over the first. */
  growth: number
  /** CPU time at 2,000,000 characters, in milliseconds. */
  ms2M: number
  /** Whether every span of the Article at 2,000,000 characters is true. */
  spansTrue: boolean
}

/**
 * Time a parser on every hostile shape: CPU time per character at 50 kB
 * (the least of three runs) and 1.6 MB, and CPU time at 2,000,000 characters.
 *
 * @param parse The parser.
 * @param only Names of the shapes to time, or all when empty.
 * @returns One row per shape.
 */
export function hostileInputs(parse: (text: string) => unknown, only: string[] = []): HostileRow[] {
  return hostileShapes
    .filter((shape) => only.length === 0 || only.some((name) => shape.name.includes(name)))
    .map(function (shape) {
      const small = Math.min(cpu(parse, shape.make(50_000, 1)), cpu(parse, shape.make(50_000, 2)), cpu(parse, shape.make(50_000, 3))) / 50_000
      const large = cpu(parse, shape.make(1_600_000, 4)) / 1_600_000
      const text = shape.make(2_000_000, 5)
      let article: unknown
      const whole = cpu((value) => (article = parse(value)), text)
      return {
        name: shape.name,
        nsPerChar50kB: Math.round(small * 1000),
        nsPerChar1600kB: Math.round(large * 1000),
        growth: Math.round((large / small) * 100) / 100,
        ms2M: Math.round(whole / 1000),
        spansTrue: spansTrue(text, article)
      }
    })
}

/**
 * The CPU time of one parse.
 *
 * @returns Microseconds.
 */
function cpu(parse: (text: string) => unknown, text: string): number {
  const start = process.cpuUsage()
  parse(text)
  const used = process.cpuUsage(start)
  return used.user + used.system
}

/**
 * Whether every span of an Article is true: each `{start, end}` in it is a
 * pair of integers within the text, and each item with a `text` and a
 * `span` slices back to that text.
 *
 * @param text The parsed text.
 * @param article What the parser returned.
 * @returns Whether they all are.
 */
export function spansTrue(text: string, article: unknown): boolean {
  const stack: unknown[] = [article]
  while (stack.length > 0) {
    const item = stack.pop()
    if (item === null || typeof item !== 'object') continue
    const record = item as Record<string, unknown>
    if (typeof record['start'] === 'number' && typeof record['end'] === 'number') {
      const {start, end} = record as {start: number; end: number}
      if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start > end || end > text.length) return false
    }
    const span = record['span'] as {start: number; end: number} | undefined
    if (span && typeof record['text'] === 'string' && text.slice(span.start, span.end) !== record['text']) return false
    for (const value of Object.values(record)) if (value !== null && typeof value === 'object') stack.push(value)
  }
  return true
}
