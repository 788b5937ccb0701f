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
  | 'rivals'
  | 'outclass'
  | 'outrank'
  | 'overlooked'
  | 'regret'
  | 'mismatch'
  | 'puzzled'
  | 'chosen'
  | 'doubt-frame'
  | 'hope-frame'
  | 'doubt-predicate'
  | 'rebuttal-opener'
  | 'counter-claim'
  | 'sarcasm'
  | 'deference'
  | 'record'
  | 'challenge'
  | 'outdo-reader'
  | 'self-evident'
  | 'wish-out'
  | 'if-not'
  | 'counterfactual'
  | 'dare'

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
  claim: 'Unexpected list of qualifications as a rebuttal, expected to mention skills as a fit for future roles',
  outclass: 'Unexpected claim to be the better candidate, expected to accept the decision',
  rivals: 'Unexpected claim to be the better candidate, expected to accept the decision',
  outrank: 'Unexpected claim to be the better candidate, expected to accept the decision',
  overlooked: 'Unexpected claim that the decision is wrong, expected to accept the decision',
  regret: 'Unexpected warning that they will regret the decision, expected to wish the team well instead',
  mismatch: 'Unexpected claim that the decision is wrong, expected to accept the decision',
  puzzled: 'Unexpected challenge to how the decision was reached, expected to accept the decision',
  chosen: 'Unexpected doubt about the chosen candidate, expected to wish the team well instead',
  'doubt-frame': 'Unexpected doubt about the chosen candidate, expected to wish the team well instead',
  'hope-frame': 'Unexpected doubt about the chosen candidate, expected to wish the team well instead',
  'doubt-predicate': 'Unexpected doubt about the chosen candidate, expected to wish the team well instead',
  'rebuttal-opener': 'Unexpected list of qualifications as a rebuttal, expected to mention skills as a fit for future roles',
  'counter-claim': 'Unexpected rebuttal of their reasons, expected to accept the decision',
  sarcasm: 'Unexpected passive-aggressive acceptance, expected a plain “I respect your decision”',
  deference: 'Unexpected passive-aggressive acceptance, expected a plain “I respect your decision”',
  record: 'Unexpected list of qualifications as a rebuttal, expected to mention skills as a fit for future roles',
  challenge: 'Unexpected challenge to prove the decision wrong, expected to accept the decision',
  'outdo-reader': 'Unexpected claim to be the better candidate, expected to accept the decision',
  'self-evident': 'Unexpected claim that your work should have decided it, expected to accept the decision',
  'wish-out': 'Unexpected doubtful wish for the chosen candidate, expected to wish the team well sincerely',
  counterfactual: 'Unexpected claim that you would have done better in the role, expected to accept the decision',
  dare: 'Unexpected dare to prove the decision wrong, expected to accept the decision',
  'if-not': 'Unexpected doubtful wish for the chosen candidate, expected to wish the team well sincerely'
}

const me = "i|i'm|i've|i'd|im"
const was = "was|am|'m|were|would've|would|have|had|be|been|is|being|feel|felt"
const top = 'best|strongest|ideal|obvious|perfect|right|top|natural|clear|better|stronger|only|most'
const them = 'candidate|candidates|applicant|applicants|fit|match|choice|call|bet|person|hire|one|option|finalist|pick|package|profile|all-rounder'
const picks = 'whoever|person|candidate|applicant|hire|finalist|guy|gal|fella'
const other = 'whoever|person|candidate|applicant|hire|someone|they|she|he|finalist|appointee|guy|gal|fella'
// What a request to reconsider is about: the decision, or the sender's application.
const decisionNoun =
  'decision|decisions|choice|outcome|result|selection|appointment|verdict|conclusion|candidacy|application|file|rejection|shortlist|search|offer|ruling'
const reconsiderVerb =
  'rethink|rethinking|revisit|revisiting|reopen|re-open|reopening|reverse|reversing|overturn|overturning|re-evaluate|reevaluate|re-evaluating|reevaluating|reassess|re-assess|reassessing|re-examine|reexamine|re-examining|re-review|appeal|appealing|contest|contesting|dispute|disputing|revise|revising|undo|reconsider|reconsidering'
