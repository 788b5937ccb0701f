import {stages} from '@replylint/core'
import type {Processor} from 'unified'
import type {VFile} from 'vfile'
import {rules} from './registry.js'

type Parser = NonNullable<Processor["parser"]>

/** Where a guarded parser keeps the parser it wraps. */
const original = Symbol.for('replylint.guard.parser')

const emptyReason = 'Empty draft: nothing to lint'

/** Options of the input guard. */
export interface GuardOptions {
  /** Largest draft in bytes (UTF-16 code units) to lint; default: no limit. */
  maxSize?: number
}

/** An input problem: reported on the file, never thrown past the pipeline. */
export class InputError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'InputError'
  }
}

function describeSize(size: number): string {
  return size >= 1024 * 1024 ? (size / 1024 / 1024).toFixed(1) + ' MB' : Math.ceil(size / 1024) + ' KB'
}

/**
 * Check that a file is a text draft before it is parsed: not binary, valid
 * UTF-8 (no replacement characters from decoding), not over `maxSize`.
 */
export function checkInput(value: string, maxSize: number): void {
  if (value.includes('\0')) {
    throw new InputError('Cannot lint binary data: the file contains NUL bytes, expected a text draft')
  }
  if (value.includes('\uFFFD')) {
    throw new InputError('Cannot lint invalid UTF-8: save the draft as UTF-8 text')
  }
  if (value.length > maxSize) {
    throw new InputError(
      'Cannot lint a ' + describeSize(value.length) + ' file, expected a draft of at most ' + describeSize(maxSize)
    )
  }
}

const severities = new Set<unknown>(['off', 'warn', 'error', 'on', 0, 1, 2, true, false])

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

function checkSeverity(id: string, severity: unknown): void {
  if (!severities.has(severity)) {
    throw new Error(
      'Incorrect severity `' + JSON.stringify(severity) + '` for rule `' + id + '` in `settings.rules`, expected `off`, `warn` or `error`'
    )
  }
}

/**
 * Check replylint settings (from a config file or `processor.data('settings')`)
 * and throw one clear error on the first problem: an unknown stage, a
 * `rules` entry for a rule that does not exist, a severity that is not
 * `off`/`warn`/`error`, a `maxSize` that is not a positive number.
 *
 * Lives in the library, not the CLI, so the CLI and the language server
 * (which share the processor) reject the same configurations. Unknown keys
 * are allowed: extra plugins from config files may read their own settings.
 */
export function validateSettings(settings: unknown): void {
  if (settings === undefined || settings === null) return
  if (!isPlainObject(settings)) throw new Error('Expected `settings` to be an object, not `' + JSON.stringify(settings) + '`')
  const {stage, rules: configured, maxSize} = settings
  if (stage !== undefined && !stages.includes(stage as never)) {
    throw new Error('Unknown stage `' + String(stage) + '` in `settings.stage`, expected one of: ' + stages.join(', '))
  }
  if (maxSize !== undefined && !(typeof maxSize === 'number' && maxSize > 0)) {
    throw new Error('Expected `settings.maxSize` to be a positive number of bytes, not `' + JSON.stringify(maxSize) + '`')
  }
  if (configured === undefined || configured === null) return
  if (!isPlainObject(configured)) {
    throw new Error('Expected `settings.rules` to be an object of rule ids, not `' + JSON.stringify(configured) + '`')
  }
  for (const [id, value] of Object.entries(configured)) {
    if (!Object.hasOwn(rules, id)) {
      throw new Error('Unknown rule `' + id + '` in `settings.rules`, expected one of: ' + Object.keys(rules).join(', '))
    }
    if (value === undefined || value === null || isPlainObject(value)) continue
    if (Array.isArray(value)) {
      // `[severity, options]`; a leading object is options with the default severity.
      const first: unknown = value[0]
      if (value.length > 0 && !isPlainObject(first)) checkSeverity(id, first)
      continue
    }
    checkSeverity(id, value)
  }
}

/**
 * Validate settings, wrap the parser with input checks, and warn on empty
 * drafts.
 */
export function replylintGuard(this: Processor, options?: GuardOptions) {
  const settings = (this.data('settings') ?? {}) as {maxSize?: number}
  // Runs when the processor freezes, before the rules attach: a typo in a
  // config file fails once, clearly, instead of being silently ignored.
  validateSettings(settings)
  const maxSize = options?.maxSize ?? settings.maxSize ?? Number.POSITIVE_INFINITY
  // A second guard (another copy of the library, or the language server's
  // own) re-wraps the original parser and does not warn twice.
  const current = this.parser as (Parser & {[original]?: Parser}) | undefined
  const parser = current?.[original] ?? current
  if (parser) {
    this.parser = Object.assign(
      function (document: string, file: VFile) {
        // A draft linted in parts is checked whole, with its first part.
        if ((file?.data.replylint?.part?.start ?? 0) === 0) checkInput(document, maxSize)
        return parser(document, file)
      },
      {[original]: parser}
    )
  }
  return function (_: unknown, file: VFile) {
    const text = file.data.replylint?.text ?? String(file.value ?? '')
    if (text.replace(/^\uFEFF/, '').trim() === '' && !file.messages.some((message) => message.reason === emptyReason)) {
      const message = file.message(emptyReason)
      message.source = 'replylint'
    }
  }
}
