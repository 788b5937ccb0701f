import fs from 'node:fs'
import path from 'node:path'
import {lint} from 'replylint'
import {afterEach, beforeEach, describe, expect, test} from 'vitest'
import type {CodeAction, Diagnostic, InitializeResult} from 'vscode-languageserver-protocol'
import {applyChanges} from '../src/documents.js'
import {startServer, tempFolder, type Session} from './helpers/server.js'

/**
 * The judgment rules are turned off in the test workspace so these
 * expectations depend only on the structural rules, whose messages are
 * stable; the server's job is transport, not judgment.
 */
const rules = {
  'no-arguing-decision': 'off',
  'no-demanding-feedback': 'off',
  'no-emotional-outburst': 'off',
  'no-criticizing-process': 'off'
}

const draft = [
  'Dear [Hiring Manager],',
  '',
  'I received your decision about the analyst role.',
  '',
  'I hope our paths cross again.',
  '',
  'Best regards,',
  'Sam',
  ''
].join('\n')

const docs = 'https://github.com/replylint/replylint/blob/main/docs/rules/'

/** The CLI's and library's reason and note for a rule, joined as the server shows them. */
async function libraryMessage(text: string, ruleId: string): Promise<string> {
  const file = await lint(text, {rules})
  const message = file.messages.find((message) => message.ruleId === ruleId)
  expect(message, 'library reports ' + ruleId).toBeDefined()
  return message!.reason + '\n' + message!.note
}

let session: Session

beforeEach(async () => {
  const folder = tempFolder()
  fs.writeFileSync(path.join(folder, '.replylintrc'), JSON.stringify({settings: {rules}}))
  session = await startServer({folder})
})

afterEach(async () => {
  await session.stop()
})

