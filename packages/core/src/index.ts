export {parseStructure, type Range, type Structure} from './structure.js'
export {isCapital, markCount} from './characters.js'
export {
  carried,
  getDraft,
  releaseDraft,
  stageOf,
  stages,
  type BodySentence,
  type Draft,
  type DraftPart,
  type ReplylintFileData,
  type ReplylintSettings,
  type Stage
} from './draft.js'
export {report, type Report} from './message.js'
export {createRule, docsBase, normaliseConfig, type Check, type Rule, type RuleMeta} from './rule.js'
export {
  PhraseIndex,
  inRanges,
  isQuestion,
  negated,
  negators,
  normalise,
  phraseIndexFor,
  quotedRanges,
  tokensOf,
  type PhraseMatch,
  type Token
} from './phrases.js'
export * from './context.js'
export {classify, features, judge, namedTriggers, probability, words, type Classification, type Model} from './classifier.js'
export {checkSentences, type SentenceFinding, type SentenceRuleOptions, type SentenceRuleSpec} from './sentence-rule.js'
