/**
 * Criticism of a hiring process, as data.
 *
 * Phrases use the `PhraseIndex` syntax of `@replylint/core` (`a|b`
 * alternatives, `*` one word, `*2` a gap of up to two words, `word?`
 * optional). `#` stands for a number word or digits (expanded below). Each
 * entry is a general pattern a career coach would cut from a reply.
 */

/** What is being criticised. */
export type Aspect =
  | 'timeline'
  | 'communication'
  | 'rejection message'
  | 'interviewers'
  | 'questions'
  | 'tasks'
  | 'process'
  | 'company'

/** A pattern that is criticism on its own. */
export interface Pattern {
  phrase: string
  aspect: Aspect
  /** Someone at the company must be the actor: "I was late" is not criticism. */
  actor?: boolean
  /** Also ordinary in praise ("the story about the portal that crashed was fascinating"): skipped when the sentence praises. */
  weak?: boolean
}

/** Number words, for `#` in phrases ("five weeks", "5 weeks"). */
export const numbers =
  'a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|' +
  'eighteen|nineteen|twenty|twenty-five|thirty|thirty-five|forty|forty-five|fifty|sixty|ninety|several|many|multiple|' +
  'few|couple|another|' + 'numeral'

/** What a token written in digits ("25", "3", "1.5", "10+") is matched as. */
export const numeral = 'numeral'

/** Units of waiting. */
export const units = 'day|days|week|weeks|month|months|hour|hours|minute|minutes'

