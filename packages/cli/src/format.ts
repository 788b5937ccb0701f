import type {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import {reporterJson} from 'vfile-reporter-json'
import type {Format} from './args.js'

/** What the reporters are told. */
export interface FormatOptions {
  format: Format
  color: boolean | undefined
  quiet: boolean
  silent: boolean
  verbose: boolean
}

type Message = VFile['messages'][number]

function start(message: Message): {line: number; column: number} {
  const place = message.place
  if (!place) return {line: 0, column: 0}
  const point = 'start' in place ? place.start : place
  return {line: point.line ?? 0, column: point.column ?? 0}
}

/** Messages in document order (as vfile-reporter shows them), then by rule. */
function compareMessages(left: Message, right: Message): number {
  const a = start(left)
  const b = start(right)
  return (
    a.line - b.line ||
    a.column - b.column ||
    String(left.ruleId ?? '').localeCompare(String(right.ruleId ?? '')) ||
    left.reason.localeCompare(right.reason)
  )
}

/**
 * Render the report: `stylish` is vfile-reporter (file, line:column,
 * severity, reason, rule id, source); `json` is vfile-reporter-json, whose
 * messages carry `place` with `offset`s, `ruleId`, `url`, `expected` and `note`.
 */
export function formatReport(files: VFile[], options: FormatOptions): string {
  for (const file of files) file.messages.sort(compareMessages)
  if (options.format === 'json') {
    const sorted = [...files].sort((left, right) => (left.path < right.path ? -1 : left.path > right.path ? 1 : 0))
    return reporterJson(sorted, {quiet: options.quiet, silent: options.silent}) + '\n'
  }
  const text = reporter(files, {
    color: options.color,
    quiet: options.quiet,
    silent: options.silent,
    verbose: options.verbose
  })
  return text ? text + '\n' : ''
}
