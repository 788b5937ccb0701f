/**
 * `pnpm bench`: measure replylint against its targets, print a table and
 * write bench/results.json. Not a test: nothing here fails the build.
 *
 * Sections: library cost per draft, scaling with input size, CLI process
 * time, language-server latency and peak memory. See docs/performance.md.
 */
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {benchCli} from './cli.js'
import {generateDrafts} from './drafts.js'
import {benchMemory} from './memory.js'
import {formatTable} from './table.js'

const only = process.argv.slice(2)
/** @param {string} name */
const wanted = (name) => only.length === 0 || only.includes(name)

/** @param {string} section */
function inChild(section) {
  const output = execFileSync(process.execPath, ['--expose-gc', path.join(import.meta.dirname, 'child.js'), section], {
    encoding: 'utf8',
    maxBuffer: 1 << 24
  })
  return JSON.parse(output)
}

/** @param {string} name @param {() => any} run */
async function section(name, run) {
  if (!wanted(name)) return undefined
  process.stderr.write('bench: ' + name + '…\n')
  const start = performance.now()
  try {
    const result = await run()
    process.stderr.write('bench: ' + name + ' done in ' + ((performance.now() - start) / 1000).toFixed(1) + ' s\n')
    return result
  } catch (error) {
    process.stderr.write('bench: ' + name + ' failed: ' + String(/** @type {Error} */ (error).stack ?? error) + '\n')
    return {error: String(/** @type {Error} */ (error).message ?? error)}
  }
}

const drafts = generateDrafts(1000)
const results = {
  date: new Date().toISOString(),
  machine: {node: process.version, cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memoryGb: Math.round(os.totalmem() / 2 ** 30), platform: process.platform, loadAverageAtStart: os.loadavg().map((value) => Math.round(value * 100) / 100)},
  library: await section('library', () => inChild('library')),
  scaling: await section('scaling', () => inChild('scaling')),
  cli: await section('cli', () => benchCli(drafts)),
  lsp: await section('lsp', () => inChild('lsp')),
  memory: await section('memory', () => benchMemory())
}

const {table, verdicts} = formatTable(results)
results.targets = verdicts
process.stdout.write(table + '\n')
if (only.length === 0) {
  fs.writeFileSync(path.join(import.meta.dirname, 'results.json'), JSON.stringify(results, null, 2) + '\n')
  process.stderr.write('bench: wrote bench/results.json\n')
}
