import {lint} from 'replylint'
import {VFile} from 'vfile'
import {readCorpus, type LabeledDraft} from './corpus.js'
import {Scorer} from './score.js'

export {readCorpus, type LabeledDraft} from './corpus.js'
export {Scorer, spanRules, draftRules, type Mistake, type RuleScore} from './score.js'

/** Lint every draft of the given corpora with its stage, through the library. */
export async function evaluate(files: string[]): Promise<Scorer> {
  const scorer = new Scorer()
  for (const path of files) {
    for (const draft of readCorpus(path)) {
      scorer.add(draft, await lintDraft(draft))
    }
  }
  return scorer
}

/** Lint one labeled draft as the library would for a user. */
export function lintDraft(draft: LabeledDraft): Promise<VFile> {
  return lint(new VFile({value: draft.text, path: draft.id + '.txt'}), {stage: draft.stage})
}

/** Format scores as a fixed-width table. */
export function formatTable(scorer: Scorer): string {
  const pad = (value: string | number, width: number) => String(value).padStart(width)
  const rows = ['rule'.padEnd(26) + pad('tp', 5) + pad('fp', 5) + pad('miss', 6) + pad('prec', 7) + pad('recall', 8) + pad('f1', 7)]
  for (const score of scorer.scores()) {
    rows.push(
      score.rule.padEnd(26) + pad(score.tp, 5) + pad(score.fp, 5) + pad(score.misses, 6) +
        pad(score.precision.toFixed(3), 7) + pad(score.recall.toFixed(3), 8) + pad(score.f1.toFixed(3), 7)
    )
  }
  rows.push('macro-F1'.padEnd(51) + pad(scorer.macroF1().toFixed(3), 7))
  return rows.join('\n')
}
