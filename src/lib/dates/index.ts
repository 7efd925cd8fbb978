import {tokensOf, type Document} from '../text/index.js'
import type {TimeExpression} from '../types.js'
import {isPossibleValue} from './calendar-math.js'
import {createContext} from './context.js'
import {agoParser} from './parsers/ago.js'
import {anaphoraParser} from './parsers/anaphora.js'
import {dayMonthParser} from './parsers/day-month.js'
import {decadeParser} from './parsers/decade.js'
import {deicticParser} from './parsers/deictic.js'
import {durationParser} from './parsers/duration.js'
import {holidayParser} from './parsers/holiday.js'
import {monthDayParser} from './parsers/month-day.js'
import {monthNameParser} from './parsers/month-name.js'
import {monthYearParser} from './parsers/month-year.js'
import {numericDateParser} from './parsers/numeric-date.js'
import {quarterParser} from './parsers/quarter.js'
import {relativeDayParser} from './parsers/relative-day.js'
import {seasonParser} from './parsers/season.js'
import {setParser} from './parsers/set.js'
import {thePeriodParser} from './parsers/the-period.js'
import {timeOfDayParser} from './parsers/time-of-day.js'
import {vagueParser} from './parsers/vague.js'
import {weekdayParser} from './parsers/weekday.js'
import {yearAgoParser} from './parsers/year-ago.js'
import {yearParser} from './parsers/year.js'
import {markOpenings, pairCount, pairIndex} from './prefilter.js'
import {readReference} from './reference.js'
import {anchorClockTimes} from './refiners/anchor-clock-times.js'
import {mergeTimeAndDay} from './refiners/merge-time-and-day.js'
import {removeOverlaps} from './refiners/remove-overlaps.js'
import {resolveAnaphora} from './refiners/resolve-anaphora.js'
import {restatePeriods} from './refiners/restate-periods.js'
import type {Candidate, ParseContext, Parser, RefineContext, Refiner} from './types.js'
import {append} from '../util/append.js'

/**
 * The parsers, in order of precedence: where two find the same stretch, the
 * earlier one wins (a longer find always wins).
 */
const parsers: readonly Parser[] = [
  numericDateParser,
  monthDayParser,
  dayMonthParser,
  monthYearParser,
  holidayParser,
  setParser,
  agoParser,
  quarterParser,
  yearAgoParser,
  deicticParser,
  anaphoraParser,
  thePeriodParser,
  relativeDayParser,
  weekdayParser,
  monthNameParser,
  seasonParser,
  timeOfDayParser,
  decadeParser,
  yearParser,
  vagueParser,
  durationParser
]

/** The refiners, applied in order to the candidates sorted by offset. */
const refiners: readonly Refiner[] = [removeOverlaps, mergeTimeAndDay, anchorClockTimes, restatePeriods, resolveAnaphora]

/** The sticky form of each parser's pattern (by index), tried near its triggers; built on first use. */
let stickyPatterns: RegExp[] | undefined

/**
 * For each pair of characters (see `pairIndex`), the parsers (a bit each, by
 * index) whose matches may open with it; built on first use.
 */
let openers: Int32Array | undefined

/**
 * Build the sticky patterns and the table of openers.
 *
 * @returns The sticky patterns.
 */
function compilePatterns(): RegExp[] {
  const table = new Int32Array(pairCount)
  const patterns = parsers.map(function (parser, index) {
    const pattern = parser.pattern()
    // A bit for each of the first 31 parsers; any later one shares the last
    // bit, set everywhere (it is tried at every start).
    if (index < 31) markOpenings(pattern, table, 1 << index)
    else table.forEach((mask, pair) => (table[pair] = mask | (1 << 31)))
    return new RegExp(pattern.source, pattern.flags.replace('g', '') + 'y')
  })
  openers = table
  return patterns
}

/**
 * The trigger words of all parsers as a trie over their characters (letters
 * folded to lower case): each node's children, one row of `width` entries per
 * node (0: none), and the indices of the parsers a word ending at a node
 * triggers. Built on first use.
 */
