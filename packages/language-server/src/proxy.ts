import type {Readable, Writable} from 'node:stream'
import {Worker} from 'node:worker_threads'
import {codeActions, type Diagnostic} from './code-actions.js'
import {cleanDiagnostic, uniqueDiagnostics} from './diagnostics.js'
import {applyChanges, type OpenDocument} from './documents.js'
import {readMessages, writeMessage, type Message} from './framing.js'
import {configWatchers} from './watchers.js'

/** Where the proxy talks to the editor, and what it runs behind. */
export interface ProxyOptions {
  /** Messages from the editor (stdin). */
  input: Readable
  /** Messages to the editor (stdout). */
  output: Writable
  /** Module that runs `unified-language-server` over its stdio (`worker.js`). */
  workerUrl: URL
  /** Name and version reported in `serverInfo`. */
  serverInfo: {name: string; version: string}
  /** Called once when the server should end, with the exit code. */
  onExit: (code: number) => void
}

/** Restarts allowed within `restartWindow` ms before the server gives up. */
const maxRestarts = 5
const restartWindow = 60_000

const MessageType = {Error: 1, Warning: 2, Info: 3, Log: 4} as const

/**
 * Run `unified-language-server` in a worker thread and stand between it and
 * the editor, adding what it lacks:
 *
 * - quick fixes with the best replacement preferred, answered here;
 * - no stale diagnostics: results for an old version of a document, or for a
 *   closed one, are dropped (linting is async, so runs can finish out of order);
 * - file watchers for config files, registered with clients that allow it;
 * - no formatting (retext would rewrite an `.eml` file as its decoded text);
 * - a linter that crashes is restarted with the open documents, so one bad
 *   document never takes the server down.
 */
