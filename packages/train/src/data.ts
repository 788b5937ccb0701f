import fs from 'node:fs'
import path from 'node:path'
import {getDraft} from '@replylint/core'
import {readCorpus} from '@replylint/eval'
import {replylint} from 'replylint'
import {VFile} from 'vfile'

/** One training example: a sentence and whether it breaks the rule. */
export interface Example {
  text: string
  label: 0 | 1
  /** Where it came from, for reports. */
  source: string
  /** Weight in training (1 when absent). */
  weight?: number
}

/** Sentences written for training: `fixtures/training/<rule>.jsonl`. */
export function writtenExamples(folder: string, rule: string): Example[] {
  const file = path.join(folder, rule + '.jsonl')
  if (!fs.existsSync(file)) return []
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, index) => {
      const value = JSON.parse(line) as {text: string; label: number}
      if (typeof value.text !== 'string' || (value.label !== 0 && value.label !== 1)) {
        throw new Error(file + ':' + (index + 1) + ': expected {text, label: 0 | 1}')
      }
      return {text: value.text, label: value.label as 0 | 1, source: path.basename(file)}
    })
}

/**
 * Sentences written for the other judged rules' violations, as negatives for
 * `rule`: a demand for feedback or an outburst is not, by itself, an argument
 * with the decision, and without them each classifier learns "sounds like a
 * bad reply" instead of its own rule (on real drafts, most of its confident
 * mistakes were other rules' sentences). A sentence also written as a
 * positive for `rule` stays positive (see {@link dedupe}).
 */
export function contrastExamples(folder: string, rule: string, rules: readonly string[], weight = 1): Example[] {
  return rules
    .filter((other) => other !== rule)
    .flatMap((other) => writtenExamples(folder, other))
    .filter((example) => example.label === 1)
    .map((example) => ({...example, label: 0 as const, weight}))
}

/**
 * Body sentences of labeled drafts, as the rules see them: a sentence is
 * positive for a rule when it overlaps a quote labeled with that rule.
 */
export function draftExamples(corpora: string[], rule: string): Example[] {
  const examples: Example[] = []
  for (const corpus of corpora) {
    for (const draft of readCorpus(corpus)) {
      const file = new VFile({value: draft.text, path: draft.id + '.txt'})
      const tree = replylint.parse(file)
      const quotes = draft.labels
        .filter((label) => label.rule === rule)
        .map((label) => {
          const start = draft.text.indexOf(label.quote)
          return [start, start + label.quote.length] as const
        })
      for (const sentence of getDraft(tree, file).sentences) {
        const label = quotes.some(([start, end]) => sentence.start < end && sentence.end > start) ? 1 : 0
        examples.push({text: draft.text.slice(sentence.start, sentence.end), label, source: draft.id})
      }
    }
  }
  return examples
}

/** Drop repeated texts, keeping the first (a positive wins over a negative). */
export function dedupe(examples: Example[]): Example[] {
  const byText = new Map<string, Example>()
  for (const example of examples) {
    const key = example.text.trim().toLowerCase()
    const seen = byText.get(key)
    if (!seen || (example.label === 1 && seen.label === 0)) byText.set(key, example)
  }
  return [...byText.values()]
}