interface TriggerTrie {
  /** Column of each character code below 128 in a row (-1: in no trigger word). */
  columns: Int8Array
  /** Entries per row. */
  width: number
  /** Rows of child nodes. */
  children: Int32Array
  /** Parsers triggered by the word ending at each node. */
  hits: Array<number[] | undefined>
  /** Indices of the parsers triggered by any number. */
  digits: number[]
  /**
   * 1 for each hash (see `tripleHash`) of the first three characters of a
   * trigger word; undefined when a trigger word is shorter than three.
   */
  triples: Uint8Array | undefined
}

/** The trie of trigger words; built on first use. */
let trie: TriggerTrie | undefined

/**
 * Build the trie of trigger words.
 *
 * @returns The trie.
 */
function buildTrie(): TriggerTrie {
  const table = new Map<string, number[]>()
  parsers.forEach(function (parser, index) {
    for (const word of parser.triggers) {
      const list = table.get(word) ?? []
      if (!list.includes(index)) list.push(index)
      table.set(word, list)
    }
  })
  const columns = new Int8Array(128).fill(-1)
  let width = 0
  for (const word of table.keys()) {
    for (let index = 0; index < word.length; index++) {
      const code = fold(word.charCodeAt(index))
      if (columns[code] === -1) columns[code] = width++
    }
  }
  const rows: number[][] = [new Array<number>(width).fill(0)]
  const hits: Array<number[] | undefined> = [undefined]
  for (const [word, list] of table) {
    let node = 0
    for (let index = 0; index < word.length; index++) {
      const column = columns[fold(word.charCodeAt(index))]!
      let child = rows[node]![column]!
      if (child === 0) {
        child = rows.length
        rows.push(new Array<number>(width).fill(0))
        hits.push(undefined)
        rows[node]![column] = child
      }
      node = child
    }
    hits[node] = list
  }
  let triples: Uint8Array | undefined = new Uint8Array(0x10000)
  for (const word of table.keys()) {
    if (word.length < 3) triples = undefined
    else if (triples) triples[tripleHash(word.charCodeAt(0), word.charCodeAt(1), word.charCodeAt(2))] = 1
  }
  return {
    columns,
    width,
    children: Int32Array.from(rows.flat()),
    hits,
    digits: parsers.flatMap((parser, index) => (parser.digits ? [index] : [])),
    triples
  }
}

/**
 * A hash of three characters, letters folded to lower case.
 *
 * @param first The first character code.
 * @param second The second.
 * @param third The third.
 * @returns A number below 65,536.
 */
function tripleHash(first: number, second: number, third: number): number {
  return ((fold(first) * 131 + fold(second)) * 131 + fold(third)) & 0xffff
}

/**
 * A character code with ASCII capitals folded to lower case (as the `i` flag
 * of a pattern without `u` folds them).
 *
 * @param code The character code.
 * @returns The folded code.
 */
function fold(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code
}

/** Kinds of characters in `kinds`: ASCII letters, digits and `_` (what `\w` matches), apostrophes, the rest. */
const otherKind = 0
const digitKind = 1
const letterKind = 2
const underscoreKind = 3
const apostropheKind = 4

/** The kind of each UTF-16 code unit; built on first use. */
let kinds: Uint8Array | undefined

/**
 * Build the table of kinds of characters.
 *
 * @returns The table.
 */
function buildKinds(): Uint8Array {
  const table = new Uint8Array(0x10000)
  table.fill(digitKind, 48, 58)
  table.fill(letterKind, 65, 91)
  table.fill(letterKind, 97, 123)
  table[95] = underscoreKind
  table[39] = apostropheKind
  table[0x2019] = apostropheKind
  return table
}

/** Size of the buffers of starts kept between calls. */
const bufferSize = 4096

/** Buffers for the starts of a segment and their openers, reused from one segment to the next. */
let startBuffer: Int32Array = new Int32Array(0)
let openerBuffer: Int32Array = new Int32Array(0)

/**
 * A buffer twice as large (at least `bufferSize`), with the same contents.
 *
 * @param buffer The buffer.
 * @returns The larger one.
 */
