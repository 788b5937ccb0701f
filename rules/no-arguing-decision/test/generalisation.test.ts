/**
 * Generalisation probes for `no-arguing-decision`: fresh sentences in many
 * registers (casual, terse, formal, non-native, lowercase, trades, retail,
 * nursing, tech, teaching, law, hospitality), written for this test and not
 * taken from any corpus. Positives cover every flag category of rules.md,
 * mostly indirectly; negatives share words with them but accept the
 * decision, look ahead, or reflect on one's own interview.
 */
import {lint} from 'replylint'
import {describe, expect, it} from 'vitest'

const id = 'no-arguing-decision'

// A probe sits after a thanks sentence, between a greeting and a sign-off, like a real reply.
const draft = (sentence: string) => 'Hi Morgan,\n\nThank you for letting me know. ' + sentence + '\n\nBest regards,\nAlex\n'

async function flagged(sentence: string): Promise<boolean> {
  const file = await lint(draft(sentence))
  return file.messages.some((message) => message.ruleId === id)
}

/** Sentences that contest or relitigate the decision. */
export const positives: readonly string[] = [
  // Asking to reconsider, reverse or re-open.
  'Would the panel be willing to take another pass at my file now that my certification has come through?',
  'is there any way the hiring committee could rethink this before the offer goes out',
  'I would ask that you hold off on finalising the appointment until you have seen my teaching demo video.',
  'Please treat this email as a formal appeal of the outcome.',
  'Could my application be put back into consideration for this opening?',
  'i really hope u can change ur mind about this one',
  'Is the decision final, or is there still room to make my case?',
  'I am requesting that the selection be reviewed by a second manager.',
  'Kindly re-evaluate my candidacy in light of the references I have attached.',
  'If there is any flexibility, I would love a chance to interview again for this same post.',
  // Claiming to be the better candidate, or that the decision is wrong.
  'Honestly, nobody on that shortlist could run a night shift on the ward the way I can.',
  "With eleven years on the tools, I'm not sure anyone you interviewed comes close to my experience.",
  'I think you will find I was the most complete package in that pool.',
  'It is hard to imagine someone better suited to this classroom than me.',
  "My profile was clearly a closer match to the brief than any other applicant's.",
  'I outperformed every other finalist in the technical round, so this result surprises me.',
  'With respect, I believe the panel has got this one wrong.',
  'I think the firm will look back on this choice and wish it had gone differently.',
  'You are making an error of judgement that the department will feel for years.',
  'This was a misjudgment, plain and simple.',
  "Mark my words, you'll be calling me in six months.",
  'ur gonna regret this tbh',
  'I can only conclude that the interviewers overlooked what I bring to the table.',
  "Frankly, the decision doesn't reflect how the interviews actually went.",
  // "I don't see how you could have chosen someone else".
  'I cannot work out how someone with my record ends up without an offer.',
  'I am at a loss as to how the committee arrived at this conclusion.',
  "I honestly can't wrap my head around how I didn't make the cut.",
  // Questioning the chosen candidate.
  'I hope whoever you chose lives up to the hype.',
  'Good luck to your new hire, I suspect they will need it.',
  "I'd be surprised if your chosen applicant has ever run a kitchen through a Saturday rush.",
  "I'm curious whether the successful candidate actually holds a current gas safety certificate.",
  "Let's see how the other guy copes when the servers go down at 3am.",
  'I sincerely doubt the appointee has ever argued a case before a tribunal.',
  // Qualifications listed as a rebuttal.
  'For the record, I satisfied every essential criterion in the person specification.',
  'Let me remind you that I hold both the CPA and the CMA, which the advert listed as preferred.',
  'To clarify, I do have the supervisory experience you said was missing, four years of it.',
  'Just to set the record straight, my Python skills are well beyond what the interview suggested.',
  'Your email says I lack retail leadership, yet I ran a flagship store of 40 staff.',
  // Passive-aggressive acceptance.
  'I am sure the panel knew exactly what they were doing.',
  "Well, I'm sure you had good reasons.",
  'Obviously you know what is right for your own team.',
  "I'll just assume you found someone more to your liking.",
  "Fine, it's your call, I suppose.",
  'Congratulations to whoever got it, I guess.',
  // Track records in absolutes, dares to the reader, self-evident work, counterfactual success,
  // credentials after a correction opener, doubtful wishes with a fallback, lowercase run-on text.
  "I've stocked every aisle in that store for six years and never once had a complaint from a manager.",
  'In nine years behind the wheel I have never had a single collision, which is more than most of your drivers can say.',
  "Put me on the floor for a month and you'll see I'm the fastest picker you've got.",
  'Let me run one Saturday service and you will see what I can do.',
  'i plated the best dessert you had all week and you know it',
  "Honestly I'm the safest forklift operator you will ever interview.",
  'My portfolio speaks for itself.',
  'I felt my results spoke for themselves.',
  'For the avoidance of doubt, I hold a full clean licence and have supervised a team of twelve.',
  'I want to stress that I have led three audits without a single finding.',
  "Good luck with the new guy, and if he doesn't work out you know where to find me.",
  "hope it all works out with them, if not i'll be around",
  'If your new hire quits in a month, my number stays on.',
  "i'm sure u had ur reasons.",
  'well i guess you know best. good luck',
  'Hope the new lady knows how to handle a full ward on nights.',
  'I have trained more apprentices than I can count, so I am puzzled by the feedback.',
  "Just so you know, I've hit every single target for three years running.",
  'It is worth noting that I have managed budgets twice the size of this one.',
  'I am the most experienced nurse you interviewed, by a distance.',
  "I've taught every year group from reception to year six, so I know I could have handled that class.",
  "Trust me, in a month you'd see I was the right call.",
  'Honestly the numbers speak for themselves.',
  "I'd have nailed that role.",
  'I would have been a huge asset to that team, which is why this stings.',
  'Just to be clear, I have run a 40-cover kitchen on my own for two years.',
  "I hope it works out with your new manager, and if it doesn't, I'll be here.",
  "Good luck with the new hire, I'll keep my phone on for when they quit.",
  "I'm sure you had your reasons, even if I can't see them.",
  'im sure u guys had ur reasons lol',
  "I don't get why you'd pick someone with half my experience.",
  'My record stacks up well against anyone you interviewed.',
  "I'm the hardest-working cleaner you'll find in this town.",
  'i ran that line for 6 years without one missed order, so yeah',
  "Every audit I've been through has come back clean, every single one.",
  'Six seasons, not one guest complaint about my section.',
  "Let me cover a single weekend and you'll see the difference.",
  "Anyone who has worked a shift with me will tell you I'm the best closer you could hire.",
  'With respect, my track record speaks for itself.',
  'I would have absolutely nailed the first ninety days.',
  'For the record, I have taught every year group in the school and led the maths department for four years.',
  'Hope the new hire works out, if not give me a ring.',
  'good luck with the new girl lol, when she quits u have my number',
  "I'm sure there were reasons, and I'm sure they made sense to someone.",
  "honestly i'd have done a way better job than whoever u picked",
  "I'm confident I'm the strongest engineer you spoke to, and I think deep down you know it.",
  "It's worth pointing out that I have already done this exact job for a competitor."
]

