/**
 * The server runs the bundled worker only while the bundle is up to date:
 * after a bare `tsc -b` the compiled worker runs instead.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {freshBundle} from '../src/worker-path.js'

let folder: string
let paths: {script: string; manifest: string}
let input: string

/** Record `input` as it is now in the manifest. */
function writeManifest(): void {
  const stats = fs.statSync(input)
  fs.writeFileSync(paths.manifest, JSON.stringify({inputs: [[path.relative(folder, input), stats.size, stats.mtimeMs]]}))
}

beforeEach(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'replylint-worker-path-'))
  paths = {script: path.join(folder, 'worker.bundle.cjs'), manifest: path.join(folder, 'worker.bundle.json')}
  input = path.join(folder, 'src', 'worker.js')
  fs.mkdirSync(path.dirname(input))
  fs.writeFileSync(input, 'export {}\n')
  fs.writeFileSync(paths.script, '"use strict"\n')
})

afterEach(() => {
  fs.rmSync(folder, {recursive: true, force: true})
})

describe('freshBundle', () => {
  it('is the bundle when every input is as recorded', () => {
    writeManifest()
    expect(freshBundle(paths)?.href).toBe(pathToFileURL(paths.script).href)
  })

  it('is nothing without a manifest, or with a malformed one', () => {
    expect(freshBundle(paths)).toBeUndefined()
    fs.writeFileSync(paths.manifest, '{"inputs": ')
    expect(freshBundle(paths)).toBeUndefined()
  })

  it('is nothing once an input changed size or time, or is gone', () => {
    writeManifest()
    fs.writeFileSync(input, 'export const changed = true\n')
    expect(freshBundle(paths)).toBeUndefined()
    writeManifest()
    const later = new Date(Date.now() + 60_000)
    fs.utimesSync(input, later, later)
    expect(freshBundle(paths)).toBeUndefined()
    writeManifest()
    fs.rmSync(input)
    expect(freshBundle(paths)).toBeUndefined()
  })

  it('is nothing when the script itself is missing', () => {
    writeManifest()
    fs.rmSync(paths.script)
    expect(freshBundle(paths)).toBeUndefined()
  })
})
