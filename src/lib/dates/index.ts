import type {Document} from '../text/index.js'
import type {TimeExpression} from '../types.js'
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
import {readReference} from './reference.js'
import {anchorClockTimes} from './refiners/anchor-clock-times.js'
import {mergeTimeAndDay} from './refiners/merge-time-and-day.js'
import {removeOverlaps} from './refiners/remove-overlaps.js'
import {resolveAnaphora} from './refiners/resolve-anaphora.js'
import {restatePeriods} from './refiners/restate-periods.js'
import type {Candidate, ParseContext, Parser, RefineContext, Refiner} from './types.js'

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

/** The sticky form of each parser's pattern, tried near its triggers. */
const stickyPatterns = new Map<Parser, RegExp>()

/** Trigger words to the indices of the parsers they trigger; built on first use. */
let triggerTable: Map<string, number[]> | undefined

/** One pattern for every trigger word and number; built on first use. */
let triggerPattern: RegExp | undefined

/** Indices of the parsers triggered by any number. */
let digitParsers: number[] = []

/**
 * Where each parser's triggers occur in a segment: one pass of one pattern.
 *
 * @param text The segment's text.
 * @returns For each parser (by index), the offsets of its triggers, in order.
 */
function triggerOffsets(text: string): number[][] {
  if (!triggerTable || !triggerPattern) {
    const table = new Map<string, number[]>()
    parsers.forEach(function (parser, index) {
      for (const word of parser.triggers) {
        const list = table.get(word) ?? []
        if (!list.includes(index)) list.push(index)
        table.set(word, list)
      }
    })
    const words = [...table.keys()].sort((a, b) => b.length - a.length)
    triggerPattern = new RegExp('\\b(?:' + words.map((word) => word.replace(/[.']/g, '\\$&')).join('|') + ')(?![A-Za-z])|\\d+', 'gi')
    triggerTable = table
    digitParsers = parsers.flatMap((parser, index) => (parser.digits ? [index] : []))
  }
  const offsets: number[][] = parsers.map(() => [])
  triggerPattern.lastIndex = 0
  let token: RegExpExecArray | null
  while ((token = triggerPattern.exec(text))) {
    const word = token[0]
    const code = word.charCodeAt(0)
    const hits = code >= 48 && code <= 57 ? digitParsers : (triggerTable.get(word) ?? triggerTable.get(word.toLowerCase()))
    if (hits) for (const index of hits) offsets[index]!.push(token.index)
  }
  return offsets
}

/**
 * Whether a match may start at a position: at the start of a word or number,
 * or at an apostrophe (“'80s”).
 *
 * @param text The text.
 * @param position The position.
 * @returns True when a pattern is worth trying there.
 */
function mayStart(text: string, position: number): boolean {
  const code = text.charCodeAt(position)
  const word = (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
  if (!word) return code === 39 || code === 0x2019
  if (position === 0) return true
  const before = text.charCodeAt(position - 1)
  return !((before >= 48 && before <= 57) || (before >= 65 && before <= 90) || (before >= 97 && before <= 122) || before === 95)
}

/**
 * Run one parser over a segment: its full pattern is tried (sticky), left to
 * right as a global scan would, only where a match may start — from `reach`
 * characters before each trigger to a few characters past it (for the second
 * year of “1994-95”) — so that the work stays proportional to the triggers.
 *
 * @param parser The parser.
 * @param triggers Offsets of its triggers in the segment, in order.
 * @param text The segment's text.
 * @param context The segment's parse context.
 * @param found Where to add the candidates.
 */
function runParser(parser: Parser, triggers: readonly number[], text: string, context: ParseContext, found: Candidate[]): void {
  let sticky = stickyPatterns.get(parser)
  if (!sticky) {
    const pattern = parser.pattern()
    sticky = new RegExp(pattern.source, pattern.flags.replace('g', '') + 'y')
    stickyPatterns.set(parser, sticky)
  }
  let next = 0
  for (const trigger of triggers) {
    let position = Math.max(next, trigger - parser.reach)
    const last = Math.min(trigger + 3, text.length - 1)
    while (position <= last) {
      if (!mayStart(text, position)) {
        position++
        continue
      }
      sticky.lastIndex = position
      const match = sticky.exec(text)
      if (!match || match[0].length === 0) {
        position++
        continue
      }
      const result = parser.extract(match, context)
      if (Array.isArray(result)) found.push(...result)
      else if (result) found.push(result)
      position = match.index + match[0].length
    }
    next = position
  }
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
    const context = createContext(document.input, segment.span, segment.sentences, reference)
    const offsets = triggerOffsets(text)
    parsers.forEach(function (parser, index) {
      const triggers = offsets[index]!
      if (triggers.length > 0) runParser(parser, triggers, text, context, found)
    })
  }

  const refineContext: RefineContext = {
    input: document.input,
    reference,
    segments: document.segments.map((segment) => segment.span)
  }
  let candidates = found
    .map((candidate, order) => ({candidate, order}))
    .sort((a, b) => a.candidate.start - b.candidate.start || a.order - b.order)
    .map((item) => item.candidate)
  for (const refine of refiners) candidates = refine(candidates, refineContext)

  return candidates.map(function (candidate): TimeExpression {
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
