import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {classify, features, probability, type Model} from '@replylint/core'
import {describe, expect, it} from 'vitest'
import {probabilityOf, type TrainedModel} from '../src/logistic.js'
import {featureText, renderModel, toModel} from '../src/model-text.js'

const root = fileURLToPath(new URL('../../../', import.meta.url))
const judged = ['no-arguing-decision', 'no-demanding-feedback', 'no-emotional-outburst', 'no-criticizing-process']

/** The model a rendered module exports, evaluated as JavaScript (its one type import and annotation dropped). */
async function evaluate(source: string): Promise<Model> {
  const script = source.replace(/^import type .*$/m, '').replace('export const model: Model =', 'export const model =')
  const module = (await import('data:text/javascript;base64,' + Buffer.from(script).toString('base64'))) as {model: Model}
  return module.model
}

const trained: TrainedModel = {
  rule: 'example',
  bias: -0.5,
  threshold: 0.8,
  weights: {'w:waste': 1.5, 'b:a waste': 2, 'b:^ what': -0.04, 's:doubled': 1.25, 'w:café': 0.3, "w:don't": -1.2e-7, 'w:#': 0.1 + 0.2, 'w:wasted': -2}
}

describe('model text', () => {
  it('writes one line per feature, sorted by name, after a line break', () => {
    expect(featureText({'w:b': 1, 'b:a b': -0.5, 's:caps': 2})).toBe('\nb:a b\t-0.5\ns:caps\t2\nw:b\t1\n')
  })

  it('gives the same probabilities, to the bit, as the weights it was trained with', () => {
    const model = toModel(trained)
    for (const text of ['What a waste!!', "Don't waste my time, café owner", 'I waited 12 days', 'a wasted waste', 'nothing known here']) {
      const list = features(text)
      expect(Object.is(probability(model, list), probabilityOf(trained, list))).toBe(true)
      expect(Object.is(classify(model, text).probability, probabilityOf(trained, list))).toBe(true)
    }
  })

  it('renders a module whose model is the same model', async () => {
    const model = toModel(trained)
    expect(await evaluate(renderModel(model))).toEqual(model)
  })

  it('refuses names it cannot write on one line of a template literal', () => {
    for (const name of ['w:a\tb', 'w:a\nb', 'w:a`b', 'w:a\\b', 'w:${a}']) expect(() => featureText({[name]: 1})).toThrow(/cannot be written/)
    expect(() => featureText({'w:a': Number.NaN})).toThrow(/weight/)
  })

  it('ships models whose lines are sorted, unique, and hold their weights exactly', async () => {
    for (const rule of judged) {
      const source = fs.readFileSync(path.join(root, 'rules', rule, 'src', 'model.ts'), 'utf8')
      const model = await evaluate(source)
      expect(model.rule).toBe(rule)
      const lines = model.features.split('\n')
      expect(lines[0]).toBe('')
      expect(lines.at(-1)).toBe('')
      const rows = lines.slice(1, -1).map((line) => line.split('\t'))
      // Collected, not one expectation per line: a failure names the lines.
      expect(rows.filter((row) => row.length !== 2 || String(Number(row[1])) !== row[1])).toEqual([])
      expect(rows.filter((row, index) => index > 0 && !(rows[index - 1][0] < row[0]))).toEqual([])
      expect(rows.length).toBeGreaterThan(1000)
    }
  })
})
