import {execFileSync} from 'node:child_process'
import path from 'node:path'
import {classify, features, judge, type Model} from '@replylint/core'
import {describe, expect, it} from 'vitest'
import {root} from './helpers/fixtures.js'

const model: Model = {
  rule: 'test',
  bias: -2,
  threshold: 0.7,
  // One feature a line, sorted by name, as `pnpm train` writes them.
  features: '\nb:a waste\t2\nb:my time\t0.7\ns:doubled\t1\nw:of\t1.2\nw:thank\t-3\nw:time\t0.5\nw:waste\t1.5\n'
}

describe('sentence classifier', () => {
  it('extracts words, pairs and tone shapes', () => {
    expect(features('What a WASTE of my time!!')).toEqual([
      'w:what', 'b:^ what', 'w:a', 'b:what a', 'w:waste', 'b:a waste', 'w:of', 'b:waste of', 'w:my', 'b:of my',
      'w:time', 'b:my time', 's:doubled', 's:exclaim'
    ])
    expect(features('I waited 12 days.')).toContain('w:#')
  })

  it('names the content words and pairs that weighed most, strongest first', () => {
    const result = classify(model, 'What a waste of my time!!')
    expect(result.probability).toBeCloseTo(1 / (1 + Math.exp(-(-2 + 1.5 + 2 + 0.7 + 0.5 + 1.2 + 1))), 10)
    // `a waste` first; `waste` is already named; `of` and `my time` are function words only.
    expect(result.triggers).toEqual(['a waste'])
  })

  it('judges only at or over the threshold, on three or more words', () => {
    const tokens = (text: string) => text.split(' ').map((word) => ({text: word, after: ''}))
    expect(judge(model, tokens('what a waste of my time'))).toBeDefined()
    expect(judge(model, tokens('thank you for my time'))).toBeUndefined()
    expect(judge(model, tokens('my time'))).toBeUndefined()
  })

  it('ships the models and word list that `pnpm train` produces from the data in the repo', () => {
    const train = path.join(root, 'packages', 'train', 'dist')
    execFileSync(process.execPath, [path.join(train, 'words-main.js'), '--check'], {stdio: 'pipe'})
    execFileSync(process.execPath, [path.join(train, 'main.js'), '--check'], {stdio: 'pipe'})
  }, 180000)
})
