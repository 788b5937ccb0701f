/**
 * Generalisation probes: sentences written for this file, in many registers,
 * never seen while the lexicon was built. Each is linted inside a normal
 * reply (greeting, thanks, sign-off) and must be flagged or left alone.
 */
import {probeRule} from '../../../test/helpers/probes.js'

const id = 'no-emotional-outburst'
const draft = (body: string) =>
  'Hi Morgan,\n\nThank you for letting me know about your decision.\n\n' + body + '\n\nBest regards,\nAlex\n'


/** Anger, frustration, bitterness, sarcasm, despair, self-pity, shouting, `!` on bad news, dwelling. */
const positives: readonly string[] = [
  // Despair and self-worth.
  'This is honestly the worst week of my life.',
  "I'm starting to feel like I'll never work as a nurse again.",
  'honestly i dont know how much more of this i can take',
  'Every no chips away a little more of whatever confidence I had left.',
  'I have cried in my car twice since your email arrived.',
  'Maybe I am simply not good enough for any school in this district.',
  'I feel like a complete failure after reading your message.',
  "I haven't slept properly since the call.",
  'It honestly feels like a punch in the gut.',
  'i am so upset rn, i really needed this job',
  'Me very sad and angry about this result, I was sure I pass.',
  'I feel completely humiliated after the panel.',
  // Self-pity.
  "Sorry for wasting everyone's time, I guess.",
  "I am so tired of being told I'm almost good enough.",
  'My family was counting on this job and now I have to tell them I failed again.',
  "At this point I expect to be rejected, so at least this one didn't surprise me.",
  // Anger.
  "Frankly, I'm disgusted by how this was handled.",
  'I am beyond angry about this outcome.',
  'This decision is a slap in the face after eleven years as a journeyman electrician.',
  'It makes my blood boil that I was strung along for a month.',
  "To say I'm annoyed would be an understatement.",
  "Whatever, it's your loss.",
  // Frustration and bitterness.
  "I'm frankly sick of interviewing for jobs that are already filled internally.",
  'My frustration with this whole experience is hard to put into words.',
  'This whole thing has left a bitter taste in my mouth.',
  'Ugh, another rejection, what else is new.',
  'I should have known better than to get my hopes up.',
  "Lesson learned: never trust a recruiter who says you're a shoo-in.",
  'Clearly my ten years in hospitality count for nothing here.',
  // Sarcasm.
  'Wow, thanks so much for the generic no after three interviews.',
  'Glad I took a day of unpaid leave for that.',
  "Oh well, I'm sure the owner's nephew will do great.",
  'Congratulations on finding someone cheaper, I suppose.',
  'Nice to see loyalty to internal applicants is alive and well.',
  // Shouting.
  'I was REALLY hoping to hear better news.',
  'Why would you even invite me to a fourth round?!',
  'I honestly cannot believe this!!',
  'I spent my whole weekend on that case study and for WHAT.',
  'i literally moved to NYC for this and now NOTHING',
  // Exclamation marks on negative sentences.
  'Not even a phone call!',
  'After all that preparation, nothing!',
  'Six weeks of my life gone!',
  'I drove two hours each way for these interviews and got a form letter!',
  // Dwelling: a second mention of disappointment.
  "I'm disappointed with the outcome. It's a real letdown after how well the final round went.",
  "While I'm disappointed, I understand. Still, I can't hide how disappointed I am that it didn't work out.",
  "I was sad to read your email. It's hard to accept that the role went to someone else.",
  'Naturally I am disappointed. The news stings more than I expected.',
  // Indirect phrasings: figures of speech and understatement for the same feelings.
  "I'm fuming, and I doubt that will pass quickly.",
  'It feels like I was only invited to make up the numbers.',
  "I've had enough of hearing that I'm nearly there.",
  'My heart dropped when I saw who the email was from.',
  "Here I am again, passed over for the fourth time this spring.",
  'Nobody ever gives the night-shift worker a chance.',
  "I'm disappointed beyond words, if I'm honest.",
  'Oh joy, one more polite no for the folder.',
  "I doubt I'll be applying to your hotel group again.",
  'I lost a week of wages for that assessment day!'
]

