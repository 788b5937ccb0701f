import path from 'node:path'
import {lint} from 'replylint'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {assertInvariants} from './helpers/invariants.js'
import {fixturesOf, root, ruleFolders} from './helpers/fixtures.js'

const format = (message: {place?: unknown; reason: string}) => {
  const place = message.place as {start: {line: number; column: number}; end: {line: number; column: number}}
  return place.start.line + ':' + place.start.column + '-' + place.end.line + ':' + place.end.column + ': ' + message.reason
}

describe.each(ruleFolders())('%s fixtures', (id) => {
  const fixtures = fixturesOf(id)

  it('has ok and not-ok fixtures', () => {
    expect(fixtures.some((fixture) => fixture.ok)).toBe(true)
    expect(fixtures.some((fixture) => !fixture.ok)).toBe(true)
  })

  it.each(fixtures.map((fixture) => [fixture.name, fixture] as const))('%s', async (name, fixture) => {
    const file = await lint(new VFile({value: fixture.text, path: path.join(root, 'rules', id, 'fixtures', name)}), {stage: fixture.stage})
    const own = file.messages.filter((message) => message.ruleId === id)
    if (fixture.ok) {
      expect(own.map(format)).toEqual([])
    } else {
      expect(own.length).toBeGreaterThan(0)
      if (fixture.messages) expect(own.map(format)).toEqual(fixture.messages)
      if (fixture.expected) expect(own.map((message) => message.expected)).toEqual(fixture.expected)
    }
    assertInvariants(file, file.data.replylint?.text ?? fixture.text)
    expect(file.messages.filter((message) => message.fatal && !message.ruleId)).toEqual([])
  })
})
