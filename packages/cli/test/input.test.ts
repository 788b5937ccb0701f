import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {fixtures, lines, run} from './helpers/run.js'

/** A scratch folder for inputs too big or too odd to commit. */
let scratch: string

beforeAll(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'replylint-cli-'))
  fs.chmodSync(scratch, 0o755)
  fs.writeFileSync(path.join(scratch, 'huge.txt'), 'Thank you for the news. '.repeat(Math.ceil((10 * 1024 * 1024) / 24)))
  fs.copyFileSync(path.join(fixtures, 'lint/clean.txt'), path.join(scratch, 'clean.txt'))
  fs.copyFileSync(path.join(fixtures, 'lint/placeholder.txt'), path.join(scratch, 'locked.txt'))
  fs.chmodSync(path.join(scratch, 'locked.txt'), 0o000)
})

afterAll(() => {
  fs.rmSync(scratch, {recursive: true, force: true})
})

describe('replylint: bad input', () => {
  it('gives each bad input one clear message and still lints the others', async () => {
    const result = await run([
      'bad-input',
      'no-drafts',
      'missing.txt',
      'lint/placeholder.txt',
      '--max-size',
      '2048',
      path.join(scratch, 'huge.txt')
    ])
    expect(result.code).toBe(1)
    const report = lines(result.stderr)
    // File header, then its one message.
    const messageOf = (file: string) => report[report.indexOf(file) + 1]
    expect(messageOf('bad-input/binary.txt')).toMatch(
      /^ +error +Cannot lint binary data: the file contains NUL bytes, expected a text draft +replylint$/
    )
    expect(messageOf('bad-input/invalid-utf8.txt')).toMatch(/^ +error +Cannot lint invalid UTF-8: save the draft as UTF-8 text +replylint$/)
    expect(messageOf('bad-input/empty.txt')).toMatch(/^ +warning +Empty draft: nothing to lint +replylint$/)
    expect(messageOf('missing.txt')).toMatch(/^ +error +No such file or folder +replylint$/)
    expect(messageOf('no-drafts')).toMatch(/^ +error +No drafts found in this folder, expected \.txt, \.md or \.eml files +replylint$/)
    expect(messageOf(path.relative(fixtures, path.join(scratch, 'huge.txt')))).toMatch(
      /^ +error +Cannot lint a 10\.0 MB file, expected a draft of at most 2 KB +replylint$/
    )
    // Each bad file has exactly one message; good files are linted as usual.
    for (const file of ['bad-input/binary.txt', 'bad-input/invalid-utf8.txt', 'bad-input/empty.txt', 'missing.txt', 'no-drafts']) {
      const next = report[report.indexOf(file) + 2]
      expect(next === '' || next === undefined).toBe(true)
    }
    expect(report).toContain('bad-input/fine.txt: no issues found')
    expect(result.stderr).toMatch(/3:33-3:44 +error +Unexpected placeholder `\{Job Title\}`/)
    expect(result.stderr).not.toMatch(/\n\s+at |\[cause\]/)
  })

  it('limits drafts to 1 MiB by default', async () => {
    const result = await run([path.join(scratch, 'huge.txt'), path.join(scratch, 'clean.txt')])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('Cannot lint a 10.0 MB file, expected a draft of at most 1.0 MB')
    expect(result.stderr).toMatch(/clean\.txt: no issues found/)
  })

  it('a config file can set the size limit; `--max-size` overrides it', async () => {
    const folder = fs.mkdtempSync(path.join(scratch, 'sized-'))
    fs.writeFileSync(path.join(folder, '.replylintrc'), JSON.stringify({settings: {maxSize: 64}}))
    fs.copyFileSync(path.join(fixtures, 'lint/clean.txt'), path.join(folder, 'reply.txt'))
    const fromConfig = await run(['reply.txt'], {cwd: folder})
    expect(fromConfig.stderr).toMatch(/Cannot lint a 1 KB file, expected a draft of at most 1 KB/)
    const fromFlag = await run(['--max-size', '100000', 'reply.txt'], {cwd: folder})
    expect(fromFlag).toEqual({code: 0, stdout: '', stderr: 'reply.txt: no issues found\n'})
  })

  it('reports an unreadable file (chmod 000)', async () => {
    const locked = path.join(scratch, 'locked.txt')
    const root = process.getuid?.() === 0
    // Root reads chmod-000 files, so run the CLI as an unprivileged user there.
    const result = await run([locked, path.join(scratch, 'clean.txt')], root ? {uid: 65534, gid: 65534, cwd: scratch} : {cwd: scratch})
    expect(result.code).toBe(1)
    expect(lines(result.stderr)).toEqual([
      'clean.txt: no issues found',
      'locked.txt',
      ' error Cannot read file: permission denied  replylint',
      '',
      '✖ 1 error'
    ])
  })

  it('exits 2 when no draft is found', async () => {
    const missing = await run(['missing.txt'])
    expect(missing.code).toBe(2)
    expect(lines(missing.stderr)).toEqual(['missing.txt', ' error No such file or folder  replylint', '', '✖ 1 error', 'replylint: no drafts found'])
    const folder = await run(['no-drafts'])
    expect(folder.code).toBe(2)
    const glob = await run(['lint/*.docx'])
    expect(glob.code).toBe(2)
    expect(lines(glob.stderr)).toEqual(['lint/*.docx', ' error No files match this glob  replylint', '', '✖ 1 error', 'replylint: no drafts found'])
  })
})
