import type {Preset} from 'unified'
import {rules} from './registry.js'

/**
 * The recommended rules, for `unified().use(retextEnglish).use(preset)`.
 *
 * - `no-arguing-decision`, `no-demanding-feedback`, `no-emotional-outburst`,
 *   `no-criticizing-process`: the reply keeps the door open only when it
 *   accepts the decision gracefully and asks for nothing it is not owed.
 * - `no-excess-length`: a few short paragraphs, fewer after an early rejection.
 * - `no-template-placeholder` (error): a draft with a blank left in must never go out.
 * - `require-gratitude`: every reply is built on thanks.
 */
export const preset: Preset = {
  plugins: Object.values(rules)
}
