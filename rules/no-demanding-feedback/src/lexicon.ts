import type {ConceptGroup} from '@replylint/core'

/**
 * Ways a reply demands feedback or the reasons behind the decision, one
 * concept per group.
 *
 * Phrases use the `PhraseIndex` syntax of @replylint/core: `a|b` for
 * alternatives (one word each), `*` one word, `*3` up to three words,
 * `word?` optional. Entries are general patterns a career coach would read
 * as pressure or entitlement, never sentences from a corpus.
 *
 * Strong concepts flag a sentence on their own, however politely it is
 * worded; weak ones only when nothing in the sentence softens the request.
 */
export type Concept =
  | 'entitlement'
  | 'directive'
  | 'deadline'
  | 'pressure'
  | 'why'
  | 'comparison'
  | 'reasons'
  | 'artifact'
  | 'thorough'
  | 'imperative'
  | 'obligation'
  | 'command'
  | 'basis'
  | 'cause'

/** Concepts that flag a sentence even when it is worded politely. */
export const strong: ReadonlySet<Concept> = new Set<Concept>([
  'entitlement',
  'directive',
  'deadline',
  'pressure',
  'why',
  'comparison',
  'obligation',
  'command',
  'basis',
  'cause'
])

/** Reason shown for each concept: what is wrong, then what to do. */
export const reasons: Record<Concept, string> = {
  entitlement: 'Unexpected claim that you are owed an explanation, expected to treat feedback as a favour',
  directive: 'Unexpected demand for an explanation, expected a low-pressure request for feedback',
  deadline: 'Unexpected deadline on their reply, expected to leave the timing to them',
  pressure: 'Unexpected pressure to reply, expected to leave the timing to them',
  why: 'Unexpected question about why you were not chosen, expected to ask what would make you a stronger candidate',
  comparison: 'Unexpected question about the chosen candidate, expected to ask about your own development',
  reasons: 'Unexpected request for the reasons behind the decision, expected to ask what would make you a stronger candidate',
  artifact: 'Unexpected request for the panel’s notes or scores, expected a low-pressure request for feedback',
  thorough: 'Unexpected demand for a detailed explanation, expected to ask for any feedback they can share',
  imperative: 'Unexpected demand for an explanation, expected a low-pressure request for feedback',
  obligation: 'Unexpected claim that they are obliged to explain, expected to treat feedback as a favour',
  command: 'Unexpected command to explain or send feedback, expected a low-pressure request for feedback',
  basis: 'Unexpected request for the basis of the decision, expected to ask what would make you a stronger candidate',
  cause: 'Unexpected question about what cost you the role, expected to ask what would make you a stronger candidate'
}

const day = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|eod|eow|cob|midday|noon'
const verbsOfContact = 'call|phone|ring|email|stop|drop|come|visit|check|follow|contact|reach|write|swing|pop|head|text|message|chase'
const months =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec'
// Calendar dates ("by the 14th") and clock times ("by 5pm"), spelled as the tokenizer sees them.
const ordinals = Array.from({length: 31}, (_, at) => {
  const n = at + 1
  const suffix = n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'
  return String(n) + suffix
}).join('|')
const clock = Array.from({length: 12}, (_, at) => String(at + 1) + 'am|' + String(at + 1) + 'pm').join('|')
const chosen = 'other|successful|chosen|selected|winning|preferred'
const who = "candidate|candidates|candidate's|applicant|applicants|applicant's|person|person's|hire|hire's|guy|finalist|finalists|one"
const outcome =
  'pick|choose|hire|select|reject|selected|chosen|picked|hired|rejected|screened|turned|considered|moved|moving|advanced|advance|decided|chose|cut|passed|offered|successful|unsuccessful|progress|progressed|shortlisted|invited|get|got|declined|eliminated|dropped'
const detail =
  'explanation|explanations|breakdown|account|answer|answers|response|rationale|justification|reasons|reason|summary|list|report|accounting|debrief|reasoning|grounds|basis|criteria'