const reconsidered =
  'reconsidered|revisited|reopened|re-opened|reversed|overturned|re-evaluated|reevaluated|reassessed|re-assessed|re-examined|reexamined|reviewed|re-reviewed|rethought|revised|appealed|changed|undone'
const again = 'another|second|fresh|closer|further|new'
const lookNoun = 'look|pass|glance|read|review|chance|shot|hearing|go|opportunity'
const lookTarget = `${decisionNoun}|portfolio|cv|resume|résumé|work|materials|role|position|post|job|vacancy|opening|me`
// Positive qualities a sender claims in a superlative ("the most complete package").
const merit =
  'qualified|experienced|suited|suitable|capable|prepared|complete|rounded|well-rounded|accomplished|relevant|versatile|skilled|competent|knowledgeable|proven|deserving|obvious|logical|natural|senior|credentialed'
// The other applicants as a field: "nobody on that shortlist", "any other applicant".
const field = 'candidates|applicants|finalists|interviewees|shortlist|pool|field|others|rest|competition|contenders'

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
      'only candidate|applicant|finalist who',
      `${me} ${was}? ${was}? the|a|far *2 better|best|safest|stronger|strongest|safer|smarter bet|investment|hire|pick|choice|option|candidate|pair`,
      'pick of the bunch|litter',
      'better placed|suited|qualified|equipped|positioned than me|myself',
      'more to the team|table|role|unit|department than',
      'offered|brought|bring|offer more *3 than',
      'by any|every objective measure|standard|metric',
      'decided|judged|based purely|solely|strictly on merit',
      'more qualified|experienced then',
      'outperformed|outflew|outworked|outsold|outperform|outrank|outranked|outshine|outclass|outflown',
      `${me} ${was}? clearly|obviously|easily|definitely|certainly|truly? the most ${merit} *1 ${them}?`
    ]
  },
  {
    // The sender as subject, beating the field: "I outperformed every other finalist".
    concept: 'outclass',
    phrases: [
      `outperformed|outscored|outshone|outclassed|bested|surpassed|eclipsed|outdid|outranked|beat *3 every|all|each|any|the|other ${field}|candidate|applicant|finalist|interviewee`,
      'closer|better|stronger|greater|deeper|broader|wider|more *5 than any|every|all|anyone|anybody|everyone|everybody|others',
      'than the other|others|rest',
      'count|counts|counted|matter|matters for more than',
      'than your|the|their whole|entire|best|top|senior',
      'compares|compare|compared|stacks|stack|stacked favourably|favorably|well *3 with|to|against|up',
      'stacks|stack|stacked|measures|measure|measured up *2 favourably|favorably|well|against|to|with',
      'up against anyone|anybody|any|whoever',
      'exceeds|exceeded|surpasses|surpassed|outweighs|outstrips that|those of',
      'counted|counts|count for less than'
    ]
  },
  {
    // Nobody else, or hard to imagine anyone: paired with `outrank`.
    concept: 'rivals',
    phrases: [
      'nobody|no-one|noone|none|anyone|anybody',
      'no one',
      'hard|difficult|impossible|tough to imagine|picture|envisage|envision',
      "can't|cannot|couldn't imagine|picture|envision|envisage"
    ]
  },
  {
    // Others measured against the sender: "the way I can", "comes close to my experience".
    concept: 'outrank',
    phrases: [
      'the way i|me can|could|do|did|would',
      'as well as i|me',
      'like i can|do|could|did|have|had',
      'as prepared|qualified|experienced|ready|strong|capable as i|me',
      'comes|come|came|coming close',
      'measure|measures|measured up',
      'compares|compare|compared *1 to|with me|my|mine',
      'match|matches|matched my|me',
      'than me|mine|i|myself',
      'on my level|par'
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
      "couldn't|didn't|wouldn't|not even *3 give|offer|grant|get|make|call|interview|screen|phone",
      'got|gotten|get|getting *3 wrong',
      'misjudgment|misjudgement|misjudged|misjudge|misjudging|misstep|blunder|miscalculation|misread|misreading|oversight',
      'error|lapse|failure of judgement|judgment',
      'mark my words',
      'messed|screwed|mucked up',
      'dropped the ball',
      'error|mistake has|have|was been? made',
      "can't|cannot|don't|couldn't|dont|cant agree with *2 decision|outcome|conclusion|choice|verdict|result|assessment",
      'disagree|disagreeing with *2 decision|outcome|conclusion|choice|verdict|result|assessment',
      'inconsistent with the|your *2 criteria|requirements|description|feedback|spec|specification',
      // The decision called wrong in other words: "the wrong one", "the poorer for this choice".
      'the wrong one|outcome|result|conclusion|pick|hire',
      'decision|choice|call|outcome|selection|appointment is|was wrong|mistaken|flawed|incorrect',
      'slip|slipped|slipping|slips through your fingers',
      'the poorer for',
      'prove|proves|proved|prove me right',
      'to|will|gonna cost you',
      'to|will|gonna cost the company|team|firm|unit',
      'own goal',
      "isn't|wasn't|not accurate|correct|true about me|my",
      'feedback|concern|assessment|characterisation|characterization|reason given *4 isn\'t|wasn\'t|not accurate|correct|true|fair'
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
      'ended up ahead|on',
      'came|come|comes|coming out ahead|on top',
      'life of me',
      'head-scratcher|headscratcher|head-scratching',
      'hard|difficult|impossible to fathom',
      "i'll|i will never know|understand|get how|why",
      'never know how|why',
      'idk how|why',
      "don't|can't|not|cannot|dont|cant *2 understand|see|follow the|your|their logic|reasoning|rationale|thinking",
      'how anyone|anybody could|would have',
      'baffled|puzzled|bemused|mystified|perplexed|stunned|floored|gobsmacked *5 given|considering',
      'what more|else *4 done',
      "don't|can't|cannot|couldn't|not|dont|cant|didnt *2 get how|why|what",
      'struggle|struggling|struggled|fail|failing|unable to see|understand|follow it|this|that',
      'struggle|struggling|struggled|fail|failing|unable to see|understand|follow the|your|their logic|reasoning|rationale|thinking',
      // Disbelief at the outcome: "beggars belief", "can't get my head around", "at a loss".
      'beggars|beggar|defies|defy belief',
      'get my head around',
      'at a loss',
      'confused|confusing|bewildered|bewildering|baffling|mystifying *3 how|why|that my|that i',
      'how i didn\'t|wasn\'t|never',
      'how i did|was not',
      'how can|could you say|conclude|decide',
      'how anyone|anybody could|would *3 look|pick|choose|say|think|conclude',
      'difficult|hard|impossible to accept|believe',
      'concern|decision|outcome|feedback|result|choice|reasoning *4 is|was|seems puzzling|baffling|bewildering|confusing|mystifying'
    ]
  },
  {
    // Misreading the sender: "overlooked what I bring".
    concept: 'overlooked',
    phrases: [
      'overlooked|overlook|overlooking|missed|underestimated|underestimate|undervalued|undervalue|discounted|dismissed|ignored|underrated|underrate|underappreciated *2 me|my|what|how|everything|all|i'
    ]
  },
  {
    // Something of the sender's passed over, said in the passive: "which I believe was overlooked".
    concept: 'overlooked',
    phrases: ['was|were overlooked|disregarded|discounted|underestimated|undervalued']
  },
  {
    // Warning that they will be sorry: "you'll regret this", "you'll be calling me".
    concept: 'regret',
    phrases: [
      "you'll|they'll|it'll|will|gonna|going|may|might|could|would *3 regret|rue|wish",
      'look|looking|looks back *5 wish|regret|differently|otherwise',
      "you'll|they'll|you|they|gonna|will *2 be calling|begging|crawling|knocking|regretting|wishing",
      'kick|kicking themselves|yourselves|itself'
    ]
  },
  {
    // The decision "doesn't reflect" the interviews; kept only when negated.
    concept: 'mismatch',
    phrases: [`decision|outcome|result|verdict|selection|conclusion *5 reflect|reflects|square|squares|tally|tallies|align|aligns|represent|capture|mirror|match|matches`]
  },
  {
    // Puzzlement about how the outcome came about; kept only when an outcome follows.
    concept: 'puzzled',
    phrases: [
      "can't|cannot|couldn't|don't|struggle|struggling|hard|unable|tried|trying *3 work|figure|puzzle|wrap|get|make *3 out|around|round how|why|what",
      'loss *2 as|about|to how|why|what',
      'beyond me how|why',
      'baffled|puzzled|mystified|perplexed|bemused|confused|bewildered|stumped *3 how|why|as'
    ]
  },
  {
    // Who was chosen: references to the hire or the decision's winner.
    concept: 'chosen',
    phrases: [
      'whoever',
      'appointee',
      'new|your|the hire|recruit|appointee|starter',
      'new guy|gal|girl|lady|man|woman|person|fella|kid|one|driver|chef|nurse|manager|lead|teacher|engineer|employee',
      'your new',
      'successful|chosen|selected|preferred|winning|other candidate|applicant|person|guy|girl|man|woman|lady|finalist|appointee|hire|one',
      'person|candidate|applicant|one|someone|guy|gal|fella|woman|man|lady you|they *1 chose|hired|picked|selected|went|appointed|offered'
    ]
  },
  {
    // Doubt that needs no help: "I doubt", "I'd be surprised if", "let's see how".
    concept: 'doubt-frame',
    phrases: [
      'i *2 doubt|question',
      'doubtful|skeptical|sceptical|unconvinced',
      'surprised|amazed|shocked|astonished if|whether',
      'wonder|curious|question|convinced whether|if',
      "let's|lets see",
      'let us see',
      'had|better be good|worth|ready|quick',
      "we'll see",
      'we will|shall see',
      'time will tell',
      'remains to be seen'
    ]
  },
  {
    // Frames that are polite alone and sarcastic with a doubt predicate.
    concept: 'hope-frame',
    phrases: ['hope|hoping|bet|suspect|suspecting']
  },
  {
    // What a doubt about the hire says: can they handle it, is it worth it.
    concept: 'doubt-predicate',
    phrases: [
      'live|lives|living up to',
      'worth it',
      'ever|actually|even|really *2 has|have|had|held|done|run|ran|worked|managed|handled|argued|taught|built|led',
      'can|could actually|even|really|ever',
      'handle|handles|cope|copes|coping|manage|hack|hacks',
      'need|needs it',
      'know|knows|knew what they|they\'re|he\'s|she\'s|he|she *1 doing',
      'up to the job|task|standard',
      'know|knows|knew how to',
      'last|lasts the|a year|month|week|season|summer|winter|probation',
      'know|knows|knew the difference|ropes'
    ]
  },
  {
    // Words that introduce a correction of the record.
    concept: 'rebuttal-opener',
    phrases: [
      'for the record',
      'set|setting|put|putting|get|getting the record straight',
      'to clarify',
      'let me clarify',
      'remind you',
      'point out',
      'to be clear',
      'just so you know',
      'contrary to',
      'to correct',
      'for the avoidance of doubt',
      'let me be clear',
      'to be absolutely|perfectly|quite clear',
      'want|wanted|like|need to be clear',
      'i must|should|would stress|emphasise|emphasize|note|underline',
      'i must|should|would point out',
      'want|wanted|like|need to stress|emphasise|emphasize|reiterate|underline',
      'to reiterate',
      'it bears repeating',
      'worth pointing out',
      'worth noting|repeating|remembering',
      'for clarity',
      "i'd|id point out",
      'want|wanted|like|need to correct',
      'so you are|re aware',
      "so you're aware",
      'blow|toot my own horn|trumpet'
    ]
  },
  {
    // Their stated reason, quoted back to be refuted: "you said I lack …".
    concept: 'counter-claim',
    phrases: [
      "you|your|email|letter|note|feedback|panel *3 said|say|says|mentioned|noted|felt|thought|suggested|suggests|claimed|claims|stated|implied|implies|suggest *3 lack|lacked|lacking|missing|weak|short|limited|insufficient|didn't|don't|wasn't|hadn't|haven't"
    ]
  },
  {
    // Markers that turn deference into sarcasm.
    concept: 'sarcasm',
    phrases: [
      "i'm|im sure|certain|confident",
      'i am sure|certain|confident',
      'obviously|clearly|evidently|apparently|surely|well|fine|whatever',
      'of course',
      "i|i'll *1 guess|suppose|assume",
      'can only assume',
      'no doubt'
    ]
  },
  {
    // Deference to their judgement that reads as sarcastic after a marker.
    concept: 'deference',
    phrases: [
      'know|knows|knew *1 best|better',
      "know|knows|knew *1 what|what's|whats *3 doing|best|right|want|wanted|needed|need",
      'had|have|has *2 reasons|reason|rationale',
      'to your|their|its liking',
      // Not "the call" alone: "thank you for the call" is a phone call.
      'your|their call|prerogative',
      'the prerogative',
      'yours to make',
      'there was|were *1 reasons|reason'
    ]
  },
  {
    // A track record told in absolutes: "never had an accident", "every winter", "more than I can count".
    concept: 'record',
    phrases: [
      'never *2 had|missed|lost|dropped|failed|caused|got|received|taken|filed|made *3 accident|accidents|complaint|complaints|incident|incidents|deadline|deadlines|shift|shifts|error|errors|write-up|warning|warnings|claim|claims|injury|injuries|target|targets|delivery|deliveries|collision|collisions|grievance|breach|breaches',
      'never *2 called|phoned|taken|took *2 sick|off',
      'not once',
      'never once',
      'than i|we can|could count|remember',
      'every kind|type|sort of',
      'every single? route|season|winter|summer|shift|rota|target|quarter|audit|inspection|deadline|year|contract|client|account',
      'without a? single|one *1 complaint|complaints|accident|incident|error|mistake|miss|failure|day|order|claim|injury|collision|breach',
      'not one *2 complaint|complaints|accident|incident|error|mistake|miss|failure|sick|order|claim|injury|collision|breach|warning',
      'not a single *2 complaint|complaints|accident|incident|error|mistake|miss|failure|sick|order|claim|injury|collision|breach|warning',
      'zero accidents|complaints|incidents|errors|mistakes|sick|days',
      // Expertise asserted after years in the job: "I think I know a thing or two about …".
      'know a thing or two',
      "know what i'm|im doing",
      'know what i am doing',
      'know my stuff|trade|craft|job'
    ]
  },
  {
    // Daring the reader to find out: "you'll see", "and you know it".
    concept: 'challenge',
    phrases: [
      "you'll|youll|you'd|u'll see|find|realise|realize|learn",
      'you will|would|shall see|find|realise|realize|learn',
      'you know it',
      'prove it|myself|you|them wrong',
      'give me *4 week|weeks|month|months|day|days|shift|shifts|chance|trial|shot'
    ]
  },
  {
    // A dare: "give me a shift and you'll see who should have got the job".
    concept: 'dare',
    phrases: [
      "you'll|you'd *2 see|realise|realize|find|notice what|who|i'm|how",
      "you'll|you'd|would|will *2 see|realise|realize|find|notice the difference",
      'you will|would *2 see|realise|realize|find|notice what|who|how',
      'prove|show you wrong',
      "hand|give|put|let me *6 and you'll|you'd|you"
    ]
  },
  {
    // A superlative measured against the reader's own staff: "the best driver you have".
    concept: 'outdo-reader',
    phrases: [
      'the best|strongest|finest|hardest|fastest|safest|most|hardest-working|best-qualified|most-qualified *3 you|u have|had|got|hired|employ|employed|interviewed|met|saw|seen|find|found|get|will|could|would|ever|are|spoke|talked|considered|shortlisted|assessed|tested',
      "the best|strongest|finest|hardest|fastest|safest|most|hardest-working|best-qualified|most-qualified|safest *3 you've|youve|you'll|you'd|you're"
    ]
  },
  {
    // The sender's work should have decided it: "the work spoke for itself".
    concept: 'self-evident',
    phrases: ['speak|speaks|spoke|spoken|speaking for itself|themselves']
  },
  {
    // What the sender would have done in the role: "I'd have crushed it", "would have excelled".
    concept: 'counterfactual',
    phrases: [
      // Kept only after "would", "I'd" (see the rule): these words lead, so common "would" stays cheap.
      'crushed|nailed|aced|smashed|excelled|thrived|flourished|transformed|doubled|tripled',
      'hit the ground running',
      'been|made *3 asset|success|star|brilliant|fantastic|excellent|perfect|ideal|amazing|great'
    ]
  },
  {
    // A wish that the hire works out, polite alone.
    concept: 'wish-out',
    phrases: ['work|works|working out|well']
  },
  {
    // The alternative the sender is waiting for: "and if not, you know where to find me".
    concept: 'if-not',
    phrases: [
      'if not',
      "if|when|once they|it|he|she|things|that don't|doesn't|dont|doesnt|won't|wont *2 work",
      'if|when|once they|it|he|she|things|that do|does|did not work',
      "if|when|once they|it|he|she|things|that don't|doesn't|dont|doesnt|won't|wont|didn't",
      'if|when|once it|that|things|they falls|fall|fell through|apart',
      // Leaving, kept only in an "if" or "when" clause (see the rule).
      'quits|quit|leaves|leave|fails|fail|flames|burns|walks',
      'you know where to find me',
      'know where i am',
      "i'll|i will be here|around|waiting",
      'my number|phone is|stays on'
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
      'once|after your|the new hire has|is',
      // The hire's gaps, and a doubt told as a prediction: "we'll see how long that lasts".
      `${picks}|pick|appointee|newcomer *3 has|have|had never|barely|no`,
      `${other} *4 won't|can't|cannot|couldn't cope|last|survive|handle|manage|cut`,
      `${other} *4 even|actually *2 speak|speaks|hold|holds|read|reads|run|runs|use|uses|qualified|certified|licensed|attended|attend`,
      'see how long',
      "let's|we'll see how that|it|this goes|lasts|pans|works",
      'watching with interest',
      'whoever has|gets to train|manage|supervise|babysit',
      'hope|hopefully they|he|she *2 know|knows what',
      'hope|hopefully they|he|she can|will handle|cope|manage|keep',
      'as thoroughly|rigorously|closely|carefully|strictly as mine|me|i',
      'same standard|standards|scrutiny as mine|me|i',
      'no disrespect|offence|offense to|but',
      'promised|earmarked to|for *3 months|already|before',
      'always meant for',
      'ever really|truly|actually open',
      'settled|decided before i',
      'done deal before',
      'interesting choice',
      'going to find *4 steep|tough|hard|difficult'
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
      'keep my application|candidacy|file open',
      `${reconsiderVerb} the|your|this|that|my|its|their|his|her *1 ${decisionNoun}`,
      `${reconsiderVerb} it|this|that|me`,
      `${decisionNoun} *3 be|being|get|gets ${reconsidered}`,
      `appeal|challenge|review|reconsideration|reassessment|re-evaluation|reversal|re-examination|rethink of|against|on the|this|your|my ${decisionNoun}`,
      `${again} ${lookNoun} *2 at|of|on|for|with my|the|this|that ${lookTarget}`,
      'back into|in|to|on the? consideration|contention|running|mix|pool|process|shortlist|frame|race',
      'change|changing your|ur|their|the|its|his|her *1 mind|minds',
      'hold|holding off',
      `pause|delay|postpone|defer|pausing|delaying|postponing|deferring *3 decision|appointment|offer|finalising|finalizing|announcement`,
      'before|until *5 finalised|finalized|finalising|finalizing|finalise|finalize|official|confirmed',
      'before|until *3 offer|contract|appointment|announcement goes|go|is|gets|get out|sent|made|signed|announced',
      'make|making|state|stating|plead|pleading|put|putting|present|presenting|argue|arguing|press|pressing my case',
      'again for|at|with this|the|that same|very? role|post|position|job|vacancy|opening',
      'once more for|at|with this|the|that same|very? role|post|position|job|vacancy|opening',
      'this same|very role|post|position|job|vacancy|opening',
      'think|look again|twice',
      'look at *4 once more',
      'any|some flexibility|leeway|wiggle',
      'second|another interview|opinion|shot|try|attempt',
      'one more shot|chance|go|try|attempt|opportunity',
      'redo|re-do|retake|resit|re-sit|repeat|rerun|re-run the|my *2 presentation|test|assessment|interview|task|exercise|case|practical',
      're-scored|rescored|re-marked|remarked|regraded|re-graded|rescore|re-score|remark|re-mark|re-scoring|rescoring',
      'above you',
      // Other ways to ask for the decision again: a second view, an appeal, a higher-up who "sees it differently".
      'reconvene|reconvening',
      'escalate|escalating my',
      'see|sees|saw it|things|this differently',
      'another think|crack',
      'second view|reading|conversation|look|glance',
      'audition|interview again',
      'come back in for',
      'decide|decided for good',
      'is|was the|this|it decision? really|definitely|truly|absolutely final',
      'room to move|manoeuvre|maneuver',
      'would|could|might *3 change anything|things|matters',
      'would|could|might *3 change the|your outcome|decision',
      'swing it back',
      'back my way',
      'keep me in the running|frame|mix',
      'close the file on me',
      'supplementary statement|evidence|submission',
      'so you can reassess|reconsider|re-evaluate|reevaluate',
      'appeal the|my|this|your outcome|decision|result|rejection'
    ]
  },
  {
    concept: 'rebuttal',
    phrases: [
      'met|meet|meets|exceed|exceeded|exceeds|check|checked|checks|tick|ticked|ticks|satisfy|satisfied|fulfil|fulfill|fulfilled|hit|demonstrated|showed|evidenced|covered|passed *3 every|all|each requirement|requirements|box|boxes|qualification|qualifications|criteria|criterion|item|point|competency|competencies|test|tests|case|cases',
      'full|top marks',
      'correct one|a|the|this point|misunderstanding|impression',
      'every|each essential|key|listed|stated|core|single? requirement|qualification|certification|box|criterion',
      'line for line',
      'to the letter',
      'exceeded *2 most|many|some|all of them',
      'in some areas exceeded',
      'speak|speaks|spoke directly to',
      'answered every|each|all *3 correctly',
      "recap|reminder|rundown of what i|i'd|my",
      'do know this|the work|job|role',
      'assumed *6 fit|candidate|qualified|clear|shoo-in|match',
      // Correcting what the panel heard: "the panel misheard me", "I did, in fact, explain".
      'misheard|misunderstood|misinterpreted|misconstrued|misrepresented|mischaracterised|mischaracterized me|my',
      'my *4 was|were|got|been misunderstood|misheard|misinterpreted|misconstrued|lost|missed',
      'got lost in the notes|shuffle|write-up|feedback|translation',
      'must be missing my',
      'must have missed my',
      'i did in fact',
      'i did bring|cover|address|raise|answer',
      'i was actually',
      'counted against me',
      'lost marks',
      'contradict|contradicts|contradicted the|your concern|feedback|assessment|comment',
      'by your|their *2 own account|admission|deputy|manager|recruiter|standards|criteria|rubric',
      'well above|over|beyond the? *5 required|essential|stated|minimum',
      'everything|all *3 the|your job? ad|advert|listing|posting|description|spec|brief asked|required|listed|in',
      'exactly|precisely what you asked|required|wanted|listed|said|described',
      'exact training|experience|skills|qualification you said',
      'the reason given was'
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
      'even if *6 obvious|hard|sense|clear|understand',
      'sense to someone|somebody',
      'whatever that|this was|means|is',
      'for your|their sake',
      "hope it was|is|'s worth it",
      'right connections|contacts',
      'explains|explained a lot',
      'that explains it',
      'funny how',
      'interesting that|how you|they went|chose|picked|hired|selected|appointed',
      'luck *4 need|needs it',
      // Sarcastic acceptance: "it's your funeral", "who am I to say", "what you deserve".
      'your funeral',
      'who am i to',
      'not privy',
      'exactly|just what you deserve',
      'want to play it',
      'whatever works|suits for? you',
      'your decision|call|choice your consequences|problem|risk|funeral',
      'clearly expected to',
      'with some surprise',
      'what i get for',
      'the cheaper|cheap option|choice|hire',
      "when it|they|he|she|things doesn't|don't|dont|doesnt work out",
      'when it|they|he|she|things does|do not work out',
      'when|once it falls|fall|fell through',
      'manage without me somehow',
      'as always'
    ]
  },
  {
    // A reference to this role's posting or requirements: arguing only with a first-person claim.
    concept: 'posting',
    phrases: [
      'the|job posting|listing|advert|advertisement|requirements|requirement|specification',
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
      'my *2 experience|background|resume|résumé|cv|skills|record|qualifications|credentials|profile|portfolio',
      'i ran|led|managed|built|supervised|oversaw|taught|trained|delivered|handled|run|lead|manage|supervise|chaired|founded|launched|designed|secured|published|grew|doubled|closed|won',
      'i do|did have|hold|know',
      'i do|did everything|all',
      'years of|in|as|running|leading|managing|working'
    ]
  }
]

