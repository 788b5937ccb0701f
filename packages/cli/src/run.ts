import process from 'node:process'
import {replylint} from 'replylint'
import {engine, type Context} from 'unified-engine'
import type {VFile} from 'vfile'
import {defaultMaxSize, type CliOptions} from './args.js'
import {checkConfig} from './config.js'
import {offloadingProcessor} from './offload.js'
import {extensions} from './outcome.js'
import {LintPool} from './pool.js'

/** Where the engine runs. */
export interface RunContext {
  cwd: string
  /** Draft read when no paths are given. */
  stdin: NodeJS.ReadableStream
}

/**
 * Lint with unified-engine and call back with the processed files.
 *
 * Reporting is not left to the engine: the files are cleaned up and
 * reported afterwards (see `collectOutcome`), and nothing is ever written to
 * a draft or printed from it (`output: false`, `out: false`).
 */
export function runEngine(options: CliOptions, context: RunContext): Promise<VFile[]> {
  // CLI settings are merged over each config file's settings; `maxSize` only
  // when given, so a config file can set it and 1 MiB stays the default.
  const given: Record<string, unknown> = {}
  if (options.stage) given.stage = options.stage
  if (options.maxSize !== undefined) given.maxSize = options.maxSize

  // Many drafts are linted on several threads (see `pool.ts`); the pool
  // starts no worker for a few.
  const pool = options.jobs > 1 ? new LintPool({threads: options.jobs, workerUrl: new URL('./worker.js', import.meta.url)}) : undefined

  return new Promise((resolve, reject) => {
    engine(
      {
        // The frozen library processor: the preset is baked in, so config
        // files can reconfigure (or turn off) its rules.
        processor: pool ? offloadingProcessor(pool) : replylint,
        cwd: context.cwd,
        files: options.stdin ? [] : options.paths,
        extensions,
        streamIn: context.stdin,
        filePath: options.stdin ? options.stdinFilename : undefined,
        rcName: '.replylintrc',
        packageField: 'replylint',
        detectConfig: options.config,
        rcPath: options.rcPath,
        configTransform: checkConfig as never,
        defaultConfig: {settings: {maxSize: defaultMaxSize} as never},
        ignoreName: '.replylintignore',
        detectIgnore: options.ignore,
        ignorePath: options.ignorePath,
        settings: given as never,
        output: false,
        out: false,
        color: false,
        // Reported by the caller.
        reporter: () => '',
        streamError: process.stderr
      },
      (error: Error | undefined, _code?: 0 | 1, result?: Context) => {
        pool?.close()
        if (error) reject(error)
        else resolve(result?.files ?? [])
      }
    )
  })
}
