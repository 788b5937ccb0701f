/**
 * Library cost per draft: the replylint processor with every rule on, against
 * a bare `unified().use(retextEnglish)` parse + run of the same drafts, in the
 * same process, interleaved so both see the same JIT and GC state.
 */
import {countWords} from './drafts.js'
import {urls} from './deps.js'
import {median, round, sum} from './stats.js'

/**
 * @param {string[]} drafts
 * @param {{passes?: number}} [options]
 */
export async function benchLibrary(drafts, options = {}) {
  const passes = options.passes ?? 3
  const {unified} = await import(urls.unified)
  const retextEnglish = (await import(urls.retextEnglish)).default
  const {VFile} = await import(urls.vfile)
  const {replylint} = await import(urls.replylint)
  const bare = unified().use(retextEnglish).freeze()

  /** @param {any} processor @param {string} text */
  const once = (processor, text) => {
    const file = new VFile(text)
    const start = performance.now()
    processor.runSync(processor.parse(file), file)
    return performance.now() - start
  }

  // Warm up both pipelines so the JIT has compiled the hot paths.
  for (const text of drafts.slice(0, 200)) {
    once(bare, text)
    once(replylint, text)
  }

  let messages = 0
  for (const text of drafts) {
    const file = new VFile(text)
    replylint.runSync(replylint.parse(file), file)
    messages += file.messages.length
  }

  /** @type {number[]} */ const bareTimes = []
  /** @type {number[]} */ const libTimes = []
  for (let pass = 0; pass < passes; pass++) {
    drafts.forEach((text, index) => {
      // Alternate which goes first so neither always pays for the other's garbage.
      if ((index + pass) % 2 === 0) {
        bareTimes.push(once(bare, text))
        libTimes.push(once(replylint, text))
      } else {
        libTimes.push(once(replylint, text))
        bareTimes.push(once(bare, text))
      }
    })
  }

  const words = sum(drafts.map(countWords)) * passes
  const bareMedian = median(bareTimes)
  const libMedian = median(libTimes)
  return {
    drafts: drafts.length,
    passes,
    wordsPerDraft: round(words / passes / drafts.length, 1),
    messagesPerDraft: round(messages / drafts.length, 2),
    bareMedianMs: round(bareMedian, 4),
    replylintMedianMs: round(libMedian, 4),
    bareWordsPerSecond: Math.round(words / (sum(bareTimes) / 1000)),
    replylintWordsPerSecond: Math.round(words / (sum(libTimes) / 1000)),
    ratio: round(libMedian / bareMedian, 3)
  }
}
