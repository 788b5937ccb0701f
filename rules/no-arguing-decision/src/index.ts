import {createRule} from '@replylint/core'

// Work in progress: the lexicon and context checks land with issue 3.
const rule = createRule(
  {id: 'no-arguing-decision', severity: 'warn', description: 'See docs/rules/no-arguing-decision.md', fixable: true},
  () => {}
)

export default rule
