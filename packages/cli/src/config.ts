import {validateSettings} from 'replylint'
import {defaultMaxSize} from './args.js'

/** Top-level keys of a config file (unified-engine's preset shape). */
const knownKeys = new Set(['settings', 'plugins'])

/** Keys people put at the top level that belong under `settings`. */
const settingKeys = new Set(['stage', 'rules', 'maxSize'])

function describe(value: unknown): string {
  return Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value
}

/**
 * Validate a config file when unified-engine loads it (`configTransform`).
 *
 * The settings are checked by freezing a copy of the library processor with
 * them: its input guard validates stage, rule ids and severities, so the CLI
 * and the language server reject exactly the same settings. The engine wraps
 * a thrown error as `Cannot parse file \`<config>\``, which names the file.
 * Returns the config with the default `maxSize` filled in.
 */
export function checkConfig(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new Error('Expected an object with `settings` and `plugins`, not ' + describe(value))
  }
  for (const key of Object.keys(value)) {
    if (knownKeys.has(key)) continue
    throw new Error(
      'Unknown key `' +
        key +
        '`, expected `settings` or `plugins`' +
        (settingKeys.has(key) ? ' (did you mean `settings.' + key + '`?)' : '')
    )
  }
  const settings = (value as {settings?: unknown}).settings
  validateSettings(settings)
  // The size limit applies unless this config sets its own.
  return {...value, settings: {maxSize: defaultMaxSize, ...(settings as object | undefined)}}
}
