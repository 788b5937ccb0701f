/**
 * What both bundles share (see `bundle.js`): the substitutions made in
 * dependencies while bundling, the checks that they happened, and the
 * checks of the script written.
 */
import fs from 'node:fs'
import {builtinModules} from 'node:module'
import path from 'node:path'
import {rolldown} from 'rolldown'
import {parseAst} from 'rolldown/parseAst'

const stringWidthShim = '\0replylint:string-width'
const lazyAssert = '\0replylint:lazy-assert'
const queuePatch = path.join(import.meta.dirname, 'patches', 'queue.js')
const narrowWidth = path.join(import.meta.dirname, '..', 'dist', 'narrow-width.js')

/** @type {import('rolldown').Plugin} */
const substitutions = {
  name: 'replylint-substitutions',
  async resolveId(source, importer) {
    if (source === 'string-width' && importer && /[\\/]vfile-reporter[\\/]/.test(importer)) {
      // Keep the real module's path for the shim to import.
      const real = await this.resolve(source, importer, {skipSelf: true})
      if (!real) throw new Error('Cannot resolve string-width from vfile-reporter')
      return stringWidthShim + '?' + real.id
    }
    if (source === 'node:assert' || source === 'node:assert/strict') {
      // The lazy module's own `require` is of the real module.
      return importer?.startsWith(lazyAssert) ? {id: source, external: true} : lazyAssert + '?' + source
    }
    return null
  },
  load(id) {
    if (id.startsWith(stringWidthShim)) {
      const real = id.slice(stringWidthShim.length + 1)
      return [
        'import stringWidth from ' + JSON.stringify(real),
        'import {narrowWidth} from ' + JSON.stringify(narrowWidth),
        'export default function width(text, options) {',
        "  const narrow = options === undefined && typeof text === 'string' ? narrowWidth(text) : undefined",
        '  return narrow === undefined ? stringWidth(text, options) : narrow',
        '}'
      ].join('\n')
    }
    if (id.startsWith(lazyAssert)) {
      // unified-engine and import-meta-resolve assert what always holds:
      // `node:assert` (and the inspection and colour code it loads, ~2 ms of
      // every run) is loaded when an assertion fails, and any other member
      // when first read. Calls go to the real `ok`, so failures are the same.
      const real = id.slice(lazyAssert.length + 1)
      return [
        'let real',
        'const load = () => (real ??= require(' + JSON.stringify(real) + '))',
        'function ok(...parameters) {',
        '  if (!parameters[0]) load().ok(...parameters)',
        '}',
        "export default new Proxy(ok, {get: (target, key) => (key === 'ok' ? ok : Reflect.get(load(), key))})"
      ].join('\n')
    }
    if (/[\\/]unified-engine[\\/]lib[\\/]file-pipeline[\\/]queue\.js$/.test(id)) {
      return fs.readFileSync(queuePatch, 'utf8')
    }
    const edit = edits.find((candidate) => candidate.file.test(id))
    if (edit) return substitute(fs.readFileSync(id, 'utf8'), edit)
    return null
  }
}

/**
 * Edits of dependencies that change no output, only when work is done:
 * start-up work few runs need, moved to where it is needed, and waits cut.
 * Each piece must be found exactly once in its file: a changed dependency
 * fails the build rather than silently keeping the cost.
 * - load-plugin imports `@npmcli/config` inside `inferNpmPrefix` (the only
 *   function that uses it, an async one): building npm's option definitions
 *   cost ~10 ms of every run, for finding npm's global folder when a config
 *   file names a plugin.
 * - import-meta-resolve's errors load `node:v8` when an error is made (to ask
 *   whether a startup snapshot is being built): ~2 ms of every run.
 * - unified-engine looks for config and ignore files (eight names in every
 *   folder up to the root) with one asynchronous read each; a synchronous
 *   read answers a missing file without a trip through the thread pool.
 * - unified-engine builds the YAML parser (for `.replylintrc.yml`) and a
 *   stream library (for stdin), and parse-json Babel's code frame (for the
 *   error of a malformed JSON config), when a run needs them: ~4 ms.
 * - lru-cache (path-scurry's, for globs) reads the global `performance`,
 *   which loads perf_hooks (~1.3 ms), when a cache entry has a time to live.
 */
