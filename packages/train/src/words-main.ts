#!/usr/bin/env node
import fs from 'node:fs'
import {fileURLToPath} from 'node:url'
import {commonWords, renderCommonWords} from './common-words.js'

/**
 * Write `rules/no-emotional-outburst/src/common-words.ts` (or, with
 * `--check`, fail when it is stale). Separate from `main.ts`, which loads the
 * rules that import the file.
 */
const target = fileURLToPath(new URL('../../../rules/no-emotional-outburst/src/common-words.ts', import.meta.url))
const text = renderCommonWords(commonWords())
if (process.argv.includes('--check')) {
  if (!fs.existsSync(target) || fs.readFileSync(target, 'utf8') !== text) {
    console.error(target + ' is stale: run `pnpm train`')
    process.exitCode = 1
  }
} else {
  fs.writeFileSync(target, text)
}
