import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {defaultJobs} from '../src/args.js'
import {runJob, type Job} from '../src/jobs.js'
import {LintPool} from '../src/pool.js'
import {fixtures, root, run} from './helpers/run.js'

const workerUrl = new URL('../dist/worker.js', import.meta.url)

/** Drafts of the project corpus, as files: realistic text with findings of every rule. */
function corpusDrafts(count: number): string[] {
  return fs
    .readFileSync(path.join(root, 'fixtures/corpus/own-a.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .slice(0, count)
    .map((line) => (JSON.parse(line) as {text: string}).text)
}

let folder: string

beforeAll(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'replylint-parallel-'))
  const drafts = path.join(folder, 'drafts')
  fs.mkdirSync(drafts)
  corpusDrafts(70).forEach((text, index) => fs.writeFileSync(path.join(drafts, 'draft-' + String(index).padStart(3, '0') + '.txt'), text))
  // Bad input and email, linted among the others.
  for (const name of ['binary.txt', 'empty.txt', 'invalid-utf8.txt']) fs.copyFileSync(path.join(fixtures, 'bad-input', name), path.join(drafts, name))
  for (const name of fs.readdirSync(path.join(fixtures, 'eml'))) fs.copyFileSync(path.join(fixtures, 'eml', name), path.join(drafts, name))
  // A sub-folder with its own configuration: a later stage and a rule turned off.
  const final = path.join(drafts, 'final')
  fs.mkdirSync(final)
  fs.writeFileSync(path.join(final, '.replylintrc'), JSON.stringify({settings: {stage: 'final', rules: {'require-gratitude': 'off'}}}))
  corpusDrafts(30).forEach((text, index) => fs.writeFileSync(path.join(final, 'late-' + index + '.txt'), text))
})

afterAll(() => {
  fs.rmSync(folder, {recursive: true, force: true})
})

describe('linting on several threads', () => {
  it('reports exactly what one thread reports, with the same exit code', async () => {
    const one = await run(['--jobs', '1', '--format', 'json', 'drafts'], {cwd: folder})
    const two = await run(['--jobs', '2', '--format', 'json', 'drafts'], {cwd: folder})
    expect(one.code).toBe(1)
    expect(two.code).toBe(one.code)
    expect(two.stdout).toBe(one.stdout)
    const report = JSON.parse(one.stdout) as Array<{path: string; messages: Array<{ruleId: string | null; fatal: boolean | null}>}>
    // The run really covered every kind of file: corpus findings, bad input, email, the configured folder.
    expect(report.length).toBeGreaterThan(100)
    expect(report.some((file) => file.path.endsWith('binary.txt') && file.messages.some((message) => message.fatal))).toBe(true)
    expect(report.some((file) => file.path.endsWith('.eml') && file.messages.length > 0)).toBe(true)
    const late = report.filter((file) => file.path.includes('late-'))
    expect(late.length).toBe(30)
    expect(late.every((file) => file.messages.every((message) => message.ruleId !== 'require-gratitude'))).toBe(true)
  })

  it('keeps the stylish report the same too', async () => {
    const one = await run(['--jobs', '1', 'drafts'], {cwd: folder})
    const two = await run(['-j', '2', 'drafts'], {cwd: folder})
    expect(two.stderr).toBe(one.stderr)
    expect(two.code).toBe(one.code)
  })

  it('rejects a number of jobs that is not a whole number above 0', async () => {
    const result = await run(['--jobs', '0', 'drafts'], {cwd: folder})
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('Expected `--jobs` to be a whole number above 0')
  })
})

describe('LintPool', () => {
  const settings = JSON.stringify({stage: 'interview'})
  const jobs: Job[] = corpusDrafts(40).map((value, index) => ({path: 'draft-' + index + '.txt', cwd: root, value, data: undefined, settings}))

  it('gives every job the result the main thread gives, with a worker doing part of them', async () => {
    const expected = await Promise.all(jobs.map((job) => runJob(job)))
    const pool = new LintPool({threads: 2, threshold: 4, batch: 3, workerUrl})
    try {
      const results = await Promise.all(jobs.map((job) => pool.lint(job)))
      expect(results).toEqual(expected)
      expect(pool.done.main + pool.done.workers).toBe(jobs.length)
      expect(pool.done.workers).toBeGreaterThan(0)
    } finally {
      pool.close()
    }
  })

  it('starts no worker for fewer jobs than its threshold', async () => {
    const pool = new LintPool({threads: 4, threshold: 16, workerUrl})
    try {
      const results = await Promise.all(jobs.slice(0, 5).map((job) => pool.lint(job)))
      expect(results).toHaveLength(5)
      expect(pool.done).toEqual({main: 5, workers: 0})
    } finally {
      pool.close()
    }
  })

  it('lints on the main thread when the worker cannot start', async () => {
    const pool = new LintPool({threads: 2, threshold: 2, workerUrl: new URL('file:///nonexistent/worker.js')})
    try {
      const results = await Promise.all(jobs.slice(0, 10).map((job) => pool.lint(job)))
      expect(results).toEqual(await Promise.all(jobs.slice(0, 10).map((job) => runJob(job))))
      expect(pool.done.main).toBe(10)
    } finally {
      pool.close()
    }
  })
})

describe('defaultJobs', () => {
  it('uses no worker on two cores or fewer, and at most four threads', () => {
    expect([1, 2, 3, 4, 8, 64].map((cores) => defaultJobs(cores))).toEqual([1, 1, 2, 3, 4, 4])
  })
})