function grow(buffer: Int32Array): Int32Array {
  const larger = new Int32Array(Math.max(bufferSize, buffer.length * 2))
  larger.set(buffer)
  return larger
}

/** What one scan of a segment finds for the parsers. */
interface SegmentScan {
  /**
   * Where a match may start: the start of each word or number, and each
   * apostrophe (“'80s”), that some parser's match may open with; in order
   * (the first `count`).
   */
  starts: Int32Array
  /** For each start, the parsers (a bit each) whose matches may open with its two characters. */
  openers: Int32Array
  /** How many starts there are. */
  count: number
  /** For each parser (by index), the offsets of its triggers, in order (none: undefined). */
  triggers: Array<number[] | undefined>
}

/**
 * Scan a segment once for every parser: where its triggers occur (a trigger
 * word, any case, starting a word and not followed by a letter; or a run of
 * digits) and where matches may start.
 *
 * @param text The segment's text.
 * @returns The starts and triggers.
 */
function scanSegment(text: string): SegmentScan {
  if (!stickyPatterns) stickyPatterns = compilePatterns()
  const table = trie ?? (trie = buildTrie())
  const {columns, width, children, hits, digits, triples} = table
  const opening = openers!
  const kind = kinds ?? (kinds = buildKinds())
  let starts = startBuffer
  let openable = openerBuffer
  let count = 0
  const triggers: Array<number[] | undefined> = []
  const length = text.length
  // Text before `consumed` belongs to a trigger word already found.
  let consumed = 0
  let previous = otherKind
  for (let position = 0; position < length; position++) {
    const current = kind[text.charCodeAt(position)]!
    // Work is done where the kind of character changes, and at apostrophes.
    if (current === previous && current !== apostropheKind) continue
    if (current === apostropheKind || ((current === letterKind || current === digitKind) && (previous === otherKind || previous === apostropheKind))) {
      // A start no parser's match may open with is never tried: it is left out.
      const mask = opening[pairIndex(text, position)]!
      if (mask !== 0) {
        if (count === starts.length) {
          starts = grow(starts)
          openable = grow(openable)
          startBuffer = starts
          openerBuffer = openable
        }
        starts[count] = position
        openable[count++] = mask
      }
      if (
        current === letterKind &&
        position >= consumed &&
        (!triples ||
          (position + 2 < length && triples[tripleHash(text.charCodeAt(position), text.charCodeAt(position + 1), text.charCodeAt(position + 2))] === 1))
      ) {
        // The longest trigger word from here that no letter follows.
        let node = 0
        let found = 0
        let cursor = position
        while (cursor < length) {
          const next = text.charCodeAt(cursor)
          const column = next < 128 ? columns[fold(next)]! : -1
          if (column === -1) break
          node = children[node * width + column]!
          if (node === 0) break
          cursor++
          if (hits[node] && !(cursor < length && kind[text.charCodeAt(cursor)] === letterKind)) {
            found = node
            consumed = cursor
          }
        }
        if (found !== 0) record(triggers, hits[found]!, position)
      }
    }
    if (current === digitKind && position >= consumed) record(triggers, digits, position)
    previous = current
  }
  return {starts, openers: openable, count, triggers}
}

/**
 * Note a trigger for some parsers.
 *
 * @param triggers The offsets of each parser's triggers.
 * @param indices The parsers it triggers.
 * @param position Its offset.
 */
function record(triggers: Array<number[] | undefined>, indices: readonly number[], position: number): void {
  for (const index of indices) {
    const list = triggers[index]
    if (list) list.push(position)
    else triggers[index] = [position]
  }
}

/**
 * The first index in a sorted list at or after `from` whose value is at
 * least `value`.
 *
 * @param list Numbers in ascending order (the first `length`).
 * @param length How many numbers the list holds.
 * @param value The value.
 * @param from Where to start looking.
 * @returns The index (`length` when every value is smaller).
 */
