import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {fixtures, lines, root, run} from './helpers/run.js'

describe('replylint: linting drafts', () => {
  it('reports a placeholder as an error with its rule and position (exit 1)', async () => {
    const result = await run(['lint/placeholder.txt'])
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(lines(result.stderr)).toEqual([
      'lint/placeholder.txt',
      '3:33-3:44 error Unexpected placeholder `{Job Title}`, fill it in before sending no-template-placeholder replylint',
      '',
      '✖ 1 error'
    ])
  })

  it('reports a draft without thanks (warning, exit 0)', async () => {
    const result = await run(['lint/no-thanks.txt'])
    expect(result.code).toBe(0)
    expect(result.stderr).toMatch(/^lint\/no-thanks\.txt\n3:1-3:1 warning Unexpected reply without thanks.* require-gratitude replylint\n/)
    expect(result.stderr).toMatch(/⚠ 1 warning\n$/)
  })

  it('prints nothing but the summary for a clean draft (exit 0)', async () => {
    const result = await run(['lint/clean.txt'])
    expect(result).toEqual({code: 0, stdout: '', stderr: 'lint/clean.txt: no issues found\n'})
  })

  it('applies `--stage screening` to a 200-word reply (no-excess-length)', async () => {
    const screening = await run(['--stage', 'screening', 'lint/screening-200.txt'])
    expect(screening.code).toBe(0)
    expect(screening.stderr).toMatch(
      /warning Unexpected `200` words in the body, expected at most `75` for the `screening` stage, remove `125` no-excess-length replylint/
    )
    // The same reply after a final round is within budget.
    const final = await run(['--stage', 'final', 'lint/screening-200.txt'])
    expect(final).toEqual({code: 0, stdout: '', stderr: 'lint/screening-200.txt: no issues found\n'})
  })

  it('expands folders to .txt, .md and .eml drafts, sorted by path', async () => {
    const result = await run(['lint'])
    expect(result.code).toBe(1)
    const headers = lines(result.stderr).filter((line) => line.startsWith('lint/'))
    expect(headers).toEqual([
      'lint/clean.txt: no issues found',
      'lint/no-thanks.txt',
      'lint/placeholder.txt',
      'lint/screening-200.txt'
    ])
  })

  it('expands globs', async () => {
    const result = await run(['lint/*-*.txt', 'eml/*.eml'])
    const headers = lines(result.stderr).filter((line) => /^\w[\w/.-]*(:|$)/.test(line) && !line.includes(' error') && !/^\d/.test(line))
    expect(headers.map((line) => line.split(':')[0])).toEqual([
      'eml/base64.eml',
      'eml/html-only.eml',
      'eml/plain-7bit.eml',
      'eml/quoted-printable.eml',
      'lint/no-thanks.txt',
      'lint/screening-200.txt'
    ])
  })

  it('sorts messages by position', async () => {
    const result = await run(['--format', 'json', path.join(root, 'fixtures/drafts/example.txt')])
    const [file] = JSON.parse(result.stdout) as Array<{messages: Array<{place: {start: {offset: number}}}>}>
    const offsets = file.messages.map((message) => message.place.start.offset)
    expect(offsets.length).toBeGreaterThan(0)
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b))
  })

  it('`--quiet` leaves out files without messages; `--silent` shows only errors', async () => {
    const quiet = await run(['--quiet', 'lint/clean.txt', 'lint/no-thanks.txt'])
    expect(quiet.stderr).not.toContain('clean.txt')
    expect(quiet.stderr).toContain('lint/no-thanks.txt')
    const silent = await run(['--silent', 'lint/no-thanks.txt', 'lint/placeholder.txt'])
    expect(silent.stderr).not.toContain('require-gratitude')
    expect(silent.stderr).toContain('no-template-placeholder')
  })

  it('`--verbose` adds the note and documentation link', async () => {
    const result = await run(['--verbose', 'lint/placeholder.txt'])
    expect(result.stderr).toContain('https://github.com/replylint/replylint/blob/main/docs/rules/no-template-placeholder.md')
    expect(result.stderr).toContain('[note]')
  })

  it('never writes to a draft and never prints it back', async () => {
    const file = path.join(fixtures, 'lint/placeholder.txt')
    const before = fs.readFileSync(file)
    const mtime = fs.statSync(file).mtimeMs
    const draft = before.toString('utf8')
    for (const args of [['lint/placeholder.txt'], ['--format', 'json', 'lint/placeholder.txt']]) {
      const result = await run(args)
      // The report quotes the placeholder (`actual`), never the draft's sentences.
      expect(result.stdout + result.stderr).not.toContain('I appreciated the chance')
    }
    const piped = await run([], {input: draft})
    expect(piped.stdout).toBe('')
    expect(piped.stderr).not.toContain('I appreciated the chance')
    expect(fs.readFileSync(file).equals(before)).toBe(true)
    expect(fs.statSync(file).mtimeMs).toBe(mtime)
  })
})

describe('replylint: stdin', () => {
  it('reads stdin when no paths are given', async () => {
    const input = fs.readFileSync(path.join(fixtures, 'lint/placeholder.txt'))
    const result = await run([], {input})
    expect(result.code).toBe(1)
    expect(lines(result.stderr)[0]).toBe('<stdin>')
    expect(result.stderr).toContain('3:33-3:44 error Unexpected placeholder `{Job Title}`')
  })

  it('reads stdin with `--stdin` and names it with `--stdin-filename`', async () => {
    const input = fs.readFileSync(path.join(fixtures, 'lint/clean.txt'))
    const result = await run(['--stdin', '--stdin-filename', 'reply.txt'], {input})
    expect(result).toEqual({code: 0, stdout: '', stderr: 'reply.txt: no issues found\n'})
  })

  it('decodes stdin as email when `--stdin-filename` ends in .eml', async () => {
    const input = fs.readFileSync(path.join(fixtures, 'eml/base64.eml'))
    const asEmail = await run(['--stdin-filename', 'reply.eml'], {input})
    expect(asEmail.code).toBe(1)
    expect(asEmail.stderr).toContain('3:33-3:44 error Unexpected placeholder `{Job Title}`')
    // As plain text the base64 body hides the placeholder.
    const asText = await run(['--stdin-filename', 'reply.txt'], {input})
    expect(asText.stderr).not.toContain('{Job Title}')
  })
})

describe('replylint: .eml drafts', () => {
  it('lints a 7bit message at the positions of the .eml file', async () => {
    const result = await run(['eml/plain-7bit.eml'])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('12:33-12:44 error Unexpected placeholder `[Job Title]`')
    const text = fs.readFileSync(path.join(fixtures, 'eml/plain-7bit.eml'), 'utf8').split(/\r?\n/)
    expect(text[11].slice(32, 43)).toBe('[Job Title]')
  })

  it('decodes quoted-printable, base64 and html-only messages', async () => {
    const result = await run(['--format', 'json', 'eml/quoted-printable.eml', 'eml/base64.eml', 'eml/html-only.eml'])
    const files = JSON.parse(result.stdout) as Array<{path: string; messages: Array<{ruleId?: string; actual?: string}>}>
    const byPath = Object.fromEntries(files.map((file) => [file.path, file.messages.map((message) => message.ruleId)]))
    expect(byPath).toEqual({
      'eml/base64.eml': ['no-template-placeholder'],
      'eml/html-only.eml': ['require-gratitude'],
      'eml/quoted-printable.eml': ['require-gratitude']
    })
    expect(files.find((file) => file.path === 'eml/base64.eml')?.messages[0].actual).toBe('{Job Title}')
  })
})
