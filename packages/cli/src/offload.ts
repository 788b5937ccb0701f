/**
 * The processor the CLI gives unified-engine when it lints on several
 * threads: the engine still finds, reads, configures and reports every
 * file, and each file is linted as a job of a `LintPool` by the library
 * processor with the file's configuration (`jobs.ts`).
 */
import {checkInput, replylint} from 'replylint'
import {unified, type Processor} from 'unified'
import type {VFile} from 'vfile'
import {addMessages} from './jobs.js'
import type {LintPool} from './pool.js'

/** A syntax tree, as unified passes it. */
type Node = Parameters<Processor['run']>[0]

/** Whether a value is JSON data (so a worker gets the very same settings). */
function isJson(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true
  if (typeof value === 'number') return Number.isFinite(value)
  if (Array.isArray(value)) return value.every(isJson)
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.values(value as object).every(isJson)
  }
  return false
}

/**
 * Lint each file as a pool job: the engine's tree is an empty placeholder
 * (the job parses the draft where it runs), after the same input checks as
 * the library's guard, so a binary or oversized file fails the same way.
 *
 * Linted in place instead, with the library processor, when the
 * configuration adds plugins of its own (they need the real tree) or has
 * settings that are not plain JSON.
 */
function offload(this: Processor, pool: LintPool) {
  const settings = (this.data('settings') ?? {}) as {maxSize?: unknown}
  // Freezing validates the settings: a bad config fails here as in the library.
  const local = replylint().data('settings', settings as never).freeze() as unknown as Processor
  const foreign = this.attachers.some(([plugin]) => plugin !== offload)
  if (foreign || !isJson(settings)) {
    this.parser = (_document, file) => local.parse(file)
    return (tree: Node, file: VFile) => local.run(tree, file)
  }
  const json = JSON.stringify(settings)
  const maxSize = typeof settings.maxSize === 'number' ? settings.maxSize : Number.POSITIVE_INFINITY
  this.parser = (document): Node => {
    checkInput(document, maxSize)
    return {type: 'RootNode', children: []} as unknown as Node
  }
  return async (tree: Node, file: VFile) => {
    const result = await pool.lint({
      path: file.path,
      cwd: file.cwd,
      value: String(file),
      data: file.data.replylint,
      settings: json
    })
    if ('error' in result) {
      const error = new Error(result.error.message)
      error.stack = result.error.stack
      throw error
    }
    addMessages(file, result.messages)
    return tree
  }
}

/** A processor for unified-engine that lints every file as a job of `pool`. */
export function offloadingProcessor(pool: LintPool): Processor {
  return unified().use(offload, pool).freeze() as unknown as Processor
}
