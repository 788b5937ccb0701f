import fs from 'node:fs'
import path from 'node:path'
import {lint} from 'replylint'
import {describe, expect, it} from 'vitest'
import {docExamples} from './helpers/docs.js'
import {root, ruleFolders} from './helpers/fixtures.js'
import {assertInvariants} from './helpers/invariants.js'

const format = (message: {place?: unknown; reason: string}) => {
  const place = message.place as {start: {line: number; column: number}; end: {line: number; column: number}}
  return place.start.line + ':' + place.start.column + '-' + place.end.line + ':' + place.end.column + ': ' + message.reason
}

describe.each(ruleFolders())('docs/rules/%s.md', (id) => {
  const page = path.join('docs', 'rules', id + '.md')

  it('exists and has the required sections', () => {
    const text = fs.readFileSync(path.join(root, page), 'utf8')
    for (const heading of ['## What it flags', '## Why', '## Examples', '## Options', '## Fix']) {
      expect(text, heading).toContain(heading)
    }
    // Why: cites the seed advice.
    expect(text).toMatch(/Seed 00\d/i)
  })

  const examples = fs.existsSync(path.join(root, page)) ? docExamples(page) : []

  it('has bad and good examples', () => {
    expect(examples.some((example) => example.ok)).toBe(true)
    expect(examples.some((example) => !example.ok)).toBe(true)
  })

  it.each(examples.map((example) => [example.line, example] as const))('example at line %i', async (_, example) => {
    const file = await lint(example.text, {stage: example.stage})
    const own = file.messages.filter((message) => message.ruleId === id)
    assertInvariants(file, example.text)
    if (example.ok) {
      expect(own.map(format)).toEqual([])
    } else {
      expect(own.length).toBeGreaterThan(0)
      if (example.messages) expect(own.map(format)).toEqual(example.messages)
    }
  })
})
