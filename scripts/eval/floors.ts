/**
 * Regression floors: a committed JSON object mapping metric names to the least
 * value (in percent) each may take, checked after a full run. A rate of errors
 * (a metric whose name ends in `.per100`, such as overlapping quote pairs per
 * 100 quotes) is better lower: its number is the most it may take.
 */

import fs from 'node:fs'
import type {Metrics} from './summary.js'

/** Metric name to its least accepted value. */
export type Floors = Record<string, number>

/** The outcome of checking floors. */
export interface FloorCheck {
  /** Metrics measured and compared with their floor. */
  checked: string[]
  /** Metrics on the wrong side of their floor (below it, or above it for a rate of errors). */
  failures: Array<{metric: string; value: number; floor: number}>
  /** Floors whose metric this run did not measure (corpus skipped or not asked for). */
  unmeasured: string[]
}

/**
 * Whether a metric is a rate of errors, bounded from above.
 *
 * @param metric The metric's name.
 * @returns True for `….per100`.
 */
export function lowerIsBetter(metric: string): boolean {
  return metric.endsWith('.per100')
}

/** Where the floors live. */
export const floorsFile = new URL('floors.json', import.meta.url)

/**
 * Read the floors file.
 *
 * @param file Its path or URL (default: `scripts/eval/floors.json`).
 * @returns The floors; none when the file is absent.
 * @throws When the file is not a JSON object of numbers.
 */
export function readFloors(file: string | URL = floorsFile): Floors {
  if (!fs.existsSync(file)) return {}
  const value: unknown = JSON.parse(fs.readFileSync(file, 'utf8'))

  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new Error('Expected an object of metric names to numbers in ' + String(file))
  }

  for (const [name, floor] of Object.entries(value)) {
    if (typeof floor !== 'number' || !Number.isFinite(floor)) {
      throw new Error('Expected a number for floor `' + name + '` in ' + String(file))
    }
  }

  return value as Floors
}

/**
 * Compare measured metrics with their floors.
 *
 * @param metrics The measured metrics.
 * @param floors The floors.
 * @returns Which were checked, which fell below, which were not measured.
 */
export function checkFloors(metrics: Metrics, floors: Floors): FloorCheck {
  const result: FloorCheck = {checked: [], failures: [], unmeasured: []}

  for (const [metric, floor] of Object.entries(floors)) {
    const value = metrics[metric]

    if (value === undefined) {
      result.unmeasured.push(metric)
      continue
    }

    result.checked.push(metric)
    // Compare as printed (one decimal), so a floor copied from a report holds.
    const printed = Math.round(value * 10) / 10
    const fails = lowerIsBetter(metric) ? printed > floor : printed < floor
    if (fails) result.failures.push({metric, value, floor})
  }

  return result
}
