import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {lines, run} from './helpers/run.js'

const screeningLength = /warning Unexpected `97` words in the body, expected at most `75` for the `screening` stage/

describe('replylint: config files', () => {
  it('finds a .replylintrc.json upward from the draft’s folder', async () => {
    const result = await run(['upward/team/screening-replies/reply.txt'])
    expect(result.code).toBe(0)
    expect(result.stderr).toMatch(screeningLength)
  })

  it('`--stage` overrides the stage from the config file', async () => {
    const result = await run(['--stage', 'interview', 'upward/team/screening-replies/reply.txt'])
    expect(result.stderr).toBe('upward/team/screening-replies/reply.txt: no issues found\n')
  })

  it('`--no-config` does not search for config files', async () => {
    const result = await run(['--no-config', 'upward/team/screening-replies/reply.txt'])
    expect(result).toEqual({code: 0, stdout: '', stderr: 'upward/team/screening-replies/reply.txt: no issues found\n'})
  })

  it('reads the `replylint` field of package.json', async () => {
    expect((await run(['lint/no-thanks.txt'])).stderr).toContain('require-gratitude')
    const result = await run(['pkg/no-thanks.txt'])
    expect(result.stderr).toBe('pkg/no-thanks.txt: no issues found\n')
  })

  it('turns a rule off from a YAML config (`"off"`)', async () => {
    const result = await run(['rule-off/no-thanks.txt'])
    expect(result.stderr).toBe('rule-off/no-thanks.txt: no issues found\n')
  })

  it('`--rc-path` uses the given config instead of searching', async () => {
    // rc/custom.json: screening stage and `require-gratitude: ["off"]`.
    const withRc = await run(['--rc-path', 'rc/custom.json', 'lint/no-thanks.txt', 'upward/team/screening-replies/reply.txt'])
    expect(withRc.stderr).not.toContain('require-gratitude')
    expect(withRc.stderr).toMatch(screeningLength)
  })

  it('`--rc-path` to a missing file is a usage error', async () => {
    const result = await run(['--rc-path', 'rc/nope.json', 'lint/clean.txt'])
    expect(result.code).toBe(2)
    expect(lines(result.stderr)[0]).toBe('replylint: Cannot read `--rc-path` file `rc/nope.json`: no such file')
  })
})

describe('replylint: malformed config files', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['json', 'bad-config/json/.replylintrc', /Invalid config file: Expected double-quoted property name in JSON at position \d+ \(1 draft not linted\)/],
    ['yaml', 'bad-config/yaml/.replylintrc.yml', /Invalid config file: Flow sequence .* at line \d+, column \d+ \(1 draft not linted\)/],
    [
      'unknown-rule',
      'bad-config/unknown-rule/.replylintrc.json',
      /Invalid config file: Unknown rule `require-thanks` in `settings.rules`, expected one of: .*require-gratitude/
    ],
    [
      'stage',
      'bad-config/stage/.replylintrc',
      /Invalid config file: Unknown stage `phone-screen` in `settings.stage`, expected one of: screening, interview, final/
    ],
    [
      'severity',
      'bad-config/severity/.replylintrc',
      /Invalid config file: Incorrect severity `"disable"` for rule `require-gratitude` in `settings.rules`, expected `off`, `warn` or `error`/
    ],
    ['top-level', 'bad-config/top-level/.replylintrc', /Invalid config file: Unknown key `stage`, expected `settings` or `plugins` \(did you mean `settings.stage`\?\)/]
  ]

  for (const [name, config, reason] of cases) {
    it(name + ': one message naming the config file, exit 2', async () => {
      const result = await run(['bad-config/' + name])
      expect(result.code).toBe(2)
      const report = lines(result.stderr)
      expect(report[0]).toBe(config)
      expect(report[1]).toMatch(reason)
      expect(report.slice(2)).toEqual(['', '✖ 1 error'])
      // No stack traces.
      expect(result.stderr).not.toMatch(/\n\s+at /)
    })
  }

  it('still lints drafts under other, valid configs', async () => {
    const result = await run(['bad-config/stage', 'lint/placeholder.txt'])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('bad-config/stage/.replylintrc')
    expect(result.stderr).toContain('no-template-placeholder')
  })
})

