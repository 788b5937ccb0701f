/**
 * Start-up of the `replylint` bin: run the bundled CLI when it is up to date,
 * else the compiled modules.
 *
 * Loading the CLI as ~250 ES modules (unified-engine alone is 189) cost most
 * of a one-draft run. `build/bundle.js` (run by the root `prepare`, `build`
 * and `test` scripts after `tsc -b`) writes the CLI and everything it imports
 * as one script, `dist/replylint.bundle.cjs`, with a V8 code cache made after
 * a warm-up run, so the script is neither parsed nor compiled again
 * (`module.enableCompileCache` is Node 22+; Node 20 has `vm.Script`'s
 * `cachedData`). A script, not a module: `vm` takes cached data for scripts
 * only without `--experimental-vm-modules`.
 *
 * The bundle is used only when every workspace file it was built from still
 * has the size and modification time recorded at build time: after a bare
 * `tsc -b`, the compiled modules run instead, slower but never stale.
 */
import fs from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import vm from 'node:vm'
import type * as Cli from './index.js'

type Exports = Pick<typeof Cli, 'main' | 'serveJobs'>

/** What `build/bundle.js` writes next to the bundle. */
export interface BundleManifest {
  /** Workspace files the bundle was built from, relative to the manifest's folder: path, size, mtimeMs. */
  inputs: Array<[string, number, number]>
}

/**
 * Name of the parameter the bundle's `import()` calls are renamed to:
 * without an `importModuleDynamically` callback (experimental in Node 20, and
 * lost when a script comes from cached data) a script cannot `import()`, and
 * config files (`.replylintrc.mjs`) and their plugins are imported.
 */
export const importName = '__replylintImport'

const dist = path.dirname(fileURLToPath(import.meta.url))

/** Where the bundle's files are. */
export const bundlePaths = {
  script: path.join(dist, 'replylint.bundle.cjs'),
  cache: path.join(dist, 'replylint.bundle.cache'),
  manifest: path.join(dist, 'replylint.bundle.json')
}

/** Whether the bundle exists and every input is as it was when it was built. */
export function bundleIsFresh(): boolean {
  let manifest: BundleManifest
  try {
    manifest = JSON.parse(fs.readFileSync(bundlePaths.manifest, 'utf8')) as BundleManifest
  } catch {
    return false
  }
  for (const [file, size, mtimeMs] of manifest.inputs) {
    const stats = fs.statSync(path.resolve(dist, file), {throwIfNoEntry: false})
    if (!stats || stats.size !== size || stats.mtimeMs !== mtimeMs) return false
  }
  return true
}

/** The bundle, compiled (from the code cache when V8 accepts it) but not run. */
export function compileBundle(cachedData?: Buffer): vm.Script {
  const source = fs.readFileSync(bundlePaths.script, 'utf8')
  // The same wrapper as Node's CommonJS loader, plus the import function.
  const wrapped = '(function (exports, require, module, __filename, __dirname, ' + importName + ') {' + source + '\n})'
  return new vm.Script(wrapped, {filename: bundlePaths.script, cachedData})
}

/** Run a compiled bundle and return its exports. */
export function runBundle(script: vm.Script): Exports {
  const factory = script.runInThisContext() as (...parameters: unknown[]) => void
  const module = {exports: {} as Exports}
  const file = bundlePaths.script
  factory.call(
    module.exports,
    module.exports,
    createRequire(file),
    module,
    file,
    path.dirname(file),
    (specifier: string) => import(specifier)
  )
  return module.exports
}

/** Read the code cache; `undefined` when there is none. */
function readCache(): Buffer | undefined {
  try {
    return fs.readFileSync(bundlePaths.cache)
  } catch {
    return undefined
  }
}

/** The CLI's exports: from the bundle when it is fresh, else from the compiled modules. */
export async function loadExports(): Promise<Exports> {
  if (bundleIsFresh()) return runBundle(compileBundle(readCache()))
  return import('./index.js')
}

/** The CLI's `main` (see `loadExports`). */
export async function loadMain(): Promise<Exports['main']> {
  return (await loadExports()).main
}
