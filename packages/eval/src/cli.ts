import {execFile} from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import type {LabeledDraft} from './corpus.js'
import type {ScoredMessage} from './score.js'
import {toScored} from './index.js'

const run = promisify(execFile)

/** The built CLI, as a user runs it. */
export const cliBin = fileURLToPath(new URL('../../cli/bin/replylint.js', import.meta.url))

/**
 * Lint drafts through the real CLI: write them to a temporary folder (one
 * folder per stage), run `replylint --format json --stage <stage>` on each
 * folder, and read the messages back from the JSON report.
 */
export async function lintWithCli(drafts: LabeledDraft[]): Promise<ScoredMessage[][]> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'replylint-eval-'))
  try {
    const byPath = new Map<string, ScoredMessage[]>()
    const stages = [...new Set(drafts.map((draft) => draft.stage))]
    for (const stage of stages) {
      const folder = path.join(root, stage)
      await fs.mkdir(folder)
      for (const draft of drafts) {
        if (draft.stage === stage) await fs.writeFile(path.join(folder, draft.id + '.txt'), draft.text)
      }
      let stdout: string
      try {
        stdout = (await run(process.execPath, [cliBin, '--format', 'json', '--no-config', '--stage', stage, folder], {maxBuffer: 1 << 28})).stdout
      } catch (error) {
        // Exit code 1 (errors found) still writes the report.
        const failed = error as {code?: number; stdout?: string; stderr?: string}
        if (failed.code !== 1 || !failed.stdout) throw new Error('replylint CLI failed: ' + (failed.stderr ?? String(error)))
        stdout = failed.stdout
      }
      for (const file of JSON.parse(stdout) as Array<{path: string; messages: Parameters<typeof toScored>[0][]}>) {
        byPath.set(path.resolve(file.path), file.messages.map(toScored))
      }
    }
    return drafts.map((draft) => {
      const messages = byPath.get(path.join(root, draft.stage, draft.id + '.txt'))
      if (!messages) throw new Error('No CLI report for draft `' + draft.id + '`')
      return messages
    })
  } finally {
    await fs.rm(root, {recursive: true, force: true})
  }
}
