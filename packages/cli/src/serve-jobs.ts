import {createRequire} from 'node:module'
import {runJob, type Job, type JobResult} from './jobs.js'

/**
 * Answer the lint jobs the main thread's `LintPool` sends (run in a worker
 * thread by `worker.ts`): each batch is linted in order and answered at once.
 */
export function serveJobs(): void {
  // Loaded here, in the worker only (see `workerThreads` in pool.ts).
  const {parentPort: port} = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads')
  if (!port) throw new Error('serveJobs runs in a worker thread')
  port.on('message', (message: {batch: number; jobs: Job[]}) => {
    void (async () => {
      const results: JobResult[] = []
      for (const job of message.jobs) results.push(await runJob(job))
      try {
        port.postMessage({batch: message.batch, results})
      } catch (error) {
        // A result that cannot be sent fails its jobs rather than losing them.
        const failed: JobResult = {error: {message: String((error as Error).message ?? error), stack: undefined}}
        port.postMessage({batch: message.batch, results: results.map(() => failed)})
      }
    })()
  })
}
