import {parentPort} from 'node:worker_threads'
import {lineRecord, type LineTask} from './line-record.js'

/*
 * The worker thread of `wirecopy --jsonl --workers N` (built to
 * `dist/cli-worker.js`): converts each line the pool posts and posts back
 * its output line.
 */

parentPort?.on('message', function (task: LineTask) {
  parentPort?.postMessage(lineRecord(task))
})