/** Patterns that are criticism of the process wherever they appear. */
export const patterns: readonly Pattern[] = [
  // Waiting and silence.
  {phrase: '# ' + units + ' to hear|reply|respond|decide|answer|tell back?', aspect: 'timeline', actor: true},
  {phrase: '# ' + units + ' to get back', aspect: 'timeline', actor: true},
  {phrase: '# ' + units + ' of silence|waiting|radio', aspect: 'timeline'},
  {phrase: 'never heard|got back|anything', aspect: 'communication'},
  {phrase: 'heard|got nothing|no for|in', aspect: 'communication'},
  {phrase: "didn't hear anything|back for", aspect: 'communication'},
  {phrase: 'did not hear anything|back for', aspect: 'communication'},
  {phrase: 'without an|any update|reply|response|word', aspect: 'communication'},
  {phrase: 'nobody replied|responded|answered|followed|got', aspect: 'communication'},
  {phrase: 'no one replied|responded|answered|followed|got', aspect: 'communication'},
  {phrase: 'finally getting|got|hearing|heard back|around', aspect: 'timeline'},
  {phrase: 'for finally', aspect: 'timeline'},
  {phrase: "has|it's been nearly|almost|over|well # " + units, aspect: 'timeline'},
  {phrase: "has|it's been more than # " + units, aspect: 'timeline'},
  {phrase: 'took nearly|almost|over|well # ' + units, aspect: 'timeline'},
  {phrase: 'took more than # ' + units, aspect: 'timeline'},
  {phrase: 'long time to hear|wait|respond', aspect: 'timeline'},
  {phrase: 'seemed|felt|was like a long time', aspect: 'timeline'},
  {phrase: 'felt|seemed excessive|unnecessary|endless', aspect: 'process'},
  {phrase: 'hard to plan|prepare around', aspect: 'process'},
  {phrase: 'hard to read', aspect: 'communication'},
  {phrase: '# ' + units + ' late', aspect: 'interviewers', actor: true},
  {phrase: 'rescheduled|moved|postponed|pushed|changed|shifted|switched|cancelled|canceled *2 twice', aspect: 'process', actor: true},
  {phrase: 'rescheduled|moved|postponed|pushed|changed|shifted|switched|cancelled|canceled *2 # times', aspect: 'process', actor: true},
  // Waiting measured out: the writer waited, so no actor check.
  {phrase: 'waited|waiting over|nearly|almost|about|around|more|well than|over? # ' + units, aspect: 'timeline'},
  {phrase: 'waited|waiting # days|weeks|months for|on', aspect: 'timeline'},
  {phrase: 'waited|waiting # days|weeks|months to hear', aspect: 'timeline'},
  {phrase: 'took|taking them|you|everyone|hr # ' + units + ' to', aspect: 'timeline'},
  {phrase: 'is|was|felt|feels|seems|seemed|been a long time|wait|while', aspect: 'timeline'},
  {phrase: 'dragged|drags|dragging on|out', aspect: 'timeline', actor: true},
  {phrase: 'took|take|taking until', aspect: 'timeline', actor: true},
  // Chasing and silence.
  {phrase: 'followed|emailed|called|chased|phoned|messaged|wrote up? # times', aspect: 'communication'},
  {phrase: 'followed|emailed|called|chased|phoned|messaged|wrote up? twice', aspect: 'communication'},
  {phrase: 'had|have|having to chase|chasing|remind|nudge|hound|beg', aspect: 'communication'},
  {phrase: 'had|have|having to follow up', aspect: 'communication'},
  {phrase: 'unanswered|unreturned|unacknowledged', aspect: 'communication', actor: true},
  {phrase: 'ghosted|ghosting', aspect: 'communication'},
  {phrase: 'was|were|been|being never|not once? told|informed|updated|contacted|notified|warned|offered|disclosed|shared|communicated|clarified|explained', aspect: 'communication'},
  {phrase: "wasn't|weren't|hadn't told|informed|updated|contacted|notified|warned|offered", aspect: 'communication'},
  {phrase: "would|i'd have expected|preferred a|an|some|more|at|being|the", aspect: 'communication'},
  {phrase: "would|i'd have expected|preferred to hear|get|be|receive|know|learn", aspect: 'communication'},
  {phrase: "only a day's|days'|day|week's notice", aspect: 'process'},
  {phrase: 'last-minute notice|change|changes', aspect: 'process'},

  // The rejection message itself.
  {phrase: 'form email|letter|rejection|response|reply|message', aspect: 'rejection message'},
  {phrase: 'automated|templated|canned|generic|no-reply|copy-paste email|letter|rejection|response|reply|message|no-reply', aspect: 'rejection message'},
  {phrase: 'one-line|two-line|three-line|one-sentence|two-sentence|three-sentence email|letter|rejection|reply|message|note|response', aspect: 'rejection message'},
  {phrase: '# lines in an inbox|email', aspect: 'rejection message'},
  {phrase: 'earned|deserved more than', aspect: 'rejection message'},
  {phrase: 'expected at least', aspect: 'rejection message'},
  {phrase: 'strange|odd|poor|cold way to close|end|deliver|tell|let', aspect: 'rejection message'},
  {phrase: 'not what i expected|anticipated', aspect: 'rejection message'},
  {phrase: 'only to be told', aspect: 'process'},
  {phrase: 'for a no', aspect: 'process'},

  // Interviewers who did not prepare or pay attention.
  {phrase: "hadn't|didn't|never|not|nobody|hasn't|haven't had|has|have? even? read|opened|reviewed|seen|clicked my|the|our|a", aspect: 'interviewers', actor: true},
  {phrase: "hadn't|didn't|never|not|nobody|hasn't|haven't had|has|have? even? looked at my|the|our|a", aspect: 'interviewers', actor: true},
  {phrase: 'no one had|has? even? read|opened|reviewed|seen|clicked|looked', aspect: 'interviewers'},
  {phrase: 'reading|read|seeing|saw my resume|résumé|cv|portfolio|application for the first time', aspect: 'interviewers'},
  {phrase: 'actually reads|read|opens|looks at? *2 resumes|résumés|applications|cvs|applicants|portfolios|cover', aspect: 'interviewers', actor: true},
  {phrase: 'seconds|minutes of attention|consideration', aspect: 'interviewers'},
  {phrase: "didn't|never|not|wasn't|weren't *3 a fair look|shot|chance|hearing", aspect: 'process', actor: true},
  {phrase: 'on his|her|their phone|phones|laptop|laptops', aspect: 'interviewers'},
  {phrase: 'checking|answering|typing his|her|their phone|emails|email|messages|laptop', aspect: 'interviewers'},
  {phrase: 'checking|answering|typing emails|messages', aspect: 'interviewers'},
  {phrase: 'talked|spoke over each other|me', aspect: 'interviewers', actor: true},
  {phrase: 'interrupted me', aspect: 'interviewers'},
  {phrase: 'looking|staring|glancing|scrolling|typing at|on? his|her|their phone|phones|laptop|laptops|watch|watches|screen|screens', aspect: 'interviewers'},
  {phrase: 'checking|watching|glancing at? the time|clock', aspect: 'interviewers', actor: true},
  {phrase: 'cut|cutting|cuts me|my *2 short|off', aspect: 'interviewers'},
  {phrase: 'more interested|focused|concerned in|on|with *4 than', aspect: 'interviewers', actor: true},
  {phrase: 'nobody|no one introduced', aspect: 'interviewers'},
  {phrase: 'no one would|could tell me', aspect: 'interviewers'},
  {phrase: 'ran|run out of patience', aspect: 'interviewers'},
  {phrase: "didn't seem to know|care|listen|remember", aspect: 'interviewers', actor: true},
  {phrase: 'did not seem to know|care|listen|remember', aspect: 'interviewers', actor: true},
  {phrase: 'seemed|were|was|looked|appeared|sounded unprepared|distracted|disengaged|uninterested|bored|rushed|dismissive|rude|late', aspect: 'interviewers', actor: true},
  {phrase: 'seemed|were|was|looked|appeared|sounded quite|very|really|so|openly|clearly|visibly|pretty|rather|totally|completely|somewhat|obviously unprepared|distracted|disengaged|uninterested|bored|rushed|dismissive|rude|late', aspect: 'interviewers', actor: true},

  // Questions and tasks that missed the job.
  {phrase: 'nothing to do with', aspect: 'questions'},
  {phrase: "never|wasn't|isn't part of *3 role|job|position|posting|description", aspect: 'questions'},
  {phrase: 'no way to prepare|know', aspect: 'questions'},
  {phrase: 'never asked about|me', aspect: 'questions', actor: true},
  {phrase: 'never mentioned in|during|on the posting|description|listing|ad|call|job', aspect: 'process'},
  {phrase: 'trivia|brainteasers|brain-teasers|gotcha', aspect: 'questions'},
  {phrase: 'told|tell|tells|say|says|said you|us|anyone|them|me nothing|little about', aspect: 'questions', actor: true},
  {phrase: 'was|were|is supposed|meant|estimated|advertised|billed to take|last', aspect: 'tasks', actor: true},
  {phrase: 'closer to # hours|days than', aspect: 'tasks'},
  {phrase: 'longer than the|a # hour|hours|minutes|minute', aspect: 'tasks'},
  {phrase: 'longer than the one-hour|two-hour|hour|estimate|instructions', aspect: 'tasks'},
  {phrase: 'far|much|way longer than', aspect: 'tasks'},
  {phrase: 'way|well|far beyond the', aspect: 'tasks'},
  {phrase: 'took|needed|required|ate|cost me|up *4 weekend|evening|weekends|evenings', aspect: 'tasks'},
  {phrase: 'finishing|completing|doing it|the|this took *4 weekend|evening|weekends|evenings', aspect: 'tasks'},
  {phrase: 'without a break', aspect: 'tasks'},
  {phrase: 'only a ten-minute|five-minute|fifteen-minute break', aspect: 'tasks'},
  {phrase: 'ended up being|lasting|taking #', aspect: 'tasks'},
  {phrase: 'cut|shortened from', aspect: 'tasks'},
  {phrase: 'crashed|glitched', aspect: 'process', weak: true},
  {phrase: 'retype|re-enter|re-type', aspect: 'process'},

  // Company and culture.
  {phrase: 'culture rewards|values|favors|favours|prizes', aspect: 'company'},
  {phrase: 'hoops', aspect: 'company'},
  {phrase: 'low|poor morale', aspect: 'company'},
  {phrase: 'employee|glassdoor reviews', aspect: 'company'},
  {phrase: 'reviews online', aspect: 'company'},
  {phrase: 'make|makes a? lot? more sense now', aspect: 'company'},
  {phrase: 'says|said a lot about', aspect: 'company', weak: true},
  {phrase: 'treats|treat applicants|candidates|people', aspect: 'company', weak: true},
  {phrase: "maybe|perhaps it's|it|this for the best", aspect: 'company'},
  {phrase: "maybe|perhaps it's|it|this was|is for the best", aspect: 'company'},
  {phrase: 'dodged a bullet', aspect: 'company'},
  {phrase: "it's|that's|its telling|revealing", aspect: 'company', weak: true},
  {phrase: 'it|that|this is|was telling|revealing that|how', aspect: 'company', weak: true},
  // Known ills of a workplace, said of theirs (not when someone is fixing them).
  {phrase: 'high|constant|huge|massive|revolving turnover|door', aspect: 'company', weak: true},
  {phrase: 'burnout|micromanagement|micromanaged|micromanaging|understaffed|short-staffed|overworked|underpaid|cliquey', aspect: 'company', weak: true},
  {phrase: 'office politics', aspect: 'company', weak: true},
  {phrase: 'prize|prizes|prized|value|values|valued|reward|rewards|rewarded|favor|favors|favour|favours|prioritize|prioritizes|prioritise|prioritises *2 long hours', aspect: 'company', actor: true},
  {phrase: 'prize|prizes|prized|value|values|valued|reward|rewards|rewarded|favor|favors|favour|favours|prioritize|prioritizes|prioritise|prioritises *2 overtime|presenteeism|face-time|seniority|optics', aspect: 'company', actor: true},
  // Saying one thing, doing another.
  {phrase: "doesn't|don't|didn't|never practise|practice|live|follow|honor|honour|mean it|them|that", aspect: 'company', actor: true},
  {phrase: 'does|do|did not practise|practice|live|follow|honor|honour|mean it|them|that', aspect: 'company', actor: true},
  {phrase: 'somewhere|someplace|companies that actually|will', aspect: 'company'},

  // Advice the company did not ask for.
  {phrase: 'worth revisiting|updating|reconsidering|rethinking|fixing|reviewing', aspect: 'process'},
  {phrase: 'for future candidates|applicants', aspect: 'process'},
  {phrase: 'for the next candidate|candidates|applicant|applicants|person|hire', aspect: 'process'},
  {phrase: "gently|would|i'd suggest|recommend putting|adding|making|including|updating|shortening|listing|sharing|that|being|giving|telling|letting", aspect: 'process'},
  {phrase: 'saved us both', aspect: 'process'},

  // Indirect phrasings of the same complaints (round 3).
  // Waiting, said without a verb of waiting.
  {phrase: 'drawn out', aspect: 'timeline', actor: true},
  {phrase: "it's|it has been that|this long", aspect: 'timeline'},
  {phrase: 'take|took|taking this|that long', aspect: 'timeline', actor: true},
  {phrase: "should not|shouldn't need|take|require # " + units, aspect: 'timeline'},
  {phrase: '# ' + units + ' to schedule|arrange|book|reach|conclude|process|confirm|organise|organize', aspect: 'timeline', actor: true},
  {phrase: 'set a new record', aspect: 'timeline'},
  {phrase: 'odd|strange|unusual|backwards order', aspect: 'process'},
  {phrase: 'could be better organised|organized|run|handled|planned', aspect: 'process', actor: true},
  {phrase: 'could use|do with some? attention|work|improvement|streamlining|rethinking', aspect: 'process', actor: true},
  {phrase: 'might|could|may benefit from a|some? review|rethink|refresh|update', aspect: 'process'},
  {phrase: 'badly|poorly run|managed|organised|organized|handled|communicated', aspect: 'process'},
  // Silence and missing answers.
  {phrase: 'zero updates|replies|responses|communication|contact', aspect: 'communication'},
  {phrase: 'no update|updates|contact|communication|word whatsoever|at|in|for', aspect: 'communication'},
  {phrase: 'went|gone|going quiet|silent|dark', aspect: 'communication', actor: true},
  {phrase: 'to silence', aspect: 'communication'},
  {phrase: 'left me on read', aspect: 'communication'},
  {phrase: 'disappeared for', aspect: 'communication', actor: true},
  {phrase: 'without any|an|a explanation|notice|warning|apology', aspect: 'communication'},
  {phrase: 'not from anyone|you', aspect: 'communication'},
  {phrase: 'rather than from you|anyone', aspect: 'communication'},
  {phrase: 'would have gone a long way', aspect: 'communication'},
  {phrase: 'would have helped if', aspect: 'communication'},
  {phrase: 'would have been enough', aspect: 'communication'},
  {phrase: "would|i'd have appreciated it more|sooner|earlier", aspect: 'communication'},
  {phrase: "would|i'd have liked to know|be told|be informed|be warned", aspect: 'communication'},
  {phrase: 'whether|if anyone|anybody *2 actually|even', aspect: 'communication'},
  {phrase: 'full voicemail|mailbox|inbox', aspect: 'communication'},
  {phrase: 'not monitored|unmonitored', aspect: 'communication'},
  {phrase: 'cancelled|canceled|postponed|rescheduled|pulled *4 by text|email|voicemail|sms', aspect: 'process', actor: true},
  {phrase: 'cancelled|canceled|postponed|rescheduled *4 night|morning|day before|of', aspect: 'process', actor: true},
  {phrase: 'rescheduling|rescheduled|cancelling|canceling|cancelled|canceled on me', aspect: 'process'},
  {phrase: "someone else's|another candidate's name|interview|link|cv|details|application", aspect: 'communication'},
  {phrase: 'the wrong name|job|title|date|candidate|person', aspect: 'communication', actor: true},
  {phrase: 'me to the wrong', aspect: 'communication', actor: true},
  {phrase: 'nobody|no one had|has? booked|prepared|arranged|organised|organized', aspect: 'process'},
  // The rejection message.
  {phrase: 'rejected|rejection|no by|via|through an|a? automated|text|chatbot|bot|voicemail|sms', aspect: 'rejection message'},
  {phrase: 'mass bcc|cc|email|emails|mailout|mailing', aspect: 'rejection message'},
  {phrase: 'automated|templated|canned|generic|copy-paste rejections|emails|letters|responses|replies|messages', aspect: 'rejection message'},
  {phrase: 'expected a little|bit|lot more|better', aspect: 'rejection message'},
  {phrase: '# lines|sentences after', aspect: 'rejection message'},
  {phrase: 'been written|meant|intended for a|another|someone', aspect: 'rejection message'},
  {phrase: 'cc line|field', aspect: 'rejection message'},
  // Interviewers.
  {phrase: 'check|checked|checks his|her|their phone|phones|emails|email|watch', aspect: 'interviewers'},
  {phrase: 'yawned|yawning|dozed|dozing', aspect: 'interviewers', actor: true},
  {phrase: 'fall|fell|falling asleep', aspect: 'interviewers', actor: true},
  {phrase: 'interrupted by|kept interrupting|being interrupted', aspect: 'interviewers'},
  {phrase: 'started|kept criticising|criticizing|mocking|belittling', aspect: 'interviewers', actor: true},
  {phrase: 'the least professional|organised|organized|respectful|prepared', aspect: 'interviewers'},
  {phrase: 'word for word from', aspect: 'questions'},
  {phrase: 'remarks|remark|comments|comment|jokes|joke|questions about my accent|age|religion|hijab|appearance|weight|gender|ethnicity|nationality|disability|pregnancy', aspect: 'interviewers'},
  {phrase: 'about|on|regarding my age|accent|religion|ethnicity|nationality|hijab|pregnancy|marital', aspect: 'questions'},
  {phrase: 'marital status', aspect: 'questions'},
  {phrase: 'planning|plans|plan|intend|intending to have children|kids|a family', aspect: 'questions'},
  {phrase: 'hire younger|older', aspect: 'company'},
  // Questions and tasks.
  {phrase: 'little|not much to do with', aspect: 'questions'},
  {phrase: "shouldn't|should not come up|be asked", aspect: 'questions'},
  {phrase: 'no candidate|applicant|external could|would', aspect: 'questions'},
  {phrase: 'had|with|gave|given no instructions|indication|guidance|explanation|context', aspect: 'tasks', actor: true},
  {phrase: 'hard|difficult to see how *4 related|relates|relevant|applies', aspect: 'questions'},
  {phrase: 'free|unpaid consultancy|consulting|labour|labor|work', aspect: 'tasks', actor: true},
  {phrase: 'like a part-time|full-time|second job', aspect: 'tasks'},
  {phrase: "wasn't|isn't|weren't paid|compensated|remunerated", aspect: 'tasks', actor: true},
  {phrase: 'was|is|were not paid|compensated|remunerated', aspect: 'tasks', actor: true},
  {phrase: 'not enough time to|for', aspect: 'tasks', actor: true},
  // Company and culture.
  {phrase: 'no wonder', aspect: 'company', weak: true},
  {phrase: 'red flag', aspect: 'company'},
  {phrase: "i'd|would hate to see", aspect: 'company'},
  {phrase: 'if this is how', aspect: 'company'},
  {phrase: 'trouble|struggle|struggles keeping|retaining|holding', aspect: 'company', weak: true},
  {phrase: 'nobody|no one stays|lasts', aspect: 'company'},
  {phrase: 'keeps|kept being re-advertised|readvertised|reposted', aspect: 'company'},
  {phrase: 'means little|nothing when', aspect: 'company'},
  {phrase: 'reconcile with its|your|the mission|values', aspect: 'company'},
  {phrase: 'obviously|clearly a problem', aspect: 'company'},
  {phrase: 'internal|staffing issues|problems|shortages', aspect: 'company', weak: true},
  {phrase: 'employer brand', aspect: 'process', weak: true}
]

