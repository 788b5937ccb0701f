#!/usr/bin/env node
import {parseArgs} from 'node:util'
import {evaluate, formatTable} from './index.js'

/** `pnpm eval [--via library|cli] [--misses] [--rule id] [--json] <file.jsonl...>` */
async function main() {
  const {values, positionals} = parseArgs({
    allowPositionals: true,
    options: {misses: {type: 'boolean'}, rule: {type: 'string'}, json: {type: 'boolean'}, via: {type: 'string', default: 'library'}}
  })
  if (positionals.length === 0) {
    console.error('Usage: pnpm eval [--via library|cli] [--misses] [--rule <id>] [--json] <file.jsonl...>')
    return 2
  }
  if (values.via !== 'library' && values.via !== 'cli') {
    console.error('Unknown `--via ' + values.via + '`, expected `library` or `cli`')
    return 2
  }
  const scorer = await evaluate(positionals, values.via)
  if (values.json) {
    console.log(JSON.stringify({rules: scorer.scores(), macroF1: scorer.macroF1()}, null, 2))
    return 0
  }
  console.log(positionals.join(', ') + ' (through the ' + values.via + ')')
  console.log(formatTable(scorer))
  if (values.misses) {
    for (const mistake of scorer.mistakes) {
      if (values.rule && mistake.rule !== values.rule) continue
      console.log('\n' + mistake.kind + ' ' + mistake.rule + ' in ' + mistake.id + ': ' + JSON.stringify(mistake.text) + (mistake.reason ? '\n  ' + mistake.reason : ''))
    }
  }
  return 0
}

main().then(
  (code) => {
    process.exitCode = code
  },
  (error) => {
    console.error(String(error?.message ?? error))
    process.exitCode = 2
  }
)