/**
 * Words that show a puzzled "how" is about the outcome ("how I didn't make
 * the cut"), not about one's own performance ("why I froze").
 */
export const outcomeWords: ReadonlySet<string> = new Set([
  'decision', 'outcome', 'result', 'conclusion', 'choice', 'offer', 'cut', 'chose', 'chosen', 'selected', 'picked', 'hired',
  'rejected', 'passed', 'someone', 'else', 'another', 'candidate', 'ended', 'ends', 'arrived', 'reached', 'decided', 'shortlist',
  'shortlisted', 'successful', 'unsuccessful', 'went', 'appointed', 'preferred', 'overlooked', 'verdict', 'selection'
])

/** Words that tie a closing "I suppose" / "I guess" to the decision rather than to one's own plans. */
export const aboutDecision: ReadonlySet<string> = new Set([
  'you', 'your', 'decision', 'choice', 'someone', 'candidate', 'chose', 'chosen', 'hired', 'picked', 'best', 'better', 'reasons',
  'right', 'whoever', 'congratulations', 'congrats', 'got', 'hire', 'call'
])

/** Words of growth: a claim of skill next to them is development, not a rebuttal. */
export const growthWords: ReadonlySet<string> = new Set([
  'course', 'courses', 'learning', 'practising', 'practicing', 'practise', 'practice', 'improve', 'improving', 'develop', 'developing',
  'building', 'studying', 'since', 'future', 'working'
])

/** Words before a request to reconsider that make it a request when the clause's subject is "I". */
export const requestCues: ReadonlySet<string> = new Set([
  'you', 'your', 'would', 'could', 'can', 'please', 'kindly', 'ask', 'asking', 'request', 'requesting', 'hope', 'hoping', 'love', 'willing',
  'open', 'chance', 'way', 'like', "i'd", 'id'
])

/** What someone wishes that is goodwill, not a warning ("wish you well"). */
export const goodwill: ReadonlySet<string> = new Set(['well', 'luck', 'success', 'every', 'all', 'the', 'them', 'him', 'her'])

/** Nouns after "case" that make it a thing ("my case studies"), not an argument ("make my case"). */
export const caseCompounds: ReadonlySet<string> = new Set(['study', 'studies', 'notes', 'note', 'load', 'work', 'file', 'files', 'manager', 'management', 'history'])
