import fs from 'node:fs'
import path from 'node:path'
import {docsBase} from '@replylint/core'
import {preset, replylint, rules} from 'replylint'
import {describe, expect, it} from 'vitest'
import {root, ruleFolders} from './helpers/fixtures.js'

describe('rule registry', () => {
  it('has exactly the rules with a folder under rules/', () => {
    expect(Object.keys(rules).sort()).toEqual(ruleFolders())
  })

  it('has the seven public rule ids of rules.md', () => {
    const spec = fs.readFileSync(path.join(root, 'docs', 'rules.md'), 'utf8')
    for (const id of Object.keys(rules)) expect(spec).toContain('`' + id + '`')
  })

  it.each(ruleFolders())('%s: folder, package, meta and docs agree', (id) => {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'rules', id, 'package.json'), 'utf8'))
    expect(manifest.name).toBe('replylint-rule-' + id)
    expect(rules[id].meta.id).toBe(id)
    expect(['warn', 'error']).toContain(rules[id].meta.severity)
    expect(rules[id].meta.description.length).toBeGreaterThan(10)
    expect(fs.existsSync(path.join(root, 'docs', 'rules', id + '.md'))).toBe(true)
    expect(docsBase + id + '.md').toMatch(/^https:\/\//)
  })

  it('recommends every rule, once', () => {
    expect(preset.plugins).toEqual(Object.values(rules))
    expect(new Set(preset.plugins).size).toBe(preset.plugins?.length)
  })

  it('exports a frozen processor', () => {
    expect(() => replylint.use(() => {})).toThrow(/frozen/i)
  })
})
