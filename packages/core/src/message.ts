import type {VFile} from 'vfile'
import type {Draft} from './draft.js'

/** What a rule reports. */
export interface Report {
  /** What is wrong and what to do. */
  reason: string
  start: number
  end: number
  /** The offending text (defaults to the text in the range). */
  actual?: string
  /** `[]` no fix, `['']` remove, replacements otherwise. */
  expected: string[]
  /** Why, in one sentence from the seeds' advice. */
  note: string
}

/**
 * Add a message covering `[start, end)` of the draft.
 *
 * `ruleId`, `source` and `url` are stamped by `unified-lint-rule`.
 */
export function report(file: VFile, draft: Draft, value: Report): ReturnType<VFile["message"]> {
  const place = {start: draft.point(value.start), end: draft.point(value.end)}
  // A VFileMessage is an Error: V8 captures a stack trace when it is made,
  // which VFileMessage then replaces with `''`. Capturing none saves the
  // time (a few % of each rule's) and gives the same message.
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  let message: ReturnType<VFile["message"]>
  try {
    message = file.message(value.reason, {place})
  } finally {
    Error.stackTraceLimit = limit
  }
  message.actual = value.actual ?? draft.text.slice(value.start, value.end)
  message.expected = value.expected
  message.note = value.note
  return message
}
