import {createRule, getDraft, judge, namedTriggers, normalise, ownTokens, phraseIndexFor, quoted, report, tokensOf} from '@replylint/core'
import {model} from './model.js'
import {analyse} from './detect.js'
import type {Aspect} from './lexicon.js'

/** Options of `no-criticizing-process`. */
export interface Options {
  /** Words and phrases never flagged (`"form letter"`, `"unpaid"`). */
  allow?: string[]
  /** Extra phrases that are criticism on their own, in the phrase syntax of the lexicon. */
  extra?: string[]
}

const note =
  'Seed 000: refrain from criticizing any aspect of the hiring process, the company culture, or the interview questions you were asked.'

const names: Record<Aspect, string> = {
  timeline: 'the timeline',
  communication: 'the communication',
  'rejection message': 'the rejection message',
  interviewers: 'the interviewers',
  questions: 'the interview questions',
  tasks: 'the interview tasks',
  process: 'the process',
  company: 'the company or its culture'
}

/**
 * Flag sentences that criticise the hiring process: its length and
 * communication, the interviewers, the questions and tasks, the rejection
 * message, the company and its culture.
 */
const rule = createRule<Options>(
  {
    id: 'no-criticizing-process',
    severity: 'warn',
    description: 'Flag criticism of the hiring process, the interviewers, the rejection message or the company',
    fixable: true
  },
  (tree, file, options) => {
    const draft = getDraft(tree, file)
    const allow = new Set((options?.allow ?? []).map((value) => normalise(value)))
    const extra = phraseIndexFor(options?.extra)
    const isQuoted = (start: number, end: number) => quoted(draft, start, end)

    for (const sentence of draft.sentences) {
      const tokens = tokensOf(sentence)
      if (tokens.length === 0) continue
      const findings = analyse(tokens, {allow, extra, quoted: isQuoted})
      // The classifier adds what the lexicon has no phrase for, naming its words.
      const learned = findings.length === 0 && !tokens.some((token) => allow.has(token.norm)) ? judge(model, ownTokens(draft, sentence)) : undefined
      if (findings.length === 0 && !learned) continue
      const subject = learned ? 'the hiring process' : names[findings[0].aspect]
      const triggers = learned ? namedTriggers(learned) : [...new Set(findings.map((finding) => '`' + finding.text + '`'))].join(', ')
      report(file, draft, {
        reason:
          'Unexpected criticism of ' + subject + ' (' + triggers +
          '), remove it: the decision is made, and a complaint is what they will remember',
        start: sentence.start,
        end: sentence.end,
        expected: [''],
        note
      })
    }
  }
)

export default rule
