import fs from 'node:fs'
import path from 'node:path'
import {VFile} from 'vfile'

/** The extensions searched for in folders. */
export const extensions = ['.txt', '.md', '.eml']

/** What a run produced, ready to report and to turn into an exit code. */
export interface Outcome {
  /** Files to report, each with its messages cleaned up. */
  files: VFile[]
  /** Config files that could not be used. */
  configErrors: number
  /** Drafts that were found (read, or at least attempted), ignoring missing paths. */
  found: number
}

/** How the engine's own messages start (they carry no rule id). */
const engineReasons = {
  process: 'Cannot process file',
  missing: new Set(['No such file or folder', 'Cannot find file']),
  ignored: 'Cannot process specified file: it’s ignored'
}

const configCause = /^Cannot (?:parse|read)(?: given)? file `(.+)`$/

function firstLine(value: unknown): string {
  return String(value ?? '')
    .split(/\r?\n/)[0]
    .trim()
}

/** One clear sentence from an error chain: the wrapper's words add nothing. */
function explain(error: unknown): string {
  const value = error as {message?: unknown; cause?: unknown; code?: unknown; name?: unknown}
  if (value?.code === 'EACCES' || value?.code === 'EPERM') return 'Cannot read file: permission denied'
  if (value?.code === 'EISDIR') return 'Cannot read file: it is a folder'
  if (typeof value?.code === 'string' && /^E[A-Z]+$/.test(value.code)) {
    return 'Cannot read file: ' + firstLine(value.message)
  }
  const own = firstLine(value?.message ?? error)
  // `Cannot import \`x.mjs\``: the reason is in the cause.
  if (value?.cause && /^Cannot import /.test(own)) return own + ': ' + explain(value.cause)
  return own
}

/** A config problem in one sentence: JSON and YAML parsers add code frames. */
function explainConfig(error: unknown): string {
  const value = error as {code?: unknown}
  if (value?.code === 'ENOENT') return 'no such file'
  // parse-json ends its first line with ` in <path>`: the file is named already.
  // YAML ends its first line with `:` before a code frame.
  return explain(error)
    .replace(/ while parsing near .*$/, '')
    .replace(/ in \S*$/, '')
    .replace(/:$/, '')
}

type Message = VFile['messages'][number]

function cleanMessage(message: Message, reason: string): void {
  message.reason = reason
  message.message = reason
  message.cause = undefined
  message.stack = ''
  message.source = 'replylint'
}

function isGlob(value: string): boolean {
  return /[*?[\]{}!]/.test(value)
}

function inside(folder: string, file: string): boolean {
  const relative = path.relative(folder, file)
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))
}

/**
 * Turn the engine's processed files into what is reported.
 *
 * - Input problems (binary, invalid UTF-8, too large, unreadable, missing)
 *   become one message naming the problem, without a stack trace.
 * - Files that could not be linted because their config file is broken are
 *   replaced by one entry for the config file.
 * - Ignored files found through a glob or folder are left out; one named
 *   explicitly gets a warning saying it was ignored.
 * - A folder without drafts and a glob that matches nothing get an entry.
 */
export function collectOutcome(processed: VFile[], paths: string[], cwd: string): Outcome {
  const files: VFile[] = []
  const configs = new Map<string, {problem: string; drafts: number}>()
  const literal = new Set(paths.filter((value) => !isGlob(value)).map((value) => path.resolve(cwd, value)))
  let found = 0

  for (const file of processed) {
    let keep = true
    let missing = false
    for (const message of [...file.messages]) {
      if (!message.fatal || message.ruleId) continue
      if (engineReasons.missing.has(message.reason)) {
        missing = true
        cleanMessage(message, 'No such file or folder')
      } else if (message.reason === engineReasons.ignored) {
        missing = true
        if (file.path && literal.has(path.resolve(cwd, file.path))) {
          cleanMessage(message, 'Not linted: the file is ignored by an ignore file (use `--no-ignore` to lint it)')
          message.fatal = false
        } else {
          keep = false
        }
      } else if (message.reason === engineReasons.process && message.cause) {
        const cause = message.cause as {message?: string; cause?: unknown}
        const config = configCause.exec(String(cause.message ?? ''))
        if (config) {
          const entry = configs.get(config[1]) ?? {problem: explainConfig(cause.cause ?? cause), drafts: 0}
          entry.drafts++
          configs.set(config[1], entry)
          keep = false
        } else {
          cleanMessage(message, explain(cause))
        }
      }
    }
    if (!missing) found++
    if (keep) files.push(file)
  }

  for (const [configPath, {problem, drafts}] of configs) {
    const file = new VFile({cwd, path: configPath})
    const message = file.message(
      'Invalid config file: ' + problem + ' (' + drafts + (drafts === 1 ? ' draft' : ' drafts') + ' not linted)'
    )
    message.fatal = true
    message.source = 'replylint'
    files.push(file)
  }

  const all = processed.flatMap((file) => (file.path ? [path.resolve(cwd, file.path)] : []))
  const unattributed = all.filter((file) => ![...literal].some((given) => inside(given, file)))
  for (const given of literal) {
    let folder = false
    try {
      folder = fs.statSync(given).isDirectory()
    } catch {
      // Missing paths already carry the engine's message.
    }
    if (folder && !all.some((file) => inside(given, file))) {
      files.push(fatalFile(cwd, given, 'No drafts found in this folder, expected ' + extensions.slice(0, -1).join(', ') + ' or ' + extensions[extensions.length - 1] + ' files'))
    }
  }
  // Which glob matched which file is not known here: only when none of the
  // files came from a glob can every glob be said to match nothing.
  const globs = paths.filter(isGlob)
  if (unattributed.length === 0) {
    for (const pattern of globs) files.push(fatalFile(cwd, pattern, 'No files match this glob'))
  }

  return {files, configErrors: configs.size, found}
}

function fatalFile(cwd: string, filePath: string, reason: string): VFile {
  const file = new VFile({cwd, path: path.isAbsolute(filePath) ? path.relative(cwd, filePath) || '.' : filePath})
  const message = file.message(reason)
  message.fatal = true
  message.source = 'replylint'
  return file
}
