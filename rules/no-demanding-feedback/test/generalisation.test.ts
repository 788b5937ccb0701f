/**
 * Generalisation probes for `no-demanding-feedback`: fresh sentences in many
 * registers (casual, terse, formal, non-native, lowercase, trades, retail,
 * nursing, tech, teaching, law, hospitality), written for this test and not
 * taken from any corpus. Positives cover every flag category of rules.md,
 * mostly indirectly; negatives are low-pressure requests, thanks for reasons
 * already given, "why" and deadlines in other senses.
 */
import {probeRule} from '../../../test/helpers/probes.js'

const id = 'no-demanding-feedback'

// A probe sits after a thanks sentence, between a greeting and a sign-off, like a real reply.
const draft = (sentence: string) => 'Hi Morgan,\n\nThank you for letting me know. ' + sentence + '\n\nBest regards,\nAlex\n'


/** Sentences that demand feedback, reasons or a reply. */
export const positives: readonly string[] = [
  // Obligation and entitlement.
  'After four interviews, I think an explanation is the minimum I can expect.',
  'Surely a candidate who gave up three days for your process has earned some honest answers.',
  'It is only right that you tell me where I fell short.',
  'Common courtesy would be to explain the decision.',
  "I trust you'll agree that I'm owed more than a two-line email.",
  'As a matter of professional courtesy, I require a written account of the reasons.',
  "Given the time I invested, I'm entitled to a proper debrief.",
  'In the circumstances, it is incumbent on the firm to set out its reasoning.',
  'You have a duty to give applicants feedback.',
  'i think its only fair u tell me what i did wrong',
  // Imperatives about feedback or reasons.
  "Send me the interviewers' comments so I can see what happened.",
  'Kindly furnish the grounds on which my application was declined.',
  'Let me know what the deciding factor was.',
  'Explain to me what I should have done differently.',
  'I must know what the panel disliked about my lesson plan.',
  'I am asking you directly: what was wrong with my application?',
  'Tell me honestly what went against me.',
  'I will need a full breakdown of my assessment scores.',
  'Do share the panel reasoning with me, I am waiting for it.',
  // Deadlines and pressure on a reply.
  "I'd appreciate your answer before the end of the week.",
  'Please get back to me by the 14th.',
  'Looking forward to hearing the reasons within the next couple of days.',
  "I'll be checking my inbox daily until your explanation arrives.",
  "If I don't receive a response soon, I'll escalate this to HR.",
  'I await your prompt reply.',
  'A reply by tomorrow morning would be appreciated.',
  "I'll keep emailing until somebody explains this to me.",
  'Kindly revert at the earliest.',
  "I'll swing by the restaurant Thursday so you can walk me through the decision.",
  'Expecting your feedback in writing by Friday.',
  // Reasons behind the decision rather than development.
  'What made the other applicant a better fit than me?',
  'Why did the school go with a newly qualified teacher over someone with ten years in the classroom?',
  "How come I didn't even make the second round?",
  'What exactly did I lack?',
  'On what basis was the decision made?',
  'What was it about my interview that put you off?',
  'Was it because of my accent?',
  "I'd like to understand the rationale behind choosing another candidate.",
  "What did she have on her CV that mine didn't?",
  'whats the real reason i got rejected',
  'Could you clarify the criteria on which I was scored lower?',
  "Which of the other candidates' qualities outweighed mine?",
  'Can you tell me who got the job and why?'
]

/** Sentences that share words with the positives but ask gently or not at all. */
export const negatives: readonly string[] = [
  "If you ever have a spare minute, I'd be grateful for any pointers on my portfolio.",
  "I'd welcome any thoughts on how I could strengthen my next application, though I understand you're busy.",
  "Please don't feel you need to reply to this.",
  'Thank you for explaining why the team needed someone who speaks Spanish.',
  'I understand why you went with a candidate who could start immediately.',
  "I'm moving to Leeds by the end of the month, so I'll be nearby for any future roles.",
  "My certification exam is on Friday, and I'm hoping it opens a few doors.",
  "I'd love to know if any roles open up in the spring.",
  'That is why I was so excited about this role in the first place.',
  "I keep wondering why I didn't think to bring my portfolio, but lesson learned.",
  "Any feedback you're comfortable sharing would be very welcome.",
  'I would be grateful for any advice on what to focus on before I apply again.',
  "No pressure at all, but if you have any tips on the technical round I'd be glad to hear them.",
  "I'm sure the decision wasn't easy, and I appreciate the quick reply.",
  "You mentioned I'd hear by Friday, and I'm grateful you were so prompt.",
  "I'll be finishing my degree by June and would love to reapply then.",
  "I'm happy to chat if that's ever helpful, but please don't go out of your way.",
  "I'd value hearing what skills would make me a stronger applicant, whenever suits you.",
  'Your note explained the reasons clearly, which I really appreciate.',
  'I know the hiring manager is busy, so a short reply or none at all is completely fine.',
  "I'll keep an eye on your careers page over the next few weeks.",
  'would be gr8 to get any tips if u have time, no worries if not',
  "I've been reflecting on why the presentation felt rushed, and I'll practise my timing.",
  "I understand you can't share individual scores, and that's completely fine.",
  "I took notes during the interview and they've already helped me prepare for others.",
  'I asked myself what I could have done better, and I think it was my examples.',
  "If it's appropriate, I'd appreciate any brief comments on my teaching demo.",
  "I'm starting a new contract on Monday, but I'd still like to stay in touch.",
  "I completely understand that feedback isn't always possible.",
  "Feel free to ignore this, but I'd be curious what I could work on.",
  'I now understand how the scoring for the practical worked, thanks to your explanation.',
  "I'd be glad to hear any suggestions, but I fully respect your time.",
  'The reason I applied was your commitment to patient safety.',
  "I'll follow the company on LinkedIn to keep up with new openings.",
  "Whatever you decide to share, I'll take it on board.",
  "My current placement ends on Friday, so I'll have more time to work on my clinical skills.",
  "If you could point me to any resources on the assessment centre format, that would be great, but only if it's easy.",
  "I realise the other candidate probably had more agency experience, and I'm working on that.",
  'I would welcome a short call at some point, if your team ever has the bandwidth.',
  "Knowing how competitive the pool was, I'm grateful to have made the final three.",
  'Do you think a CompTIA certificate would help next time? Only if you have a moment.',
  "Is there a skill you'd suggest I focus on for similar roles in the future?",
  'It helped to hear why the panel valued leadership experience so highly.'
]

probeRule(id, draft, positives, negatives)
