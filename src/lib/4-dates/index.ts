import {tokensOf, type Document} from '../2-text/index.js'
import type {TimeExpression} from '../types.js'
import {isPossibleValue} from './calendar-math.js'
import {createContext} from './context.js'
import {parsers} from './parsers/index.js'
import {readReference} from './reference.js'
import {refiners} from './refiners/index.js'
import {runParser} from './scan/run-parser.js'
import {releaseBuffers, scanSegment} from './scan/scan-segment.js'
import {createScanner, type Scanner} from './scan/scanner.js'
import type {Candidate, ParseContext, RefineContext} from './types.js'

/** The scanner of the parsers; built on first use. */
let scanner: Scanner | undefined

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
  const parserScanner = (scanner ??= createScanner(parsers))

  for (const segment of document.segments) {
    const text = document.input.slice(segment.span.start, segment.span.end)
    const scan = scanSegment(parserScanner, text)
    let context: ParseContext | undefined
    for (let index = 0; index < parsers.length; index++) {
      const triggers = scan.triggers[index]
      if (!triggers) continue
      context ??= createContext(document.input, segment.span, segment.sentences, reference, tokensOf(document))
      runParser(parserScanner, index, triggers, text, scan, context, found)
    }
  }

  releaseBuffers()

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
