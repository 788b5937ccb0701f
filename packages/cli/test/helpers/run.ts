import {spawn} from 'node:child_process'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

/** The repository root. */
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..')

/** The built bin, as installed for users (`node_modules/.bin/replylint` runs this file). */
export const bin = path.join(root, 'packages/cli/bin/replylint.js')

/** Fixtures of the CLI tests. */
export const fixtures = path.join(root, 'fixtures/cli')

/** What a run of the CLI printed and returned. */
export interface Result {
  code: number | null
  stdout: string
  stderr: string
}

/** How to run the CLI. */
export interface RunOptions {
  /** Working folder (default: `fixtures/cli`). */
  cwd?: string
  /** Text piped to stdin; when absent, stdin is closed empty. */
  input?: string | Buffer
  /** Run as this user id (only possible as root). */
  uid?: number
  gid?: number
}

/**
 * Spawn the built CLI and collect its exit code and output.
 *
 * Colour is turned off through the environment, as a CI would, so reports
 * compare as plain text.
 */
export function run(args: string[], options: RunOptions = {}): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      cwd: options.cwd ?? fixtures,
      env: {...process.env, FORCE_COLOR: '0', NO_COLOR: '1'},
      uid: options.uid,
      gid: options.gid
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({code, stdout, stderr}))
    child.stdin.end(options.input ?? '')
  })
}

/** Lines of a report without trailing blank ones. */
export function lines(text: string): string[] {
  return text.replace(/\n+$/, '').split('\n')
}
