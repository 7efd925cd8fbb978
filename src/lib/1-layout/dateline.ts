import type {Span} from '../types.js'
import {agencyName} from './agencies.js'
import {readDate, type DateParts} from './date-time.js'
import {isBlank, type Line} from './lines.js'
import {isShouting} from './headline.js'
import {normaliseName} from './names.js'
import {monthNumbers} from '../lexicon/calendar.js'

/**
 * Datelines: the place, date and agency that open a wire story.
 * Reuters `HOUSTON, Jan 27 (Reuters) -`, `BRUSSELS 1996-08-22`; AP
 * `WASHINGTON (AP) —`, `RICHMOND, Va. (AP) _`; AFP `Tallinn, March 22, 2018
 * (AFP) -`; Xinhua `BEIJING, March 31 (Xinhua) --`; UPI `June 3 (UPI) --`;
 * Bloomberg `(Bloomberg) --`; TASS `MOSCOW, October 4. /TASS/.`; Anadolu
 * `ISTANBUL (AA) –`; Trend `Baku, Azerbaijan, July 26`; NYT `HOUSTON —`.
 */

/** A dateline found at the start of a line. */
export interface DatelineMatch {
  /** The dateline without its separator. */
  span: Span
  place?: string
  date?: DateParts
  source?: string
  /** Where the story text starts: past the separator, or the end of the line. */
  bodyStart: number
}

const upperPlace = /\p{Lu}[\p{Lu}'’.-]*\p{Lu}\.?(?:[ \t\u00A0]+\p{Lu}[\p{Lu}'’.-]*\.?){0,4}/uy
const titlePlace = /\p{Lu}\p{Ll}[\p{Ll}'’]*(?:[- ]\p{Lu}\p{Ll}[\p{Ll}'’]*){0,2}/uy
const region =
  /,[ \t\u00A0]*(\p{Lu}\p{L}{0,4}\.(?:[ \t\u00A0]?\p{Lu}\.)*|\p{Lu}[\p{L}'’-]+(?:[ \t\u00A0]+(?:of|and|the|\p{Lu}[\p{L}'’-]+)){0,3})(?![\p{L}\d])/uy
const dateGap = /,?[ \t\u00A0]*/y
const period = /\.?/y
const bracketAgency = /[ \t\u00A0]*\(([^()\n]{1,40})\)/y
const slashAgency = /[ \t\u00A0]*\/([\p{L}-]{2,12})\/(?=\.?[ \t\u00A0])/uy
const slashSeparator = /\.?[ \t\u00A0]+/y
const separator = /[ \t\u00A0]*(?:--|—|–|―|-|_|:)(?=\s|$)[ \t\u00A0]*/y

/**
 * Read a dateline at the start of a line.
 *
 * @param input The caller's text.
 * @param line The line.
 * @param next The next line, for a place whose date stands on a line of its own.
 * @returns The dateline, or `undefined` when the line does not open with one.
 */
export function readDateline(input: string, line: Line, next?: Line): DatelineMatch | undefined {
  const text = line.text
  const lead = text.length - text.trimStart().length
  return (
    readAgencyFirst(input, line, lead) ??
    readDateFirst(input, line, lead) ??
    readPlaceFirst(input, line, lead) ??
    readPlaceOverDate(input, line, lead, next)
  )
}

/**
 * Read a line that holds only a place in capitals (`BANGKOK`), as 1990s
 * Reuters copy puts under the headline when the date is left out.
 *
 * @param input The caller's text.
 * @param line The line.
 * @returns The dateline, or `undefined`.
 */
export function readPlaceLine(input: string, line: Line): DatelineMatch | undefined {
  const lead = line.text.length - line.text.trimStart().length
  const place = readPlace(line.text, lead)
  if (!place || !place.upper || place.end - lead > 40 || !isBlank(line.text.slice(place.end))) return undefined
  return {span: {start: line.start + lead, end: line.start + place.end}, place: place.parts.join(', '), bodyStart: line.end}
}

/** `FARMINGTON HILLS, Mich.` on one line and `1996-08-30` on the next. */
function readPlaceOverDate(input: string, line: Line, lead: number, next: Line | undefined): DatelineMatch | undefined {
  if (!next) return undefined
  const place = readPlace(line.text, lead)
  if (!place || !place.upper || !isBlank(line.text.slice(place.end))) return undefined
  const nextLead = next.text.length - next.text.trimStart().length
  const date = readDate(next.text, nextLead)
  if (!date || date.value.year === undefined || !isBlank(next.text.slice(date.end))) return undefined
  return {
    span: {start: line.start + lead, end: next.start + date.end},
    place: place.parts.join(', '),
    date: date.value,
    bodyStart: next.end
  }
}

/**
 * Read a place and its state or country parts: `KANSAS CITY, Mo.`, `Baku, Azerbaijan`.
 *
 * @param text The line.
 * @param lead Where the place must start.
 * @returns The parts in title case, whether the place was in capitals, and the offset past it.
 */
