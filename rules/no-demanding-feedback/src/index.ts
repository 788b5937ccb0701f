import {
  checkSentences,
  type SentenceRuleOptions,
  ConceptIndex,
  createRule,
  forwardLooking,
  hedged,
  judge,
  namedTriggers,
  negatedInClause,
  PhraseIndex,
  subjectAt,
  type ConceptMatch,
  type Token
} from '@replylint/core'
import {model} from './model.js'
import {
  commandOpeners,
  decisionWords,
  feedbackWords,
  groups,
  reasonWords,
  reasons,
  replyWords,
  strong,
  suggestion,
  type Concept
} from './lexicon.js'

/** Options of `no-demanding-feedback`. */
export interface Options extends SentenceRuleOptions {
  /** The low-pressure request offered as a fix. */
  suggestion?: string
}

const note =
  'Feedback is a gift of their time rather than an entitlement: ask for it subtly, as development, never as a demand or a challenge to the decision.'

// Built once per process: one pass per sentence finds every concept.
const index = new ConceptIndex<Concept>(groups)
// "I understand why you chose …" accepts the decision; "I'd like to understand why" asks for it.
const acceptance = new PhraseIndex([
  'i also|completely|fully|totally|certainly|do|now? understand|know|see|get|accept|respect|realise|realize|recognise|recognize|appreciate',
  'makes|made sense',
  'i can see why|how'
])
// Words that make a sentence a request for information.
const requestWords = new Set([
  'know', 'understand', 'learn', 'hear', 'wonder', 'wondering', 'curious', 'curiosity', 'share', 'explain', 'tell', 'insight',
  'clarity', 'clarify', 'send', 'forward', 'provide', 'walk', 'please', 'copy'
])
// A narrower frame for questions about the chosen candidate: "I wonder whether they…" doubts, it does not ask.
const askWords = new Set(['know', 'understand', 'learn', 'hear', 'curious', 'curiosity', 'share', 'explain', 'tell'])
// Reported speech ("I was told I'd hear back within a week") recounts their promise, it sets no deadline.
const reported = new Set(['told', 'said', 'promised', 'mentioned', 'indicated', 'stated'])
const thanks = new Set(['thank', 'thanks', 'thanked'])
/**
 * Decide whether a sentence demands feedback or the reasons for the
 * decision; returns the concept that makes it so, or undefined.
 */
export function demanding(tokens: readonly Token[], question: boolean): Concept | undefined {
  const matches = index.match(tokens)
  if (matches.length === 0) return undefined
  const accepting = acceptance.match(tokens).some((match) => !negatedInClause(tokens, match.first + 1))
  const commanding = matches.some((match) => match.concept === 'command' && opensSentence(tokens, match.first))
  const requesting = commanding || matches.some((match) => match.concept === 'imperative' || match.concept === 'directive')
  const request = question || requesting || tokens.some((token) => requestWords.has(token.norm))
  const asking = question || requesting || tokens.some((token) => askWords.has(token.norm))
  const soft = hedged(tokens)

  for (const match of matches) {
    if (strong.has(match.concept) && keepStrong(match, tokens, {accepting, request, asking})) return match.concept
  }
  if (soft) return undefined
  // A polite command about feedback ("Please send me your notes") presses when nothing softens it.
  if (commanding && !accepting && tokens.some((token) => feedbackWords.has(token.norm)) && !tokens.some((token) => thanks.has(token.norm))) {
    return 'command'
  }
  for (const match of matches) {
    if (strong.has(match.concept) || negatedInClause(tokens, match.first)) continue
    switch (match.concept) {
      case 'reasons':
      case 'thorough':
        if (request && !accepting) return match.concept
        break
      case 'artifact':
        if (request && !accepting && matches.some((other) => other.concept === 'imperative' || other.concept === 'thorough')) {
          return match.concept
        }
        if (request && !accepting && question) return match.concept
        break
      default:
        break
    }
  }
  return undefined
}

/** Whether the token at `index` opens the sentence, after words like "please" or "kindly". */
function opensSentence(tokens: readonly Token[], index: number): boolean {
  return tokens.slice(0, index).every((token) => commandOpeners.has(token.norm))
}

