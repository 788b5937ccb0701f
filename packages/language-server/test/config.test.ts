import fs from 'node:fs'
import path from 'node:path'
import {afterEach, expect, test} from 'vitest'
import {startServer, tempFolder, type Session} from './helpers/server.js'

const off = {
  'no-arguing-decision': 'off',
  'no-demanding-feedback': 'off',
  'no-emotional-outburst': 'off',
  'no-criticizing-process': 'off'
}

/** Two short body paragraphs: fine after an interview, one too many after a screening. */
const draft = [
  'Hi Dana,',
  '',
  'Thank you for letting me know about the analyst role.',
  '',
  'I enjoyed learning about the team and hope to stay in touch.',
  '',
  'Best,',
  'Sam',
  ''
].join('\n')

function writeConfig(folder: string, config: unknown) {
  fs.mkdirSync(folder, {recursive: true})
  fs.writeFileSync(path.join(folder, '.replylintrc'), JSON.stringify(config))
}

let session: Session | undefined

afterEach(async () => {
  await session?.stop()
  session = undefined
})

test('an edited .replylintrc re-lints open documents (didChangeWatchedFiles)', async () => {
  const folder = tempFolder()
  writeConfig(folder, {settings: {rules: off}})
  session = await startServer({folder})
  const uri = await session.open('draft.txt', draft)
  expect(await session.diagnostics(uri, undefined, 0)).toEqual([])

  writeConfig(folder, {settings: {stage: 'screening', rules: off}})
  let mark = session.published(uri).length
  await session.connection.sendNotification('workspace/didChangeWatchedFiles', {
    changes: [{uri: session.uri('.replylintrc'), type: 2}]
  })
  const screening = await session.diagnostics(uri, undefined, mark)
  expect(screening.map(({code, severity, range}) => ({code, severity, range}))).toEqual([
    {code: 'no-excess-length', severity: 2, range: {start: {line: 4, character: 0}, end: {line: 4, character: 60}}}
  ])
  expect(screening[0].message).toMatch(/^Unexpected `2` paragraphs, expected at most `1` for the `screening` stage/)

  // Turning the rule off is picked up the same way.
  writeConfig(folder, {settings: {stage: 'screening', rules: {...off, 'no-excess-length': 'off'}}})
  mark = session.published(uri).length
  await session.connection.sendNotification('workspace/didChangeWatchedFiles', {
    changes: [{uri: session.uri('.replylintrc'), type: 2}]
  })
  expect(await session.diagnostics(uri, undefined, mark)).toEqual([])
})

test('workspace/didChangeConfiguration re-lints open documents', async () => {
  const folder = tempFolder()
  writeConfig(folder, {settings: {rules: off}})
  session = await startServer({folder})
  const uri = await session.open('draft.txt', draft.replace('Dana', '[Name]'))
  const before = await session.diagnostics(uri, undefined, 0)
  expect(before.map((diagnostic) => [diagnostic.code, diagnostic.severity])).toEqual([['no-template-placeholder', 1]])

  writeConfig(folder, {settings: {rules: {...off, 'no-template-placeholder': 'warn'}}})
  const mark = session.published(uri).length
  await session.connection.sendNotification('workspace/didChangeConfiguration', {settings: {replylint: {}}})
  const after = await session.diagnostics(uri, undefined, mark)
  expect(after.map((diagnostic) => [diagnostic.code, diagnostic.severity])).toEqual([['no-template-placeholder', 2]])
})

test('the stage is set per folder: the nearest .replylintrc wins', async () => {
  const folder = tempFolder()
  writeConfig(folder, {settings: {rules: off}})
  writeConfig(path.join(folder, 'screening'), {settings: {stage: 'screening'}})
  session = await startServer({folder})
  const root = await session.open('draft.txt', draft)
  const nested = await session.open('screening/draft.txt', draft)
  expect(await session.diagnostics(root, undefined, 0)).toEqual([])
  const diagnostics = await session.diagnostics(nested, undefined, 0)
  expect(diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['no-excess-length'])
  expect(diagnostics[0].message).toContain('for the `screening` stage')
})

test('the replylint field of package.json is read, and .replylintignore is honoured', async () => {
  const folder = tempFolder()
  fs.writeFileSync(
    path.join(folder, 'package.json'),
    JSON.stringify({name: 'drafts', private: true, replylint: {settings: {stage: 'screening', rules: off}}})
  )
  fs.writeFileSync(path.join(folder, '.replylintignore'), 'archive/\n')
  session = await startServer({folder})
  const uri = await session.open('draft.txt', draft)
  expect((await session.diagnostics(uri, undefined, 0)).map((diagnostic) => diagnostic.code)).toEqual(['no-excess-length'])
  const ignored = await session.open('archive/old.txt', draft.replace('Dana', '[Name]'))
  expect(await session.diagnostics(ignored, undefined, 0)).toEqual([])
})