/** Hard negatives: words shared with the positives, in measured or positive use. */
const negatives: readonly string[] = [
  // Emotion words about a problem discussed in the interview.
  'The debugging exercise was frustrating in the best way, and I learned a lot.',
  'We talked about how frustrating a slow checkout can be for customers, and I enjoyed sharing my ideas.',
  'Handling annoying edge cases in date parsing is one of my favourite parts of the job.',
  'Explaining a painful diagnosis to families is something I take seriously, and I appreciated your questions about it.',
  'A frustrated guest once waited an hour for a room, and I told that story because it shaped how I train staff.',
  'The angry customer scenario in the role-play was very realistic.',
  'Our conversation about the brutal holiday rush in retail made me laugh.',
  'The contract dispute we discussed sounded painful for everyone involved.',
  'We spoke about how demoralizing double shifts can be for new nurses, and I liked your ideas for fixing that.',
  'Grading fifty essays in a weekend is exhausting, but it is part of teaching that I love.',
  'The ladder logic fault we walked through was a real headache on my last site, which is why I enjoyed it.',
  // One measured mention of disappointment.
  "I'm disappointed, but I understand and respect your decision.",
  "While I'm a little disappointed, I'm grateful for the chance to meet the team.",
  'I am little bit disappointed but I understand very well your decision.',
  'i was bummed for a minute but honestly it was a good experience and i learned heaps',
  "Even though it wasn't the result I hoped for, I'm glad I applied.",
  'It was sad to hear the Elm Street branch is closing, and I hope the new location thrives.',
  // Positive exclamations.
  'Best of luck with the new clinic opening!',
  'I really enjoyed meeting everyone at the Denver office!',
  'It was a pleasure to see the new ICU wing!',
  'Congratulations to whoever joins the team!',
  "I can't wait to see what the team launches next year!",
  'No need to reply to this email!',
  'Thanks again, and good luck with the SOC audit!',
  'Please say hello to Priya for me!',
  'I was so excited to hear about the mentorship program!',
  // Acronyms in capitals.
  'My RN license transfer to Ohio should be complete by June.',
  "I'll keep building my SQL and GAAP reporting skills in the meantime.",
  "I'm happy to stay in touch with HR about future UX openings.",
  'My CAD work on the NASA outreach kiosk might be relevant for future roles.',
  "I'm still active with the PTA and would love to hear about future teaching roles in NYC.",
  // The candidate's own mistakes, empathy, timing.
  'I know I rushed my answer on the pricing question, and I will work on that.',
  'Looking back, I should have prepared more examples of conflict resolution.',
  "I understand how busy your schedule must be, so please don't feel you need to reply.",
  "The timing didn't work out this time, and I completely understand.",
  "Sorry I couldn't make the earlier slot; thank you for rearranging it.",
  'I understand the decision was hard with so many strong applicants.',
  // Challenge framed positively.
  'The questions about staffing ratios were tough but fair.',
  'I was nervous going in, but everyone made me feel welcome.',
  'Thank you for a thorough, if long, process; it gave me a clear picture of the role.',
  "I won't forget how kind the kitchen staff were to me during the trial shift.",
  "Your feedback on my portfolio was honest, and I'm grateful for it.",
  'Your team clearly cares about reducing patient falls, which is inspiring.',
  // Words shared with the new concepts, in neutral use.
  'The role-play about calming a fuming tenant was a good test of my approach.',
  'The decision was made before I could send my updated references, which is fine.',
  'The panel had clearly run out of time by the last question, which I understand.',
  "I can imagine how hard it was to choose, and I'm grateful to have been considered.",
  'Thank you for breaking the news so gently.',
  "I'm used to long public-sector timelines, so the wait was no problem."
]

probeRule(id, draft, positives, negatives)