describe('replylint: ignore files', () => {
  it('skips files and folders listed in .replylintignore', async () => {
    const result = await run(['ignore'])
    expect(result).toEqual({code: 0, stdout: '', stderr: 'ignore/keep.txt: no issues found\n'})
  })

  it('skips ignored files matched by a glob', async () => {
    const result = await run(['ignore/*.txt'])
    expect(result.stderr).toBe('ignore/keep.txt: no issues found\n')
  })

  it('warns when an ignored file is named explicitly', async () => {
    const result = await run(['ignore/skip.txt', 'ignore/keep.txt'])
    expect(result.code).toBe(0)
    expect(result.stderr).toContain('ignore/skip.txt\n warning Not linted: the file is ignored by an ignore file (use `--no-ignore` to lint it)')
  })

  it('`--no-ignore` lints everything', async () => {
    const result = await run(['--no-ignore', 'ignore'])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('ignore/archive/old.txt')
    expect(result.stderr).toContain('ignore/skip.txt')
  })

  it('`--ignore-path` adds an ignore file', async () => {
    const result = await run(['--ignore-path', 'ignore/.replylintignore', '--no-ignore', 'ignore'])
    expect(result.stderr).toBe('ignore/keep.txt: no issues found\n')
  })
})

describe('replylint: plugins from config files', () => {
  let folder: string

  beforeAll(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'replylint-plugin-'))
    // A retext plugin of the team's own, next to the config that names it.
    fs.writeFileSync(
      path.join(folder, 'sign-off.mjs'),
      [
        'export default function signOff() {',
        '  return (tree, file) => {',
        "    if (!/Best,/.test(String(file))) file.message('Expected `Best,` before the name', {ruleId: 'sign-off', source: 'team'})",
        '  }',
        '}'
      ].join('\n')
    )
    fs.writeFileSync(path.join(folder, '.replylintrc.json'), JSON.stringify({plugins: ['./sign-off.mjs']}))
    const drafts = ['Hi Sam,\n\nThank you for letting me know.\n\nBest,\nAlex\n', 'Hi Sam,\n\nThank you for letting me know.\n\nCheers,\nAlex\n']
    // Enough drafts that several threads would be used: a plugin of its own keeps them on one.
    for (let index = 0; index < 40; index++) fs.writeFileSync(path.join(folder, 'reply-' + index + '.txt'), drafts[index % 2])
  })

  afterAll(() => {
    fs.rmSync(folder, {recursive: true, force: true})
  })

  it('loads a plugin named in a config file and runs it after the rules', async () => {
    const result = await run(['--jobs', '2', '--format', 'json', '.'], {cwd: folder})
    const report = JSON.parse(result.stdout) as Array<{path: string; messages: Array<{ruleId: string; source: string}>}>
    expect(report).toHaveLength(40)
    const flagged = report.filter((file) => file.messages.some((message) => message.ruleId === 'sign-off' && message.source === 'team'))
    expect(flagged.map((file) => Number(/\d+/.exec(file.path)?.[0]) % 2)).toEqual(Array.from({length: 20}, () => 1))
    expect((await run(['--jobs', '1', '--format', 'json', '.'], {cwd: folder})).stdout).toBe(result.stdout)
  })
})

describe('replylint: config files that cannot be read', () => {
  let folder: string

  beforeAll(() => {
    // A config file two folders up that nobody may read, and the folders between without one.
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'replylint-locked-config-'))
    fs.mkdirSync(path.join(folder, 'team/replies'), {recursive: true})
    for (const dir of [folder, path.join(folder, 'team'), path.join(folder, 'team/replies')]) fs.chmodSync(dir, 0o755)
    fs.writeFileSync(path.join(folder, 'team/replies/reply.txt'), 'Hi Sam,\n\nThank you for letting me know.\n\nBest,\nAlex\n')
    fs.chmodSync(path.join(folder, 'team/replies/reply.txt'), 0o644)
    fs.writeFileSync(path.join(folder, '.replylintrc.json'), '{}')
    fs.chmodSync(path.join(folder, '.replylintrc.json'), 0o000)
  })

  afterAll(() => {
    fs.rmSync(folder, {recursive: true, force: true})
  })

  it('names the unreadable config file, does not lint with a guessed config, and exits 2', async () => {
    // Root reads chmod-000 files, so run the CLI as an unprivileged user there.
    const user = process.getuid?.() === 0 ? {uid: 65534, gid: 65534} : {}
    const result = await run(['team/replies/reply.txt'], {...user, cwd: folder})
    expect(result.code).toBe(2)
    expect(lines(result.stderr)).toEqual([
      '.replylintrc.json',
      ' error Invalid config file: Cannot read file: permission denied (1 draft not linted)  replylint',
      '',
      '✖ 1 error'
    ])
    // Without the search, the draft is linted.
    expect(await run(['--no-config', 'team/replies/reply.txt'], {...user, cwd: folder})).toEqual({code: 0, stdout: '', stderr: 'team/replies/reply.txt: no issues found\n'})
  })
})
