/**
 * Lint many drafts on several threads: the main thread and worker threads
 * (`worker.ts`) take jobs from one queue.
 *
 * Why: on a folder of hundreds of drafts, parsing and the rules are most of
 * a run, and most machines have cores to spare (not a two-core one: V8's
 * own compiler and collector threads take the second; see `defaultJobs`). One draft, or a few, never
 * start a worker (starting one costs about as much as linting a hundred
 * drafts): workers start once `threshold` jobs are waiting, and they are
 * only ever given whole files, so every message is the one the main thread
 * would have made (`jobs.ts`; the CLI tests compare both).
 */
import {createRequire} from 'node:module'
import type {Worker} from 'node:worker_threads'
import {runJob, type Job, type JobResult} from './jobs.js'

/**
 * `node:worker_threads`, loaded when the first worker starts: it brings
 * V8's serializer and Node's worker internals (~2–4 ms), which a run that
 * starts no worker (one draft, or a few) does not need.
 */
function workerThreads(): typeof import('node:worker_threads') {
  return createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads')
}

/** Options of a pool. */
export interface PoolOptions {
  /** Threads in all, the main thread included (1: no workers). */
  threads: number
  /** Jobs waiting before workers start. */
  threshold?: number
  /** Jobs sent to a worker at once. */
  batch?: number
  /** The worker script (an ES module) that calls `serveJobs` (`serve-jobs.ts`), such as `worker.ts`. */
  workerUrl: URL
}

interface Pending {
  job: Job
  resolve: (result: JobResult) => void
}

interface Helper {
  worker: Worker
  /** Jobs sent to it and not answered yet, by batch number. */
  batches: Map<number, Pending[]>
}

/** A queue of lint jobs served by the main thread and, when there are many, by workers. */
export class LintPool {
  private readonly queue: Pending[] = []
  private readonly helpers: Helper[] = []
  private readonly threshold: number
  private readonly batch: number
  private started = false
  private broken = false
  private closed = false
  private stepping = false
  private nextBatch = 0
  /** Jobs done by the main thread and by workers (for tests and `--verbose`-like checks). */
  readonly done = {main: 0, workers: 0}

  constructor(private readonly options: PoolOptions) {
    this.threshold = options.threshold ?? 16
    this.batch = options.batch ?? 8
  }

  /** Lint a job on whichever thread is free first. */
  lint(job: Job): Promise<JobResult> {
    return new Promise((resolve) => {
      this.queue.push({job, resolve})
      if (!this.started && this.options.threads > 1 && this.queue.length >= this.threshold) this.start()
      for (const helper of this.helpers) this.feed(helper)
      this.schedule()
    })
  }

  /** Stop the workers (jobs still queued run on the main thread). */
  close(): void {
    this.closed = true
    for (const helper of this.helpers) void helper.worker.terminate()
    this.helpers.length = 0
  }

  private start(): void {
    this.started = true
    for (let index = 1; index < this.options.threads; index++) {
      let worker: Worker
      try {
        worker = new (workerThreads().Worker)(this.options.workerUrl)
      } catch {
        this.broken = true
        return
      }
      const helper: Helper = {worker, batches: new Map()}
      worker.on('message', (message: {batch: number; results: JobResult[]}) => {
        const pending = helper.batches.get(message.batch) ?? []
        helper.batches.delete(message.batch)
        this.done.workers += pending.length
        this.feed(helper)
        // One file at a time, as on the main thread: each file's pipeline
        // goes on to unified-engine's queue before the next one resumes.
        let at = 0
        const next = () => {
          pending[at].resolve(message.results[at])
          if (++at < pending.length) setImmediate(next)
        }
        if (pending.length > 0) next()
      })
      // A worker that fails gives its jobs back to the main thread; no more are sent to workers.
      const fail = () => {
        this.broken = true
        const index = this.helpers.indexOf(helper)
        if (index !== -1) this.helpers.splice(index, 1)
        for (const pending of helper.batches.values()) this.queue.unshift(...pending)
        helper.batches.clear()
        void worker.terminate()
        this.schedule()
      }
      // Workers stay referenced until `close`: jobs sent to one keep the process alive.
      worker.on('error', fail)
      worker.on('exit', () => {
        if (!this.closed) fail()
      })
      this.helpers.push(helper)
    }
  }

  /** Keep two batches in flight per worker, so it never waits for the main thread. */
  private feed(helper: Helper): void {
    if (this.broken || this.closed) return
    while (helper.batches.size < 2 && this.queue.length > 0) {
      // From the back: the main thread works from the front.
      const pending = this.queue.splice(Math.max(0, this.queue.length - this.batch), this.batch)
      const batch = this.nextBatch++
      try {
        helper.worker.postMessage({batch, jobs: pending.map((item) => item.job)})
      } catch {
        // Not sendable: lint them here, and everything else too.
        this.broken = true
        this.queue.unshift(...pending)
        this.schedule()
        return
      }
      helper.batches.set(batch, pending)
    }
  }

  /** Lint one job on the main thread per turn of the event loop, so worker answers are read in between. */
  private schedule(): void {
    if (this.stepping || this.queue.length === 0) return
    this.stepping = true
    setImmediate(() => {
      const pending = this.queue.shift()
      if (!pending) {
        this.stepping = false
        return
      }
      void runJob(pending.job).then((result) => {
        this.done.main++
        pending.resolve(result)
        this.stepping = false
        this.schedule()
      })
    })
  }
}
