/**
 * Generalisation probes: sentences written for this file, in many registers,
 * never seen while the lexicon was built. Each is linted inside a normal
 * reply (greeting, thanks, sign-off) and must be flagged or left alone.
 */
import {probeRule} from '../../../test/helpers/probes.js'

const id = 'no-criticizing-process'
const draft = (body: string) =>
  'Dear Ms. Okafor,\n\nThank you for letting me know about your decision.\n\n' + body + '\n\nKind regards,\nJordan\n'


/** Criticism of the timeline, communication, interviewers, questions, tasks, rejection message, company. */
const positives: readonly string[] = [
  // Timeline and waiting.
  'The interview started 25 minutes late and nobody apologized.',
  'I waited over a month between the second and third interviews.',
  'Seven weeks from application to a decision is a long time for an hourly retail position.',
  'The process dragged on far longer than the two weeks I was promised.',
  'It took until mid-March to learn the outcome of a January interview.',
  'The process was needlessly long, with five rounds for an entry-level job.',
  // Ghosting and communication.
  'Your recruiter never once returned my calls.',
  'Three rounds, and nobody could tell me what the salary was.',
  'I followed up three times before anyone got back to me.',
  'Nobody told me the panel had been moved until I was already in the lobby.',
  'My emails to HR went unanswered for weeks.',
  'The scheduling coordinator stopped replying after the second round.',
  "I had to chase your office just to find out I hadn't been selected.",
  'i got ghosted for 3 weeks then got this email',
  'Communication from your side was patchy at best.',
  // Interviewers.
  'Two of the panel members spent most of my interview looking at their laptops.',
  'The charge nurse who interviewed me kept checking the time and cut my answers short.',
  'The hiring manager clearly had not looked at my portfolio before we met.',
  'One of the partners was openly dismissive of my public-interest background.',
  'Your interviewer seemed more interested in his lunch than in my answers.',
  'The principal showed up twenty minutes late to my demo lesson.',
  'Nobody on the panel could explain what the role would actually involve.',
  // Questions.
  'Several of the questions felt like they came from a different job entirely.',
  'Asking about my plans to have children was inappropriate.',
  'The brain teasers told you nothing about whether I can wire a panel.',
  'The questions were more about trick syntax than about real engineering.',
  'Quizzing me on obscure case citations from memory was not a fair test of a paralegal.',
  // Tasks and take-homes.
  'Asking candidates to do a full unpaid project is exploitative.',
  'The take-home was supposed to take three hours and realistically needed twelve.',
  'Making applicants cook a full three-course menu for free is a lot to ask.',
  'The presentation brief changed twice in the week before I delivered it.',
  'A six-hour assessment for a junior role is overkill.',
  // The rejection message.
  'After four interviews, a two-sentence form email felt cold.',
  'I would have expected a phone call rather than an automated message after a final round.',
  "The rejection didn't even have my name spelled correctly.",
  'Finding out through the applicant portal, not from a person, was disheartening.',
  // Company and culture.
  'From the interview, the culture seemed to prize long hours over results.',
  'The high turnover the staff mentioned makes me wonder how the ward is really run.',
  'Honestly the whole place felt disorganised from the moment I walked in.',
  "It's telling that three people quit the department while I was interviewing.",
  "Your company advertises flexibility but clearly doesn't practise it.",
  'The front desk staff were rude to me while I waited.',
  'The job ad listed a salary range that turned out to be fiction.',
  'the whole hiring thing was a mess tbh',
  'Being asked to interview again with the same people made no sense.',
  // Indirect phrasings.
  'Between the second and third rounds there were zero updates from anyone.',
  'The recruiter went quiet for a month after promising a decision by Friday.',
  'My assessment day was postponed by email the night before.',
  'The offer letter template you sent listed the wrong job title.',
  'I was rejected by an automated text after two on-site interviews.',
  'One interviewer asked whether I was planning to have children.',
  'No wonder the role keeps being re-advertised.'
]

/** Hard negatives: neutral or positive mentions of the process, own mistakes, empathy. */
const negatives: readonly string[] = [
  'Thank you for such a thorough process; every round taught me something.',
  'The interview process was long, but I appreciated how carefully you considered each candidate.',
  'The take-home was challenging but fair, and I enjoyed working on it.',
  'The panel asked tough questions about medication errors, and I thought they were fair.',
  'I know the team has had a busy quarter, so I appreciate you finding time to reply.',
  "I understand the timing didn't work out.",
  "I'm sorry I arrived a few minutes late to the second interview.",
  "I realise I didn't answer the budgeting question as clearly as I could have.",
  'We discussed how frustrating a slow intake process is for new patients.',
  'Your interviewers were welcoming and well prepared.',
  'The case study reminded me how much I enjoy messy real-world data.',
  'The assessment covered a lot of ground, which I found valuable.',
  'I enjoyed the questions about handling difficult parents.',
  'Thank you for letting me know so quickly.',
  'It was helpful to hear how the hiring committee weighs classroom experience.',
  'The timeline you shared at the start was accurate, which I appreciated.',
  'Even the hardest question about lien law was one I was glad to think through.',
  'The site visit to the substation was a highlight of the process.',
  'The recruiter kept me informed at every step.',
  'I know that scheduling five people for a panel is not easy.',
  'I have no complaints about how the process was run.',
  'My own presentation ran long, which is something I will work on.',
  'The role-play with the difficult customer was realistic and useful.',
  'The technical screen was tough, and it showed me where I need to grow.',
  'Your email was kind and clear.',
  'I appreciated the detailed explanation in your message.',
  'Our discussion about the old paper charting system was fascinating.',
  'The kitchen trial was intense, but I loved cooking alongside your team.',
  'it was a long day but a really good one, thanks for lunch',
  "I understand these decisions take time, and there's no need to apologize for the wait.",
  "The four rounds gave me a full picture of the firm, and I'm glad I went through them.",
  'Thanks for explaining that the budget for the role changed.',
  "The written test was harder than I expected, and that's on me for not practising.",
  'The culture you described, with shared planning time for teachers, sounds wonderful.',
  "The interviewers' questions about SQL joins were fair and to the point.",
  'I know your recruiter has a lot on her plate, so thank you for passing along the news.',
  'The questions pushed me out of my comfort zone, in a good way.',
  'While the process took several weeks, I understand why you wanted to be careful.',
  'The panel interview felt intimidating at first, but everyone quickly put me at ease.',
  'The exercise on reconciling accounts was tricky, but it was exactly the kind of work I want to do.',
  'We spent a while on the question about night shifts, and I appreciated the honesty about the workload.',
  'Please pass my thanks to the hiring committee for their time.',
  'The hotel tour was a nice touch, and the front desk team was lovely.',
  'The debugging exercise was frustrating in the best way, and I learned a lot.',
  // Close to the new concepts, but the writer's own slip or a reported view.
  'Sorry again for turning up at the wrong entrance on the day.',
  'In the interview my answer about scheduling was not clear enough.',
  'I agreed with your view that take-home tasks for junior roles are often far too long.',
  "I'd have liked to work with you, and I hope our paths cross again."
]

probeRule(id, draft, positives, negatives)
