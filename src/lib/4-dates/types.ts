/**
 * The shapes that flow through the dates stage: what a parser finds, the
 * context it reads, and the refiners that fold the findings into results.
 */

import type {TimexMod, TimexType} from '../types.js'

export type {TimexType} from '../types.js'

/** Which way the words around an expression point from the reference date; `neutral` when they do not say. */
export type Direction = 'past' | 'future' | 'neutral'

/** How fine a value is: what a refiner may combine or re-express. */
export type Grain = 'time' | 'part' | 'day' | 'week' | 'month' | 'season' | 'quarter' | 'half' | 'year' | 'decade' | 'century' | 'vague'

/** The date relative expressions resolve against; a missing part is unknown. */
export interface Reference {
  /** Full year. */
  year?: number
  /** Month, 1–12. */
  month?: number
  /** Day of the month, 1–31. */
  day?: number
}

/** One time expression found by a parser, before the refiners run. */
export interface Candidate {
  /** Offset of the first character in the input. */
  start: number
  /** Offset just past the last character in the input. */
  end: number
  /** TIMEX3 type. */
  type: TimexType
  /** TIMEX3 value. */
  value: string
  /** TIMEX3 modifier. */
  mod?: TimexMod
  /** The parser that found it (for debugging and refiner rules). */
  parser: string
  /** How fine the value is. */
  grain?: Grain
  /** A clock time or part of day waiting for its day: `T10:35`, `TMO`, `T24`. */
  clock?: string
  /**
   * How a refiner may restate the value from the period the text was just
   * discussing: `year-before` (“a year ago”, “year-ago”: the same quarter a
   * year before), `year-earlier` (“a year earlier”: the same quarter, or the
   * same day just named, a year before), `period-of-year` (“the 1988
   * period”: that year's quarter),
   * `current-period` (“the quarter”, “the latest period”: the quarter named last).
   */
  restate?: 'year-before' | 'year-earlier' | 'period-of-year' | 'current-period'
  /** True for a quarter named with “fiscal”: a company's own calendar, which “the quarter” then follows. */
  fiscal?: boolean
  /** True when the expression names its own day, month or year rather than counting from the reference. */
  explicit?: boolean
}

/** What a parser reads besides its match. */
export interface ParseContext {
  /** The caller's input. */
  input: string
  /** Where the text the parser ran over starts in the input. */
  offset: number
  /** The reference date. */
  reference: Reference
  /**
   * Which way the words around an expression point: `future` after cues
   * such as “will”, “planned to”; `past` after “said” and verbs in -ed;
   * `neutral` when no word says (each resolver then applies its own bias).
   *
   * @param start Offset of the expression in the input.
   * @param end End of the expression in the input.
   */
  direction(start: number, end: number): Direction
}

/**
 * A parser: a pattern, and what to make of each of its matches (chrono-node's
 * shape). To keep scanning cheap, each parser also names its triggers — words
 * (or any number) one of which every match contains — and how far before a
 * trigger a match may start: the pattern is tried only there.
 */
export interface Parser {
  /** Name, for debugging. */
  name: string
  /** The full pattern (flags `gi`; run sticky near each trigger); built once, on first use. */
  pattern(): RegExp
  /** Words, lower case (a final “'s” dropped), one of which every match contains. */
  triggers: readonly string[]
  /** True when any number in the text is a trigger too. */
  digits?: boolean
  /** How many characters before the start of a trigger a match may start. */
  reach: number
  /**
   * Turn one match into candidates (none when the match is no time expression).
   *
   * @param match The match, relative to the parsed text (`context.offset` gives its place in the input).
   * @param context Input, offset, reference and tense.
   */
  extract(match: RegExpExecArray, context: ParseContext): Candidate | Candidate[] | undefined
}

/** What refiners read besides the candidates. */
export interface RefineContext {
  /** The caller's input. */
  input: string
  /** The reference date. */
  reference: Reference
  /** Segment spans (headline, dateline, paragraphs), in order. */
  segments: Array<{start: number; end: number}>
}

/** A refiner: a pure step from sorted candidates to sorted candidates. */
export type Refiner = (candidates: Candidate[], context: RefineContext) => Candidate[]
