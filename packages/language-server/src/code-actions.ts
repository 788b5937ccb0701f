import {textIn, type Range} from './documents.js'

/** The part of an LSP diagnostic the quick fixes need. */
export interface Diagnostic {
  range: Range
  message: string
  code?: string | number
  source?: string
  /** `unified-language-server` puts the message's `expected` here. */
  data?: unknown
}

/** An LSP code action with a workspace edit. */
export interface CodeAction {
  title: string
  kind: 'quickfix'
  diagnostics: Diagnostic[]
  isPreferred?: boolean
  edit: {changes: Record<string, Array<{range: Range; newText: string}>>}
}

/** Show text in a one-line title: whitespace collapsed, long text cut. */
function quote(value: string): string {
  const line = value.replace(/\s+/g, ' ').trim()
  return '`' + (line.length > 60 ? line.slice(0, 59) + '…' : line) + '`'
}

function expectedOf(diagnostic: Diagnostic): string[] {
  const data = diagnostic.data as {expected?: unknown} | undefined
  if (!data || typeof data !== 'object' || !Array.isArray(data.expected)) return []
  return data.expected.filter((value): value is string => typeof value === 'string')
}

/**
 * Quick fixes for the diagnostics of one document, from each message's
 * `expected`: `['']` removes the text, a replacement at an empty range inserts
 * it, any other replaces it.
 *
 * Rules list replacements best first, so the first fix of each diagnostic is
 * the preferred one (what "fix all" and auto-fix apply); unlike
 * `unified-language-server`, which prefers a fix only when it is the only one.
 */
export function codeActions(uri: string, text: string, diagnostics: Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = []
  for (const diagnostic of diagnostics) {
    // Some clients send back only part of a diagnostic (Neovim 0.7: code and data).
    if (!diagnostic?.range?.start || !diagnostic.range.end) continue
    const {start, end} = diagnostic.range
    const actual = textIn(text, diagnostic.range)
    const empty = start.line === end.line && start.character === end.character
    expectedOf(diagnostic).forEach((replacement, index) => {
      const title = replacement
        ? empty
          ? 'Insert ' + quote(replacement)
          : 'Replace ' + quote(actual) + ' with ' + quote(replacement)
        : 'Remove ' + quote(actual)
      actions.push({
        title,
        kind: 'quickfix',
        diagnostics: [diagnostic],
        isPreferred: index === 0,
        edit: {changes: {[uri]: [{range: diagnostic.range, newText: replacement}]}}
      })
    })
  }
  return actions
}
