import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {root, run} from './helpers/run.js'

const docs = fs.readFileSync(path.join(root, 'docs/cli.md'), 'utf8')

describe('docs/cli.md', () => {
  it('shows the real output of its example', async () => {
    const example = /`replylint ([^`]+)` prints[^]*?```text\n([^]*?)```/.exec(docs)
    expect(example).not.toBeNull()
    const [, args, output] = example!
    const result = await run(args.split(' '), {cwd: root})
    expect(result.stderr).toBe(output)
  })

  it('documents every flag of --help', () => {
    const flags = (text: string) => new Set(text.match(/--[a-z][a-z-]+/g))
    const help = fs.readFileSync(path.join(root, 'packages/cli/src/help.ts'), 'utf8')
    const documented = flags(docs)
    for (const flag of flags(help)) expect(documented).toContain(flag)
  })

  it('shows the JSON shape the CLI prints', async () => {
    const block = /## JSON output[^]*?```json\n([^]*?)```/.exec(docs)
    expect(block).not.toBeNull()
    const shown = JSON.parse(block![1]) as Array<{path: string; messages: unknown[]}>
    const result = await run(['--format', 'json', shown[0].path])
    const actual = JSON.parse(result.stdout) as Array<{path: string; cwd: string; messages: unknown[]}>
    expect(actual).toEqual([{...shown[0], cwd: actual[0].cwd}])
  })
})
