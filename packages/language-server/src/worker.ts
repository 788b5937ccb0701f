/**
 * The linting side of the server, run in a worker thread: plain
 * `unified-language-server` speaking LSP over the worker's stdio.
 */
import {createUnifiedLanguageServer} from 'unified-language-server'
import {serverOptions} from './options.js'

// `unified-language-server` lints in fire-and-forget promises: a rejection
// there must be logged (console is sent to the client), not end the thread.
process.on('unhandledRejection', (reason) => {
  console.error('replylint: unexpected error while linting:', reason)
})

createUnifiedLanguageServer(serverOptions)
