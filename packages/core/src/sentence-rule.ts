import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {asks, ownTokens} from './context.js'
import {getDraft} from './draft.js'
import {report} from './message.js'
import {phraseIndexFor, type Token} from './phrases.js'

/** The options every sentence rule takes. */
export interface SentenceRuleOptions {
  /** Phrases never flagged: a sentence containing one is left alone. */
  allow?: string[]
  /** Extra phrases flagged (PhraseIndex syntax). */
  extra?: string[]
}

/** What was found in a sentence: a lexicon concept, learned trigger words, or an `extra` phrase. */
export interface SentenceFinding<Concept extends string> {
  concept?: Concept
  /** Trigger words named by the classifier (`` `a b`, `c` ``). */
  learned?: string
  extra?: string
}

/** How a sentence rule decides and reports. */
export interface SentenceRuleSpec<Concept extends string> {
  /** The lexicon and its context: the concept a sentence expresses, if any. */
  concept: (tokens: readonly Token[], question: boolean) => Concept | undefined
  /** The classifier, for sentences the lexicon passed: the words it rests on, if it flags. */
  learned: (tokens: readonly Token[]) => string | undefined
  reason: (finding: SentenceFinding<Concept>) => string
  expected: string[]
  note: string
}

/**
 * Check every body sentence of a draft with a rule's lexicon, then its
 * classifier, and report whole sentences. Words inside quotation marks are
 * cited (the rejection's phrasing), not said, and are left out; `allow`
 * phrases exempt a sentence; `extra` phrases flag it.
 */
export function checkSentences<Concept extends string>(
  tree: Root,
  file: VFile,
  options: SentenceRuleOptions | undefined,
  spec: SentenceRuleSpec<Concept>
): void {
  const draft = getDraft(tree, file)
  const allow = phraseIndexFor(options?.allow)
  const extra = phraseIndexFor(options?.extra)
  for (const sentence of draft.sentences) {
    const tokens = ownTokens(draft, sentence)
    if (tokens.length === 0) continue
    if (allow && allow.match(tokens).length > 0) continue
    const extraHit = extra?.match(tokens)[0]
    const finding: SentenceFinding<Concept> = extraHit ? {extra: extraHit.phrase} : {concept: spec.concept(tokens, asks(draft.text, sentence, tokens))}
    if (!finding.extra && !finding.concept) finding.learned = spec.learned(tokens)
    if (!finding.extra && !finding.concept && !finding.learned) continue
    report(file, draft, {reason: spec.reason(finding), start: sentence.start, end: sentence.end, expected: spec.expected, note: spec.note})
  }
}
