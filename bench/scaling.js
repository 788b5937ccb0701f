/**
 * Scaling: cost per word of the replylint processor (every rule on) on 10 KB
 * to 10 MB inputs, relative to 10 KB. The bare one-piece parse is measured
 * beside it to show what the block parser avoids.
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
  const {replylint} = await import(urls.replylint)
  const bare = unified().use(retextEnglish).freeze()
  const gc = /** @type {(() => void) | undefined} */ (globalThis.gc)

  /** @param {any} processor @param {string} text */
  const once = (processor, text) => {
    const file = new VFile(text)
    const start = performance.now()
    processor.runSync(processor.parse(file), file)
    return performance.now() - start
  }

  // Warm up on small input.
  const warm = generateLarge(10 * 1024, 99)
  for (let index = 0; index < 20; index++) {
    once(replylint, warm)
    once(bare, warm)
  }

  const rows = []
  for (const size of sizes) {
    const text = generateLarge(size.bytes)
    const words = countWords(text)
    // A full collection between sizes (not between runs: a fresh heap makes a
    // small run pay for growing it again), and warm runs on small sizes.
    gc?.()
    if (size.bytes <= 100 * 1024) for (let run = 0; run < 3; run++) once(replylint, text)
    const times = []
    for (let run = 0; run < size.runs; run++) times.push(once(replylint, text))
    const ms = median(times)
    const row = {size: size.label, bytes: text.length, words, replylintMs: round(ms, 2), replylintNsPerWord: round((ms * 1e6) / words, 1)}
    if (options.bare !== false && size.bytes <= bareUpTo) {
      gc?.()
      if (size.bytes <= 100 * 1024) for (let run = 0; run < 3; run++) once(bare, text)
      const bareTimes = []
      for (let run = 0; run < size.runs; run++) bareTimes.push(once(bare, text))
      const bareMs = median(bareTimes)
      Object.assign(row, {bareMs: round(bareMs, 2), bareNsPerWord: round((bareMs * 1e6) / words, 1)})
    }
    rows.push(row)
  }
  for (const row of rows) {
    row.replylintRelative = round(row.replylintNsPerWord / rows[0].replylintNsPerWord, 3)
    if ('bareNsPerWord' in row) row.bareRelative = round(row.bareNsPerWord / rows[0].bareNsPerWord, 3)
  }
  return rows
}
