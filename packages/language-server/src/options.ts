import {replylint, replylintGuard} from 'replylint'
import type {Options} from 'unified-language-server'

/** Largest document the server lints: 1 MiB, far above any real reply. */
export const maxSize = 1024 * 1024

/**
 * Options of `createUnifiedLanguageServer`: the processor, config files and
 * ignore file of the CLI, so the editor and the CLI agree.
 *
 * `replylint` is loaded from the workspace's `node_modules` when it is
 * installed there (its `replylint` export), else the bundled processor is used.
 * The guard is passed again with `maxSize`: unified merges the options of a
 * plugin that is already attached, so the parser is still wrapped once.
 */
export const serverOptions: Options = {
  processorName: 'replylint',
  processorSpecifier: 'replylint',
  defaultProcessor: replylint,
  configurationSection: 'replylint',
  rcName: '.replylintrc',
  packageField: 'replylint',
  ignoreName: '.replylintignore',
  plugins: [[replylintGuard, {maxSize}]] as Options['plugins']
}
