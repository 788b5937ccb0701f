export {lint, lintSync, partSize, runInParts, type LintOptions} from './lint.js'
export {replylint} from './processor.js'
export {preset} from './preset.js'
export {rules} from './registry.js'
export {replylintGuard, checkInput, validateSettings, InputError, type GuardOptions} from './guard.js'
export {replylintEml, decodeEml, htmlToText, isEml, type EmlText} from './eml.js'
export {
  carried,
  getDraft,
  parseStructure,
  stages,
  docsBase,
  type Draft,
  type DraftPart,
  type Range,
  type ReplylintSettings,
  type Rule,
  type RuleMeta,
  type Stage,
  type Structure
} from '@replylint/core'