/** Nouns that name the hiring process or the company ("the take-home", "your panel"). */
export const targets: Record<string, Aspect> = {
  interview: 'interviewers', interviews: 'interviewers', interviewer: 'interviewers', interviewers: 'interviewers',
  panel: 'interviewers', panelist: 'interviewers', panelists: 'interviewers', panels: 'interviewers',
  recruiter: 'communication', recruiters: 'communication', recruiting: 'communication', hr: 'communication',
  'take-home': 'tasks', assignment: 'tasks', exercise: 'tasks', test: 'tasks', task: 'tasks', 'case': 'tasks',
  presentation: 'tasks', prompt: 'questions', brief: 'tasks', assessment: 'tasks', challenge: 'tasks',
  questions: 'questions', question: 'questions', 'personality': 'tasks', quiz: 'tasks',
  process: 'process', timeline: 'timeline', communication: 'communication', communications: 'communication',
  scheduling: 'process', schedule: 'process', round: 'process', rounds: 'process',
  staff: 'company', place: 'company', department: 'company', ward: 'company', hiring: 'process', teasers: 'questions',
  coordinator: 'communication', partners: 'interviewers', principal: 'interviewers',
  email: 'rejection message', letter: 'rejection message', rejection: 'rejection message', reply: 'rejection message',
  message: 'rejection message', response: 'rejection message', portal: 'process', software: 'process', system: 'process',
  posting: 'process', description: 'process', listing: 'process', ad: 'process',
  culture: 'company', company: 'company', office: 'company', management: 'company', managers: 'company',
  leadership: 'company', environment: 'company', workplace: 'company', atmosphere: 'company', organization: 'company',
  organisation: 'company', firm: 'company', morale: 'company',
  // How an interviewer spoke, and the mood of the place.
  tone: 'interviewers', attitude: 'interviewers', remarks: 'interviewers', vibe: 'company'
}

