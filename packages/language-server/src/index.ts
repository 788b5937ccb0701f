/**
 * `replylint-language-server --stdio`: replylint's diagnostics and quick fixes
 * in any editor with an LSP client.
 */
import fs from 'node:fs'
import {startProxy} from './proxy.js'
import {workerUrl} from './worker-path.js'

const pkg = JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  name: string
  version: string
}
const args = process.argv.slice(2)

if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write(pkg.version + '\n')
} else if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write('Usage: replylint-language-server --stdio\n\nLints replies to job rejections over the Language Server Protocol.\n')
} else if (args.some((arg) => arg !== '--stdio')) {
  process.stderr.write('replylint-language-server: only `--stdio` is supported, got `' + args.join(' ') + '`\n')
  process.exitCode = 1
} else {
  // stdout carries the protocol: anything logged by accident goes to stderr.
  console.log = console.info = console.debug = console.error
  startProxy({
    input: process.stdin,
    output: process.stdout,
    workerUrl: workerUrl(),
    serverInfo: {name: pkg.name, version: pkg.version},
    onExit: (code) => process.exit(code)
  })
}
