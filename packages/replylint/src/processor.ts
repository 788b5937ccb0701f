import {unified} from 'unified'
import {replylintEml} from './eml.js'
import {replylintGuard} from './guard.js'
import {replylintParser} from './parser.js'
import {preset} from './preset.js'

/**
 * The replylint processor: English parser, input checks, `.eml` decoding and
 * the recommended rules. Frozen: call it (`replylint()`) for a copy to extend.
 */
export const replylint = unified()
  .use(replylintParser)
  .use(replylintGuard)
  .use(replylintEml)
  .use(preset)
  .freeze()
