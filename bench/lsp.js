/**
 * Language server: time from sending `textDocument/didChange` to receiving
 * the `textDocument/publishDiagnostics` for that version, on a 300-word
 * draft, over 200 edits, driving the built server over stdio as an editor
 * (and the language-server tests) do. Also, with no target: how long the
 * first diagnostics of a just-started server take, from spawning it to
 * the diagnostics of the opened draft (what a writer waits for on opening
 * a file), and from `didOpen` alone.
 */
import {spawn} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {bins, urls} from './deps.js'
import {generateDraft, prng} from './drafts.js'
import {median, quantile, round} from './stats.js'

/** @param {{edits?: number}} [options] */
export async function benchLsp(options = {}) {
  if (!fs.existsSync(bins.serverBuilt)) return {skipped: 'packages/language-server is not built (no dist/index.js)'}
  const edits = options.edits ?? 200
  const protocol = await import(urls.protocol())
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'replylint-bench-ls-'))
  const spawned = performance.now()
  const child = spawn(process.execPath, [bins.server, '--stdio'], {cwd: folder, stdio: ['pipe', 'pipe', 'pipe']})
  let stderr = ''
  child.stderr.on('data', (chunk) => (stderr += chunk))
  const connection = protocol.createProtocolConnection(
    new protocol.StreamMessageReader(child.stdout),
    new protocol.StreamMessageWriter(child.stdin)
  )
  /** @type {Map<number, (time: number) => void>} */
  const waiting = new Map()
  const uri = pathToFileURL(path.join(folder, 'draft.txt')).href
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    const now = performance.now()
    if (params.uri !== uri) return
    const resolve = waiting.get(params.version)
    if (resolve) {
      waiting.delete(params.version)
      resolve(now)
    }
  })
  connection.onRequest('workspace/configuration', (params) => params.items.map(() => ({})))
  connection.onRequest('client/registerCapability', () => null)
  connection.onNotification('window/logMessage', () => {})
  connection.listen()

  /** @param {number} version */
  const published = (version) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('No diagnostics for version ' + version + ': ' + stderr)), 15000)
      waiting.set(version, (time) => {
        clearTimeout(timer)
        resolve(time)
      })
    })

  try {
    await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(folder).href,
      workspaceFolders: [{uri: pathToFileURL(folder).href, name: 'bench'}],
      capabilities: {
        workspace: {configuration: true, workspaceFolders: true},
        textDocument: {publishDiagnostics: {versionSupport: true}}
      }
    })
    await connection.sendNotification('initialized', {})
    const text = generateDraft(prng(300), {min: 295, max: 320})
    let version = 1
    const first = published(version)
    const opened = performance.now()
    await connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'plaintext', version, text}})
    const firstShown = await first

    const latencies = []
    // Warm-up edits are not recorded: the first lints compile the rules.
    const warmup = 20
    for (let edit = 0; edit < warmup + edits; edit++) {
      version++
      // Type a word, as an editor sends the whole document after each edit.
      const changed = text.replace('Best,', 'Best wishes' + ' x'.repeat(edit % 7) + ',')
      const done = published(version)
      const start = performance.now()
      await connection.sendNotification('textDocument/didChange', {textDocument: {uri, version}, contentChanges: [{text: changed}]})
      const end = await done
      if (edit >= warmup) latencies.push(end - start)
    }
    return {
      edits,
      words: text.split(/\s+/).filter(Boolean).length,
      medianMs: round(median(latencies), 2),
      p95Ms: round(quantile(latencies, 0.95), 2),
      maxMs: round(Math.max(...latencies), 2),
      firstFromSpawnMs: round(firstShown - spawned, 1),
      firstFromOpenMs: round(firstShown - opened, 1)
    }
  } finally {
    try {
      await connection.sendRequest('shutdown')
      await connection.sendNotification('exit')
    } catch {
      child.kill()
    }
    connection.dispose()
    fs.rmSync(folder, {recursive: true, force: true})
  }
}
