/**
 * Runs one in-process section of the benchmark in its own process (so one
 * section's heap and JIT state do not colour another's) and prints its
 * result as JSON. Usage: node --expose-gc bench/child.js library|scaling
 */
import {generateDrafts} from './drafts.js'
import {benchLibrary} from './library.js'
import {benchScaling} from './scaling.js'

const section = process.argv[2]
let result
if (section === 'library') result = await benchLibrary(generateDrafts(1000))
else if (section === 'scaling') result = await benchScaling()
else throw new Error('Unknown section `' + section + '`, expected library or scaling')
process.stdout.write(JSON.stringify(result) + '\n')
