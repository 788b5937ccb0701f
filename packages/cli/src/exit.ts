import type {Outcome} from './outcome.js'

/** 0 nothing fails, 1 findings fail, 2 the run itself could not be done as asked. */
export type ExitCode = 0 | 1 | 2

/**
 * The exit code of a run.
 *
 * 2 when a config file is broken (its drafts were not linted, so a 0 or 1
 * would be a guess) or when no draft was found at all; otherwise 1 when an
 * error-level message was reported (a fatal input problem or an error rule
 * such as `no-template-placeholder`), when `frail` and there are warnings,
 * or when there are more warnings than `maxWarnings`; else 0.
 */
export function exitCode(outcome: Outcome, options: {frail: boolean; maxWarnings: number | undefined}): ExitCode {
  if (outcome.configErrors > 0 || outcome.found === 0) return 2
  let errors = 0
  let warnings = 0
  for (const file of outcome.files) {
    for (const message of file.messages) {
      if (message.fatal) errors++
      else if (message.fatal === false) warnings++
    }
  }
  if (errors > 0) return 1
  if (options.frail && warnings > 0) return 1
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) return 1
  return 0
}
