import {stages, type DraftPart, type ReplylintSettings, type Stage} from '@replylint/core'
import {VFile, type Compatible} from 'vfile'
import {compareMessage} from 'vfile-sort'
import {isEml} from './eml.js'
import {draftParts} from './parser.js'
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
 * Drafts longer than this many characters are linted in parts of at least
 * this size (see `DraftPart`), with the same messages. Why: one tree of a
 * long text outlives V8's young generation, and the garbage collector then
 * copies all of it, twice (10 MB: ~1.2 GB of tree, and per word twice the
 * time of a draft); a part's tree dies young. A reply draft is one part.
 */
export const partSize = 16 * 1024

/**
 * The parts to lint a file in, or `undefined` to lint it in one run: plain
 * text longer than `partSize` given as a string (bytes and `.eml` files are
 * decoded by the parser, and are linted whole).
 */
function partsOf(file: VFile): DraftPart[] | undefined {
  const value = file.value
  if (typeof value !== 'string' || value.length <= partSize || isEml(file) || file.data.replylint?.text !== undefined) return undefined
  const parts = draftParts(value, partSize)
  return parts.length > 1 ? parts : undefined
}

/**
 * Once for each run a file is linted in: with `file.data.replylint.part`
 * set to each part in turn, or once, unset, without parts. The file's data
 * is as it was afterwards.
 */
function* runs(file: VFile): Generator<void> {
  const parts = partsOf(file)
  if (!parts) {
    yield
    return
  }
  const data = file.data.replylint
  const carry = {}
  try {
    for (const part of parts) {
      file.data.replylint = {...data, part: {...part, carry}}
      yield
    }
  } finally {
    if (data === undefined) delete file.data.replylint
    else file.data.replylint = data
  }
}

/**
 * Parse a file with a replylint processor and run it: in parts when the
 * file is long plain text (see `partSize`), with the same messages as one
 * run over one tree. Errors reject, as `processor.run` does.
 */
export async function runInParts<Tree>(
  processor: {parse(file: VFile): Tree; run(tree: Tree, file: VFile): Promise<unknown>},
  file: VFile
): Promise<void> {
  // One part after another: a part's tree is garbage before the next is parsed.
  for (const _ of runs(file)) await processor.run(processor.parse(file), file)
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
    await runInParts(processor, file)
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
    for (const _ of runs(file)) processor.runSync(processor.parse(file), file)
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
