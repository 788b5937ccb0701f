/**
 * Linting one draft as a self-contained job, so that it can run on another
 * thread (see `pool.ts`): what goes in and out is plain data.
 */
import {replylint, runInParts} from 'replylint'
import type {Processor} from 'unified'
import {VFile} from 'vfile'

/** A draft to lint: the file as read, and the settings of its configuration (JSON). */
export interface Job {
  path: string | undefined
  cwd: string
  value: string
  /** `file.data.replylint` (a per-file stage), if any. */
  data: unknown
  /** `JSON.stringify` of the configuration's `settings`. */
  settings: string
}

/** A message as plain data: what the reporters and the outcome read. */
export interface PlainMessage {
  reason: string
  place: VFile['messages'][number]['place']
  ruleId: string | undefined
  source: string | undefined
  fatal: boolean | null | undefined
  url: string | undefined
  actual: string | undefined
  expected: string[] | undefined
  note: string | undefined
}

/** What linting a job gave: the messages, or the error that stopped it. */
export type JobResult = {messages: PlainMessage[]} | {error: {message: string; stack: string | undefined}}

/** The library processor with one configuration's settings, by their JSON. */
const processors = new Map<string, Processor>()

/** The processor for settings given as JSON: the frozen library processor with them. */
export function processorFor(settings: string): Processor {
  let processor = processors.get(settings)
  if (!processor) {
    processor = replylint().data('settings', JSON.parse(settings)).freeze() as unknown as Processor
    processors.set(settings, processor)
  }
  return processor
}

/** The messages of a linted file as plain data. */
export function plainMessages(file: VFile): PlainMessage[] {
  return file.messages.map((message) => ({
    reason: message.reason,
    place: message.place,
    ruleId: message.ruleId,
    source: message.source,
    fatal: message.fatal,
    url: message.url,
    actual: message.actual,
    expected: message.expected,
    note: message.note
  }))
}

/** Lint a job with the library processor for its settings. */
export async function runJob(job: Job): Promise<JobResult> {
  const file = new VFile({path: job.path, cwd: job.cwd, value: job.value})
  if (job.data !== undefined) file.data.replylint = job.data as never
  try {
    const processor = processorFor(job.settings)
    await runInParts(processor, file)
  } catch (error) {
    const value = error as {message?: unknown; stack?: unknown}
    return {error: {message: String(value?.message ?? error), stack: typeof value?.stack === 'string' ? value.stack : undefined}}
  }
  return {messages: plainMessages(file)}
}

/** Add messages linted elsewhere to a file, as the rules would have made them. */
export function addMessages(file: VFile, messages: readonly PlainMessage[]): void {
  // As in `report()`: a message is an Error, and its stack is `''` anyway.
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    for (const plain of messages) {
      const message = file.message(plain.reason, {place: plain.place, ruleId: plain.ruleId, source: plain.source})
      message.fatal = plain.fatal
      if (plain.url !== undefined) message.url = plain.url
      if (plain.actual !== undefined) message.actual = plain.actual
      if (plain.expected !== undefined) message.expected = plain.expected
      if (plain.note !== undefined) message.note = plain.note
    }
  } finally {
    Error.stackTraceLimit = limit
  }
}
