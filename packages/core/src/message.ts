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
    message = file.message(shared(value.reason), {place})
  } finally {
    Error.stackTraceLimit = limit
  }
  message.actual = detached(value.actual ?? draft.text.slice(value.start, value.end))
  message.expected = value.expected
  message.note = value.note
  return message
}

/**
 * `text` in storage of its own. A slice of a draft (`actual`, or a word
 * quoted in `reason`) is kept by V8 as a view of the whole draft, so a
 * message kept after linting kept its draft's text too: about half of what
 * 1,000 drafts' messages held. Short strings are copied by V8 anyway; a
 * longer one is joined to a space and cut again, which copies it.
 */
function detached(text: string): string {
  return text.length < 13 ? text : (text + ' ').slice(0, -1)
}

/**
 * One copy of each reason (see {@link detached}), shared by the messages
 * that give it: most reasons are one of a rule's fixed sentences, and a
 * copy per message would cost more than the view it replaces. At most 1,024
 * kept, then started afresh (reasons that quote a draft vary without end).
 */
const reasons = new Map<string, string>()

function shared(reason: string): string {
  if (reason.length < 13) return reason
  let copy = reasons.get(reason)
  if (copy === undefined) {
    if (reasons.size >= 1024) reasons.clear()
    copy = detached(reason)
    reasons.set(copy, copy)
  }
  return copy
}
