import {addDays, addMonths, formatMonth, formatYear, formatYmd} from '../calendar-math.js'
import {reportedQuarter} from '../resolve.js'
import type {Candidate, Refiner} from '../types.js'

/** How far back (in characters) the period under discussion is looked for. */
const reach = 1200

/**
 * Restate comparisons against the period the text was just discussing, as
 * results news writes them: after “third-quarter profit”, “a year earlier”
 * and “the year-ago period” mean the third quarter of the year before, “the
 * quarter” and “the latest period” mean the quarter named last, and “the 1988
 * period” means that year's quarter. “A year earlier” after a day (“the six
 * months ended Aug. 12”) is that day a year before. After a span of months
 * (“For the nine months, net rose … a year earlier”) the comparison is with
 * the year before, not a quarter: the annotators wrote the year in 9 of 11
 * such cases of the TempEval-3 training split.
 *
 * @param candidates Candidates sorted by offset.
 * @returns Candidates with such comparisons restated.
 */
export const restatePeriods: Refiner = function (candidates, context) {
  const latest = reportedQuarter(context.reference)
  const result: Candidate[] = []
  for (const candidate of candidates) {
    result.push(candidate.restate ? restate(candidate, result, latest, context.input) : candidate)
  }
  return result
}

/**
 * Restate one comparison against what came before it.
 *
 * @param candidate The comparison.
 * @param before The candidates before it, already refined.
 * @param latest The latest quarter with results (`YYYY-Qn`); later ones are forecasts, not compared with.
 * @param input The caller's input.
 * @returns The candidate, restated when a period is under discussion.
 */
function restate(candidate: Candidate, before: readonly Candidate[], latest: string, input: string): Candidate {
  const kind = candidate.restate
  for (let back = before.length - 1; back >= 0; back--) {
    const other = before[back]!
    if (kind !== 'current-period' && candidate.start - other.end > reach) break
    const quarter = /^(\d{4})-(Q\d)$/.exec(other.value)
    if (kind === 'current-period') {
      if (other.grain === 'quarter' && quarter && other.fiscal) return {...candidate, value: other.value, fiscal: true}
      continue
    }
    if (other.grain === 'quarter' && quarter) {
      if (!other.restate && !other.fiscal && /^\d{4}-Q\d$/.test(latest) && other.value > latest) continue
      if (kind === 'period-of-year') return {...candidate, value: candidate.value.slice(0, 4) + '-' + quarter[2], grain: 'quarter'}
      if (other.restate === 'year-before' || other.restate === 'year-earlier') return {...candidate, value: other.value, grain: 'quarter'}
      return {...candidate, value: formatYear(Number(quarter[1]) - 1) + '-' + quarter[2], grain: 'quarter'}
    }
    if (other.type === 'duration' && /^P(?:[2-9]|1[01])M$/.test(other.value) && other.start > candidate.start - 400) return candidate
    if (other.type !== 'date' || other.restate || other.grain === 'vague') continue
    if (kind === 'year-earlier' && (other.grain === 'day' || other.grain === 'month') && other.explicit && candidate.start - other.end < 200) {
      return {...candidate, value: yearBefore(other.value), grain: other.grain}
    }
    if (kind === 'year-before' && other.grain === 'day' && /\b(?:quarter|period)\s{1,3}(?:ended|ending)\s{1,3}$/i.test(input.slice(Math.max(0, other.start - 30), other.start))) continue
    if (other.grain === 'year' || other.grain === 'month' || other.grain === 'day') break
  }
  return candidate
}

/**
 * The same day or month a year before.
 *
 * @param value `YYYY-MM-DD` or `YYYY-MM`.
 * @returns The value a year before (unchanged when it is neither).
 */
function yearBefore(value: string): string {
  const day = /^(\d{4})-(\d\d)-(\d\d)$/.exec(value)
  if (day) {
    const year = Number(day[1]) - 1
    const month = Number(day[2])
    const date = Number(day[3])
    return date === 29 && month === 2 ? formatYmd(addDays({year, month: 3, day: 1}, -1)) : formatYmd({year, month, day: date})
  }
  const month = /^(\d{4})-(\d\d)$/.exec(value)
  if (month) {
    const moved = addMonths(Number(month[1]), Number(month[2]), -12)
    return formatMonth(moved.year, moved.month)
  }
  return value
}
