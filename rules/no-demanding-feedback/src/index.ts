import {createRule} from '@replylint/core'

// Work in progress: the lexicon and context checks land with issue 3.
const rule = createRule(
  {id: 'no-demanding-feedback', severity: 'warn', description: 'See docs/rules/no-demanding-feedback.md', fixable: true},
  () => {}
)

export default rule
