import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {lines, root, run} from './helpers/run.js'

describe('replylint: exit codes', () => {
  it('`--frail` fails on warnings', async () => {
    expect((await run(['lint/no-thanks.txt'])).code).toBe(0)
    expect((await run(['--frail', 'lint/no-thanks.txt'])).code).toBe(1)
    expect((await run(['--frail', 'lint/clean.txt'])).code).toBe(0)
  })

  it('`--max-warnings` fails on more warnings than allowed', async () => {
    // Two warnings: a reply without thanks, and one over the screening budget.
    const files = ['--stage', 'screening', 'lint/no-thanks.txt', 'lint/screening-200.txt']
    expect((await run(['--max-warnings', '2', ...files])).code).toBe(0)
    expect((await run(['--max-warnings', '1', ...files])).code).toBe(1)
    expect((await run(['--max-warnings', '0', 'lint/clean.txt'])).code).toBe(0)
  })

  it('errors fail whatever the warning settings', async () => {
    expect((await run(['--max-warnings', '10', 'lint/placeholder.txt'])).code).toBe(1)
  })
})

describe('replylint: usage', () => {
  const usage: Array<[string[], string]> = [
    [['--bogus'], "replylint: Unknown option '--bogus'"],
    [['--stage', 'phone'], 'replylint: Unknown `--stage` value `phone`, expected one of: screening, interview, final'],
    [['--format', 'xml'], 'replylint: Unknown `--format` value `xml`, expected one of: stylish, json'],
    [['--max-warnings', 'many'], 'replylint: Expected `--max-warnings` to be a whole number, not `many`'],
    [['--max-size', '0'], 'replylint: Expected `--max-size` to be a whole number above 0, not `0`'],
    [['--stdin', 'lint/clean.txt'], 'replylint: Cannot use `--stdin` with paths: pass either files or a draft on stdin'],
    [['--no-config', '--rc-path', 'rc/custom.json'], 'replylint: Cannot use both `--no-config` and `--rc-path`'],
    [['--ignore-path', 'nope'], 'replylint: Cannot read `--ignore-path` file `nope`: no such file']
  ]

  for (const [args, message] of usage) {
    it(args.join(' ') + ': exit 2 with a hint', async () => {
      const result = await run([...args, 'lint/clean.txt'])
      expect(result.code).toBe(2)
      expect(result.stdout).toBe('')
      expect(lines(result.stderr)).toEqual([message, 'Try `replylint --help` for usage.'])
    })
  }

  it('--help lists every flag', async () => {
    const result = await run(['--help'])
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    for (const flag of [
      '--stage',
      '--format',
      '--quiet',
      '--silent',
      '--verbose',
      '--frail',
      '--max-warnings',
      '--max-size',
      '--rc-path',
      '--ignore-path',
      '--no-config',
      '--no-ignore',
      '--color',
      '--no-color',
      '--stdin',
      '--stdin-filename',
      '--help',
      '--version'
    ]) {
      expect(result.stdout).toContain(flag)
    }
  })

  it('--version prints the package version', async () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'packages/cli/package.json'), 'utf8')) as {version: string}
    expect(await run(['--version'])).toEqual({code: 0, stdout: manifest.version + '\n', stderr: ''})
  })

  it('--color forces ANSI colours, --no-color turns them off', async () => {
    expect((await run(['--color', 'lint/placeholder.txt'])).stderr).toContain('\u001B[31merror')
    expect((await run(['--no-color', 'lint/placeholder.txt'])).stderr).not.toContain('\u001B[')
  })
})

describe('replylint: JSON output', () => {
  it('prints vfile-reporter-json on stdout, with place offsets', async () => {
    const result = await run(['--format', 'json', 'lint/placeholder.txt', 'lint/clean.txt'])
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('')
    const files = JSON.parse(result.stdout) as Array<Record<string, unknown>>
    expect(files.map((file) => file.path)).toEqual(['lint/clean.txt', 'lint/placeholder.txt'])
    expect(files[0].messages).toEqual([])
    const [message] = files[1].messages as Array<Record<string, unknown>>
    expect(message).toEqual({
      line: 3,
      column: 33,
      fatal: true,
      place: {start: {line: 3, column: 33, offset: 44}, end: {line: 3, column: 44, offset: 55}},
      reason: 'Unexpected placeholder `{Job Title}`, fill it in before sending',
      ruleId: 'no-template-placeholder',
      source: 'replylint',
      actual: '{Job Title}',
      expected: [],
      note: expect.any(String),
      url: 'https://github.com/replylint/replylint/blob/main/docs/rules/no-template-placeholder.md'
    })
    const text = fs.readFileSync(path.join(root, 'fixtures/cli/lint/placeholder.txt'), 'utf8')
    expect(text.slice(44, 55)).toBe('{Job Title}')
  })

  it('reports bad input and config problems in the same shape', async () => {
    const result = await run(['--format', 'json', 'bad-input/binary.txt', 'bad-config/stage'])
    expect(result.code).toBe(2)
    const files = JSON.parse(result.stdout) as Array<{path: string; messages: Array<{fatal: boolean; reason: string; source: string}>}>
    expect(files.map((file) => [file.path, file.messages.map((message) => [message.fatal, message.source])])).toEqual([
      ['bad-config/stage/.replylintrc', [[true, 'replylint']]],
      ['bad-input/binary.txt', [[true, 'replylint']]]
    ])
  })

  it('`--quiet` leaves files without messages out of the JSON too', async () => {
    const result = await run(['--format', 'json', '--quiet', 'lint/clean.txt'])
    expect(JSON.parse(result.stdout)).toEqual([])
  })
})
