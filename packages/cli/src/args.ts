import os from 'node:os'
import {parseArgs} from 'node:util'
import {stages, type Stage} from 'replylint'

/** Output formats of the report. */
export const formats = ['stylish', 'json'] as const

/** A report format. */
export type Format = (typeof formats)[number]

/** Largest draft linted when `--max-size` is not given: 1 MiB. */
export const defaultMaxSize = 1024 * 1024

/** What the command line asked for. */
export interface CliOptions {
  /** Paths, folders or globs; empty means stdin. */
  paths: string[]
  /** Read the draft from stdin. */
  stdin: boolean
  /** Name (and so type: `.eml`) of the draft read from stdin. */
  stdinFilename: string | undefined
  stage: Stage | undefined
  format: Format
  quiet: boolean
  silent: boolean
  verbose: boolean
  frail: boolean
  maxWarnings: number | undefined
  /** Largest draft to lint; `undefined` when not given (config or default applies). */
  maxSize: number | undefined
  /** Threads to lint on, the main one included (workers start only for many drafts). */
  jobs: number
  rcPath: string | undefined
  ignorePath: string | undefined
  config: boolean
  ignore: boolean
  /** `true`/`false` when forced, `undefined` to detect from the terminal. */
  color: boolean | undefined
  help: boolean
  version: boolean
}

/**
 * Threads by default: one per core but one, at most four; none extra on two
 * cores or fewer. V8 compiles and collects garbage on threads of its own,
 * which take the second core of a two-core machine: there, 1,000 drafts on
 * two threads took as long as on one (`docs/performance.md`).
 */
export function defaultJobs(cores = os.availableParallelism()): number {
  return cores <= 2 ? 1 : Math.min(cores - 1, 4)
}

/** A mistake on the command line: reported with a hint and exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}

// `--no-*` flags are declared as their own booleans: `allowNegative` is not
// in every Node 20 release.
const spec = {
  stage: {type: 'string'},
  format: {type: 'string'},
  quiet: {type: 'boolean', short: 'q'},
  silent: {type: 'boolean', short: 's'},
  verbose: {type: 'boolean'},
  frail: {type: 'boolean', short: 'f'},
  'max-warnings': {type: 'string'},
  'max-size': {type: 'string'},
  jobs: {type: 'string', short: 'j'},
  'rc-path': {type: 'string', short: 'r'},
  'ignore-path': {type: 'string', short: 'i'},
  'no-config': {type: 'boolean'},
  'no-ignore': {type: 'boolean'},
  color: {type: 'boolean'},
  'no-color': {type: 'boolean'},
  stdin: {type: 'boolean'},
  'stdin-filename': {type: 'string'},
  help: {type: 'boolean', short: 'h'},
  version: {type: 'boolean', short: 'v'}
} as const

function count(flag: string, value: string | undefined, minimum: number): number | undefined {
  if (value === undefined) return undefined
  if (!/^\d+$/.test(value) || Number(value) < minimum) {
    throw new UsageError('Expected `--' + flag + '` to be a whole number' + (minimum > 0 ? ' above 0' : '') + ', not `' + value + '`')
  }
  return Number(value)
}

function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined
  if (!allowed.includes(value as T)) {
    throw new UsageError('Unknown `--' + flag + '` value `' + value + '`, expected one of: ' + allowed.join(', '))
  }
  return value as T
}

/**
 * Parse the command line.
 *
 * @throws {UsageError} On an unknown flag, a missing or bad value, or flags that contradict each other.
 */
export function parseCli(argv: string[]): CliOptions {
  let parsed: ReturnType<typeof parseArgs<{options: typeof spec; allowPositionals: true; strict: true}>>
  try {
    parsed = parseArgs({args: argv, options: spec, allowPositionals: true, strict: true})
  } catch (error) {
    // Node's messages name the flag but end with advice for programmers
    // (`To specify a positional argument starting with a '-'…`): keep the first sentence.
    const message = String((error as Error).message).split(/\.\s/)[0].replace(/\.$/, '')
    throw new UsageError(message)
  }
  const values = parsed.values
  const paths = parsed.positionals

  if (values.color && values['no-color']) throw new UsageError('Cannot use both `--color` and `--no-color`')
  if (values.stdin && paths.length > 0) {
    throw new UsageError('Cannot use `--stdin` with paths: pass either files or a draft on stdin')
  }
  if (values['stdin-filename'] !== undefined && paths.length > 0) {
    throw new UsageError('Cannot use `--stdin-filename` with paths: it names the draft read from stdin')
  }
  if (values['no-config'] && values['rc-path'] !== undefined) {
    throw new UsageError('Cannot use both `--no-config` and `--rc-path`')
  }

  return {
    paths,
    stdin: values.stdin === true || paths.length === 0,
    stdinFilename: values['stdin-filename'],
    stage: oneOf('stage', values.stage, stages),
    format: oneOf('format', values.format, formats) ?? 'stylish',
    quiet: values.quiet === true,
    silent: values.silent === true,
    verbose: values.verbose === true,
    frail: values.frail === true,
    maxWarnings: count('max-warnings', values['max-warnings'], 0),
    maxSize: count('max-size', values['max-size'], 1),
    jobs: count('jobs', values.jobs, 1) ?? defaultJobs(),
    rcPath: values['rc-path'],
    ignorePath: values['ignore-path'],
    config: values['no-config'] !== true,
    ignore: values['no-ignore'] !== true,
    color: values.color ? true : values['no-color'] ? false : undefined,
    help: values.help === true,
    version: values.version === true
  }
}
