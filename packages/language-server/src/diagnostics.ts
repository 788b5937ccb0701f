import type {Diagnostic} from './code-actions.js'

/** A stack frame line, as V8 prints it. */
const frame = /^\s+at\s/

/**
 * Tidy a diagnostic from `unified-language-server` for display.
 *
 * When a file cannot be processed (binary or oversized input, a broken config
 * file, a plugin that cannot be found), it reports "Cannot process file"
 * followed by the error's stack. The stack is noise in an editor: keep the
 * error's message, drop its frames, and mark the diagnostic as replylint's.
 * Rule messages (reason, then note) are left as they are.
 */
export function cleanDiagnostic(diagnostic: Diagnostic): Diagnostic {
  const lines = diagnostic.message.split('\n')
  if (!lines.slice(1).some((line) => frame.test(line))) return diagnostic
  const kept = lines.filter((line) => !frame.test(line))
  const [head, cause, ...rest] = kept
  let message = kept.join('\n')
  if (head === 'Cannot process file' && cause !== undefined) {
    const match = /^(\w*Error): ([\s\S]*)$/.exec(cause)
    // Input errors already say what cannot be linted and why.
    const text = match ? (match[1] === 'InputError' ? match[2] : head + ': ' + match[2]) : head + ': ' + cause
    message = [text, ...rest].join('\n')
  }
  return {...diagnostic, message, source: diagnostic.source ?? 'replylint'}
}

/** Drop exact duplicates (same range, code and message), e.g. from a plugin attached twice. */
export function uniqueDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>()
  return diagnostics.filter((diagnostic) => {
    const key = JSON.stringify([diagnostic.range, diagnostic.code, diagnostic.message])
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
