import {spawn, type ChildProcess} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type {Readable, Writable} from 'node:stream'
import {pathToFileURL} from 'node:url'
import {StreamMessageReader, StreamMessageWriter} from 'vscode-jsonrpc/node.js'
import {afterAll} from 'vitest'
import {
  createProtocolConnection,
  type ClientCapabilities,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams
} from 'vscode-languageserver-protocol/node'

/** The built bin, as an editor starts it. */
export const bin = path.resolve(import.meta.dirname, '../../bin/replylint-language-server.js')

/** A running server with a client connection to it. */
export interface Session {
  connection: ProtocolConnection
  /** The server process, when it was spawned. */
  child: ChildProcess | undefined
  /** The workspace folder (a fresh temp dir). */
  folder: string
  /** The server's answer to `initialize`. */
  initializeResult?: unknown
  /** Every `window/logMessage` received so far. */
  logs: string[]
  /** Every `client/registerCapability` received so far. */
  registrations: unknown[]
  /** Settings answered to `workspace/configuration` (`null`, as some editors answer, is allowed). */
  settings: Record<string, unknown> | null
  /** URI of a file in the workspace. */
  uri(name: string): string
  /**
   * Wait for diagnostics of `uri` that satisfy `test`, published after the
   * `since`-th notification for it (default: from now on).
   */
  diagnostics(
    uri: string,
    test?: (diagnostics: Diagnostic[], params: PublishDiagnosticsParams) => boolean,
    since?: number
  ): Promise<Diagnostic[]>
  /** Every diagnostics notification received for `uri` so far. */
  published(uri: string): PublishDiagnosticsParams[]
  open(name: string, text: string, languageId?: string): Promise<string>
  change(uri: string, version: number, text: string): Promise<void>
  close(uri: string): Promise<void>
  stop(): Promise<void>
}

const created: string[] = []

// Temp folders go when the test file is done (servers are stopped by then).
afterAll(() => {
  for (const folder of created.splice(0)) fs.rmSync(folder, {recursive: true, force: true})
})

/** A unique temp dir for one test, removed after the test file. */
export function tempFolder(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'replylint-ls-'))
  created.push(folder)
  return folder
}

const defaultCapabilities: ClientCapabilities = {
  workspace: {configuration: true, didChangeWatchedFiles: {dynamicRegistration: true}, workspaceFolders: true},
  textDocument: {publishDiagnostics: {versionSupport: true}, codeAction: {dataSupport: true}}
}

/**
 * Spawn the built server over stdio and initialize it with one workspace
 * folder, as an editor would.
 */
export async function startServer(options: {folder?: string; capabilities?: ClientCapabilities} = {}): Promise<Session> {
  const folder = options.folder ?? tempFolder()
  const child = spawn(process.execPath, [bin, '--stdio'], {cwd: folder, stdio: ['pipe', 'pipe', 'pipe']})
  let stderr = ''
  child.stderr!.on('data', (chunk) => (stderr += chunk))
  return connectClient({
    input: child.stdout!,
    output: child.stdin!,
    folder,
    capabilities: options.capabilities,
    child,
    stderr: () => stderr
  })
}

/** Connect an LSP client to a server's streams and initialize it with `folder` as workspace. */
export async function connectClient(options: {
  input: Readable
  output: Writable
  folder: string
  capabilities?: ClientCapabilities
  child?: ChildProcess
  stderr?: () => string
}): Promise<Session> {
  const {folder, child} = options
  const stderr = options.stderr ?? (() => '')
  const connection = createProtocolConnection(
    new StreamMessageReader(options.input) as never,
    new StreamMessageWriter(options.output) as never
  )
  const logs: string[] = []
  const registrations: unknown[] = []
  const notifications = new Map<string, PublishDiagnosticsParams[]>()
  const waiters = new Set<() => void>()
  const session: Session = {
    connection,
    child,
    folder,
    logs,
    registrations,
    settings: {},
    uri: (name) => pathToFileURL(path.join(folder, name)).href,
    published: (uri) => notifications.get(uri) ?? [],
    diagnostics(uri, test = () => true, since) {
      const seen = since ?? session.published(uri).length
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(check)
          reject(new Error('No matching diagnostics for ' + uri + ' (stderr: ' + stderr() + ')'))
        }, 15_000)
        function check() {
          for (const params of session.published(uri).slice(seen)) {
            if (test(params.diagnostics, params)) {
              clearTimeout(timer)
              waiters.delete(check)
              resolve(params.diagnostics)
              return
            }
          }
        }
        waiters.add(check)
        check()
      })
    },
    async open(name, text, languageId = 'plaintext') {
      const uri = session.uri(name)
      await connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId, version: 1, text}})
      return uri
    },
    async change(uri, version, text) {
      await connection.sendNotification('textDocument/didChange', {
        textDocument: {uri, version},
        contentChanges: [{text}]
      })
    },
    async close(uri) {
      await connection.sendNotification('textDocument/didClose', {textDocument: {uri}})
    },
    async stop() {
      if (child && child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve))
        try {
          await connection.sendRequest('shutdown')
          await connection.sendNotification('exit')
        } catch {
          child.kill()
        }
        await exited
      }
      connection.dispose()
    }
  }

  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    const list = notifications.get(params.uri) ?? []
    list.push(params)
    notifications.set(params.uri, list)
    for (const waiter of [...waiters]) waiter()
  })
  connection.onNotification('window/logMessage', (params: {message: string}) => void logs.push(params.message))
  connection.onNotification('window/showMessage', (params: {message: string}) => void logs.push(params.message))
  connection.onRequest('workspace/configuration', (params: {items: unknown[]}) => params.items.map(() => session.settings))
  connection.onRequest('client/registerCapability', (params: {registrations: unknown[]}) => {
    registrations.push(...params.registrations)
    return null
  })
  connection.listen()

  session.initializeResult = await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(folder).href,
    workspaceFolders: [{uri: pathToFileURL(folder).href, name: 'drafts'}],
    capabilities: options.capabilities ?? defaultCapabilities
  })
  await connection.sendNotification('initialized', {})
  return session
}