function lowerBound(list: Int32Array, length: number, value: number, from: number): number {
  let low = from
  let high = length
  while (low < high) {
    const middle = (low + high) >> 1
    if (list[middle]! < value) low = middle + 1
    else high = middle
  }
  return low
}

/**
 * Run one parser over a segment: its full pattern is tried (sticky), left to
 * right as a global scan would, only where a match may start — at the start
 * of a word from `reach` characters before each trigger to a few characters
 * past it (for the second year of “1994-95”), when the two characters there
 * may open a match — so that the work stays proportional to the triggers.
 *
 * @param parserIndex The parser's index.
 * @param triggers Offsets of its triggers in the segment, in order.
 * @param text The segment's text.
 * @param scan Where matches may start in the segment.
 * @param context The segment's parse context.
 * @param found Where to add the candidates.
 */
function runParser(
  parserIndex: number,
  triggers: readonly number[],
  text: string,
  scan: SegmentScan,
  context: ParseContext,
  found: Candidate[]
): void {
  const parser = parsers[parserIndex]!
  const {starts, count} = scan
  const sticky = stickyPatterns![parserIndex]!
  const bit = 1 << Math.min(parserIndex, 31)
  let position = 0
  let index = 0
  for (const trigger of triggers) {
    position = Math.max(position, trigger - parser.reach)
    const last = Math.min(trigger + 3, text.length - 1)
    index = lowerBound(starts, count, position, index)
    while (index < count && starts[index]! <= last) {
      const at = starts[index]!
      if ((scan.openers[index]! & bit) === 0) {
        index++
        continue
      }
      sticky.lastIndex = at
      const match = sticky.exec(text)
      if (!match || match[0].length === 0) {
        index++
        continue
      }
      const result = parser.extract(match, context)
      if (Array.isArray(result)) append(found, result)
      else if (result) found.push(result)
      position = at + match[0].length
      index = lowerBound(starts, count, position, index + 1)
    }
    position = Math.max(position, last + 1)
  }
}
/**
 * Order candidates by their start.
 *
 * @param a One candidate.
 * @param b Another.
 * @returns Negative when `a` starts first.
 */
function byStart(a: Candidate, b: Candidate): number {
  return a.start - b.start
}

/**
 * The dates stage: every date, time, duration and set in the headline,
 * dateline and body as a TimeML TIMEX3 expression, normalised against
 * `document.published` (never the machine clock). Parsers find candidates in
 * each segment, the candidates are sorted by offset, then folded through the
 * refiners.
 *
 * @param document The parsed dispatch.
 * @returns The time expressions, in text order.
 */
export function findDates(document: Document): TimeExpression[] {
  const reference = readReference(document.published)
  const found: Candidate[] = []

  for (const segment of document.segments) {
    const text = document.input.slice(segment.span.start, segment.span.end)
    const scan = scanSegment(text)
    let context: ParseContext | undefined
    for (let index = 0; index < parsers.length; index++) {
      const triggers = scan.triggers[index]
      if (!triggers) continue
      context ??= createContext(document.input, segment.span, segment.sentences, reference, tokensOf(document))
      runParser(index, triggers, text, scan, context, found)
    }
  }

  // A very long segment grew the buffers: let them go.
  if (startBuffer.length > bufferSize) {
    startBuffer = new Int32Array(bufferSize)
    openerBuffer = new Int32Array(bufferSize)
  }

  const refineContext: RefineContext = {
    input: document.input,
    reference,
    segments: document.segments.map((segment) => segment.span)
  }
  // The sort is stable: candidates at the same offset keep the parsers' order.
  let candidates = found.sort(byStart)
  for (const refine of refiners) candidates = refine(candidates, refineContext)

  // An impossible day ("February 29, 2021") is no date.
  return candidates.filter((candidate) => isPossibleValue(candidate.value)).map(function (candidate): TimeExpression {
    const expression: TimeExpression = {
      text: document.input.slice(candidate.start, candidate.end),
      span: {start: candidate.start, end: candidate.end},
      type: candidate.type,
      value: candidate.value
    }
    if (candidate.mod) expression.mod = candidate.mod
    return expression
  })
}
