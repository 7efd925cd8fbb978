import {lineRecord, type LineRecord, type LineTask} from './line-record.js'

/**
 * The worker thread of `wirecopy --jsonl --workers N` (built to
 * `dist/cli-worker.js`): piscina calls the default export once per line.
 *
 * @param task The line to convert.
 * @returns Its output line.
 */
export default function convert(task: LineTask): LineRecord {
  return lineRecord(task)
}
