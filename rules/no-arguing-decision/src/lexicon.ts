import type {ConceptGroup} from '@replylint/core'

/**
 * Ways a reply relitigates the hiring decision, one concept per group.
 *
 * Phrases use the `PhraseIndex` syntax of @replylint/core: `a|b` for
 * alternatives, `*` one word, `*3` up to three words, `word?` optional.
 * Entries are general patterns a career coach would read as arguing, never
 * sentences from a corpus.
 */
export type Concept =
  | 'superiority'
  | 'wrong'
  | 'incomprehension'
  | 'doubt-candidate'
  | 'reconsider'
  | 'rebuttal'
  | 'passive-aggressive'
  | 'posting'
  | 'stance'
  | 'claim'
  | 'credential'

/** Reason shown for each concept: what is wrong, then what to do. */
export const reasons: Record<Concept, string> = {
  superiority: 'Unexpected claim to be the better candidate, expected to accept the decision',
  wrong: 'Unexpected claim that the decision is wrong, expected to accept the decision',
  incomprehension: 'Unexpected challenge to how the decision was reached, expected to accept the decision',
  'doubt-candidate': 'Unexpected doubt about the chosen candidate, expected to wish the team well instead',
  reconsider: 'Unexpected request to reconsider the decision, expected to ask to be considered for future roles instead',
  rebuttal: 'Unexpected list of qualifications as a rebuttal, expected to mention skills as a fit for future roles',
  'passive-aggressive': 'Unexpected passive-aggressive acceptance, expected a plain “I respect your decision”',
  posting: 'Unexpected list of qualifications as a rebuttal, expected to mention skills as a fit for future roles',
  stance: 'Unexpected insistence on your fit for this role, expected to accept the decision',
  credential: 'Unexpected list of qualifications as a rebuttal, expected to mention skills as a fit for future roles',
  claim: 'Unexpected list of qualifications as a rebuttal, expected to mention skills as a fit for future roles'
}

const me = "i|i'm|i've|i'd|im"
const was = "was|am|'m|were|would've|would|have|had|be|been|is|being|feel|felt"
const top = 'best|strongest|ideal|obvious|perfect|right|top|natural|clear|better|stronger|only|most'
const them = 'candidate|candidates|applicant|applicants|fit|match|choice|person|hire|one|option|finalist|pick'
const picks = 'whoever|person|candidate|applicant|hire|finalist'
const other = 'whoever|person|candidate|applicant|hire|someone|they|she|he|finalist'