function keepStrong(
  match: ConceptMatch<Concept>,
  tokens: readonly Token[],
  context: {accepting: boolean; request: boolean; asking: boolean}
): boolean {
  const {concept, first} = match
  switch (concept) {
    case 'entitlement': {
      if (negatedInClause(tokens, first) && !/least|much/.test(match.phrase)) return false
      // "You deserve a break", "the new hire has earned it" are not claims for oneself.
      if (/^(earned|owed|deserve)/.test(match.phrase)) {
        // A generic candidate ("anyone who gave three days has earned answers") still means the sender.
        const subject = subjectAt(tokens, first)
        if (subject === 'you' || subject === 'we') return false
      }
      return true
    }
    case 'directive':
      return !negatedInClause(tokens, first)
    case 'deadline':
      // A deadline presses only on a reply: "your answer by Friday", not "I'm moving by Friday".
      if (!tokens.some((token) => replyWords.has(token.norm))) return false
      return !tokens.some((token) => thanks.has(token.norm) || reported.has(token.norm)) && !negatedInClause(tokens, first)
    case 'pressure': {
      if (/^i( will|'ll)/.test(match.phrase) && forwardLooking(tokens)) return false
      // "The team is expecting an update" is not the sender waiting.
      const subject = subjectAt(tokens, first)
      if (/^(await|i'm)/.test(match.phrase) && subject && subject !== 'i') return false
      return !negatedInClause(tokens, first)
    }
    case 'obligation':
      // "You have a duty to give feedback"; never "no obligation", "I feel a duty", "thanks for the courtesy".
      return (
        !context.accepting &&
        !negatedInClause(tokens, first) &&
        subjectAt(tokens, first) !== 'i' &&
        tokens.some((token) => feedbackWords.has(token.norm)) &&
        !tokens.some((token) => thanks.has(token.norm))
      )
    case 'command': {
      if (!opensSentence(tokens, first) || context.accepting || tokens.some((token) => thanks.has(token.norm))) return false
      const bare = first === 0 || tokens[0].norm === 'do' || tokens[0].norm === 'just'
      const aboutReasons = tokens.some((token) => reasonWords.has(token.norm))
      // "Let me know" is a courtesy unless it asks for the reasons; other bare commands press on any feedback.
      if (match.phrase === 'let me know') return aboutReasons
      return aboutReasons || (bare && tokens.some((token) => feedbackWords.has(token.norm)))
    }
    case 'basis':
      return (
        context.request &&
        !context.accepting &&
        !negatedInClause(tokens, first) &&
        tokens.some((token) => decisionWords.has(token.norm)) &&
        !tokens.some((token) => thanks.has(token.norm)) &&
        !forwardLooking(tokens)
      )
    case 'cause':
      return context.asking && !context.accepting && !negatedInClause(tokens, first) && !tokens.some((token) => thanks.has(token.norm))
    case 'why': {
      if (context.accepting || negatedInClause(tokens, first)) return false
      // "That's why I applied" explains, it does not ask.
      const before = tokens[first - 1]?.norm
      return !(before && /^(is|that's|thats|which|reason|exactly|why)$/.test(before))
    }
    case 'comparison':
      return context.asking && !context.accepting
    default:
      return false
  }
}

/**
 * Flag sentences that demand feedback or the reasons behind the decision:
 * obligation and entitlement language, deadlines and follow-up pressure,
 * questions about why they were not chosen or what the other candidate had.
 */
const rule = createRule<Options>(
  {
    id: 'no-demanding-feedback',
    severity: 'warn',
    description: 'Flag sentences that demand feedback, reasons for the decision or a reply by a deadline',
    fixable: true
  },
  (tree, file, options) => {
    checkSentences(tree, file, options, {
      concept: demanding,
      // The classifier adds what the lexicon has no phrase for, naming its words.
      learned(tokens) {
        const result = judge(model, tokens)
        return result && namedTriggers(result)
      },
      reason: (finding) =>
        finding.concept
          ? reasons[finding.concept]
          : finding.learned
            ? 'Unexpected pressure for feedback or reasons (' + finding.learned + '), expected a low-pressure request for feedback'
            : 'Unexpected `' + finding.extra + '`, expected a low-pressure request for feedback',
      expected: [options?.suggestion ?? suggestion],
      note
    })
  }
)

export default rule