const edits = [
  {
    name: 'load-plugin',
    file: /[\\/]load-plugin[\\/]lib[\\/]index\.js$/,
    pieces: [
      ["import NpmConfig from '@npmcli/config'\n", ''],
      ["import definitions from '@npmcli/config/lib/definitions/definitions.js'\n", ''],
      [
        'async function inferNpmPrefix() {\n',
        'async function inferNpmPrefix() {\n' +
          "  const {default: NpmConfig} = await import('@npmcli/config')\n" +
          "  const {default: definitions} = await import('@npmcli/config/lib/definitions/definitions.js')\n"
      ]
    ]
  },
  {
    name: 'import-meta-resolve',
    file: /[\\/]import-meta-resolve[\\/]lib[\\/]errors\.js$/,
    pieces: [["import v8 from 'node:v8'\n", "const v8 = {get startupSnapshot() { return require('node:v8').startupSnapshot }}\n"]]
  },
  {
    name: 'unified-engine configuration',
    file: /[\\/]unified-engine[\\/]lib[\\/]configuration\.js$/,
    pieces: [["import yaml from 'yaml'\n", "const yaml = {parse: (value) => require('yaml').parse(value)}\n"]]
  },
  {
    name: 'unified-engine stdin',
    file: /[\\/]unified-engine[\\/]lib[\\/]file-set-pipeline[\\/]stdin\.js$/,
    pieces: [["import concatStream from 'concat-stream'\n", "const concatStream = (...parameters) => require('concat-stream')(...parameters)\n"]]
  },
  {
    name: 'parse-json',
    file: /[\\/]parse-json[\\/]index\.js$/,
    pieces: [
      [
        "import {codeFrameColumns} from '@babel/code-frame';\n",
        "const codeFrameColumns = (...parameters) => require('@babel/code-frame').codeFrameColumns(...parameters);\n"
      ]
    ]
  },
  {
    name: 'unified-engine find-up',
    file: /[\\/]unified-engine[\\/]lib[\\/]find-up\.js$/,
    pieces: [
      ['          fs.readFile(path.join(folder, self.names[index]), done)\n', '          readNow(path.join(folder, self.names[index]), done)\n'],
      [
        "import {wrap} from 'trough'\n",
        "import {wrap} from 'trough'\n\n" +
          '// Config and ignore files are looked for with a synchronous read: most\n' +
          '// candidates do not exist, and each asynchronous miss waited for a\n' +
          "// round trip through libuv's thread pool (~40 per folder tree, ~5 ms).\n" +
          'function readNow(file, callback) {\n' +
          '  let buf\n' +
          '  try {\n' +
          '    buf = fs.readFileSync(file)\n' +
          '  } catch (error) {\n' +
          '    return callback(error)\n' +
          '  }\n' +
          '  callback(null, buf)\n' +
          '}\n'
      ]
    ]
  },
  {
    name: 'lru-cache',
    file: /[\\/]lru-cache[\\/]dist[\\/]esm[\\/]index\.js$/,
    pieces: [
      [
        "const perf = typeof performance === 'object' &&\n    performance &&\n    typeof performance.now === 'function'\n    ? performance\n    : Date;\n",
        "const perf = {now: () => (typeof performance === 'object' && performance && typeof performance.now === 'function' ? performance : Date).now()};\n"
      ]
    ]
  }
]

/** An edit's pieces replaced in a dependency's code (see `edits`). */
function substitute(code, {name, pieces}) {
  for (const [from, to] of pieces) {
    if (code.split(from).length !== 2) throw new Error(name + ' changed: cannot find `' + from.trim() + '`')
    code = code.replace(from, to)
  }
  return code
}

/** Call `onNode` with every node of the script's syntax tree. */
function walk(code, onNode) {
  const visit = (node) => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item)
      return
    }
    if (!node || typeof node !== 'object') return
    onNode(node)
    for (const key in node) {
      if (key !== 'type' && key !== 'start' && key !== 'end') visit(node[key])
    }
  }
  visit(parseAst(code, {sourceType: 'script'}))
}

