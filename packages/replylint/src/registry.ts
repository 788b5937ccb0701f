import type {Rule} from '@replylint/core'
import noExcessLength from 'replylint-rule-no-excess-length'
import noTemplatePlaceholder from 'replylint-rule-no-template-placeholder'
import requireGratitude from 'replylint-rule-require-gratitude'

/** Every replylint rule, by its public id. */
export const rules: Record<string, Rule> = {
  [noTemplatePlaceholder.meta.id]: noTemplatePlaceholder,
  [noExcessLength.meta.id]: noExcessLength,
  [requireGratitude.meta.id]: requireGratitude
}
