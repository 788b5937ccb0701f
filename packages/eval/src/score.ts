import type {LabeledDraft} from './corpus.js'

/** What scoring needs of a message, from the library or the CLI's JSON. */
export interface ScoredMessage {
  ruleId?: string | null
  start: number
  end: number
  actual?: string | null
  reason: string
}

/** Rules scored on quotes (spans). */
export const spanRules = [
  'no-arguing-decision',
  'no-demanding-feedback',
  'no-emotional-outburst',
  'no-criticizing-process',
  'no-template-placeholder'
]

/** Rules scored per draft. */
export const draftRules = ['no-excess-length', 'require-gratitude']

/** Counts and scores of one rule. */
export interface RuleScore {
  rule: string
  tp: number
  fp: number
  misses: number
  precision: number
  recall: number
  f1: number
}

/** Something the rules got wrong, for `--misses`. */
export interface Mistake {
  id: string
  rule: string
  kind: 'false positive' | 'miss'
  text: string
  reason?: string
}

interface Tally {
  tp: number
  fp: number
  labels: number
  misses: number
}

/** Accumulates scores over drafts, with the convention of the corpus README. */
export class Scorer {
  readonly tallies = new Map<string, Tally>()
  readonly mistakes: Mistake[] = []

  constructor() {
    for (const rule of [...spanRules, ...draftRules]) this.tallies.set(rule, {tp: 0, fp: 0, labels: 0, misses: 0})
  }

  /** Score one linted draft against its labels. */
  add(draft: LabeledDraft, all: readonly ScoredMessage[]): void {
    const messages = all.filter((message) => message.ruleId)
    const range = (message: ScoredMessage) => [message.start, message.end] as const

    for (const rule of spanRules) {
      const tally = this.tallies.get(rule)!
      const labels = draft.labels
        .filter((label) => label.rule === rule)
        .map((label) => {
          const start = draft.text.indexOf(label.quote)
          return {quote: label.quote, start, end: start + label.quote.length}
        })
      const own = messages.filter((message) => message.ruleId === rule)
      const overlaps = (message: (typeof own)[number], label: (typeof labels)[number]) => {
        const [start, end] = range(message)
        return start < label.end && Math.max(end, start + 1) > label.start
      }
      for (const message of own) {
        if (labels.some((label) => overlaps(message, label))) {
          tally.tp++
        } else {
          tally.fp++
          this.mistakes.push({id: draft.id, rule, kind: 'false positive', text: String(message.actual), reason: message.reason})
        }
      }
      for (const label of labels) {
        tally.labels++
        if (!own.some((message) => overlaps(message, label))) {
          tally.misses++
          this.mistakes.push({id: draft.id, rule, kind: 'miss', text: label.quote})
        }
      }
    }

    const perDraft: Array<[string, boolean | null]> = [
      ['no-excess-length', draft.long],
      ['require-gratitude', draft.missing_gratitude]
    ]
    for (const [rule, gold] of perDraft) {
      if (gold === null) continue
      const tally = this.tallies.get(rule)!
      const flagged = messages.find((message) => message.ruleId === rule)
      if (gold) tally.labels++
      if (flagged && gold) tally.tp++
      if (flagged && !gold) {
        tally.fp++
        this.mistakes.push({id: draft.id, rule, kind: 'false positive', text: String(flagged.actual), reason: flagged.reason})
      }
      if (!flagged && gold) {
        tally.misses++
        this.mistakes.push({id: draft.id, rule, kind: 'miss', text: '(whole draft)'})
      }
    }
  }

  /** Precision, recall and F1 per rule. */
  scores(): RuleScore[] {
    return [...this.tallies].map(([rule, tally]) => {
      const precision = tally.tp + tally.fp === 0 ? 1 : tally.tp / (tally.tp + tally.fp)
      const recall = tally.labels === 0 ? 1 : (tally.labels - tally.misses) / tally.labels
      const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
      return {rule, tp: tally.tp, fp: tally.fp, misses: tally.misses, precision, recall, f1}
    })
  }

  /** Mean F1 over all rules. */
  macroF1(): number {
    const scores = this.scores()
    return scores.reduce((sum, score) => sum + score.f1, 0) / scores.length
  }
}