/** Words that may sit between a determiner and `process` in a mention of the hiring process. */
export const processModifiers = new Set([
  'the', 'your', 'this', 'that', 'whole', 'entire', 'hiring', 'interview', 'interviewing', 'application',
  'recruiting', 'recruitment', 'selection', 'screening', 'search', 'overall'
])

/** Adjectives and phrases that judge a target negatively ("the take-home was unreasonable"). */
export const evaluations = [
  'unreasonable', 'excessive', 'disrespectful', 'dismissive', 'unprofessional', 'unprepared', 'disorganized',
  'disorganised', 'chaotic', 'vague', 'confusing', 'outdated', 'odd', 'strange', 'cold', 'toxic',
  'rude', 'careless', 'sloppy', 'inconsistent', 'irrelevant', 'unfair', 'biased', 'pointless', 'tedious',
  'impersonal', 'frustrating', 'exhausting', 'mess', 'messy', 'broken', 'clunky', 'buggy', 'endless', 'hostile',
  'condescending', 'awkward', 'poorly', 'badly', 'terrible', 'awful', 'horrible', 'subpar', 'unorganized',
  'unresponsive', 'ghosted', 'insulting', 'demeaning', 'absurd', 'ridiculous', 'overkill', 'arbitrary',
  'unnecessary', 'unrealistic', 'lengthy', 'drawn-out', 'slow', 'sluggish', 'lackluster', 'disappointing',
  'unacceptable', 'misleading', 'inaccurate', 'robotic', 'superficial', 'shallow', 'generic', 'rushed',
  'hard to follow', 'too long', 'too many', 'way too', 'a bit much', 'a lot to ask', 'not great', 'not ideal',
  'a joke', 'a waste', 'lacking', 'out of touch', 'old-fashioned', 'bizarre', 'weird', 'stressful',
  'unpleasant', 'uncomfortable', 'intimidating', 'unpaid', 'needlessly', 'unnecessarily', 'overly', 'excessively',
  'inappropriate', 'illegal', 'invasive', 'intrusive', 'unethical', 'exploitative', 'exploitive', 'patchy', 'spotty',
  'sporadic', 'at best', 'disheartening', 'discouraging', 'trick', 'obscure', 'fiction', 'untrue', 'no sense',
  'unrelated', 'different job|role|position|field|industry|company', 'another job|role|position|field|industry',
  'haphazard', 'amateurish', 'unclear', 'ambiguous',
  'patronising', 'patronizing', 'grim', 'tense', 'rigid', 'questionable', 'puzzling', 'unsettling', 'poor'
]

