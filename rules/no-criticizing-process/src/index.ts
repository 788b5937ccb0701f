import {createRule} from '@replylint/core'

// Work in progress: the lexicon and context checks land with issue 3.
const rule = createRule(
  {id: 'no-criticizing-process', severity: 'warn', description: 'See docs/rules/no-criticizing-process.md', fixable: true},
  () => {}
)

export default rule
