import type {Root} from 'nlcst'
import type {Plugin, Processor} from 'unified'
import {lintRule} from 'unified-lint-rule'
import type {VFile} from 'vfile'
import type {ReplylintSettings} from './draft.js'

/** Where rule documentation lives. */
export const docsBase = 'https://github.com/replylint/replylint/blob/main/docs/rules/'

/** Metadata every rule declares (checked against docs, fixtures and the preset). */
export interface RuleMeta {
  /** Stable public id, such as `no-template-placeholder`. */
  id: string
  /** Severity when nothing configures it. */
  severity: 'warn' | 'error'
  /** One line: what the rule flags. */
  description: string
  /** Whether messages carry replacements in `expected`. */
  fixable: boolean
}

/** A replylint rule: a retext plugin with its metadata attached. */
export type Rule<Options = unknown> = Plugin<[unknown?], Root> & {meta: RuleMeta; options?: Options}

/** The check a rule runs on each file. */
export type Check<Options> = (
  tree: Root,
  file: VFile,
  options: Options | undefined,
  settings: ReplylintSettings
) => void

const severities = new Set<unknown>(['off', 'warn', 'error', 'on', 0, 1, 2, true, false])

/**
 * Normalise a rule's configuration to the `[severity, options]` form of
 * `unified-lint-rule`, applying the rule's default severity.
 */
export function normaliseConfig(config: unknown, severity: RuleMeta['severity']): unknown[] {
  if (config === undefined || config === null) return [severity]
  if (severities.has(config)) return [config]
  if (Array.isArray(config)) {
    if (config.length === 0) return [severity]
    if (severities.has(config[0])) return config
    if (typeof config[0] === 'number') throw new Error('Incorrect severity `' + config[0] + '`, expected 0, 1, or 2')
    // `[{…}]`: options with the default severity.
    if (config.length === 1 && typeof config[0] === 'object' && config[0] !== null) return [severity, config[0]]
    if (typeof config[0] === 'string') throw new Error('Incorrect severity `' + config[0] + '`, expected `off`, `warn` or `error`')
    return [severity, config]
  }
  return [severity, config]
}

/**
 * Create a rule with `unified-lint-rule`.
 *
 * Configuration comes from `.use(rule, config)` or, when that is not given,
 * from `settings.rules[id]` (config files); both take `'off' | 'warn' |
 * 'error'` or `[severity, options]`.
 */
export function createRule<Options>(meta: RuleMeta, check: Check<Options>): Rule<Options> {
  const origin = 'replylint:' + meta.id
  const url = docsBase + meta.id + '.md'

  function rule(this: Processor, config?: unknown) {
    const settings = (this.data('settings') ?? {}) as ReplylintSettings
    const given = config === undefined ? settings.rules?.[meta.id] : config
    const value = normaliseConfig(given, meta.severity)
    const plugin = lintRule<Root, Options>({origin, url}, (tree, file, options) => {
      check(tree, file, options, settings)
    })
    return plugin.call(this, value as never)
  }

  Object.defineProperty(rule, 'name', {value: origin})
  return Object.assign(rule, {meta}) as unknown as Rule<Options>
}
