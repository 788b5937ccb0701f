import fs from 'node:fs'
import path from 'node:path'
import process from 'node:process'
import {parseCli, UsageError, type CliOptions} from './args.js'
import {exitCode} from './exit.js'
import {formatReport} from './format.js'
import {help} from './help.js'
import {collectOutcome} from './outcome.js'
import {runEngine} from './run.js'

export {parseCli, UsageError, defaultJobs, defaultMaxSize, formats, type CliOptions, type Format} from './args.js'
export {exitCode, type ExitCode} from './exit.js'
export {serveJobs} from './serve-jobs.js'

/** Where the CLI reads and writes; `process`'s streams by default. */
export interface Io {
  cwd: string
  stdin: NodeJS.ReadableStream
  stdout: NodeJS.WritableStream
  stderr: NodeJS.WritableStream
}

function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (!text) return Promise.resolve()
  return new Promise((resolve) => {
    stream.write(text, () => resolve())
  })
}

function version(): string {
  const manifest = JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {version: string}
  return manifest.version
}

/** A file named by a flag must exist: otherwise every draft would fail with a vague message. */
function checkGivenFile(flag: string, value: string | undefined, cwd: string): void {
  if (value === undefined) return
  if (!fs.existsSync(path.resolve(cwd, value))) throw new UsageError('Cannot read `--' + flag + '` file `' + value + '`: no such file')
}

/**
 * Run replylint on the command line `argv` (without `node` and the script).
 *
 * @returns The exit code: 0 nothing fails, 1 errors (or warnings with
 *   `--frail` / over `--max-warnings`), 2 usage error, bad config or no drafts found.
 */
export async function main(argv: string[], io?: Partial<Io>): Promise<number> {
  const streams: Io = {
    cwd: io?.cwd ?? process.cwd(),
    stdin: io?.stdin ?? process.stdin,
    stdout: io?.stdout ?? process.stdout,
    stderr: io?.stderr ?? process.stderr
  }

  let options: CliOptions
  try {
    options = parseCli(argv)
    checkGivenFile('rc-path', options.rcPath, streams.cwd)
    checkGivenFile('ignore-path', options.ignorePath, streams.cwd)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    await write(streams.stderr, 'replylint: ' + error.message + '\nTry `replylint --help` for usage.\n')
    return 2
  }

  if (options.help) {
    await write(streams.stdout, help)
    return 0
  }
  if (options.version) {
    await write(streams.stdout, version() + '\n')
    return 0
  }
  if (options.stdin && 'isTTY' in streams.stdin && streams.stdin.isTTY) {
    await write(
      streams.stderr,
      'replylint: no input: pass drafts, folders or globs, or pipe a draft to stdin\nTry `replylint --help` for usage.\n'
    )
    return 2
  }

  let processed
  try {
    processed = await runEngine(options, {cwd: streams.cwd, stdin: streams.stdin})
  } catch (error) {
    // Engine-level failures (bad options, unreadable ignore file): no report to show.
    await write(streams.stderr, 'replylint: ' + String((error as Error).message ?? error).split('\n')[0] + '\n')
    return 2
  }

  const outcome = collectOutcome(processed, options.stdin ? [] : options.paths, streams.cwd)
  const report = formatReport(outcome.files, {
    format: options.format,
    color: options.color,
    quiet: options.quiet,
    silent: options.silent,
    verbose: options.verbose
  })
  await write(options.format === 'json' ? streams.stdout : streams.stderr, report)
  const code = exitCode(outcome, options)
  if (code === 2 && outcome.found === 0 && outcome.configErrors === 0) {
    await write(streams.stderr, 'replylint: no drafts found\n')
  }
  return code
}
