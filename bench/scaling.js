/**
 * Scaling: cost per word of `lintSync` (every rule on) on 10 KB to 10 MB
 * inputs, relative to 10 KB. It lints inputs over 16 KB in parts, whose
 * trees die young. Measured beside it: the processor's one parse and one run
 * over the whole tree (what a unified pipeline does), and the bare one-piece
 * parse, to show what the block parser avoids.
 */
import {countWords, generateLarge} from './drafts.js'
import {urls} from './deps.js'
import {median, round} from './stats.js'

/** Sizes measured, and how many runs each gets (the median is kept). */
export const sizes = [
  {label: '10 KB', bytes: 10 * 1024, runs: 40},
  {label: '100 KB', bytes: 100 * 1024, runs: 10},
  {label: '1 MB', bytes: 1024 * 1024, runs: 3},
  {label: '10 MB', bytes: 10 * 1024 * 1024, runs: 1}
]

/** The bare one-piece parse takes minutes on 10 MB (it is superlinear): measured up to this size. */
const bareUpTo = 1024 * 1024

/** @param {{bare?: boolean}} [options] */
export async function benchScaling(options = {}) {
  const {unified} = await import(urls.unified)
  const retextEnglish = (await import(urls.retextEnglish)).default
  const {VFile} = await import(urls.vfile)
  const {replylint, lintSync} = await import(urls.replylint)
  const bare = unified().use(retextEnglish).freeze()
  const gc = /** @type {(() => void) | undefined} */ (globalThis.gc)

  /** @param {any} processor @param {string} text */
  const once = (processor, text) => {
    const file = new VFile(text)
    const start = performance.now()
    processor.runSync(processor.parse(file), file)
    return performance.now() - start
  }
  /** @param {string} text */
  const linted = (text) => {
    const start = performance.now()
    lintSync(text)
    return performance.now() - start
  }
  /**
   * Median of `runs` timings, after a full collection (not between runs: a
   * fresh heap makes a small run pay for growing it again) and, on small
   * sizes, warm runs.
   * @param {() => number} measure @param {number} bytes @param {number} runs
   */
  const timed = (measure, bytes, runs) => {
    gc?.()
    if (bytes <= 100 * 1024) for (let run = 0; run < 3; run++) measure()
    const times = []
    for (let run = 0; run < runs; run++) times.push(measure())
    return median(times)
  }

  // Warm up on small input.
  const warm = generateLarge(10 * 1024, 99)
  for (let index = 0; index < 20; index++) {
    linted(warm)
    once(replylint, warm)
    once(bare, warm)
  }

  const rows = []
  for (const size of sizes) {
    const text = generateLarge(size.bytes)
    const words = countWords(text)
    const ms = timed(() => linted(text), size.bytes, size.runs)
    const treeMs = timed(() => once(replylint, text), size.bytes, size.runs)
    const row = {
      size: size.label,
      bytes: text.length,
      words,
      replylintMs: round(ms, 2),
      replylintNsPerWord: round((ms * 1e6) / words, 1),
      oneTreeMs: round(treeMs, 2),
      oneTreeNsPerWord: round((treeMs * 1e6) / words, 1)
    }
    if (options.bare !== false && size.bytes <= bareUpTo) {
      const bareMs = timed(() => once(bare, text), size.bytes, size.runs)
      Object.assign(row, {bareMs: round(bareMs, 2), bareNsPerWord: round((bareMs * 1e6) / words, 1)})
    }
    rows.push(row)
  }
  for (const row of rows) {
    row.replylintRelative = round(row.replylintNsPerWord / rows[0].replylintNsPerWord, 3)
    row.oneTreeRelative = round(row.oneTreeNsPerWord / rows[0].oneTreeNsPerWord, 3)
    if ('bareNsPerWord' in row) row.bareRelative = round(row.bareNsPerWord / rows[0].bareNsPerWord, 3)
  }
  return rows
}
