/**
 * Bundle the CLI into one script with a V8 code cache (see `src/launch.ts`
 * for why and how the bin uses it), and the language server's linting
 * worker into one script (see `language-server/src/worker-path.ts`), with the
 * same substitutions in dependencies (`substitutions.js`). Run after
 * `tsc -b` by the root `prepare`, `build` and `test` scripts:
 * `node packages/cli/build/bundle.js`.
 *
 * Writes, in `packages/cli/dist/` (ignored by git):
 * - `replylint.bundle.cjs`: `dist/index.js` and everything it imports, with
 *   substitutions that change no output: vfile-reporter's `string-width`
 *   answers plain-ASCII cells itself (`src/narrow-width.ts`),
 *   unified-engine's file queue no longer rescans every file when one
 *   finishes (`build/patches/queue.js`), `node:assert` is loaded when an
 *   assertion fails (`lazyAssert`), and start-up work that few runs need is
 *   deferred and waits are cut (see `edits`); all ASCII (see `asciiOnly`),
 *   so Node reads it without decoding UTF-8;
 * - `replylint.bundle.cache`: V8 code cache, made in a child process after
 *   linting a sample draft, so the functions a run needs are compiled already;
 * - `replylint.bundle.json`: size and mtime of each workspace file bundled,
 *   so the bin can tell a stale bundle (after a bare `tsc -b`) and not use it.
 *
 * and in `packages/language-server/dist/`: `worker.bundle.cjs` and its
 * manifest `worker.bundle.json`. The worker runs unified-engine once per
 * edit of a document; with the substitutions its look for config and ignore
 * files reads synchronously (~4 ms of every edit otherwise, on this machine).
 */
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {bundle, inputsOf, walk} from './substitutions.js'

const cli = path.resolve(import.meta.dirname, '..')
const dist = path.join(cli, 'dist')
const {bundlePaths, importName} = await import(path.join(dist, 'launch.js'))

/**
 * Rename every `import(…)` to the import function the bin passes in: a script
 * run by `vm` cannot `import()` by itself. Found with a parser, so comments
 * and strings that mention `import(` are left alone.
 */
function renameImports(code) {
  const starts = []
  walk(code, (node) => {
    if (node.type === 'ImportExpression') starts.push(node.start)
  })
  if (code.includes(importName)) throw new Error('The bundle already uses `' + importName + '`')
  let result = ''
  let last = 0
  for (const at of starts.sort((a, b) => a - b)) {
    if (!code.startsWith('import', at)) throw new Error('No `import` at offset ' + at)
    result += code.slice(last, at) + importName
    last = at + 'import'.length
  }
  return {code: result + code.slice(last), count: starts.length}
}

const start = performance.now()
const built = await bundle({input: path.join(dist, 'index.js'), cwd: cli})
const renamed = renameImports(built.code)

// No manifest while the files change: the bin runs the compiled modules meanwhile.
fs.rmSync(bundlePaths.manifest, {force: true})
fs.rmSync(bundlePaths.cache, {force: true})
fs.writeFileSync(bundlePaths.script, renamed.code)
const inputs = inputsOf(built.ids, dist)

// The code cache, from a clean process that lints a sample draft first.
execFileSync(process.execPath, [path.join(import.meta.dirname, 'warm.js')], {stdio: 'inherit'})

fs.writeFileSync(bundlePaths.manifest, JSON.stringify({inputs}) + '\n')
process.stderr.write(
  'replylint-cli: bundled ' +
    built.ids.length +
    ' modules (' +
    Math.round(renamed.code.length / 1024) +
    ' KB, ' +
    renamed.count +
    ' import() renamed) in ' +
    Math.round(performance.now() - start) +
    ' ms\n'
)

// The language server's worker: a script Node loads itself (`new Worker`),
// so its `import()` calls stay as they are.
const serverStart = performance.now()
const server = path.resolve(cli, '..', 'language-server')
const {workerPaths} = await import(path.join(server, 'dist', 'worker-path.js'))
const worker = await bundle({input: path.join(server, 'dist', 'worker.js'), cwd: server})
fs.rmSync(workerPaths.manifest, {force: true})
fs.writeFileSync(workerPaths.script, worker.code)
fs.writeFileSync(workerPaths.manifest, JSON.stringify({inputs: inputsOf(worker.ids, path.dirname(workerPaths.manifest))}) + '\n')
process.stderr.write(
  'replylint-language-server: bundled the worker, ' +
    worker.ids.length +
    ' modules (' +
    Math.round(worker.code.length / 1024) +
    ' KB) in ' +
    Math.round(performance.now() - serverStart) +
    ' ms\n'
)
