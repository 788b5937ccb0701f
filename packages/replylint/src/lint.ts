import {stages, type ReplylintSettings, type Stage} from '@replylint/core'
import {VFile, type Compatible} from 'vfile'
import {compareMessage} from 'vfile-sort'
import {replylint} from './processor.js'

/** Options of `lint()`. */
export interface LintOptions {
  /** Stage the rejection came at: `screening`, `interview` (default) or `final`. */
  stage?: Stage
  /** Per-rule severity and options: `{'require-gratitude': 'off', 'no-excess-length': ['warn', {…}]}`. */
  rules?: Record<string, unknown>
  /** Largest draft to lint, in characters (default: no limit). */
  maxSize?: number
}

type Processor = typeof replylint
const processors = new Map<string, Processor>()

/** The processor for a set of options, built once per distinct configuration. */
function processorFor(options: LintOptions | undefined): Processor {
  if (!options?.rules && options?.maxSize === undefined) return replylint
  const settings: ReplylintSettings & {maxSize?: number} = {rules: options.rules, maxSize: options.maxSize}
  const key = JSON.stringify(settings)
  let processor = processors.get(key)
  if (!processor) {
    processor = replylint().data('settings', settings as never).freeze() as Processor
    processors.set(key, processor)
  }
  return processor
}

function toFile(draft: Compatible | VFile, options: LintOptions | undefined): VFile {
  if (options?.stage !== undefined && !stages.includes(options.stage)) {
    throw new TypeError('Unknown stage `' + String(options.stage) + '`, expected one of: ' + stages.join(', '))
  }
  const file = draft instanceof VFile ? draft : new VFile(draft)
  if (options?.stage) file.data.replylint = {...file.data.replylint, stage: options.stage}
  return file
}

function sortMessages(file: VFile): VFile {
  file.messages.sort(compareMessage)
  return file
}

/**
 * Lint a reply draft.
 *
 * @param draft The draft text, or a `VFile` (an `.eml` path in `file.path` is decoded as email).
 * @returns The file, with messages sorted by position. Problems with the
 *   draft (binary data, invalid UTF-8, too large, empty) are messages on the
 *   file; invalid options (an unknown stage or rule) reject.
 */
export async function lint(draft: Compatible | VFile, options?: LintOptions): Promise<VFile> {
  const file = toFile(draft, options)
  const processor = processorFor(options)
  try {
    await processor.run(processor.parse(file), file)
  } catch (error) {
    addFatal(file, error)
  }
  return sortMessages(file)
}

/**
 * Lint a reply draft synchronously (plain text only: `.eml` decoding is async).
 */
export function lintSync(draft: Compatible | VFile, options?: LintOptions): VFile {
  const file = toFile(draft, options)
  const processor = processorFor(options)
  try {
    processor.runSync(processor.parse(file), file)
  } catch (error) {
    addFatal(file, error)
  }
  return sortMessages(file)
}

function addFatal(file: VFile, error: unknown) {
  if (file.messages.includes(error as never)) return
  const message = file.message(String((error as Error)?.message ?? error), {cause: error as Error})
  message.fatal = true
  message.source = 'replylint'
}
