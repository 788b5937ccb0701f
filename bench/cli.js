/**
 * CLI: whole-process wall time of `replylint` on one draft and on 1,000
 * drafts (files in a temp dir), on the 1,000 with `--jobs 2`, and on the
 * 1,000 with every rule turned off in a `.replylintrc` (what the CLI costs
 * before any rule runs: start-up, unified-engine's per-file work, parsing,
 * reporting), against a bare node script that imports unified and
 * retext-english and parses the same files. Runs are paired (the
 * two programs alternate, which goes first alternates too) and medians kept.
 */
import {execFileSync, spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {bins, urls} from './deps.js'
import {median, round} from './stats.js'

/** Every rule's id, for the configuration that turns them all off. */
const ruleIds = Object.keys((await import(urls.replylint)).rules)

/**
 * The bare script: static imports by file URL, so its startup is exactly
 * loading unified and retext-english; it reads drafts as the CLI does
 * (arguments are files or folders) and parses and runs each.
 */
function bareScript() {
  return `import fs from 'node:fs'
import path from 'node:path'
import {unified} from '${urls.unified}'
import retextEnglish from '${urls.retextEnglish}'
import {VFile} from '${urls.vfile}'

const processor = unified().use(retextEnglish).freeze()
let nodes = 0
for (const arg of process.argv.slice(2)) {
  const files = fs.statSync(arg).isDirectory() ? fs.readdirSync(arg).sort().map((name) => path.join(arg, name)) : [arg]
  for (const name of files) {
    const file = new VFile({path: name, value: fs.readFileSync(name, 'utf8')})
    const tree = processor.runSync(processor.parse(file), file)
    nodes += tree.children.length
  }
}
process.stdout.write(String(nodes) + '\\n')
`
}

/** Wall time of one process run, in ms. */
function timeRun(args, cwd) {
  const start = performance.now()
  const result = spawnSync(process.execPath, args, {cwd, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8'})
  const ms = performance.now() - start
  if (result.status !== 0 && result.status !== 1) {
    throw new Error('`node ' + args.join(' ') + '` exited with ' + result.status + ': ' + result.stderr.slice(0, 500))
  }
  return ms
}

/**
 * @param {string[]} drafts
 * @param {{singleRuns?: number, manyRuns?: number}} [options]
 */
export function benchCli(drafts, options = {}) {
  if (!fs.existsSync(bins.cliBuilt)) return {skipped: 'packages/cli is not built (no dist/index.js)'}
  // `pnpm bench` runs `tsc -b` only: after it the bin finds its bundle stale
  // and runs the compiled modules, which is not what users run. Rebuild it.
  execFileSync(process.execPath, [bins.cliBundler], {stdio: ['ignore', 'ignore', 'inherit']})
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'replylint-bench-cli-'))
  try {
    const script = path.join(folder, 'bare.mjs')
    fs.writeFileSync(script, bareScript())
    const one = path.join(folder, 'one')
    const many = path.join(folder, 'many')
    fs.mkdirSync(one)
    fs.mkdirSync(many)
    fs.writeFileSync(path.join(one, 'draft.txt'), drafts[0])
    const off = path.join(folder, 'off')
    fs.mkdirSync(off)
    drafts.forEach((text, index) => {
      const name = 'draft-' + String(index).padStart(4, '0') + '.txt'
      fs.writeFileSync(path.join(many, name), text)
      fs.writeFileSync(path.join(off, name), text)
    })
    const allOff = Object.fromEntries(ruleIds.map((id) => [id, 'off']))
    fs.writeFileSync(path.join(off, '.replylintrc'), JSON.stringify({settings: {rules: allOff}}) + '\n')
    const oneFile = path.join(one, 'draft.txt')

    /** @param {string[]} cliArgs @param {string[]} bareArgs @param {number} runs */
    const paired = (cliArgs, bareArgs, runs) => {
      // One unrecorded pair warms the file system cache.
      timeRun([bins.cli, ...cliArgs], folder)
      timeRun([script, ...bareArgs], folder)
      const cli = []
      const bare = []
      for (let run = 0; run < runs; run++) {
        if (run % 2 === 0) {
          cli.push(timeRun([bins.cli, ...cliArgs], folder))
          bare.push(timeRun([script, ...bareArgs], folder))
        } else {
          bare.push(timeRun([script, ...bareArgs], folder))
          cli.push(timeRun([bins.cli, ...cliArgs], folder))
        }
      }
      const cliMs = median(cli)
      const bareMs = median(bare)
      return {runs, cliMs: round(cliMs, 1), bareMs: round(bareMs, 1), ratio: round(cliMs / bareMs, 3)}
    }

    return {
      one: paired(['--quiet', oneFile], [oneFile], options.singleRuns ?? 21),
      many: {drafts: drafts.length, ...paired(['--quiet', many], [many], options.manyRuns ?? 7)},
      // Not a target: what a worker thread gives on this machine (the default
      // uses none on two cores or fewer).
      manyJobs2: {drafts: drafts.length, ...paired(['--quiet', '--jobs', '2', many], [many], options.manyRuns ?? 7)},
      // Not a target: the floor under the 1,000-draft row, every cost but the rules'.
      manyRulesOff: {drafts: drafts.length, ...paired(['--quiet', off], [off], options.manyRuns ?? 7)}
    }
  } finally {
    fs.rmSync(folder, {recursive: true, force: true})
  }
}
