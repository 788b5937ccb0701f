import fs from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {describe, expect, it} from 'vitest'
import {narrowWidth} from '../src/narrow-width.js'
import {root} from './helpers/run.js'

/** The string-width vfile-reporter imports (the one the bundle's shim falls back to). */
async function realStringWidth(): Promise<(text: string) => number> {
  const reporter = fs.realpathSync(path.join(root, 'packages/cli/node_modules/vfile-reporter'))
  const url = pathToFileURL(path.join(reporter, '..', 'string-width', 'index.js')).href
  return ((await import(url)) as {default: (text: string) => number}).default
}

describe('narrowWidth: the fast path of string-width in the stylish report', () => {
  it('gives string-width’s width whenever it answers', async () => {
    const stringWidth = await realStringWidth()
    const samples = [
      '',
      'lint/placeholder.txt',
      '3:33-3:44',
      'Unexpected placeholder `{Job Title}`, fill it in before sending',
      'Unexpected `179` words in the body, expected at most `175` for the `interview` stage, remove `4`',
      'Don’t “argue” – ever — really…',
      '\x1b[33mwarning\x1b[39m',
      '\x1b[1m\x1b[4mlint/a.txt\x1b[24m\x1b[22m',
      '\x1b[2mreplylint\x1b[22m \x1b[1;31merror\x1b[0m'
    ]
    // Every printable ASCII character and every extra narrow mark on its own, too.
    for (let code = 0x20; code <= 0x7e; code++) samples.push(String.fromCharCode(code), '#' + String.fromCharCode(code) + '1')
    for (const mark of '‘’“”–—…') samples.push(mark, 'a' + mark + 'b')
    for (const sample of samples) {
      expect(narrowWidth(sample), JSON.stringify(sample)).toBe(stringWidth(sample))
    }
  })

  it('leaves everything else to string-width', () => {
    for (const sample of ['日本', 'café', '👍', '1\ufe0f\u20e3', 'a\u0301', '©', 'tab\there', 'bell\x07', '\x1b]0;title\x07', '\x1b[12345m', '\x9b33m']) {
      expect(narrowWidth(sample), JSON.stringify(sample)).toBeUndefined()
    }
  })
})
