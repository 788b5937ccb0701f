import {createRule, getDraft, report, type Range} from '@replylint/core'
import {mayMatch, patterns} from './patterns.js'

/** Options of `no-template-placeholder`. */
export interface Options {
  /** Extra placeholder texts to flag (matched literally, case-sensitive). */
  extra?: string[]
  /** Texts that look like placeholders but are meant (matched literally). */
  allow?: string[]
}

const note =
  'A pasted template with a blank left in tells the reader the reply was not written for them; a draft with one must never go out.'

/**
 * Flag placeholders left unfilled: `[Job Title]`, `{company}`, `{{name}}`,
 * `<Your Name>`, `XXX`, `___`, `TBD`, in the greeting, body, sign-off and
 * signature (not in the subject or quoted history).
 */
const rule = createRule<Options>(
  {
    id: 'no-template-placeholder',
    severity: 'error',
    description: 'Flag template placeholders left unfilled in the greeting and body',
    fixable: false
  },
  (tree, file, options) => {
    const draft = getDraft(tree, file)
    // Placeholders are found in the text: once, with the first part of a draft linted in parts.
    if (!draft.draftChecks) return
    const allow = new Set(options?.allow ?? [])
    // Everything the sender wrote but the subject: a `<Your Name>` under the
    // sign-off goes out just the same.
    const {greeting, paragraphs, signOff, signature} = draft.structure
    const ranges: Range[] = [...(greeting ? [greeting] : []), ...paragraphs, ...(signOff ? [signOff] : []), ...signature]
    const seen = new Set<number>()
    // A pattern none of whose hints is in the draft is searched in no range.
    const present = patterns.filter((pattern) => mayMatch(pattern, draft.text))
    if (present.length === 0 && !options?.extra?.length) return

    for (const range of ranges) {
      const text = draft.text.slice(range.start, range.end)
      const found: Array<{start: number; end: number; value: string}> = []
      for (const placeholder of present) {
        const {pattern, check} = placeholder
        if (!mayMatch(placeholder, text)) continue
        pattern.lastIndex = 0
        let match: RegExpExecArray | null
        while ((match = pattern.exec(text))) {
          if (check && !check(match[0])) continue
          found.push({start: match.index, end: match.index + match[0].length, value: match[0]})
        }
      }
      for (const value of options?.extra ?? []) {
        let index = text.indexOf(value)
        while (value && index !== -1) {
          found.push({start: index, end: index + value.length, value})
          index = text.indexOf(value, index + value.length)
        }
      }
      found.sort((a, b) => a.start - b.start || b.end - a.end)
      let lastEnd = -1
      for (const item of found) {
        // Keep the outermost of overlapping matches (`{{name}}` over `{name}`).
        if (item.start < lastEnd || allow.has(item.value)) continue
        lastEnd = item.end
        const start = range.start + item.start
        if (seen.has(start)) continue
        seen.add(start)
        report(file, draft, {
          reason: 'Unexpected placeholder `' + item.value + '`, fill it in before sending',
          start,
          end: range.start + item.end,
          expected: [],
          note
        })
      }
    }
  }
)

export default rule
