/**
 * Which linting worker the server runs: the bundled one when it is up to
 * date, else the compiled module.
 *
 * The worker runs unified-language-server, which runs unified-engine once
 * for every edit of a document. unified-engine looks for config and ignore
 * files (eight names in every folder up to the root) with one asynchronous
 * read each, every time: ~4 ms of each edit on a two-core machine. The
 * workspace's bundler (`packages/cli/build/bundle.js`, run after `tsc -b`
 * by the root `prepare`, `build` and `test` scripts) writes the worker and
 * everything it imports as one script, `dist/worker.bundle.cjs`, with the
 * same substitutions as the CLI's bundle: among them, those reads are
 * synchronous. Same diagnostics either way.
 *
 * The bundle is used only when every workspace file it was built from still
 * has the size and modification time recorded at build time: after a bare
 * `tsc -b`, the compiled worker runs instead, slower but never stale.
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'

const dist = path.dirname(fileURLToPath(import.meta.url))

/** Where the bundled worker and its manifest are. */
export const workerPaths = {
  script: path.join(dist, 'worker.bundle.cjs'),
  /** `{inputs: [path relative to dist/, size, mtimeMs][]}`, written last. */
  manifest: path.join(dist, 'worker.bundle.json')
}

/** The worker module to run (see the module's description). */
export function workerUrl(): URL {
  return freshBundle(workerPaths) ?? new URL('worker.js', import.meta.url)
}

/**
 * The URL of the bundled script at `paths.script` when it exists and every
 * input its manifest lists (relative to the manifest's folder) still has
 * the recorded size and mtime; `undefined` otherwise.
 */
export function freshBundle(paths: {script: string; manifest: string}): URL | undefined {
  let inputs: Array<[string, number, number]>
  try {
    inputs = (JSON.parse(fs.readFileSync(paths.manifest, 'utf8')) as {inputs: Array<[string, number, number]>}).inputs
  } catch {
    return undefined
  }
  const folder = path.dirname(paths.manifest)
  const unchanged = inputs.every(([file, size, mtimeMs]) => {
    const stats = fs.statSync(path.resolve(folder, file), {throwIfNoEntry: false})
    return stats !== undefined && stats.size === size && stats.mtimeMs === mtimeMs
  })
  return unchanged && fs.existsSync(paths.script) ? pathToFileURL(paths.script) : undefined
}
