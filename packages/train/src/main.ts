#!/usr/bin/env node
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import {contrastExamples, dedupe, draftExamples, writtenExamples} from './data.js'
import {chooseThreshold, crossValidate, scoreAt, train} from './logistic.js'
import {renderModel, toModel} from './model-text.js'

const root = fileURLToPath(new URL('../../../', import.meta.url))

/** The judgment rules that ship a classifier. */
export const judged = ['no-arguing-decision', 'no-demanding-feedback', 'no-emotional-outburst', 'no-criticizing-process']

interface Sources {
  /** Labeled draft corpora, relative to `fixtures/corpus/`. Never the dev set or the blind held-out set. */
  corpora: string[]
  /** Out-of-fold precision the threshold must reach. */
  precision: number
  /**
   * Rules whose classifier also learns from the other rules' written
   * positives, as negatives (see `contrastExamples`). Opt-in per rule: it
   * moves thresholds, and each rule's owner checks their probes.
   */
  contrast?: string[]
}

/**
 * Weight of another rule's written positive as a negative here: enough to
 * teach each classifier its own rule rather than "a bad reply" (out-of-fold
 * recall on draft sentences rose for all four rules at 0.3: arguing
 * 0.23 → 0.46, feedback 0.82 → 0.87, outburst 0.55 → 0.56, process 0.59 → 0.59), light enough
 * not to drown the rule's own examples.
 */
const contrastWeight = 0.3

function main() {
  const {values} = parseArgs({options: {rule: {type: 'string', multiple: true}, check: {type: 'boolean'}}})
  const sources = JSON.parse(fs.readFileSync(path.join(root, 'fixtures/training/sources.json'), 'utf8')) as Sources
  const corpora = sources.corpora.map((name) => path.join(root, 'fixtures/corpus', name))
  let stale = 0
  for (const rule of values.rule ?? judged) {
    const written = path.join(root, 'fixtures/training')
    // Own written examples first, so a text written as positive here wins over its contrast copy.
    const examples = dedupe([...writtenExamples(written, rule), ...draftExamples(corpora, rule), ...(sources.contrast?.includes(rule) ? contrastExamples(written, rule, judged, contrastWeight) : [])])
    const outOfFold = crossValidate(rule, examples)
    // The threshold is chosen on sentences of real drafts only: there, as in
    // use, most sentences are fine, unlike the balanced written examples.
    const real = examples.map((example, index) => [example, outOfFold[index]] as const).filter(([example]) => !example.source.endsWith('.jsonl'))
    const threshold = chooseThreshold(real.map(([example]) => example), real.map(([, value]) => value), sources.precision)
    const score = scoreAt(real.map(([example]) => example), real.map(([, value]) => value), threshold)
    const model = {...train(rule, examples), threshold}
    const positives = examples.filter((example) => example.label === 1).length
    console.log(
      rule.padEnd(24) + ' examples ' + examples.length + ' (' + positives + ' positive), features ' +
        Object.keys(model.weights).length + ', threshold ' + threshold +
        ', out-of-fold on draft sentences: precision ' + score.precision.toFixed(3) + ' recall ' + score.recall.toFixed(3)
    )
    const target = path.join(root, 'rules', rule, 'src', 'model.ts')
    const text = renderModel(toModel(model))
    if (values.check) {
      if (!fs.existsSync(target) || fs.readFileSync(target, 'utf8') !== text) {
        console.error(target + ' is stale: run `pnpm train`')
        stale++
      }
    } else {
      fs.writeFileSync(target, text)
    }
  }
  return stale ? 1 : 0
}

process.exitCode = main()
