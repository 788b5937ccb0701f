import {lint} from 'replylint'
import type {VFileMessage} from 'vfile-message'
import {VFile} from 'vfile'
import {lintWithCli} from './cli.js'
import {readCorpus, type LabeledDraft} from './corpus.js'
import {Scorer, type ScoredMessage} from './score.js'

export {readCorpus, type LabeledDraft} from './corpus.js'
export {lintWithCli} from './cli.js'
export {Scorer, spanRules, draftRules, type Mistake, type RuleScore, type ScoredMessage} from './score.js'

/** How drafts reach the rules: the library in this process, or the built CLI. */
export type Via = 'library' | 'cli'

/** Lint every draft of the given corpora with its stage and score it. */
export async function evaluate(files: string[], via: Via = 'library'): Promise<Scorer> {
  const drafts = files.flatMap((file) => readCorpus(file))
  const scorer = new Scorer()
  const results = via === 'cli' ? await lintWithCli(drafts) : await lintWithLibrary(drafts)
  drafts.forEach((draft, index) => scorer.add(draft, results[index]))
  return scorer
}

/** Lint drafts through the library, each with its stage. */
export async function lintWithLibrary(drafts: LabeledDraft[]): Promise<ScoredMessage[][]> {
  const results: ScoredMessage[][] = []
  for (const draft of drafts) {
    const file = await lint(new VFile({value: draft.text, path: draft.id + '.txt'}), {stage: draft.stage})
    results.push(file.messages.map(toScored))
  }
  return results
}

/** The parts of a message that scoring reads. */
export function toScored(message: Pick<VFileMessage, 'ruleId' | 'place' | 'actual' | 'reason'>): ScoredMessage {
  const place = message.place as {start?: {offset?: number}; end?: {offset?: number}} | undefined
  return {
    ruleId: message.ruleId,
    start: place?.start?.offset ?? 0,
    end: place?.end?.offset ?? place?.start?.offset ?? 0,
    actual: message.actual,
    reason: message.reason
  }
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
