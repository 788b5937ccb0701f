import {createRule, getDraft, report} from '@replylint/core'
import {gratitude, negators, sarcastic, suggestion} from './lexicon.js'

/** Options of `require-gratitude`. */
export interface Options {
  /** Extra words or phrases that count as thanks. */
  extra?: string[]
  /** The sentence offered as a fix. */
  suggestion?: string
}

const note = 'The foundation of the reply must be gratitude: begin by thanking them for their time and the opportunity.'

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

function thanksPattern(extra: string[]): RegExp {
  const words = [...gratitude, ...extra].map((word) => escape(word.toLowerCase()).replace(/'/g, "['’]"))
  return new RegExp('(?<![\\p{L}])(' + words.join('|') + ')(?![\\p{L}])', 'gu')
}

const defaultPattern = thanksPattern([])
// `n't` is the end of a word (`don't`); the others are whole words.
const negation = new RegExp(
  "n't(?![\\p{L}])|(?<![\\p{L}])(" + negators.filter((word) => word !== "n't").map(escape).join('|') + ')(?![\\p{L}])',
  'u'
)
const sarcasm = new RegExp(sarcastic.map(escape).join('|'))

/** Whether a piece of body text thanks sincerely. */
export function thanks(text: string, pattern: RegExp = defaultPattern): boolean {
  const lower = text.toLowerCase().replace(/’/g, "'")
  pattern.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = pattern.exec(lower))) {
    const before = lower.slice(Math.max(0, match.index - 25), match.index).split(/[.!?;]/).pop() ?? ''
    const around = lower.slice(Math.max(0, match.index - 10), match.index + 40)
    if (sarcasm.test(around)) continue
    // `I don't appreciate` and `not grateful` are not thanks; `not only grateful` is.
    if (negation.test(before.split(/\s+/).slice(-3).join(' ')) && !/not only|no doubt/.test(before)) continue
    return true
  }
  return false
}

/**
 * Flag a draft whose body never thanks or expresses appreciation.
 */
const rule = createRule<Options>(
  {
    id: 'require-gratitude',
    severity: 'warn',
    description: 'Flag a reply whose body never thanks the reader',
    fixable: true
  },
  (tree, file, options) => {
    const draft = getDraft(tree, file)
    const paragraphs = draft.structure.paragraphs
    // A check of the whole body: made once, with the first part of a draft linted in parts.
    if (paragraphs.length === 0 || !draft.draftChecks) return
    const pattern = options?.extra?.length ? thanksPattern(options.extra) : defaultPattern
    for (const range of paragraphs) {
      if (thanks(draft.text.slice(range.start, range.end), pattern)) return
    }
    const start = paragraphs[0].start
    const lineEnding = /\r\n/.test(draft.text) ? '\r\n' : '\n'
    report(file, draft, {
      reason: 'Unexpected reply without thanks, expected the body to thank them for their time',
      start,
      end: start,
      actual: '',
      expected: [(options?.suggestion ?? suggestion) + lineEnding + lineEnding],
      note
    })
  }
)

export default rule
