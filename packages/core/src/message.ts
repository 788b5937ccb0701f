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
  const message = file.message(value.reason, {
    place: {start: draft.point(value.start), end: draft.point(value.end)}
  })
  message.actual = value.actual ?? draft.text.slice(value.start, value.end)
  message.expected = value.expected
  message.note = value.note
  return message
}