function readPlace(text: string, lead: number): {parts: string[]; upper: boolean; end: number} | undefined {
  const upper = exec(upperPlace, text, lead)
  const place = upper ?? exec(titlePlace, text, lead)
  if (!place || place[0].length < 3) return undefined
  const parts = [placeName(place[0])]
  let index = lead + place[0].length
  for (let count = 0; count < 2; count++) {
    const next = exec(region, text, index)
    if (!next || monthNumbers.has((next[1] ?? '').replace(/\.$/, '').toLowerCase())) break
    parts.push(placeName(next[1] ?? ''))
    index += next[0].length
  }
  return {parts, upper: upper !== null, end: index}
}

/** `(Bloomberg) --` */
function readAgencyFirst(input: string, line: Line, lead: number): DatelineMatch | undefined {
  const agency = readAgency(line.text, lead)
  if (!agency || agency.slash) return undefined
  return finish(input, line, {start: lead, end: agency.end}, {source: agency.source}, 'separator')
}

/** `June 3 (UPI) --` */
function readDateFirst(input: string, line: Line, lead: number): DatelineMatch | undefined {
  const date = readDate(line.text, lead)
  if (!date) return undefined
  const agency = readAgency(line.text, date.end)
  if (!agency) return undefined
  return finish(input, line, {start: lead, end: agency.end}, {date: date.value, source: agency.source}, 'line')
}

/** `HOUSTON, Jan 27 (Reuters) -`, `Baku, Azerbaijan, July 26`, … */
function readPlaceFirst(input: string, line: Line, lead: number): DatelineMatch | undefined {
  const text = line.text
  const place = readPlace(text, lead)
  if (!place) return undefined
  let index = place.end
  const date = readDate(text, index + (exec(dateGap, text, index)?.[0].length ?? 0))
  if (date) index = date.end
  const agency = readAgency(text, index + (exec(period, text, index)?.[0].length ?? 0))
  if (!place.upper && !agency && !(date && place.parts.length > 1)) return undefined
  const found = {place: place.parts.join(', '), date: date?.value, source: agency?.source}
  const ending: Ending = agency?.slash ? 'any' : agency || date ? 'line' : 'separator'
  return finish(input, line, {start: lead, end: agency ? agency.end : index}, found, ending)
}

/** How a dateline may end when no separator follows it. */
type Ending = 'separator' | 'line' | 'any'

/**
 * Check what follows a dateline and build the match.
 *
 * @param input The caller's text.
 * @param line The line.
 * @param span The dateline within the line.
 * @param found What it says.
 * @param ending `'separator'`: a dash or colon must follow; `'line'`: the end
 *   of the line will also do; `'any'`: the dateline ends itself (`/TASS/.`).
 * @returns The match, or `undefined` when the dateline is not closed as it must be.
 */
function finish(
  input: string,
  line: Line,
  span: Span,
  found: {place?: string; date?: DateParts; source?: string},
  ending: Ending
): DatelineMatch | undefined {
  const text = line.text
  const sep = exec(ending === 'any' ? slashSeparator : separator, text, span.end)
  const rest = span.end + (sep ? sep[0].length : 0)
  const restText = text.slice(rest)
  const endsLine = isBlank(restText)
  if (!sep && ending === 'separator') return undefined
  if (!sep && ending === 'line' && !endsLine) return undefined
  if (!endsLine && isShouting(restText)) return undefined
  const match: DatelineMatch = {
    span: {start: line.start + span.start, end: line.start + span.end},
    bodyStart: endsLine ? line.end : line.start + rest + leadingSpace(restText)
  }
  if (found.place) match.place = found.place
  if (found.date) match.date = found.date
  if (found.source) match.source = found.source
  return match
}

/** An agency in brackets or slashes: `(Reuters)`, `/TASS/.` */
function readAgency(text: string, index: number): {source: string; end: number; slash: boolean} | undefined {
  const bracket = exec(bracketAgency, text, index)
  if (bracket) {
    const name = (bracket[1] ?? '').trim()
    const source = agencyName(name) ?? (/^\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,2}$/u.test(name) ? name : undefined)
    return source ? {source, end: index + bracket[0].length, slash: false} : undefined
  }
  const slash = exec(slashAgency, text, index)
  if (slash) {
    const name = slash[1] ?? ''
    return {source: agencyName(name) ?? name, end: index + slash[0].length, slash: true}
  }
  return undefined
}

/** Title case for a place written in capitals: `KANSAS CITY` → `Kansas City`. */
function placeName(text: string): string {
  return /\p{Ll}/u.test(text) ? text : normaliseName(text)
}

function leadingSpace(text: string): number {
  return text.length - text.trimStart().length
}

function exec(pattern: RegExp, text: string, index: number): RegExpExecArray | null {
  pattern.lastIndex = index
  return pattern.exec(text)
}