export function startProxy(options: ProxyOptions): void {
  const {input, output} = options
  const documents = new Map<string, OpenDocument>()
  /** Editor requests the worker has not answered yet, to fail them if it dies. */
  const pending = new Set<number | string>()
  let worker: Worker
  let initializeParams: any
  let initializeId: number | string | undefined
  let initialized = false
  let exiting = false
  let ended = false
  let ownId = 0
  let toldDefaultProcessor = false
  /** The document the worker was last given to lint: the likely cause if it dies. */
  let lastTouched: string | undefined
  /** Ids of the worker's `workspace/configuration` requests awaiting the editor's answer. */
  const configurationRequests = new Set<number | string>()
  /** Documents held back from the worker since it died on them, until they change. */
  const suspended = new Set<string>()
  const restarts: number[] = []

  function toClient(message: Message) {
    if (!ended) writeMessage(output, message)
  }

  function log(type: number, message: string) {
    toClient({jsonrpc: '2.0', method: 'window/logMessage', params: {type, message: 'replylint: ' + message}})
  }

  function toWorker(message: Message) {
    writeMessage(worker.stdin!, message)
  }

  function reply(id: Message['id'], result: unknown) {
    toClient({jsonrpc: '2.0', id, result})
  }

  function end(code: number) {
    if (ended) return
    ended = true
    options.onExit(code)
  }

  function spawn() {
    worker = new Worker(options.workerUrl, {argv: ['--stdio'], stdin: true, stdout: true})
    const current = worker
    readMessages(current.stdout, guarded((message) => current === worker && fromWorker(message), 'linter'), (error) => {
      log(MessageType.Error, 'unreadable message from the linter: ' + error.message)
    })
    current.on('error', (error) => {
      log(MessageType.Error, 'the linter crashed: ' + (error.stack ?? error.message))
    })
    current.on('exit', (code) => {
      if (current !== worker) return
      if (exiting) return end(code)
      restart(code)
    })
  }

  function restart(code: number) {
    for (const id of pending) {
      toClient({jsonrpc: '2.0', id, error: {code: -32803, message: 'replylint: the linter stopped (exit code ' + code + ')'}})
    }
    pending.clear()
    const now = Date.now()
    restarts.push(now)
    while (restarts.length > 0 && restarts[0] < now - restartWindow) restarts.shift()
    if (restarts.length > maxRestarts) {
      log(MessageType.Error, 'the linter stopped ' + restarts.length + ' times in a minute, giving up')
      return end(1)
    }
    log(MessageType.Error, 'the linter stopped (exit code ' + code + '), restarting it')
    spawn()
    if (initializeParams) {
      // Replay the session so far: the new worker answers to ids the editor never sees.
      toWorker({jsonrpc: '2.0', id: 'replylint:replay:' + ++ownId, method: 'initialize', params: initializeParams})
      if (initialized) toWorker({jsonrpc: '2.0', method: 'initialized', params: {}})
      if (lastTouched && documents.has(lastTouched)) suspend(lastTouched)
      for (const uri of documents.keys()) if (!suspended.has(uri)) openInWorker(uri)
    }
  }

  function openInWorker(uri: string) {
    const document = documents.get(uri)!
    toWorker({
      jsonrpc: '2.0',
      method: 'textDocument/didOpen',
      params: {textDocument: {uri, languageId: document.languageId, version: document.version, text: document.text}}
    })
  }

  /** Keep a document that crashed the linter away from it until it is edited, and say so. */
  function suspend(uri: string) {
    suspended.add(uri)
    const document = documents.get(uri)!
    toClient({
      jsonrpc: '2.0',
      method: 'textDocument/publishDiagnostics',
      params: {
        uri,
        version: document.version,
        diagnostics: [
          {
            range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}},
            severity: 1,
            source: 'replylint',
            message: 'Cannot lint this document: the linter stopped while checking it; it is checked again when it changes'
          }
        ]
      }
    })
  }

  function watchParent(processId: unknown) {
    if (typeof processId !== 'number') return
    // Done here rather than in the worker: there `process.exit` ends only the thread.
    setInterval(() => {
      try {
        process.kill(processId, 0)
      } catch {
        end(1)
      }
    }, 3000).unref()
  }

  function fromClient(message: Message) {
    const {method, params} = message
    if (method === undefined) {
      // A response: to a request of the proxy's own, or of the worker's.
      if (typeof message.id === 'string' && message.id.startsWith('replylint:')) {
        if (message.error) log(MessageType.Warning, 'the editor refused a request: ' + message.error.message)
        return
      }
      if (message.id !== undefined && message.id !== null && configurationRequests.delete(message.id)) {
        // Editors answer `null` for a section they know nothing of (Emacs Eglot does);
        // unified-language-server reads properties of each item, so give it objects.
        const items = Array.isArray(message.result) ? message.result : []
        message = {...message, result: items.map((item) => (item && typeof item === 'object' ? item : {}))}
      }
      return toWorker(message)
    }

    switch (method) {
      case 'initialize': {
        initializeId = message.id ?? undefined
        // The worker must not watch the editor's process itself (see `watchParent`).
        initializeParams = {...params, processId: null}
        watchParent(params?.processId)
        break
      }
      case 'initialized': {
        initialized = true
        toWorker(message)
        registerWatchers()
        return
      }
      case 'textDocument/didOpen': {
        const {uri, languageId, version, text} = params.textDocument
        documents.set(uri, {text, version, languageId})
        suspended.delete(uri)
        lastTouched = uri
        break
      }
      case 'textDocument/didChange': {
        const uri: string = params.textDocument.uri
        const document = documents.get(uri)
        if (document) {
          document.text = applyChanges(document.text, params.contentChanges)
          document.version = params.textDocument.version
        }
        lastTouched = uri
        if (document && suspended.delete(uri)) return openInWorker(uri)
        break
      }
      case 'textDocument/didClose': {
        const uri: string = params.textDocument.uri
        documents.delete(uri)
        if (suspended.delete(uri)) {
          // The worker never saw it: clear the diagnostic published here.
          return toClient({jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: {uri, diagnostics: []}})
        }
        break
      }
      case 'textDocument/codeAction': {
        const document = documents.get(params.textDocument.uri)
        const only: string[] | undefined = params.context?.only
        const wanted = !only || only.some((kind) => kind === 'quickfix' || 'quickfix'.startsWith(kind + '.'))
        const diagnostics = (params.context?.diagnostics ?? []) as Diagnostic[]
        return reply(message.id, document && wanted ? codeActions(params.textDocument.uri, document.text, diagnostics) : [])
      }
      case 'codeAction/resolve': {
        // Actions are complete when sent; some clients resolve them anyway.
        return reply(message.id, params)
      }
      case 'textDocument/formatting':
      case 'textDocument/rangeFormatting': {
        return reply(message.id, null)
      }
      case 'exit': {
        exiting = true
        toWorker(message)
        // Should the worker not stop by itself, do not linger.
        setTimeout(() => end(0), 2000).unref()
        return
      }
    }

    if (message.id !== undefined && message.id !== null) pending.add(message.id)
    toWorker(message)
  }

  function fromWorker(message: Message) {
    if (message.method === undefined) {
      if (typeof message.id === 'string' && message.id.startsWith('replylint:replay:')) return
      if (message.id !== undefined && message.id !== null) pending.delete(message.id)
      if (message.id === initializeId && message.result) {
        message = {...message, result: initializeResult(message.result as any)}
      }
      return toClient(message)
    }

    if (message.method === 'textDocument/publishDiagnostics') {
      const {uri, version, diagnostics} = message.params as {uri: string; version?: number; diagnostics: Diagnostic[]}
      const document = documents.get(uri)
      // Results of a run that started before the last edit, or before close, are stale.
      if (!document && diagnostics.length > 0) return
      if (document && typeof version === 'number' && version !== document.version) return
      return toClient({...message, params: {...message.params, diagnostics: uniqueDiagnostics(diagnostics.map(cleanDiagnostic))}})
    }

    if (message.method === 'workspace/configuration' && message.id !== undefined && message.id !== null) {
      configurationRequests.add(message.id)
    }

    if (message.method === 'window/logMessage') {
      const text = String(message.params?.message ?? '')
      // Logged on every run where the workspace has no `replylint` of its own: say it once, without the stack.
      if (text.startsWith('Cannot find `replylint` locally')) {
        if (toldDefaultProcessor) return
        toldDefaultProcessor = true
        return log(MessageType.Info, 'no `replylint` installed in the workspace, using the bundled one')
      }
    }

    toClient(message)
  }

  function initializeResult(result: {capabilities: Record<string, unknown>}) {
    const capabilities = {...result.capabilities}
    delete capabilities.documentFormattingProvider
    capabilities.codeActionProvider = {codeActionKinds: ['quickfix'], resolveProvider: false}
    return {...result, capabilities, serverInfo: options.serverInfo}
  }

  function registerWatchers() {
    const capability = initializeParams?.capabilities?.workspace?.didChangeWatchedFiles
    if (!capability?.dynamicRegistration) return
    toClient({
      jsonrpc: '2.0',
      id: 'replylint:' + ++ownId,
      method: 'client/registerCapability',
      params: {
        registrations: [
          {
            id: 'replylint-config-files',
            method: 'workspace/didChangeWatchedFiles',
            registerOptions: {watchers: configWatchers.map((globPattern) => ({globPattern}))}
          }
        ]
      }
    })
  }

  /** One bad message must not end the server: answer a request with an error, log the rest. */
  function guarded(handle: (message: Message) => void, side: string) {
    return (message: Message) => {
      try {
        handle(message)
      } catch (error) {
        log(MessageType.Error, 'cannot handle `' + (message.method ?? 'response') + '` from the ' + side + ': ' + String(error))
        if (side === 'editor' && message.method && message.id !== undefined && message.id !== null) {
          toClient({jsonrpc: '2.0', id: message.id, error: {code: -32603, message: 'replylint: ' + String(error)}})
        }
      }
    }
  }

  spawn()
  readMessages(input, guarded(fromClient, 'editor'), (error) => log(MessageType.Error, 'unreadable message from the editor: ' + error.message))
  input.on('end', () => {
    void worker.terminate()
    end(exiting ? 0 : 1)
  })
}