describe('replylint-language-server', () => {
  test('initialize announces quick fixes, full sync, no formatting, and watches config files', async () => {
    const {capabilities, serverInfo} = session.initializeResult as InitializeResult
    expect(serverInfo?.name).toBe('replylint-language-server')
    expect(capabilities.textDocumentSync).toBe(1)
    expect(capabilities.codeActionProvider).toEqual({codeActionKinds: ['quickfix'], resolveProvider: false})
    expect(capabilities.documentFormattingProvider).toBeUndefined()
    await expect.poll(() => session.registrations.map((registration: any) => registration.method)).toContain(
      'workspace/didChangeWatchedFiles'
    )
    const watch = session.registrations.find((registration: any) => registration.method === 'workspace/didChangeWatchedFiles') as any
    expect(watch.registerOptions.watchers.map((watcher: any) => watcher.globPattern)).toContain('**/.replylintrc')
  })

  test('diagnostics on open carry code, severity, source, href and the note', async () => {
    const uri = await session.open('draft.txt', draft)
    const diagnostics = await session.diagnostics(uri, undefined, 0)

    expect(diagnostics).toEqual<Diagnostic[]>([
      {
        range: {start: {line: 0, character: 5}, end: {line: 0, character: 21}},
        message: await libraryMessage(draft, 'no-template-placeholder'),
        severity: 1,
        code: 'no-template-placeholder',
        source: 'replylint',
        codeDescription: {href: docs + 'no-template-placeholder.md'},
        data: {expected: []}
      },
      {
        range: {start: {line: 2, character: 0}, end: {line: 2, character: 0}},
        message: await libraryMessage(draft, 'require-gratitude'),
        severity: 2,
        code: 'require-gratitude',
        source: 'replylint',
        codeDescription: {href: docs + 'require-gratitude.md'},
        data: {expected: [expect.stringMatching(/^Thank you\b[^]*\n\n$/)]}
      }
    ])
    // The note is part of the message, after the CLI's reason.
    expect(diagnostics[0].message).toMatch(/^Unexpected placeholder `\[Hiring Manager\]`[^\n]*\n\S/)
  })

  test('an edit that fixes a mistake removes its diagnostic; a quick fix fixes another', async () => {
    const uri = await session.open('draft.txt', draft)
    await session.diagnostics(uri, (list) => list.length === 2, 0)

    const fixed = draft.replace('[Hiring Manager]', 'Ms. Rivera')
    let mark = session.published(uri).length
    await session.change(uri, 2, fixed)
    const afterEdit = await session.diagnostics(uri, (_, params) => params.version === 2, mark)
    expect(afterEdit.map((diagnostic) => diagnostic.code)).toEqual(['require-gratitude'])

    const actions = (await session.connection.sendRequest('textDocument/codeAction', {
      textDocument: {uri},
      range: afterEdit[0].range,
      context: {diagnostics: afterEdit, only: ['quickfix']}
    })) as CodeAction[]
    const thanks = (afterEdit[0].data as {expected: string[]}).expected[0]
    expect(actions).toEqual([
      {
        title: 'Insert `' + thanks.trim() + '`',
        kind: 'quickfix',
        diagnostics: [afterEdit[0]],
        isPreferred: true,
        edit: {changes: {[uri]: [{range: {start: {line: 2, character: 0}, end: {line: 2, character: 0}}, newText: thanks}]}}
      }
    ].map((action) => ({...action, title: expect.stringMatching(/^Insert `Thank you\b/)})))

    // Apply the edit as the editor would, and send the result.
    const [edit] = actions[0].edit!.changes![uri]
    const applied = applyChanges(fixed, [{range: edit.range, text: edit.newText}])
    expect(applied).toBe(fixed.replace('I received', thanks + 'I received'))
    mark = session.published(uri).length
    await session.change(uri, 3, applied)
    expect(await session.diagnostics(uri, (_, params) => params.version === 3, mark)).toEqual([])
  })

  test('quick fixes: remove, replace, several replacements with only the first preferred', async () => {
    const text = 'Thank you so very much for your time.\n'
    const uri = await session.open('fixes.txt', text)
    await session.diagnostics(uri, undefined, 0)
    const range = (start: number, end: number) => ({start: {line: 0, character: start}, end: {line: 0, character: end}})
    const diagnostics: Diagnostic[] = [
      {range: range(10, 18), message: 'remove', data: {expected: ['']}},
      {range: range(0, 9), message: 'replace', data: {expected: ['Thanks', 'Many thanks']}},
      {range: range(5, 5), message: 'nothing to fix', data: {expected: []}}
    ]
    const actions = (await session.connection.sendRequest('textDocument/codeAction', {
      textDocument: {uri},
      range: range(0, 38),
      context: {diagnostics}
    })) as CodeAction[]
    expect(actions.map(({title, isPreferred}) => ({title, isPreferred}))).toEqual([
      {title: 'Remove `so very`', isPreferred: true},
      {title: 'Replace `Thank you` with `Thanks`', isPreferred: true},
      {title: 'Replace `Thank you` with `Many thanks`', isPreferred: false}
    ])
    expect(actions[0].edit!.changes![uri]).toEqual([{range: range(10, 18), newText: ''}])
    expect(actions[2].diagnostics).toEqual([diagnostics[1]])

    // A client asking only for refactorings gets no quick fixes.
    const refactors = await session.connection.sendRequest('textDocument/codeAction', {
      textDocument: {uri},
      range: range(0, 38),
      context: {diagnostics, only: ['refactor']}
    })
    expect(refactors).toEqual([])
  })

  test('rapid edits never leave stale diagnostics', async () => {
    const uri = await session.open('draft.txt', draft)
    await session.diagnostics(uri, undefined, 0)
    const good = draft.replace('[Hiring Manager]', 'Ms. Rivera').replace('I received', 'Thank you for letting me know. I received')
    const mark = session.published(uri).length
    // Alternate between a draft with a mistake and one without, without waiting.
    for (let version = 2; version <= 9; version++) {
      await session.change(uri, version, version % 2 === 0 ? draft : good)
    }
    const last = await session.diagnostics(uri, (_, params) => params.version === 9, mark)
    expect(last).toEqual([])
    // Let any run still going finish: nothing older may be published after version 9.
    await new Promise((resolve) => setTimeout(resolve, 500))
    const versions = session.published(uri).slice(mark).map((params) => params.version)
    expect(versions.at(-1)).toBe(9)
    expect(versions).toEqual([...versions].sort((a, b) => a! - b!))
  })

  test('closing a document clears its diagnostics', async () => {
    const uri = await session.open('draft.txt', draft)
    await session.diagnostics(uri, (list) => list.length > 0, 0)
    const mark = session.published(uri).length
    await session.close(uri)
    expect(await session.diagnostics(uri, undefined, mark)).toEqual([])
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(session.published(uri).slice(mark).every((params) => params.diagnostics.length === 0)).toBe(true)
  })

  test('formatting is a no-op: it would rewrite an email as its decoded text', async () => {
    const uri = await session.open('reply.eml', 'Subject: Re: Analyst role\n\nThank you for letting me know.\n')
    await session.diagnostics(uri, undefined, 0)
    const edits = await session.connection.sendRequest('textDocument/formatting', {
      textDocument: {uri},
      options: {tabSize: 2, insertSpaces: true}
    })
    expect(edits).toBe(null)
  })
})