/** Sentences that share words with the positives but do not argue. */
export const negatives: readonly string[] = [
  'I understand you went with someone more experienced, and that makes sense for the team right now.',
  "I respect the panel's decision and wish the new hire every success.",
  'I hope the person you hired enjoys the team as much as I did during my visit.',
  'My experience with ventilated patients may be a good fit for a future opening on the ICU.',
  "Looking back, I think I rushed my answer on the conflict question, and I'll work on that.",
  'I know I could have prepared better for the case study.',
  "If another role opens up in the accounts team, I'd be glad to be considered.",
  "I'd love to know if any roles open up later in the year.",
  "I'm sure the new chef will be a great addition to the kitchen.",
  'The decision is entirely yours, and I accept it.',
  'I will keep building my portfolio and hope to apply again next cycle.',
  'Congratulations to the successful candidate; they are joining a great team.',
  'It was a privilege to be considered alongside such strong applicants.',
  "I'd welcome the chance to be considered again for similar positions in the future.",
  "I'm still keen on the company and will watch for new postings.",
  'I learned a lot from the technical round, especially about my weak spots in SQL.',
  'Please keep my CV on file for future vacancies.',
  'I believe strongly in your mission and would be honoured to contribute one day.',
  'I appreciate that the choice must have been hard with so many good applicants.',
  "Thank you for explaining that the role needed more litigation experience; that's useful for me.",
  'My apprenticeship wraps up in spring, so I will have my full ticket for any future openings.',
  "I was nervous in the panel and didn't show my best side, which is on me.",
  'i get it, u needed someone who can start right away.',
  'Please pass my congratulations to whoever got the job.',
  "I'm sure I'll cross paths with the team again at the conference.",
  'I guess my next step is to finish my nursing certification.',
  'I would be happy to review any materials you think would help me grow.',
  'I look forward to taking another look at your openings next quarter.',
  'It makes sense that you chose someone with hospitality management experience.',
  'The requirements in the posting gave me a clear idea of what to work on next.',
  'I have five years in retail and hope that experience fits a future role with you.',
  'I fully accept the outcome and hold no hard feelings.',
  'Your team made me feel welcome from the first call.',
  'Best of luck to the new hire and the whole ward.',
  "I won't pretend I'm not disappointed, but I understand.",
  'Should the situation change, I remain very interested in working with you.',
  'i have 3 yrs as a barista so keen for any front-of-house roles later on',
  'I can see why the firm preferred a candidate with courtroom experience.',
  'It would be great to stay in touch as I keep developing my skills in React.',
  "I made a mistake in the coding exercise by not testing edge cases, and I've since practised that.",
  'I questioned whether I was ready for a lead role, and your note helps me see what to build.',
  "The decision was yours to make and I'm at peace with it.",
  'Meeting the ward sister was the best part of my day, and I hope our paths cross again.',
  'I will revisit my lesson plan with the comments from the observation in mind.',
  // Sincere wishes, praise of their work, self-criticism, reflection, future fit.
  'I hope everything works out with you and your new hire.',
  'I hope the new intern settles in well and enjoys the work.',
  'Best of luck to you and the team.',
  "I've never had such a welcoming interview, so thank you.",
  'I wish you the best of luck to you all with the launch.',
  'You have the best team I have met in years.',
  'The view from your office speaks for itself.',
  "Your product speaks for itself, and I'm a loyal customer.",
  "I've enjoyed every conversation with your team.",
  "If another route opens up, you'll see my name on the application again.",
  'I hope to hear from you about future openings; if not, best of luck with the season.',
  'For the record, I really enjoyed meeting the whole crew.',
  'Give me a shout if anything opens up in the new year.',
  'I have driven buses for ten years and would love to be considered for future routes.',
  'I know I should have prepared better than I did for the case study.',
  'I have no doubt the successful candidate will do a great job.',
  'The interview made me think again about what I want from my next role.',
  "I'm sure the new hire will be a great fit, and I wish them well.",
  'I understand completely, and I hope the new starter settles in quickly.',
  'Could you tell me which of the requirements I fell short on, so I can improve?',
  "i've never been to a kitchen that busy, thanks for the tour",
  "It was the best interview I've had all year, even if it didn't work out.",
  'I hope it works out well for everyone, and thank you again.',
  'If not this year, I hope to apply again next spring.',
  'I hope the new manager works out well for you all.',
  "I'll be here in town all summer if anything opens up.",
  "I don't get many chances to meet a team like yours, so thank you.",
  "Your results this year speak for themselves, and I'd love to be part of that one day.",
  "I'd have loved to work with you.",
  'It would have been great to join the team.',
  'I have never had such clear feedback after an interview.',
  'I have learned a lot from this process and I have grown from it.',
  "I'm sure you'll find the new hire a great addition.",
  'Give me a call if anything opens up in the future.',
  "You'll find my updated portfolio attached for future openings.",
  "It was the best interview experience I've had.",
  'I know I could have explained my project better than I did.',
  'For the record, the tour of the plant was the highlight of my week.',
  "I respect your decision and I'm sure the new starter knows how lucky they are.",
  "I understand you needed someone with a forklift licence, which I don't have yet.",
  'The questions made me think hard about my goals.',
  'Every kind of feedback would help me grow.',
  'I ran the till for three years at my last job and loved every minute.',
  'Every single person I met was lovely.',
  "I've never had an interview where I felt so at ease.",
  "You'll see my application again when the next round opens.",
  'I hope the new hire works out brilliantly, and thank you again for your time.',
  'If not this year, maybe next, and either way thank you.',
  'Your reviews speak for themselves, which is why I applied.',
  'I would have loved to join, and I hope our paths cross again.',
  "I have worked in three kitchens, I have run a pass, and I have learned from each of them; I'll keep growing for future roles.",
  'I hope the new starter knows how lucky they are to land on such a good team.',
  'For the record, I enjoyed every minute of the assessment day.',
  'I know the new guy will do well; he was lovely in the waiting room.',
  "Thank you for the best interview experience I've had.",
  "If there's a chance to shadow a shift sometime, you know where to find me.",
  'i get it, u needed someone with a class 1, no hard feelings',
  'It would have been great to work with you, and I wish you all the best.'
]

describe(id + ' generalisation probes', () => {
  it('has at least 40 probes each way', () => {
    expect(positives.length).toBeGreaterThanOrEqual(40)
    expect(negatives.length).toBeGreaterThanOrEqual(40)
  })

  it.each(positives)('flags: %s', async (sentence) => {
    expect(await flagged(sentence)).toBe(true)
  })

  it.each(negatives)('leaves alone: %s', async (sentence) => {
    expect(await flagged(sentence)).toBe(false)
  })
})