/** Praise that, negated, is criticism ("morale didn't seem great", "not very organized"). */
export const negatablePraise = new Set([
  'great', 'ideal', 'organized', 'organised', 'clear', 'fair', 'professional', 'respectful', 'smooth',
  'prepared', 'responsive', 'welcoming', 'friendly', 'warm', 'good', 'helpful', 'transparent', 'appropriate'
])

/** Framings that introduce a complaint ("One thing I'd mention", "For what it's worth"). */
export const framings = [
  "for what it's worth", 'i did want to mention|say|note', "i'll|i also? mention|note|say", 'i will say|mention|note',
  'one thing i', 'one small note', 'just so you know', "i'll be honest|candid|frank", 'to be honest|frank|candid',
  'as constructively as', 'i did find it|that', 'i also? found it odd|strange|surprising|unusual|curious', 'i was surprised to|that|by',
  'i have to say', 'i must say', 'if i am|i\'m honest', 'in all honesty', 'frankly',
  'a small|quick|friendly suggestion', 'if i may offer|suggest', 'just a heads-up', 'heads-up that', 'just to let you know',
  'if it helps', 'btw', 'take it or leave it', 'speaking as a former', 'just flagging', 'just saying', 'thought you should know'
]

/** Words that make a sentence praise rather than criticism ("thank you for the thorough process"). */
export const praise = new Set([
  'thank', 'thanks', 'appreciated', 'appreciate', 'enjoyed', 'loved', 'fair', 'worthwhile', 'rewarding', 'fun',
  'great', 'wonderful', 'smooth', 'smoothly', 'organized', 'organised', 'well-organized', 'thorough', 'thoughtful',
  'kind', 'generous', 'helpful', 'interesting', 'engaging', 'valuable', 'grateful', 'impressive', 'enjoyable',
  'pleasure', 'glad', 'useful', 'insightful', 'warm', 'welcoming', 'respectful', 'transparent', 'clear',
  'fascinating', 'memorable', 'inspiring', 'excellent', 'fantastic', 'amazing', 'terrific', 'enjoy'
])

