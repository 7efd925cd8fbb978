import {addDays, addMonths, formatMonth, formatYear, formatYmd} from '../calendar-math.js'
import type {Candidate, Refiner} from '../types.js'

const anaphorPattern = /^ANAPHOR:(\w+):(-?\d+)$/

/**
 * Give “that year”, “the following month”, “the next morning” the value of
 * the nearest date written before them, moved by the shift they name. Those
 * with no date to lean on are dropped.
 *
 * @param candidates Candidates sorted by offset.
 * @returns Candidates with anaphora resolved.
 */
export const resolveAnaphora: Refiner = function (candidates) {
  const result: Candidate[] = []
  for (const candidate of candidates) {
    const anaphor = candidate.value.startsWith('ANAPHOR:') ? anaphorPattern.exec(candidate.value) : null
    if (!anaphor) {
      result.push(candidate)
      continue
    }
    const value = resolve(anaphor[1]!, Number(anaphor[2]), result)
    if (value) result.push({...candidate, value, grain: anaphor[1] === 'day' ? 'day' : candidate.grain})
  }
  return result
}

/**
 * Resolve one anaphor against the dates before it.
 *
 * @param unit `year`, `month`, `week`, `day` or `quarter`.
 * @param shift -1, 0 or 1.
 * @param before The candidates before it.
 * @returns The value, or undefined when no date before gives one.
 */
function resolve(unit: string, shift: number, before: readonly Candidate[]): string | undefined {
  for (let index = before.length - 1; index >= 0; index--) {
    const other = before[index]!
    if (other.type !== 'date' && other.type !== 'time') continue
    const parts = /^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?/.exec(other.value)
    const quarter = /^(\d{4})-Q(\d)$/.exec(other.value)
    if (unit === 'quarter') {
      if (!quarter) continue
      return shift === 0 ? other.value : undefined
    }
    if (!parts) continue
    const year = Number(parts[1])
    if (unit === 'year') return formatYear(year + shift)
    if (unit === 'month') {
      if (!parts[2]) continue
      const moved = addMonths(year, Number(parts[2]), shift)
      return formatMonth(moved.year, moved.month)
    }
    if (unit === 'day' && parts[3]) return formatYmd(addDays({year, month: Number(parts[2]), day: Number(parts[3])}, shift))
    if (unit === 'day' || unit === 'week') return undefined
  }
  return undefined
}
