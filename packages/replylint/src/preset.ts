import type {Preset} from 'unified'
import {rules} from './registry.js'

/**
 * The recommended rules, for `unified().use(retextEnglish).use(preset)`.
 *
 * - `no-template-placeholder` (error): a draft with a blank left in must never go out.
 * - `no-excess-length`, `require-gratitude`: short replies built on thanks.
 */
export const preset: Preset = {
  plugins: Object.values(rules)
}
