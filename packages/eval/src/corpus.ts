import fs from 'node:fs'
import type {Stage} from 'replylint'

/** One labeled draft (format of `shared/corpus/README.md`). */
export interface LabeledDraft {
  id: string
  stage: Stage
  text: string
  labels: Array<{rule: string; quote: string}>
  long: boolean | null
  missing_gratitude: boolean
  has_quote?: boolean
}

/** Read a JSONL corpus; a bad line is an error naming the file and line. */
export function readCorpus(file: string): LabeledDraft[] {
  const drafts: LabeledDraft[] = []
  const lines = fs.readFileSync(file, 'utf8').split('\n')
  lines.forEach((line, index) => {
    if (!line.trim()) return
    try {
      drafts.push(JSON.parse(line))
    } catch (error) {
      throw new Error(file + ':' + (index + 1) + ': invalid JSON: ' + (error as Error).message)
    }
  })
  return drafts
}
