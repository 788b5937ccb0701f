import {createRule, getDraft, report, stageOf, type Draft, type Stage} from '@replylint/core'
import {budgets, countWords, sentenceWords, type Budget} from './budgets.js'

/** Options of `no-excess-length`: budgets per stage, and the sentence limit. */
export type Options = Partial<Record<Stage, Partial<Budget>>> & {
  /** Longest sentence in words (default 40). */
  sentenceWords?: number
}

const note = 'Keep the body concise: a few well-crafted paragraphs at most, and after a screening rejection a single short paragraph.'

/** Flag a body over the stage's word or paragraph budget (a check of the whole body). */
function checkBody(file: Parameters<typeof report>[0], draft: Draft, stage: Stage, budget: Budget): void {
  const paragraphs = draft.structure.paragraphs
  // Counted in place (no word list): where the first word over budget starts is all that is kept.
  let total = 0
  let overStart = -1
  for (const range of paragraphs) {
    const counted = countWords(draft.text, range.start, range.end, budget.words - total)
    if (counted.at !== -1) overStart = counted.at
    total += counted.count
  }
  const bodyEnd = paragraphs[paragraphs.length - 1].end

  if (total > budget.words) {
    const excess = total - budget.words
    report(file, draft, {
      reason:
        'Unexpected `' + total + '` words in the body, expected at most `' + budget.words +
        '` for the `' + stage + '` stage, remove `' + excess + '`',
      start: overStart,
      end: bodyEnd,
      expected: [],
      note
    })
  }

  if (paragraphs.length > budget.paragraphs) {
    const excess = paragraphs.length - budget.paragraphs
    report(file, draft, {
      reason:
        'Unexpected `' + paragraphs.length + '` paragraphs, expected at most `' + budget.paragraphs +
        '` for the `' + stage + '` stage, merge or remove `' + excess + '`',
      start: paragraphs[budget.paragraphs].start,
      end: bodyEnd,
      expected: [],
      note
    })
  }
}

/**
 * Flag bodies over the stage's word or paragraph budget, and long sentences.
 */
const rule = createRule<Options>(
  {
    id: 'no-excess-length',
    severity: 'warn',
    description: 'Flag replies longer than the stage warrants, and sentences over 40 words',
    fixable: false
  },
  (tree, file, options, settings) => {
    const draft = getDraft(tree, file)
    const stage = stageOf(file, settings)
    const budget = {...budgets[stage], ...options?.[stage]}
    const longest = options?.sentenceWords ?? sentenceWords
    const paragraphs = draft.structure.paragraphs
    if (paragraphs.length === 0) return

    // Body budgets: checked once, with the first part of a draft linted in parts.
    if (draft.draftChecks) checkBody(file, draft, stage, budget)

    for (const sentence of draft.sentences) {
      // Words are at least one character with one between them: a sentence
      // of at most twice `longest` characters cannot hold more than `longest`.
      if (sentence.end - sentence.start <= 2 * longest) continue
      const count = countWords(draft.text, sentence.start, sentence.end).count
      if (count > longest) {
        report(file, draft, {
          reason:
            'Unexpected sentence of `' + count + '` words, expected at most `' + longest + '`, split it or cut `' +
            (count - longest) + '`',
          start: sentence.start,
          end: sentence.end,
          expected: [],
          note
        })
      }
    }
  }
)

export default rule
