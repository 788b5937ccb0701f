import fs from 'node:fs'
import path from 'node:path'
import {PassThrough} from 'node:stream'
import {afterEach, expect, test} from 'vitest'
import {startProxy} from '../src/proxy.js'
import {connectClient, startServer, tempFolder, type Session} from './helpers/server.js'

const good = 'Hi Dana,\n\nThank you for letting me know about the analyst role.\n\nBest,\nSam\n'
const placeholder = good.replace('Dana', '[Name]')

let session: Session | undefined

afterEach(async () => {
  await session?.stop()
  session = undefined
})

/** The server still lints a normal document, with the usual result. */
async function stillServes(session: Session, name: string) {
  const uri = await session.open(name, placeholder)
  const diagnostics = await session.diagnostics(uri, undefined, 0)
  expect(diagnostics.map((diagnostic) => diagnostic.code)).toContain('no-template-placeholder')
}

test('an editor that answers null to workspace/configuration (Emacs Eglot) still gets diagnostics', async () => {
  session = await startServer()
  session.settings = null
  await stillServes(session, 'draft.txt')
  expect(session.logs.join('\n')).not.toMatch(/unexpected error/)
})

test('a malformed .replylintrc is reported on the document, other folders still lint', async () => {
  const folder = tempFolder()
  fs.mkdirSync(path.join(folder, 'broken'))
  fs.writeFileSync(path.join(folder, 'broken', '.replylintrc'), '{"settings": {"stage": ')
  session = await startServer({folder})
  const uri = await session.open('broken/draft.txt', good)
  expect(await session.diagnostics(uri, undefined, 0)).toEqual([
    {
      range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}},
      message: 'Cannot process file: Cannot parse file `broken/.replylintrc`',
      severity: 1,
      source: 'replylint'
    }
  ])
  await stillServes(session, 'ok.txt')
})

test('an unknown plugin in a config file is reported, and the server keeps serving', async () => {
  const folder = tempFolder()
  fs.mkdirSync(path.join(folder, 'plugins'))
  fs.writeFileSync(path.join(folder, 'plugins', '.replylintrc'), JSON.stringify({plugins: ['retext-no-such-plugin']}))
  session = await startServer({folder})
  const uri = await session.open('plugins/draft.txt', good)
  const [diagnostic, ...rest] = await session.diagnostics(uri, undefined, 0)
  expect(rest).toEqual([])
  expect(diagnostic.severity).toBe(1)
  expect(diagnostic.message).toBe('Cannot process file: Cannot find module `retext-no-such-plugin`')
  await stillServes(session, 'ok.txt')
})

test('a 10 MB document is refused by the 1 MiB guard, quickly, and the server keeps serving', async () => {
  session = await startServer()
  const big = 'Thank you for the update. '.repeat(400_000)
  const started = Date.now()
  const uri = await session.open('huge.txt', big)
  const diagnostics = await session.diagnostics(uri, undefined, 0)
  expect(diagnostics).toEqual([
    {
      range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}},
      message: 'Cannot lint a 9.9 MB file, expected a draft of at most 1.0 MB',
      severity: 1,
      source: 'replylint'
    }
  ])
  expect(Date.now() - started).toBeLessThan(10_000)
  await stillServes(session, 'ok.txt')
})

test('a binary document is reported, and the server keeps serving', async () => {
  session = await startServer()
  const uri = await session.open('photo.txt', 'GIF89a\0\0\u0001\u0002binary')
  const diagnostics = await session.diagnostics(uri, undefined, 0)
  expect(diagnostics.map(({message, severity, source}) => ({message, severity, source}))).toEqual([
    {message: 'Cannot lint binary data: the file contains NUL bytes, expected a text draft', severity: 1, source: 'replylint'}
  ])
  await stillServes(session, 'ok.txt')
  // Requests are still answered too.
  expect(await session.connection.sendRequest('textDocument/codeAction', {
    textDocument: {uri},
    range: diagnostics[0].range,
    context: {diagnostics}
  })).toEqual([])
})

test('a linter crash restarts it without the document it died on, until that one changes', async () => {
  const folder = tempFolder()
  const input = new PassThrough()
  const output = new PassThrough()
  const exits: number[] = []
  startProxy({
    input,
    output,
    workerUrl: new URL('fixtures/crashing-worker.js', import.meta.url),
    serverInfo: {name: 'test', version: '0'},
    onExit: (code) => exits.push(code)
  })
  session = await connectClient({input: output, output: input, folder})
  try {
    const first = await session.open('first.txt', placeholder)
    await session.diagnostics(first, undefined, 0)

    const poison = await session.open('poison.txt', good + 'CRASH-THE-LINTER\n')
    const crashed = await session.diagnostics(poison, undefined, 0)
    expect(crashed.map(({message, severity}) => ({message, severity}))).toEqual([
      {
        message: 'Cannot lint this document: the linter stopped while checking it; it is checked again when it changes',
        severity: 1
      }
    ])
    await expect.poll(() => session!.logs.join('\n')).toMatch(/the linter stopped \(exit code 3\), restarting it/)

    // The other open document is linted again by the new worker, and new ones too.
    expect((await session.diagnostics(first, undefined, 1)).map((diagnostic) => diagnostic.code)).toEqual([
      'no-template-placeholder'
    ])
    await stillServes(session, 'second.txt')

    // Once fixed, the document that crashed it is linted again.
    const mark = session.published(poison).length
    await session.change(poison, 2, placeholder)
    expect((await session.diagnostics(poison, undefined, mark)).map((diagnostic) => diagnostic.code)).toEqual([
      'no-template-placeholder'
    ])
    expect(exits).toEqual([])
  } finally {
    await session.connection.sendRequest('shutdown')
    await session.connection.sendNotification('exit')
    await expect.poll(() => exits).toEqual([0])
  }
})
