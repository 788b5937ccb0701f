import type {Rule} from '@replylint/core'
import noArguingDecision from 'replylint-rule-no-arguing-decision'
import noCriticizingProcess from 'replylint-rule-no-criticizing-process'
import noDemandingFeedback from 'replylint-rule-no-demanding-feedback'
import noEmotionalOutburst from 'replylint-rule-no-emotional-outburst'
import noExcessLength from 'replylint-rule-no-excess-length'
import noTemplatePlaceholder from 'replylint-rule-no-template-placeholder'
import requireGratitude from 'replylint-rule-require-gratitude'

/** Every replylint rule, by its public id, in the order of rules.md. */
export const rules: Record<string, Rule> = Object.fromEntries(
  [
    noArguingDecision,
    noDemandingFeedback,
    noEmotionalOutburst,
    noCriticizingProcess,
    noExcessLength,
    noTemplatePlaceholder,
    requireGratitude
  ].map((rule) => [rule.meta.id, rule])
)
