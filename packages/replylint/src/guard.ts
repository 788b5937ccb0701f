import type {Processor} from 'unified'
import type {VFile} from 'vfile'

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

/**
 * Wrap the parser with input checks, and warn on empty drafts.
 */
export function replylintGuard(this: Processor, options?: GuardOptions) {
  const settings = (this.data('settings') ?? {}) as {maxSize?: number}
  const maxSize = options?.maxSize ?? settings.maxSize ?? Number.POSITIVE_INFINITY
  const parser = this.parser
  if (parser) {
    this.parser = function (document: string, file: VFile) {
      checkInput(document, maxSize)
      return parser(document, file)
    }
  }
  return function (_: unknown, file: VFile) {
    const text = file.data.replylint?.text ?? String(file.value ?? '')
    if (text.replace(/^\uFEFF/, '').trim() === '') {
      const message = file.message('Empty draft: nothing to lint')
      message.source = 'replylint'
    }
  }
}
