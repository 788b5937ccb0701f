/**
 * Child process of the memory measurement: lint (or bare-parse) 1,000
 * generated drafts, keeping every file's messages as a caller would, and
 * print the process's peak resident set size.
 *
 * Usage: node bench/memory-child.js replylint|bare [count]
 */
import {generateDrafts} from './drafts.js'
import {urls} from './deps.js'

const mode = process.argv[2]
const count = Number(process.argv[3] ?? 1000)
const {VFile} = await import(urls.vfile)
/** @type {any} */
let processor
if (mode === 'bare') {
  const {unified} = await import(urls.unified)
  const retextEnglish = (await import(urls.retextEnglish)).default
  processor = unified().use(retextEnglish).freeze()
} else {
  processor = (await import(urls.replylint)).replylint
}
const kept = []
for (const text of generateDrafts(count)) {
  const file = new VFile(text)
  processor.runSync(processor.parse(file), file)
  kept.push(file.messages)
}
process.stdout.write(JSON.stringify({mode, files: kept.length, maxRssKb: process.resourceUsage().maxRSS}) + '\n')