/**
 * Positive framings that turn a hard word into a challenge the writer
 * valued ("frustrating in the best way", "intimidating at first, but …"):
 * the evaluation path does not fire in such a sentence.
 */
export const reframings = [
  'in the|a best|good|fun|useful|positive way|sense',
  'at first|initially',
  'but fair|fun|rewarding|worthwhile|useful|valuable|enjoyable|satisfying|instructive|interesting|manageable',
  'but|and i|we learned|enjoyed|loved|liked|grew',
  'learned|learnt a lot|so much|plenty',
  'put me at ease',
  'made me feel welcome|comfortable'
]

/** Words between a target and a judgement that make the judgement a topic ("the nurse described how stressful …"). */
export const topicWords = new Set([
  'described', 'describing', 'discussed', 'discussing', 'explained', 'explaining', 'talked', 'talking', 'spoke',
  'mentioned', 'shared', 'how', 'why', 'when'
])

/** Verbs of fixing: a workplace ill someone is tackling is not a complaint ("how you cut turnover"). */
export const remedies = new Set([
  'reduce', 'reduced', 'reducing', 'tackle', 'tackled', 'tackling', 'address', 'addressed', 'addressing', 'fix', 'fixed',
  'fixing', 'improve', 'improved', 'improving', 'lower', 'lowered', 'lowering', 'cut', 'cutting', 'combat', 'combating',
  'prevent', 'prevented', 'preventing', 'avoid', 'avoiding', 'beat', 'beating', 'fight', 'fighting', 'about', 'discussed',
  'described', 'explained', 'talked', 'how'
])