/** Concept lexicons, matched in one pass per sentence. */
export const groups: ReadonlyArray<ConceptGroup<Concept>> = [
  {
    concept: 'superiority',
    phrases: [
      `${me} ${was}? clearly|obviously|easily|definitely|certainly|honestly|genuinely|really|simply|truly|frankly? the|a ${top} ${them}`,
      `${me} ${was}? clearly|obviously|easily|definitely|certainly|truly? the|a ${top} qualified|experienced|suited|suitable|prepared|capable`,
      `${me} ${was}? ${was}? clearly|obviously|easily|definitely|certainly? the most|more qualified|experienced|suitable|capable|prepared`,
      `${me} ${was}? *3 better|stronger *2 than`,
      'better|stronger fit|candidate|choice|match|applicant|qualified|suited|equipped than',
      'more qualified|experienced|suited|capable than',
      'the candidate|person|one to beat',
      "my *6 was|were the strongest|best *2 submission|submissions|answer|answers|presentation|solution|application|portfolio|case|model|entry|received|you|in",
      'better qualified than',
      'the only candidate|applicant|finalist who|with|that',
      'only candidate|applicant|finalist who'
    ]
  },
  {
    concept: 'wrong',
    phrases: [
      'made|making a|an|the mistake|error|wrong',
      'is|was|be|been a|an mistake|error|misstep',
      'wrong decision|choice|call|person|candidate|move',
      'bad|poor decision|call|choice',
      'makes|made|make no sense',
      "doesn't|don't|didn't|not *2 make *2 sense",
      "doesn't|don't|didn't|not *1 add up",
      "you'll|you'd|they'll *3 regret|wish",
      'you|they will|may|might *2 regret|wish',
      'will regret',
      'come to regret',
      'your loss',
      'would|could have been|gone|turned|ended|looked *2 different|differently',
      "would've|could've been|gone|turned|ended|looked *2 different|differently",
      'outcome|result|decision would have been',
      'passed|passing on|over *2 only',
      'passed|passing on|over someone|anyone|a candidate with',
      'went|gone the other way',
      "we'll be talking|speaking again",
      'we will be talking|speaking again',
      'good at interviews|interviewing',
      "couldn't|didn't|wouldn't|not even *3 give|offer|grant|get|make|call|interview|screen|phone"
    ]
  },
  {
    concept: 'incomprehension',
    phrases: [
      'struggle|struggling|struggled|hard|difficult|impossible|fail|failing|unable|hard-pressed|loss to see|understand|fathom|comprehend|grasp how|what|why|where|whether',
      "don't|can't|cannot|couldn't|not *2 see|understand|fathom|comprehend|grasp how|what|why",
      'struggle|struggling *2 with how|why|what',
      'hard|difficult|impossible *2 to make sense',
      'hard|difficult|impossible *2 to reconcile',
      "can't|cannot|couldn't make sense",
      'what more|else *4 could|would have wanted|required|asked|needed|expected',
      "what more|else *4 could've|would've wanted|required|asked|needed|expected",
      'what gap|gaps *4 could|found',
      "not sure what more|else",
      'surprised|shocked|puzzled|baffled|confused|perplexed|stunned|mystified *5 outcome|decision|result|chose|chosen|went|picked|selected|hired|landed',
      'landed where it|they did',
      'ended up ahead|on'
    ]
  },
  {
    concept: 'doubt-candidate',
    phrases: [
      `i doubt *4 ${other}|they|you`,
      `wonder|question|curious|convinced whether|if|that *4 ${picks}`,
      `skeptical|sceptical|doubtful *4 ${picks}`,
      `not convinced|sure *4 ${picks}`,
      `${picks} *4 has|have|had|lacks my`,
      'as well as i do|did|have|can|could|would',
      'as much experience as i',
      'as qualified as i',
      `${other} *4 can|could|will actually`,
      `${other} *4 actually|even *2 knows|know|has|have|handle|handled|understands|worked`,
      "candidate|hire|person|applicant|someone|finalist who|that *5 never|hasn't|hadn't|lacks|lacked",
      'candidate|hire|person|applicant|someone|finalist with fewer|less',
      'once|after your|the new hire has|is'
    ]
  },
  {
    concept: 'reconsider',
    phrases: [
      'reconsider|reconsidering|reconsideration|reconsidered',
      'reopen|reopened|re-open|re-opened|reopening|revisit|revisited|reverse|reversed|overturn|overturned *4 decision|application|file|candidacy|search|case|outcome|it|this',
      'decision|outcome|choice|position|role|search *3 reopened|revisited|reversed|overturned|re-opened|changed|reopens',
      'another|second|fresh look',
      'look at *4 again',
      'review|consider|read *4 again',
      'change your|their mind|minds',
      'address any|your|the concerns',
      'before *4 is|are|gets|get finalized|finalised|signed|final|accepted|official',
      'taken into account|consideration',
      'make|making my case to|for|again|that',
      'chance|opportunity to prove|convince',
      'still be considered for this|the role|position|job',
      'put me forward',
      'keep my application|candidacy|file open'
    ]
  },
  {
    concept: 'rebuttal',
    phrases: [
      'met|meet|meets|exceed|exceeded|exceeds|check|checked|checks|tick|ticked|ticks|satisfy|satisfied|fulfil|fulfill|fulfilled|fulfilled|hit *3 every|all|each requirement|requirements|box|boxes|qualification|qualifications|criteria|criterion|item|point',
      'every|each requirement|qualification|certification|box|criterion',
      'line for line',
      'to the letter',
      'exceeded *2 most|many|some|all of them',
      'in some areas exceeded',
      'speak|speaks|spoke directly to',
      'answered every|each|all *3 correctly',
      "recap|reminder|rundown of what i|i'd|my",
      'do know this|the work|job|role',
      'assumed *6 fit|candidate|qualified|clear|shoo-in|match'
    ]
  },
  {
    concept: 'passive-aggressive',
    phrases: [
      'had|have its|your|their|his|her reasons',
      'know|knows best',
      'i suppose',
      'i guess',
      'just have to assume|accept|trust|take',
      "that's your|their call",
      'is your|their call to make',
      'even if *6 obvious|hard|sense|clear|understand'
    ]
  },
  {
    // A reference to this role's posting or requirements: arguing only with a first-person claim.
    concept: 'posting',
    phrases: [
      'the|job posting|listing|advert|advertisement|requirements|specification',
      'job description|ad|spec',
      'posting|listing|description said|asked|listed|required|called',
      'called for',
      'listed in',
      'what the role|position|job required|needed|asked|called|demanded',
      'the role|position|job was built|designed|written',
      'exact|precise priorities|requirements|skills'
    ]
  },
  {
    // Insisting on one's view of this decision.
    concept: 'stance',
    phrases: ['still believe|think|feel|maintain|contend', 'i maintain', 'i stand by', 'i genuinely believe', 'i firmly believe']
  },
  {
    // What the stance insists on: fit, rank, a match with the role.
    concept: 'claim',
    phrases: [
      'fit|qualified|strongest|best|ideal|exactly|match|matches|perfect|suited',
      'right person|candidate|fit',
      'speak|speaks directly'
    ]
  },
  {
    // A first-person claim of experience or credentials.
    concept: 'credential',
    phrases: [
      "i have|hold|held|already|bring|lined|match|matched|exceeded|exceed",
      "i've|ive",
      'my experience|background|resume|résumé|cv|skills|record|qualifications|credentials|profile|portfolio',
      'years of|in|as|running|leading|managing|working'
    ]
  }
]
