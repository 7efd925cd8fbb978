import {Worker} from 'node:worker_threads'
import type {LineRecord, LineTask} from './line-record.js'

/**
 * A fixed set of worker threads that convert `--jsonl` lines, for
 * `wirecopy --jsonl --workers N`. Built on `node:worker_threads` alone, so
 * that the package needs no worker-pool dependency (see docs/api.md, "The
 * `wirecopy` command"). Each thread converts one line at a time; lines wait in
 * a queue for the first free thread.
 */

/** A line waiting for a thread, with what to do with its result. */
interface Job {
  task: LineTask
  resolve: (record: LineRecord) => void
  reject: (error: unknown) => void
}

/** A pool: `run` converts a line on some thread, `destroy` ends the threads. */
export interface Pool {
  run: (task: LineTask) => Promise<LineRecord>
  destroy: () => Promise<void>
}

/**
 * Start `threads` worker threads running `file`.
 *
 * @param threads How many threads.
 * @param file URL or path of the worker module (`cli-worker.js`).
 * @returns The pool.
 */
export function createPool(threads: number, file: string | URL): Pool {
  const queue: Job[] = []
  const idle: Worker[] = []
  const busy = new Map<Worker, Job>()
  const workers: Worker[] = []
  let failure: unknown

  for (let index = 0; index < threads; index++) {
    const worker = new Worker(file)
    worker.on('message', function (record: LineRecord) {
      const job = busy.get(worker)
      busy.delete(worker)
      idle.push(worker)
      job?.resolve(record)
      next()
    })
    worker.on('error', function (error) {
      failure = error
      busy.get(worker)?.reject(error)
      busy.delete(worker)
      for (const job of queue.splice(0)) job.reject(error)
    })
    workers.push(worker)
    idle.push(worker)
  }

  /** Hand queued lines to idle threads. */
  function next(): void {
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.pop() as Worker
      const job = queue.shift() as Job
      busy.set(worker, job)
      worker.postMessage(job.task)
    }
  }

  return {
    run(task) {
      return new Promise<LineRecord>(function (resolve, reject) {
        if (failure !== undefined) return reject(failure)
        queue.push({task, resolve, reject})
        next()
      })
    },
    async destroy() {
      await Promise.all(workers.map((worker) => worker.terminate()))
    }
  }
}
