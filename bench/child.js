/**
 * Runs one in-process section of the benchmark in its own process (so one
 * section's heap and JIT state do not colour another's) and prints its
 * result as JSON. Usage: node --expose-gc bench/child.js library|scaling|lsp
 */
import {generateDrafts} from './drafts.js'
import {benchLibrary} from './library.js'
import {benchLsp} from './lsp.js'
import {benchScaling} from './scaling.js'

const section = process.argv[2]
let result
if (section === 'library') result = await benchLibrary(generateDrafts(1000))
else if (section === 'scaling') result = await benchScaling()
// The editor's side of the protocol runs here: a fresh client, not the
// runner's process after the CLI section's thousand files and child processes.
else if (section === 'lsp') result = await benchLsp()
else throw new Error('Unknown section `' + section + '`, expected library, scaling or lsp')
process.stdout.write(JSON.stringify(result) + '\n')