/**
 * The bundle as ASCII only. Node reads an ASCII file into a one-byte string
 * at once; a single other character makes it decode all 2.5 MB into a
 * two-byte string (~29 ms instead of ~3 ms, on every run). rolldown escapes
 * the characters of strings, regexes and identifiers (`charset: 'ascii'`);
 * what is left must be in comments, where escaping changes nothing: any
 * that is inside a token fails the build.
 */
function asciiOnly(code) {
  const left = []
  for (let index = 0; index < code.length; index++) if (code.charCodeAt(index) > 127) left.push(index)
  if (left.length === 0) return code
  const tokens = []
  walk(code, (node) => {
    if (/^(Literal|TemplateElement|Identifier|PrivateIdentifier)$/.test(node.type)) tokens.push([node.start, node.end])
  })
  for (const at of left) {
    if (tokens.some(([start, end]) => at >= start && at < end)) {
      throw new Error('Non-ASCII character left in the bundle outside a comment, at ' + at + ': ' + JSON.stringify(code.slice(at - 30, at + 10)))
    }
  }
  return code.replace(/[^\x00-\x7f]/g, (character) => '\\u' + character.charCodeAt(0).toString(16).padStart(4, '0'))
}

// Only Node's own modules may be left to `require`: a bundle's `require`
// resolves from its dist/. promise-inflight tries `require("bluebird")` in a
// `try` and falls back to Promise: not installed here, so it fails from dist/
// as it did from its own folder.
const allowed = new Set([...builtinModules.flatMap((name) => [name, 'node:' + name]), 'bluebird'])

/**
 * Bundle `input` and everything it imports into one CommonJS script, with
 * the substitutions; checks that each happened (a dependency update could
 * bypass one) and that the script is ASCII and requires only Node's own
 * modules. Returns the script and the ids of the modules in it.
 *
 * @param {{input: string, cwd: string}} options
 */
export async function bundle({input, cwd}) {
  const build = await rolldown({input, platform: 'node', cwd, logLevel: 'warn', plugins: [substitutions]})
  const {output} = await build.generate({format: 'cjs', codeSplitting: false, charset: 'ascii'})
  await build.close()
  const chunk = output[0]
  if (output.length !== 1 || chunk.type !== 'chunk') throw new Error('Expected one chunk, got ' + output.length + ' outputs')
  const ids = chunk.moduleIds
  if (!ids.some((id) => id.startsWith(stringWidthShim))) throw new Error('vfile-reporter no longer imports string-width')
  if (!ids.some((id) => id.startsWith(lazyAssert))) throw new Error('Nothing imports node:assert any more: drop the lazy assert')
  if (!ids.some((id) => /unified-engine[\\/]lib[\\/]file-pipeline[\\/]queue\.js$/.test(id))) throw new Error('unified-engine queue not bundled')
  for (const {name, file} of edits) if (!ids.some((id) => file.test(id))) throw new Error(name + ' not bundled')
  const code = asciiOnly(chunk.code)
  for (const match of code.matchAll(/\brequire\("([^"]+)"\)/g)) {
    if (!allowed.has(match[1])) throw new Error('The bundle requires a package at run time: ' + match[1])
  }
  return {code, ids}
}

/**
 * The workspace files among `ids` (not node_modules: installing reruns the
 * bundler), each as [path relative to `folder`, size, mtimeMs]: what a
 * bundle's manifest records, so its user can tell when it is stale.
 *
 * @param {string[]} ids
 * @param {string} folder
 */
export function inputsOf(ids, folder) {
  const inputs = []
  for (const id of ids) {
    if (id.startsWith('\0') || id.includes(`${path.sep}node_modules${path.sep}`) || !path.isAbsolute(id)) continue
    const stats = fs.statSync(id)
    inputs.push([path.relative(folder, id), stats.size, stats.mtimeMs])
  }
  return inputs
}

export {walk}
