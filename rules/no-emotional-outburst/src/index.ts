import {createRule} from '@replylint/core'

// Work in progress: the lexicon and context checks land with issue 3.
const rule = createRule(
  {id: 'no-emotional-outburst', severity: 'warn', description: 'See docs/rules/no-emotional-outburst.md', fixable: true},
  () => {}
)

export default rule
