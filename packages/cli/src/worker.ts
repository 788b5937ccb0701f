/**
 * Entry of a lint worker thread (started by `LintPool`): loads the CLI the
 * way the bin does (the bundle with its code cache when it is fresh) and
 * serves jobs.
 */
import {loadExports} from './launch.js'

const {serveJobs} = await loadExports()
serveJobs()