/** Concept lexicons, matched in one pass per sentence. */
export const groups: ReadonlyArray<ConceptGroup<Concept>> = [
  {
    concept: 'entitlement',
    phrases: [
      'owe|owes me',
      "i'm|am|i'd|be|feel|was|were owed",
      `earned|owed|deserve|deserved|entitled *5 ${detail}|know|hear|understand|feedback|call|lines|courtesy|more|least|reply`,
      'entitled to know|see|an|a|some|hear|the|my|understand|ask|feedback|expect|answers',
      'the least you|i|they|anyone *3 can|could|should|would',
      'the least i should|can|could',
      'fair|reasonable|normal thing to ask|request|expect',
      'only fair|reasonable',
      'fair|reasonable to ask|expect|request',
      'too much to ask',
      'a|the right to know|see|an|a',
      'courtesy of a|an',
      'candidates|applicants *3 should|ought *2 able|entitled|told|given|shown',
      'candidates|applicants *3 deserve',
      'the|a|bare minimum|least *3 can|could|should|would|might expect|ask|request|get|receive|offer|give|do|provide'
    ]
  },
  {
    // Duty words; an obligation only when aimed at feedback or reasons (see `feedbackWords`).
    concept: 'obligation',
    phrases: [
      'duty|obligation|obligations|responsibility|incumbent|obliged|obligated|bound',
      'common|basic|simple|professional|ordinary|minimum courtesy|decency|manners|respect',
      'only right|proper|decent',
      'the right thing'
    ]
  },
  {
    // A bare command at the start of the sentence; kept only with what it demands.
    concept: 'command',
    phrases: [
      'send|forward|give|provide|tell|explain|share|email|furnish|supply|outline|justify|clarify|detail|show|list|specify|disclose|release|walk',
      'let me know'
    ]
  },
  {
    // The basis of the decision: criteria, grounds, the deciding factor.
    concept: 'basis',
    phrases: [
      'on what|which basis|grounds',
      'what|which criteria|factors|factor|grounds|basis|reasoning|rationale|considerations',
      'deciding|determining|decisive|tipping factor|factors|point',
      'rationale|reasoning|thinking|logic|basis|grounds|criteria behind|for|of|on',
      'the grounds',
      'based on|upon'
    ]
  },
  {
    // What cost the sender the role: "what put you off", "was it my accent".
    concept: 'cause',
    phrases: [
      'put|puts|putting|turned|turn you|them|the|him|her *1 off',
      'went|worked|counted|weighed|count|counts|go|goes against me|my',
      'what was it about my|me',
      'what was|is wrong with|about my|me',
      "what did|do i lack|miss",
      'what i lacked|lack',
      'was it my|because|due',
      'outweighed|beat|trumped|edged|eclipsed|surpassed mine|me|my',
      'real|true|actual|honest reason|reasons',
      "reason|reasons i|my got|was|wasn't|didn't"
    ]
  },
  {
    concept: 'directive',
    phrases: [
      "i'd|would like you to tell|explain|walk|send|share|provide|forward|give|go|call|list|detail|justify",
      'want|need you to tell|explain|walk|send|share|provide|forward|give|go|call|list|detail|justify',
      'i need to know|understand|hear|see|have',
      `i need an|a|the|some|real|proper|clear *2 ${detail}|information|feedback`,
      'i want to know|understand|hear|see',
      `i want an|a|some|the|real|actual|straight|proper|clear *2 ${detail}`,
      'i insist|demand|require',
      "i'm|am requesting",
      'i must insist|ask',
      'ask|request|insist that you',
      'i expect',
      "i'm|am expecting",
      "i'll|will expect",
      'i must know|understand|hear|see|have|be',
      'asking|ask you directly|straight|plainly|outright|point-blank',
      `i|i'll will? need|require a|an|the|some|full|real|proper|clear|complete|written|my *3 ${detail}|feedback|information|scores|notes|copy`,
      'you need|must|should *3 explain|tell|send|provide|reply|respond|give|share|justify'
    ]
  },
  {
    concept: 'deadline',
    phrases: [
      `by|before|until next|this? ${day}`,
      'by|before the? end|close of *2 day|week|month|business',
      'by|before the weekend|week',
      'by close of business',
      'by return',
      'before the|this weekend',
      'within the|a|24|48|two|three|72 *2 week|days|hours|day',
      'no later than',
      'asap',
      'as soon as possible',
      'at the latest',
      'by next week',
      'by end of',
      `by|before|until the? ${ordinals}`,
      `by|before|until ${months}`,
      `by|before ${clock}`,
      'by|before the|this|next morning|afternoon|evening|lunchtime',
      'at the earliest|soonest',
      'within *4 day|days|hour|hours|week|weeks',
      'in the next|coming *2 day|days|hours|week'
    ]
  },
  {
    concept: 'pressure',
    phrases: [
      'keep following|checking up|in|back',
      'keep calling|emailing|asking|pushing|contacting|chasing|phoning|pestering|nudging|ringing|texting|messaging|writing',
      'until i hear|receive',
      'until i get|receive|have *3 answer|answers|reply|response|explanation|explanations|reasons',
      'until someone|somebody',
      "if i haven't|don't|havent|dont|hadn't heard|hear|received|receive|gotten|get|had|seen",
      'if i have|do not heard|hear|received|receive|gotten|get|had',
      "haven't|not heard back by",
      `i'll ${verbsOfContact} *4 ${day}|office|week`,
      `i will ${verbsOfContact} *4 ${day}|office|week`,
      `give you a ring|call|buzz *3 ${day}|next|this|on|in`,
      'look forward to your prompt|quick|swift|timely|immediate|speedy|detailed|full|complete|written reply|response|answer|explanation',
      'expect to hear',
      "i'm|am|be|i'll *1 waiting|awaiting for? it|your|a|an|the|reply|response|answer|explanation|feedback|reasons",
      'await|awaiting|expect|expecting|anticipate|anticipating your|a|an *2 reply|response|answer|answers|explanation|feedback|reasons|clarification|update',
      'until your|an|the|some|a|someone|somebody|you *2 explanation|answer|answers|reply|response|feedback|explains|replies|responds|respond|explain|reasons|arrives',
      "i'll|will|shall|going|forced|have|choice|need *3 escalate|complain|lodge",
      'take|taking this|it|the|matter further|higher|elsewhere'
    ]
  },
  {
    concept: 'why',
    phrases: [
      `why *5 ${outcome}`,
      "why wasn't|was|didn't|did|weren't|were|am|isn't|hasn't|haven't i|my",
      'why my application|candidacy|resume|résumé|cv|portfolio',
      'why another|someone|the other',
      'why *4 went with|for',
      'why you|they|the chose|picked|went|decided|preferred|passed',
      'how come',
      'why not me|i|my',
      'why *4 go|going|gone|opt|opted with|for'
    ]
  },
  {
    concept: 'comparison',
    phrases: [
      `${chosen} ${who} *5 have|had|has|brought|bring|offered|offer|apart|over|stronger|better|edge`,
      `${who} you|they *2 chose|hired|picked|selected|went *4 have|had|has|brought|that`,
      'set|sets|setting|separated|separates|distinguished|distinguishes *2 apart',
      'what separated|separates|distinguished|distinguishes the|them',
      'tipped|tip the balance|scales',
      'made|make the difference',
      'edge over',
      'chosen|selected|picked|preferred|hired over|instead me|of',
      'someone|another|else *3 over me',
      "have|had that i don't|didn't|lack|lacked|was|wasn't",
      "brought that i didn't|don't|couldn't",
      "that|which i|mine|me don't|didn't|doesn't|lack|lacked|wasn't|couldn't|haven't|hadn't",
      'who got|landed|took the? job|role|position|offer|post',
      'who was|were given|offered the? job|role|position|offer|post'
    ]
  },
  {
    concept: 'reasons',
    phrases: [
      'what went wrong',
      'what exactly|actually went wrong',
      'where i fell|went short|wrong',
      'what *3 held me|my *2 back',
      'ruled me out',
      'cost me',
      'led to this|the|that outcome|decision|result',
      'how the|this|that|your decision was|got made|reached',
      'how *4 were|was compared|evaluated|scored|ranked|assessed|weighed|rated|judged',
      'how *3 scored|rated|ranked|assessed|evaluated',
      'the reasons|reason for|behind the|my|this|that decision|rejection|choice|outcome',
      'specific|exact|real|actual|precise reasons|reason',
      'what actually changed',
      'which part|parts|requirement|requirements|area|areas *4 cost|missing|lacking|fell|wrong'
    ]
  },
  {
    concept: 'artifact',
    phrases: [
      'notes',
      'scores|scoring|scorecard|scorecards|scoresheet|rubric|ratings|transcript|recording|evaluations',
      'score sheet|sheets|card|cards',
      'evaluation form|forms|sheet|sheets'
    ]
  },
  {
    concept: 'thorough',
    phrases: [
      `detailed|full|complete|proper|thorough|written|itemized|itemised|formal|explicit|clear|straight|honest|actual|real|point-by-point ${detail}`,
      `a|an more? detailed|full|complete|proper|thorough|written *2 ${detail}|feedback|summary`,
      'in detail|full',
      'exactly|specifically|precisely|plainly why|what|which|where|how|led|held|separated|set|went|happened',
      'what|which|where|why|how exactly|specifically|precisely|plainly',
      'tell|explain|show me exactly|specifically|precisely|plainly'
    ]
  },
  {
    concept: 'imperative',
    phrases: [
      'please provide|send|forward|explain|tell|give|reply|respond|outline|detail|share|walk|justify|list|clarify|confirm',
      'please get back',
      'please let me know by|when|why|what|which|who|how',
      'could|can|would you tell|explain|send|forward|provide|share|walk|list|outline|clarify',
      "i'd|would really? like to know|understand|learn|hear|see",
      "i'd|would really? like a|an|the|my|some *3 " + detail + '|copy|call|meeting|notes|scores',
      "i'd|would ask you to",
      "i'd|would appreciate a|an|the *3 " + detail + '|call|meeting|copy',
      'it would help me to know|understand|see|learn'
    ]
  }
]

