/**
 * Peak memory (maxRSS) of linting 1,000 drafts with every rule on, against a
 * bare parse of the same drafts, each in its own child process (alternating,
 * medians over runs).
 */
import {execFileSync} from 'node:child_process'
import path from 'node:path'
import {median, round} from './stats.js'

const child = path.join(import.meta.dirname, 'memory-child.js')

/** @param {string} mode */
function peak(mode) {
  const output = execFileSync(process.execPath, [child, mode], {encoding: 'utf8'})
  return JSON.parse(output).maxRssKb / 1024
}

/** @param {{runs?: number}} [options] */
export function benchMemory(options = {}) {
  const runs = options.runs ?? 5
  const replylint = []
  const bare = []
  for (let run = 0; run < runs; run++) {
    if (run % 2 === 0) {
      replylint.push(peak('replylint'))
      bare.push(peak('bare'))
    } else {
      bare.push(peak('bare'))
      replylint.push(peak('replylint'))
    }
  }
  const replylintMb = median(replylint)
  const bareMb = median(bare)
  return {drafts: 1000, runs, replylintMb: round(replylintMb, 1), bareMb: round(bareMb, 1), ratio: round(replylintMb / bareMb, 3)}
}