/**
 * A sentence that opens with the company's demand as its subject ("Asking
 * candidates to …", "Being asked to …", "Finding out through the portal …"):
 * the gerund and the word after it.
 */
export const demandGerunds = new Set([
  'asking', 'making', 'requiring', 'expecting', 'having', 'quizzing', 'forcing', 'telling', 'sending', 'finding',
  'learning', 'hearing', 'being', 'getting', 'receiving', 'grilling', 'testing', 'charging'
])
export const demandObjects = new Set([
  'candidates', 'applicants', 'people', 'me', 'us', 'anyone', 'someone', 'everyone', 'interviewees', 'about', 'out',
  'asked', 'told', 'made', 'required', 'expected', 'rejected', 'ghosted', 'grilled', 'quizzed'
])

/**
 * People and bodies on the hiring side, who can fail to reply, explain or
 * apologise ("your recruiter never returned my calls").
 */
export const companyActors = new Set([
  'recruiter', 'recruiters', 'hr', 'interviewer', 'interviewers', 'panel', 'panelists', 'manager', 'managers', 'coordinator',
  'team', 'office', 'company', 'firm', 'you', 'they', 'he', 'she', 'anyone', 'anybody', 'nobody', 'none', 'principal',
  'director', 'partner', 'partners', 'staff', 'committee', 'department', 'someone', 'somebody', 'one', 'school',
  'hospital', 'clinic', 'agency', 'store', 'restaurant', 'hotel', 'lead', 'supervisor', 'chef', 'owner', 'board'
])

/** Stopping or failing to do something ("stopped replying", "failed to explain"). */
export const failureVerbs = new Set(['stopped', 'failed', 'forgot', 'neglected', 'refused', 'bothered'])

/** Courtesies the company owes a candidate: replying, explaining, apologising. */
export const courtesies = [
  'respond|responded|responding|reply|replied|replying|return|returned|returning|answer|answered|answering',
  'apologize|apologized|apologise|apologised|apologizing|apologising|acknowledge|acknowledged',
  'explain|explained|explaining|tell|told|telling|inform|informed|update|updated|updating|confirm|confirmed',
  'call|called|calling|contact|contacted|introduce|introduced|warn|warned|notify|notified',
  'get|got|gotten|come|came back', 'let|lets me|us know', 'follow|followed up', 'reach|reached out',
  'show|showed|turn|turned up'
]
