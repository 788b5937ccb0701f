import fs from 'node:fs'
import path from 'node:path'
import {evaluate, lintWithCli, lintWithLibrary, readCorpus, type RuleScore} from '@replylint/eval'
import {describe, expect, it} from 'vitest'
import {root} from './helpers/fixtures.js'

const folder = path.join(root, 'fixtures', 'corpus')
const floors = JSON.parse(fs.readFileSync(path.join(folder, 'floors.json'), 'utf8')) as {
  files: string[]
  rules: Record<string, {precision: number; f1: number}>
}
const files = floors.files.map((name) => path.join(folder, name))

describe('accuracy on the project corpus', () => {
  it('is a corpus of at least 200 labeled drafts, about 40% clean', () => {
    const drafts = files.flatMap((file) => readCorpus(file))
    expect(drafts.length).toBeGreaterThanOrEqual(200)
    const clean = drafts.filter((draft) => draft.labels.length === 0).length / drafts.length
    expect(clean).toBeGreaterThan(0.3)
    expect(clean).toBeLessThan(0.5)
    for (const draft of drafts) {
      for (const label of draft.labels) expect(draft.text, draft.id).toContain(label.quote)
    }
  })

  it('keeps every rule at or above the scores it reached', async () => {
    const scores = (await evaluate(files)).scores()
    const byRule = Object.fromEntries(scores.map((score) => [score.rule, score])) as Record<string, RuleScore>
    expect(Object.keys(byRule).sort()).toEqual(Object.keys(floors.rules).sort())
    for (const [rule, floor] of Object.entries(floors.rules)) {
      expect(byRule[rule].precision, rule + ' precision').toBeGreaterThanOrEqual(floor.precision)
      expect(byRule[rule].f1, rule + ' F1').toBeGreaterThanOrEqual(floor.f1)
    }
  })

  it('gives the same messages through the CLI as through the library', async () => {
    const drafts = files.flatMap((file) => readCorpus(file))
    const [library, cli] = await Promise.all([lintWithLibrary(drafts), lintWithCli(drafts)])
    expect(cli).toEqual(library)
  }, 120000)
})
