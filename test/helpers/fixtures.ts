import fs from 'node:fs'
import path from 'node:path'

/** Root of the repository. */
export const root = path.resolve(import.meta.dirname, '../..')

/** Rule ids that have a folder under `rules/`. */
export function ruleFolders(): string[] {
  return fs
    .readdirSync(path.join(root, 'rules'))
    .filter((name) => fs.existsSync(path.join(root, 'rules', name, 'package.json')))
    .sort()
}

/** A rule fixture: an `ok-*` or `not-ok-*` draft, with its sidecar expectations. */
export interface Fixture {
  name: string
  ok: boolean
  text: string
  stage?: 'screening' | 'interview' | 'final'
  /** Expected messages of the rule: `"line:column-line:column: reason"`. */
  messages?: string[]
  /** Expected `expected` of each message, in order, when given. */
  expected?: string[][]
}

/** The fixtures of one rule: `rules/<id>/fixtures/(ok|not-ok)-*.(txt|eml)`. */
export function fixturesOf(id: string): Fixture[] {
  const folder = path.join(root, 'rules', id, 'fixtures')
  if (!fs.existsSync(folder)) return []
  return fs
    .readdirSync(folder)
    .filter((name) => /^(ok|not-ok)-.*\.(txt|eml)$/.test(name))
    .sort()
    .map((name) => {
      const sidecar = path.join(folder, name.replace(/\.(txt|eml)$/, '.json'))
      const meta = fs.existsSync(sidecar) ? JSON.parse(fs.readFileSync(sidecar, 'utf8')) : {}
      return {name, ok: name.startsWith('ok-'), text: fs.readFileSync(path.join(folder, name), 'utf8'), ...meta}
    })
}
