/**
 * Where the benchmark's comparison modules live. The root package has no
 * direct dependency on unified or retext-english, so they are resolved from
 * the workspace packages that depend on them (the very copies replylint uses).
 */
import {createRequire} from 'node:module'
import path from 'node:path'
import {pathToFileURL} from 'node:url'

/** Root of the repository. */
export const root = path.resolve(import.meta.dirname, '..')

const fromLibrary = createRequire(path.join(root, 'packages/replylint/package.json'))
const fromServer = createRequire(path.join(root, 'packages/language-server/package.json'))

/** File URLs of the modules the benchmarks import. */
export const urls = {
  unified: pathToFileURL(fromLibrary.resolve('unified')).href,
  retextEnglish: pathToFileURL(fromLibrary.resolve('retext-english')).href,
  vfile: pathToFileURL(fromLibrary.resolve('vfile')).href,
  replylint: pathToFileURL(path.join(root, 'packages/replylint/dist/index.js')).href,
  protocol: () => pathToFileURL(fromServer.resolve('vscode-languageserver-protocol/node')).href
}

/** Paths of the command-line programs. */
export const bins = {
  cli: path.join(root, 'packages/cli/bin/replylint.js'),
  server: path.join(root, 'packages/language-server/bin/replylint-language-server.js'),
  cliBuilt: path.join(root, 'packages/cli/dist/index.js'),
  cliBundler: path.join(root, 'packages/cli/build/bundle.js'),
  serverBuilt: path.join(root, 'packages/language-server/dist/index.js')
}