/**
 * The reply offered as a fix: a low-pressure request framed as development,
 * with an out for the reader (seed 000: "subtle and low-pressure").
 */
export const suggestion =
  'If you have a moment, I would welcome any feedback on how I could strengthen my application.'

/** Words that aim a duty or a command at feedback or the reasons for the decision. */
export const feedbackWords: ReadonlySet<string> = new Set([
  'feedback', 'explain', 'explanation', 'explanations', 'reason', 'reasons', 'reasoning', 'rationale', 'grounds', 'answer', 'answers',
  'reply', 'respond', 'response', 'tell', 'debrief', 'justify', 'justification', 'account', 'why', 'inform', 'notify', 'told', 'set',
  'comments', 'notes', 'scores', 'breakdown', 'what', 'how', 'which', 'where', 'criteria', 'basis', 'decision', 'wrong', 'differently'
])

/** Words that make a request about the reasons for the decision, not about development. */
export const reasonWords: ReadonlySet<string> = new Set([
  'why', 'reason', 'reasons', 'reasoning', 'rationale', 'grounds', 'basis', 'criteria', 'factor', 'factors', 'deciding', 'decision',
  'wrong', 'against', 'chose', 'chosen', 'selected', 'rejected', 'declined', 'scores', 'scored'
])

/** Words that tie the basis of something to this decision ("the criteria on which I was scored"). */
export const decisionWords: ReadonlySet<string> = new Set([
  'decision', 'choice', 'outcome', 'chose', 'chosen', 'choosing', 'selected', 'selecting', 'selection', 'picked', 'picking', 'hired',
  'hiring', 'rejected', 'rejecting', 'rejection', 'declined', 'scored', 'ranked', 'assessed', 'judged', 'evaluated', 'decided',
  'deciding', 'unsuccessful', 'failed', 'successful', 'another', 'made', 'reached', 'appointed', 'preferred'
])

/** Words a deadline must come with to press on a reply ("your answer by Friday", not "moving by Friday"). */
export const replyWords: ReadonlySet<string> = new Set([
  'reply', 'replies', 'respond', 'response', 'answer', 'answers', 'hear', 'hearing', 'heard', 'back', 'feedback', 'explanation',
  'explain', 'reasons', 'reason', 'revert', 'write', 'email', 'call', 'return', 'know', 'decision', 'confirm', 'confirmation',
  'update', 'debrief', 'notes', 'scores', 'send', 'comments', 'breakdown', 'expecting', 'expect', 'need', 'want', 'appreciate',
  'require', 'information', 'details', 'why', 'contact'
])

/** Words a sentence may open with before a bare command ("Please send…", "Kindly furnish…", "Do share…"). */
export const commandOpeners: ReadonlySet<string> = new Set(['please', 'kindly', 'do', 'just', 'so', 'now', 'and', 'simply', 'then'])
