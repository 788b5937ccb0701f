import fs from 'node:fs'
import path from 'node:path'
import {root} from './fixtures.js'

/** An example in a docs page: a ```draft block, and its ```messages block when one follows. */
export interface DocExample {
  ok: boolean
  stage?: 'screening' | 'interview' | 'final'
  text: string
  messages?: string[]
  line: number
}

/**
 * Read the executable examples of a Markdown page.
 *
 * ````markdown
 * ```draft not-ok stage=screening
 * …the draft…
 * ```
 *
 * ```messages
 * 3:1-3:20: Unexpected …
 * ```
 * ````
 */
export function docExamples(file: string): DocExample[] {
  const lines = fs.readFileSync(path.join(root, file), 'utf8').split('\n')
  const examples: DocExample[] = []
  for (let index = 0; index < lines.length; index++) {
    const open = /^```draft\s+(ok|not-ok)(?:\s+stage=(\w+))?\s*$/.exec(lines[index])
    const messages = /^```messages\s*$/.test(lines[index])
    if (!open && !messages) continue
    const start = index + 1
    let end = start
    while (end < lines.length && lines[end] !== '```') end++
    const body = lines.slice(start, end)
    if (open) {
      examples.push({ok: open[1] === 'ok', stage: open[2] as DocExample['stage'], text: body.join('\n') + '\n', line: start})
    } else if (examples.length > 0) {
      examples[examples.length - 1].messages = body.filter(Boolean)
    }
    index = end
  }
  return examples
}
