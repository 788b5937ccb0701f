/**
 * unified-engine 11's `lib/file-pipeline/queue.js` (MIT, Titus Wormer), as
 * bundled into the CLI by `build/bundle.js` in place of the original.
 *
 * The original checks every file of the set each time one file reaches the
 * queue, so n files cost n² checks (8 % of a 1,000-draft run). Here each
 * file set remembers how many of its files, from the first, are known to be
 * done (queued): a file that is done stays done until the queue is flushed, so the scan resumes there. It flushes with the same
 * callbacks in the same order; only the `debug` traces of the scan are fewer.
 *
 * A file holds up the flush until it reaches the queue (see `isDone`).
 *
 * And a file waiting in the queue lets go of its tree when nothing after
 * the queue will use it: only `stringify` reads `context.tree`, and only
 * with `output`, `out` or `alwaysStringify` set. The original keeps every
 * file's tree until the last file is done (a 1,000-draft run held ~250 MB,
 * and collecting it was 15 % of the run).
 *
 * Imports resolve from the original file's folder (the bundler loads this
 * text under the original's id).
 */

import createDebug from 'debug'

const debug = createDebug('unified-engine:file-pipeline:queue')

const own = {}.hasOwnProperty

/**
 * Files known to be done, counted from the start of each file set.
 *
 * @type {WeakMap<object, number>}
 */
const doneCount = new WeakMap()

/**
 * Queue all files which came this far.
 * When the last file gets here, run the file-set pipeline and flush the queue.
 *
 * @param {any} context
 *   Context.
 * @param {any} file
 *   File.
 * @param {(error?: Error) => undefined} next
 *   Callback.
 * @returns {undefined}
 *   Nothing.
 */
export function queue(context, file, next) {
  let origin = file.history[0]
  const map = context.fileSet.complete
  let complete = true

  debug('Queueing `%s`', origin)

  map[origin] = next

  if (!context.settings.output && !context.settings.out && !context.settings.alwaysStringify) {
    context.tree = undefined
  }

  const files = context.fileSet.valueOf()
  let index = doneCount.get(context.fileSet) ?? 0
  while (index < files.length && isDone(files[index])) index++
  doneCount.set(context.fileSet, index)

  if (index < files.length) {
    debug('Interupting flush: `%s` is not finished', files[index].history[0])
    complete = false
  }

  if (!complete) {
    debug('Not flushing: some files cannot be flushed')
    return
  }

  context.fileSet.complete = {}
  doneCount.delete(context.fileSet)
  context.fileSet.pipeline.run(context.fileSet, done)

  /**
   * @param {any} file
   *   File.
   * @returns {boolean}
   *   Whether the file does not hold up the flush: it reached the queue.
   */
  function isDone(file) {
    // The original also counts a file with a fatal message, or an ignored
    // one, as done before it gets here. Every file of the set runs the whole
    // file pipeline and reaches the queue (each chunk calls `next` even
    // after an error), so waiting for it costs nothing; not waiting is a
    // race: when a file is made fatal in an asynchronous transform (a rule
    // with severity `error` in an `.eml` draft, or a draft linted on a
    // worker thread), another file can flush the queue before that file
    // arrives, and it then waits for a flush that never comes.
    return typeof map[file.history[0]] === 'function'
  }

  /**
   * @param {Error | undefined} error
   *   Error.
   * @returns {undefined}
   *   Nothing.
   */
  function done(error) {
    debug('Flushing: all files can be flushed')

    // Flush.
    for (origin in map) {
      if (own.call(map, origin)) {
        map[origin](error)
      }
    }
  }
}
