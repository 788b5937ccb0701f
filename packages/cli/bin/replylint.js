#!/usr/bin/env node
import {loadMain} from '../dist/launch.js'

const main = await loadMain()
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code
})
