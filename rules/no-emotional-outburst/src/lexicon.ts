/**
 * Emotional language in a reply to a rejection, as data.
 *
 * Phrases use the `PhraseIndex` syntax of `@replylint/core` (`a|b`
 * alternatives, `*` one word, `*2` a gap of up to two words, `word?`
 * optional). Each entry is a general signal a career coach would cut from a
 * reply, not a sentence from any draft.
 */

/** Kinds of emotional language the rule reports. */
export type Category =
  | 'anger'
  | 'frustration'
  | 'bitterness'
  | 'sarcasm'
  | 'despair'
  | 'self-pity'
  | 'shock'
  | 'disappointment'

/** One lexicon entry. */
export interface Entry {
  phrase: string
  category: Category
  /** 1 mild (needs a cue such as `!` or a second mention), 2 clear, 3 strong. */
  intensity: 1 | 2 | 3
  /**
   * A positive framing in the sentence ("frustrating in the best way", "tough
   * but I learned a lot") turns it into a description of a challenge.
   */
  reframable?: boolean
  /**
   * The word describes a feeling that may be someone else's ("the frustrated
   * caller", "a frustrating bug"): only flag it when it is the writer's.
   */
  self?: boolean
}

/** Emotion words and phrases by category. */
export const emotions: readonly Entry[] = [
  // Anger: at the employer or the decision.
  {phrase: 'furious', category: 'anger', intensity: 3, self: true},
  {phrase: 'livid', category: 'anger', intensity: 3},
  {phrase: 'outraged|outrageous', category: 'anger', intensity: 3},
  {phrase: 'infuriating|infuriated', category: 'anger', intensity: 3},
  {phrase: 'angry|angered', category: 'anger', intensity: 3, self: true},
  {phrase: 'pissed', category: 'anger', intensity: 3},
  {phrase: 'ridiculous|absurd|ludicrous', category: 'anger', intensity: 2},
  {phrase: 'unacceptable', category: 'anger', intensity: 2},
  {phrase: 'insulting|insulted|insult', category: 'anger', intensity: 2},
  {phrase: 'unfair|unjust', category: 'anger', intensity: 2, self: true},
  {phrase: "what|such a joke", category: 'anger', intensity: 3},
  {phrase: 'is|was a joke', category: 'anger', intensity: 3},
  {phrase: 'complete|total|absolute|utter joke', category: 'anger', intensity: 3},
  {phrase: 'makes|made no sense', category: 'anger', intensity: 2},
  {phrase: 'entitled to be', category: 'anger', intensity: 2},
  {phrase: "i'll|will be telling|warning people|everyone|others|colleagues", category: 'anger', intensity: 3},
  {phrase: 'how dare', category: 'anger', intensity: 3},

  {phrase: 'disgusted|disgusting|appalled|appalling|sickened|sickening|offended|offensive', category: 'anger', intensity: 3, self: true},
  {phrase: 'blood boil|boils|boiling', category: 'anger', intensity: 3},
  // Physical idioms of a blow: the news as an injury or an affront.
  {phrase: 'slap|punch|kick|blow in|to the|my face|gut|stomach|teeth', category: 'anger', intensity: 3},
  {phrase: 'gut punch|gut-punch', category: 'despair', intensity: 3},
  {phrase: "it's|its|that's|is your|their loss", category: 'bitterness', intensity: 3},

  // Frustration: the writer's, not a problem's.
  {phrase: 'frustrated|frustrating|frustration', category: 'frustration', intensity: 2, self: true, reframable: true},
  {phrase: 'annoyed|annoying|irritated|irritating|exasperated|exasperating', category: 'frustration', intensity: 2, self: true, reframable: true},
  {phrase: 'fed up', category: 'frustration', intensity: 3},
  {phrase: 'sick|tired of', category: 'frustration', intensity: 2},
  {phrase: "waste of my|our|everyone's time", category: 'frustration', intensity: 3},
  {phrase: 'waste of time', category: 'frustration', intensity: 3},
  {phrase: 'wasted my|our time', category: 'frustration', intensity: 3},
  {phrase: 'fun way to spend', category: 'sarcasm', intensity: 3},
  {phrase: 'one way to start|end|spend', category: 'sarcasm', intensity: 3},

  {phrase: 'wasting|wasted your|everyone\'s|anyone\'s|our|my time', category: 'self-pity', intensity: 2},
  {phrase: 'weeks|months|hours|days|years of my life', category: 'frustration', intensity: 2},
  {phrase: 'what else is new', category: 'sarcasm', intensity: 3},
  {phrase: 'same old story', category: 'sarcasm', intensity: 3},

  {phrase: 'was|is|been|felt|feels *3 waste', category: 'frustration', intensity: 3, self: true},

  // Bitterness and resignation.
  {phrase: 'bitter|bitterly|resentful|resent', category: 'bitterness', intensity: 2, self: true},
  {phrase: 'but|so whatever', category: 'bitterness', intensity: 3},
  {phrase: 'brutal', category: 'bitterness', intensity: 2, self: true, reframable: true},
  {phrase: 'so much better suited|qualified', category: 'sarcasm', intensity: 2},
  {phrase: 'must be nice', category: 'sarcasm', intensity: 3},
  {phrase: 'nice to know', category: 'sarcasm', intensity: 2},
  {phrase: 'good to know', category: 'sarcasm', intensity: 1},
  {phrase: 'lucky me', category: 'sarcasm', intensity: 3},
  {phrase: 'thanks for nothing', category: 'sarcasm', intensity: 3},
  {phrase: 'into the void', category: 'self-pity', intensity: 3},
  {phrase: "at least i'm consistent", category: 'sarcasm', intensity: 3},
  {phrase: 'at least i am consistent', category: 'sarcasm', intensity: 3},
  {phrase: 'what a surprise|shock', category: 'sarcasm', intensity: 3},

  {phrase: 'bitter taste|pill', category: 'bitterness', intensity: 3},
  {phrase: 'strung|string|stringing|strings me|us|candidates|people? along', category: 'bitterness', intensity: 3},
  {phrase: "should|should've have? known better", category: 'bitterness', intensity: 2},
  {phrase: 'never trust|believe a|an|the|any|another *2 recruiter|recruiters|company|companies|employer|employers|manager|managers|interviewer|interviewers|promise|promises', category: 'bitterness', intensity: 3},
  {phrase: 'count|counts|counted|mean|means|meant|matter|matters|mattered for? nothing|zero', category: 'bitterness', intensity: 3},
  // Insinuations about who got the job: favouritism, a cheaper or younger hire.
  {phrase: "owner's|boss's|manager's|ceo's|director's|founder's|partner's|principal's|chef's|someone's nephew|niece|son|daughter|cousin|friend|buddy|relative", category: 'bitterness', intensity: 3},
  {phrase: 'nepotism|favoritism|favouritism|cronyism', category: 'bitterness', intensity: 3},
  {phrase: 'someone|somebody|anyone|anybody cheaper|younger', category: 'bitterness', intensity: 3},
  {phrase: 'nice|good|great|lovely|glad to see|know|hear *6 alive and well', category: 'sarcasm', intensity: 3},

  // Despair.
  {phrase: 'devastated|devastating', category: 'despair', intensity: 3, self: true},
  // The feeling, not the idiom for success ("I'd have crushed it").
  {phrase: "i'm|am|was|feel|felt|feeling|totally|completely|absolutely|honestly|pretty|so|utterly crushed", category: 'despair', intensity: 3, self: true},
  {phrase: 'crushing blow|news|rejection|disappointment|defeat', category: 'despair', intensity: 3},
  {phrase: 'heartbroken|heartbreaking|heartbreak|brokenhearted', category: 'despair', intensity: 3, self: true},
  {phrase: 'gut-wrenching|soul-crushing|demoralizing|demoralising|demoralized|demoralised', category: 'despair', intensity: 3, self: true},
  {phrase: 'miserable|depressed|depressing|hopeless|despair', category: 'despair', intensity: 3, self: true},
  {phrase: 'in tears', category: 'despair', intensity: 3},
  {phrase: 'crying|cried', category: 'despair', intensity: 3, self: true},
  {phrase: 'floor *2 dropped|fell out', category: 'despair', intensity: 3},
  {phrase: 'world *2 fell|falling apart', category: 'despair', intensity: 3},
  {phrase: 'running out of steam|hope|energy', category: 'despair', intensity: 3},
  {phrase: 'give|giving up on? job|jobs|applying|everything|hope', category: 'despair', intensity: 3},
  {phrase: "what's the point", category: 'despair', intensity: 3},
  {phrase: 'what the point of|is', category: 'despair', intensity: 3},
  {phrase: 'the point of applying|trying|bothering', category: 'despair', intensity: 3},
  {phrase: "don't know why i keep|bother", category: 'despair', intensity: 3},
  {phrase: 'do not know why i keep|bother', category: 'despair', intensity: 3},
  {phrase: "don't|not know what i'm doing wrong", category: 'despair', intensity: 3},
  {phrase: "don't|not know what i am doing wrong", category: 'despair', intensity: 3},
  {phrase: "not sure i want to keep", category: 'despair', intensity: 3},
  {phrase: "i'll never get|find|land", category: 'despair', intensity: 3},
  {phrase: 'i will never get|find|land', category: 'despair', intensity: 3},
  {phrase: "cut out for", category: 'despair', intensity: 2},
  {phrase: 'starting to wonder|doubt', category: 'despair', intensity: 2},
  {phrase: "starting to think|believe|feel i'll|i|i'm|nobody|no|maybe", category: 'despair', intensity: 2},
  {phrase: 'heavier than the last', category: 'despair', intensity: 3},
  {phrase: 'feel|feeling|felt worthless|useless|hopeless|defeated', category: 'despair', intensity: 3},

  // A worst-ever superlative about the writer's own life or career.
  {phrase: 'worst|lowest|darkest|saddest *3 of my life|career', category: 'despair', intensity: 3},
  {phrase: 'hardest|toughest week|weeks|month|months|year|day|days|time|stretch|period of my life|career', category: 'despair', intensity: 3},
  {phrase: "i'll|i'd never *4 again", category: 'despair', intensity: 3},
  {phrase: 'i will|would never *4 again', category: 'despair', intensity: 3},
  // Running out of capacity to cope.
  {phrase: 'how much more *4 take|handle|bear', category: 'despair', intensity: 3},
  {phrase: "can't|cannot|couldn't take|handle|bear|do this|it|much|many *2 anymore|more", category: 'despair', intensity: 3},
  {phrase: "end of my rope|tether|patience", category: 'despair', intensity: 3},
  {phrase: "wit's|wits end", category: 'despair', intensity: 3},
  {phrase: 'breaking point', category: 'despair', intensity: 3},
  // Self-worth: the rejection as a verdict on the person.
  {phrase: "i|i'm|i'll|am|me|myself *2 not|never be? good|smart|talented|worthy enough", category: 'despair', intensity: 3},
  {phrase: 'feel|felt|feeling|am|i\'m|being like? a|an|such *2 failure|loser|fraud|idiot|fool|nobody|reject', category: 'despair', intensity: 3},
  {phrase: 'humiliated|humiliating|humiliation|mortified|ashamed|worthless', category: 'despair', intensity: 3, self: true},
  // Lost sleep, appetite or composure over the news.
  {phrase: "haven't|havent|hasn't|barely|hardly|couldn't|can't|cannot slept|sleep|eaten|eat", category: 'despair', intensity: 3},
  {phrase: "can't|cannot|couldn't stop crying", category: 'despair', intensity: 3},
  {phrase: 'lost|losing sleep', category: 'despair', intensity: 3},
  {phrase: 'hopes up', category: 'self-pity', intensity: 2},
  {phrase: 'counting|relying|depending|depended|banking on this|that job|role|position|paycheck|income|offer', category: 'self-pity', intensity: 2},
  {phrase: 'needed|need this|that job|role|position|paycheck|income|offer', category: 'self-pity', intensity: 2},

  {phrase: 'feel|felt|feeling *2 stupid|foolish|naive|dumb|worthless|invisible|disposable', category: 'despair', intensity: 3},
  {phrase: "it's|is|was|i'm|am never enough", category: 'self-pity', intensity: 3},
  {phrase: 'hurt|hurts|hurting more|deeply|badly|terribly', category: 'shock', intensity: 2},
  {phrase: "i'm|am so? done with this|these|applying|trying|interviewing|job|jobs", category: 'despair', intensity: 3},

  // Self-pity: the rejection as a pattern of the writer's life.
  {phrase: 'story of my life', category: 'self-pity', intensity: 3},
  {phrase: 'always the runner-up|bridesmaid|runner', category: 'self-pity', intensity: 3},
  {phrase: 'passed over again', category: 'self-pity', intensity: 3},
  {phrase: 'passed over once again', category: 'self-pity', intensity: 3},
  {phrase: 'second|third place again', category: 'self-pity', intensity: 3},
  {phrase: 'rejected|failed|ghosted again', category: 'self-pity', intensity: 3},
  {phrase: 'rejected|failed|ghosted|passed|turned yet|once again', category: 'self-pity', intensity: 3},
  {phrase: 'turned down again', category: 'self-pity', intensity: 3},
  {phrase: 'expect|expecting|used to be|being? rejected|rejection|ignored|ghosted', category: 'self-pity', intensity: 3},
  {phrase: 'not|never what anyone|anybody|employers *2 looking|wants|want', category: 'self-pity', intensity: 3},
  {phrase: 'nobody wants to hire', category: 'self-pity', intensity: 3},
  {phrase: 'no one wants to hire', category: 'self-pity', intensity: 3},
  {phrase: 'second|third|fourth|fifth|sixth|tenth|another|nth rejection this|today|in', category: 'self-pity', intensity: 3},
  {phrase: 'finalist|runner-up *2 times', category: 'self-pity', intensity: 3},
  {phrase: 'out of work since|for', category: 'self-pity', intensity: 1},
  {phrase: 'i guess i\'m just', category: 'self-pity', intensity: 3},
  {phrase: 'guess i\'m just', category: 'self-pity', intensity: 3},
  {phrase: 'no matter how many', category: 'self-pity', intensity: 2},
  {phrase: 'anyone|anybody actually reads|read', category: 'bitterness', intensity: 3},
  {phrase: 'replaying *3 in my head', category: 'self-pity', intensity: 2},

  // Anger in other words: heat, contempt, offence taken.
  {phrase: 'fuming|seething|incensed|enraged|vexed|raging|maddening|maddened', category: 'anger', intensity: 3, self: true},
  {phrase: "i'm|am|so|really|was|getting mad", category: 'anger', intensity: 3},
  {phrase: 'so|very|really|pretty cross', category: 'anger', intensity: 3},
  {phrase: 'driving|drives|drove me mad|crazy|nuts|insane|up the wall|round the bend|around the bend', category: 'anger', intensity: 3},
  {phrase: 'displeased|disrespected|affronted', category: 'anger', intensity: 2, self: true},
  {phrase: 'disgraceful|shameful|contemptible|despicable|deplorable|scandalous', category: 'anger', intensity: 3},
  {phrase: 'shame on', category: 'anger', intensity: 3},
  {phrase: 'absolute|utter|complete|total farce|disgrace|shambles|charade|sham', category: 'anger', intensity: 3},
  {phrase: 'take|took|taking *2 offence|offense', category: 'anger', intensity: 3},
  {phrase: 'is|was|this bs|bullshit|crap|rubbish', category: 'anger', intensity: 3},
  {phrase: 'you people', category: 'anger', intensity: 3},
  {phrase: 'not fair', category: 'anger', intensity: 2},
  {phrase: 'are you kidding|joking|serious me?', category: 'anger', intensity: 3},
  {phrase: 'placed|put on record', category: 'anger', intensity: 2},

  // Frustration in other words: patience gone, worn out, going in circles.
  {phrase: "i'm|am so? over it", category: 'frustration', intensity: 3},
  {phrase: "i'm|i|i've|am|i'd losing|lost|lose patience", category: 'frustration', intensity: 3},
  {phrase: "i'm|i|i've|am|i'd run|running out of patience", category: 'frustration', intensity: 3},
  {phrase: 'my patience *4 run|ran|running|worn|wearing out|thin', category: 'frustration', intensity: 3},
  {phrase: "i've|have|i'd had enough", category: 'frustration', intensity: 3},
  {phrase: 'wearing|wears|wore|worn me? down|out', category: 'frustration', intensity: 2},
  {phrase: 'exhausting|exhausted|aggravating|aggravated|draining|drained', category: 'frustration', intensity: 2, self: true, reframable: true},
  {phrase: 'banging|bang my head', category: 'frustration', intensity: 3},
  {phrase: 'brick wall', category: 'frustration', intensity: 3},
  {phrase: 'throwing|throw|threw my hands up|in', category: 'frustration', intensity: 3},
  {phrase: 'jump|jumped|jumping through *3 hoop|hoops', category: 'frustration', intensity: 3},
  {phrase: 'struggling|trying|hard to stay|remain|be|keep polite|civil|calm|professional', category: 'frustration', intensity: 3},
  {phrase: 'tested|testing|tests my nerves|patience', category: 'frustration', intensity: 3},
  {phrase: 'one rejection|no|setback|disappointment after another', category: 'frustration', intensity: 3},
  {phrase: 'getting|gets so? old', category: 'frustration', intensity: 3},
  {phrase: 'why *3 bother|bothered', category: 'frustration', intensity: 3},
  {phrase: 'how many more times|rejections|interviews', category: 'frustration', intensity: 3},
  {phrase: 'every single time', category: 'frustration', intensity: 2},
  {phrase: 'i swear', category: 'frustration', intensity: 3},
  {phrase: 'whatever you say|that means', category: 'frustration', intensity: 3},
  {phrase: 'keeps|keep happening', category: 'frustration', intensity: 3},

  // Bitterness in other words: used, dismissed, the outcome fixed in advance.
  {phrase: 'bit rich', category: 'bitterness', intensity: 3},
  {phrase: 'box-ticking|tick-box', category: 'bitterness', intensity: 3},
  {phrase: 'box ticking', category: 'bitterness', intensity: 3},
  {phrase: 'feel|felt|feeling *2 used|cheated|betrayed|disrespected|dismissed|overlooked|ignored|empty|numb|hollow|flattened|broken|shattered|low', category: 'bitterness', intensity: 3},
  {phrase: 'who you know', category: 'bitterness', intensity: 3},
  {phrase: 'surplus to requirements', category: 'bitterness', intensity: 3},
  {phrase: 'not|wasn\'t|isn\'t even worth', category: 'bitterness', intensity: 3},
  {phrase: "wasn't|isn't|not worth much|anything to you", category: 'bitterness', intensity: 3},
  {phrase: 'where i stand with', category: 'bitterness', intensity: 3},
  {phrase: "decided|made|settled|off *3 before i|i'd was|walked|arrived|sat|even|had|got", category: 'bitterness', intensity: 3},
  {phrase: 'never really existed', category: 'bitterness', intensity: 3},
  {phrase: 'call me cynical', category: 'bitterness', intensity: 3},
  {phrase: 'cynical', category: 'bitterness', intensity: 2, self: true},
  {phrase: 'make|made up the numbers', category: 'bitterness', intensity: 3},
  {phrase: 'just a formality', category: 'bitterness', intensity: 3},
  {phrase: 'evidently|apparently my', category: 'bitterness', intensity: 3},
  {phrase: 'less valuable|important than yours|theirs', category: 'bitterness', intensity: 3},
  {phrase: 'just a name|number', category: 'bitterness', intensity: 3},
  {phrase: 'treated as|like a person|human', category: 'bitterness', intensity: 3},
  {phrase: 'not that it matters', category: 'bitterness', intensity: 3},
  {phrase: "didn't|couldn't|don't have the heart", category: 'bitterness', intensity: 3},
  {phrase: 'did|could|do not have the heart', category: 'bitterness', intensity: 3},
  {phrase: 'save myself the', category: 'bitterness', intensity: 3},
  {phrase: "doubt i'll be? apply|applying", category: 'bitterness', intensity: 3},
  {phrase: 'doubt i will be? apply|applying', category: 'bitterness', intensity: 3},
  {phrase: 'hard|difficult to be|feel thankful|grateful|gracious|polite', category: 'bitterness', intensity: 3},
  {phrase: "forgive me if i'm|i", category: 'bitterness', intensity: 3},
  {phrase: "understand if i'm not", category: 'bitterness', intensity: 3},
  {phrase: 'understand if i am not', category: 'bitterness', intensity: 3},
  {phrase: 'in short supply', category: 'bitterness', intensity: 3},
  {phrase: 'funny how', category: 'bitterness', intensity: 3},
  {phrase: 'and yet here we are', category: 'bitterness', intensity: 3},
  {phrase: 'but i guess not', category: 'bitterness', intensity: 3},
  {phrase: 'more to do with my', category: 'bitterness', intensity: 3},
  {phrase: 'being ignored|strung|messed|jerked|mucked around?', category: 'bitterness', intensity: 3},
  {phrase: 'put|putting my life on hold', category: 'bitterness', intensity: 3},
  {phrase: 'got|get nothing back|in return', category: 'bitterness', intensity: 3},
  {phrase: 'been|was|were|is|all for nothing', category: 'bitterness', intensity: 3},
  {phrase: 'practically|basically|virtually promised me', category: 'bitterness', intensity: 3},
  {phrase: 'best years *2 behind me', category: 'despair', intensity: 3},

  // Despair in other words: shattered, sinking, no way forward.
  {phrase: 'shattered|sobbed|sobbing|wept|weeping|crushing', category: 'despair', intensity: 3, self: true},
  {phrase: "i'm|am|feel like? a wreck", category: 'despair', intensity: 3},
  {phrase: 'broken|broke me', category: 'despair', intensity: 3},
  {phrase: "can't|cannot|don't|couldn't see a|any way forward|out", category: 'despair', intensity: 3},
  {phrase: 'why i keep trying|bothering|applying', category: 'despair', intensity: 3},
  {phrase: 'get|got out of bed', category: 'despair', intensity: 3},
  {phrase: 'stared|staring at the wall|ceiling', category: 'despair', intensity: 3},
  {phrase: 'heart *2 sank|sinks|sinking|dropped|broke|breaks', category: 'despair', intensity: 3},
  {phrase: 'my last hope|chance', category: 'despair', intensity: 3},
  {phrase: 'feel|felt like giving|quitting', category: 'despair', intensity: 3},
  {phrase: 'give|giving up entirely|altogether|completely', category: 'despair', intensity: 3},
  {phrase: "don't think i'll|i'd ever", category: 'despair', intensity: 3},
  {phrase: 'do not think i will|would ever', category: 'despair', intensity: 3},
  {phrase: 'let my *2 down', category: 'despair', intensity: 3},
  {phrase: 'let everyone|everybody down', category: 'despair', intensity: 3},
  {phrase: 'how low|awful|terrible|empty i feel|am', category: 'despair', intensity: 3},
  {phrase: 'have it in me', category: 'despair', intensity: 3},
  {phrase: 'pulled|swept out from under', category: 'despair', intensity: 3},
  {phrase: "what i'm going to do now", category: 'despair', intensity: 3},
  {phrase: 'what i am going to do now', category: 'despair', intensity: 3},
  {phrase: "how i'll manage|cope|survive|pay", category: 'despair', intensity: 3},
  {phrase: 'how i will manage|cope|survive|pay', category: 'despair', intensity: 3},
  {phrase: 'lost count', category: 'despair', intensity: 3},
  {phrase: 'hit by a bus|truck|train|ton', category: 'despair', intensity: 3},

  // Self-pity in other words: always me, never anyone's choice.
  {phrase: 'nobody ever', category: 'self-pity', intensity: 3},
  {phrase: 'no one ever', category: 'self-pity', intensity: 3},
  {phrase: 'why would anyone|anybody hire|want|pick|choose me', category: 'self-pity', intensity: 3},
  {phrase: 'always|ever happens|happen to me', category: 'self-pity', intensity: 3},
  {phrase: 'works|work|worked out for me', category: 'self-pity', intensity: 2},
  {phrase: "it's|is always me", category: 'self-pity', intensity: 3},
  {phrase: 'used to it by now', category: 'self-pity', intensity: 3},
  {phrase: 'used to disappointment|rejection|failure|losing|failing', category: 'self-pity', intensity: 3},
  {phrase: 'used to being overlooked|passed|turned|ignored|second|last|rejected', category: 'self-pity', intensity: 3},
  {phrase: 'used to coming last|second', category: 'self-pity', intensity: 3},
  {phrase: 'just destined|meant to', category: 'self-pity', intensity: 3},
  {phrase: 'destined *5 forever', category: 'self-pity', intensity: 3},
  {phrase: 'just my luck', category: 'self-pity', intensity: 3},
  {phrase: 'silly|stupid|foolish me', category: 'self-pity', intensity: 3},
  {phrase: 'nobody special', category: 'self-pity', intensity: 3},
  {phrase: 'list of failures|rejections', category: 'self-pity', intensity: 3},
  {phrase: 'for|to the pile|collection', category: 'self-pity', intensity: 3},
  {phrase: 'back to square one', category: 'self-pity', intensity: 3},
  {phrase: 'eternal|perpetual runner-up|bridesmaid|second', category: 'self-pity', intensity: 3},
  {phrase: 'just typical', category: 'self-pity', intensity: 3},
  {phrase: "i'm just unlucky", category: 'self-pity', intensity: 3},
  {phrase: 'my stupid|silly|foolish hopes|dreams', category: 'self-pity', intensity: 3},
  {phrase: 'puts|put people off', category: 'self-pity', intensity: 3},
  {phrase: 'something wrong with me', category: 'self-pity', intensity: 3},
  {phrase: 'yet another rejection|no|company|email|one', category: 'self-pity', intensity: 2},
  {phrase: 'rejected|declined|ghosted for the * time', category: 'self-pity', intensity: 3},
  {phrase: 'turned|passed down|over for the * time', category: 'self-pity', intensity: 3},
  {phrase: 'here i am again', category: 'self-pity', intensity: 3},
  {phrase: "it's|its not like", category: 'self-pity', intensity: 3},
  {phrase: 'second choice|best', category: 'self-pity', intensity: 2},

  // Sarcasm in other words: mock gratitude and mock delight.
  {phrase: 'for the privilege of', category: 'sarcasm', intensity: 3},
  {phrase: 'free consultancy|consulting|labour|labor|work', category: 'sarcasm', intensity: 3},
  {phrase: 'learning experience for', category: 'sarcasm', intensity: 3},
  {phrase: 'chocolate teapot', category: 'sarcasm', intensity: 3},
  {phrase: 'been a real thrill|treat|joy', category: 'sarcasm', intensity: 3},
  {phrase: 'never heard that one', category: 'sarcasm', intensity: 3},
  {phrase: 'oh wait', category: 'sarcasm', intensity: 3},
  {phrase: 'useful to someone', category: 'sarcasm', intensity: 3},
  {phrase: 'was|were just for fun|decoration|show', category: 'sarcasm', intensity: 3},
  {phrase: 'counted|counts for a lot', category: 'sarcasm', intensity: 3},
  {phrase: 'nothing says', category: 'sarcasm', intensity: 3},
  {phrase: 'add|added this|it to the|my collection|pile|list', category: 'sarcasm', intensity: 3},
  {phrase: 'what a delightful|lovely|great|wonderful|fantastic|fun way', category: 'sarcasm', intensity: 3},
  {phrase: 'ah|oh yes|yeah the classic', category: 'sarcasm', intensity: 3},
  {phrase: 'ah yes', category: 'sarcasm', intensity: 2},
  {phrase: 'just wow', category: 'sarcasm', intensity: 3},
  {phrase: 'worked|working out brilliantly|wonderfully|beautifully|great *2 so far', category: 'sarcasm', intensity: 3},

  // Figures of speech for the same feelings.
  {phrase: 'seeing red', category: 'anger', intensity: 3},
  {phrase: 'steaming|fuming|seething mad|about|over|with', category: 'anger', intensity: 3},
  {phrase: "i'm|am|was|i've|been steaming", category: 'anger', intensity: 3},
  {phrase: 'hopping mad', category: 'anger', intensity: 3},
  {phrase: 'my temper', category: 'anger', intensity: 3},
  {phrase: 'the|real nerve to|of', category: 'anger', intensity: 3},
  {phrase: 'fill a|their quota', category: 'bitterness', intensity: 3},
  {phrase: 'charade|sham', category: 'bitterness', intensity: 3},
  {phrase: 'count|counts|counted|mean|means|meant|matter|matters *2 very? little', category: 'bitterness', intensity: 3},
  {phrase: 'this|that is|is what i get', category: 'bitterness', intensity: 3},
  {phrase: 'know|knew better than to', category: 'bitterness', intensity: 2},
  {phrase: "don't|never believe a word", category: 'bitterness', intensity: 3},
  {phrase: 'pointless|futile', category: 'despair', intensity: 3, self: true},
  {phrase: "i'm|am|i've|been|was in pieces|bits", category: 'despair', intensity: 3},
  {phrase: 'knocked|knocks the wind|stuffing out', category: 'despair', intensity: 3},
  {phrase: 'last straw', category: 'despair', intensity: 3},
  {phrase: 'running on empty', category: 'despair', intensity: 3},
  {phrase: 'where to go|turn from here', category: 'despair', intensity: 3},
  {phrase: 'ground *4 beneath|under me', category: 'despair', intensity: 3},
  {phrase: "how i'm going to face|tell", category: 'despair', intensity: 3},
  {phrase: 'how i am going to face|tell', category: 'despair', intensity: 3},
  {phrase: 'sick to death', category: 'frustration', intensity: 3},
  {phrase: 'tearing|tear|tore my hair out', category: 'frustration', intensity: 3},
  {phrase: 'want|wanted to scream|cry|yell', category: 'frustration', intensity: 3},
  {phrase: 'round and round', category: 'frustration', intensity: 2},
  {phrase: 'wall of silence', category: 'frustration', intensity: 3},
  {phrase: 'oh joy', category: 'sarcasm', intensity: 3},
  {phrase: 'thanks a bunch', category: 'sarcasm', intensity: 3},
  {phrase: 'bravo on', category: 'sarcasm', intensity: 3},
  {phrase: 'of course you did', category: 'sarcasm', intensity: 3},
  {phrase: "why wouldn't you", category: 'sarcasm', intensity: 3},
  {phrase: 'practice interview|run|round', category: 'sarcasm', intensity: 3},
  {phrase: 'what a lovely|nice|great|pleasant surprise', category: 'sarcasm', intensity: 3},
  {phrase: 'whole summer|weekend|month|year|week gone', category: 'sarcasm', intensity: 3},
  {phrase: 'close but no cigar', category: 'self-pity', intensity: 3},
  {phrase: 'born unlucky', category: 'self-pity', intensity: 3},
  {phrase: "didn't|doesn't|don't want me", category: 'self-pity', intensity: 3},
  {phrase: 'back to the drawing board', category: 'self-pity', intensity: 2},
  {phrase: 'good enough for anyone|anybody', category: 'self-pity', intensity: 3},
  {phrase: 'as usual for me', category: 'self-pity', intensity: 3},

  // Shock at the outcome.
  {phrase: "can't|cannot|couldn't believe i|you|they|this|it|that", category: 'shock', intensity: 2},
  {phrase: 'stunned|shocked|blindsided', category: 'shock', intensity: 2, self: true},
  {phrase: 'upset', category: 'shock', intensity: 2, self: true},
  {phrase: "i'm|am|was|feel|felt|feeling|honestly|pretty|really|very|quite|so hurt", category: 'shock', intensity: 2},

  // Disappointment: one measured mention is fine; a second is dwelling.
  {phrase: 'disappointed|disappointing|disappointment', category: 'disappointment', intensity: 1},
  {phrase: 'letdown|let-down', category: 'disappointment', intensity: 1},
  {phrase: 'let down', category: 'disappointment', intensity: 1},
  {phrase: 'hard|tough|difficult to take|swallow|accept', category: 'disappointment', intensity: 1},
  {phrase: 'stings|stung|sting', category: 'disappointment', intensity: 1},
  {phrase: 'sad|saddened|sadly', category: 'disappointment', intensity: 1, self: true},
  {phrase: 'bummer|bummed', category: 'disappointment', intensity: 1},
  // British and Australian for "very disappointed": one measured mention is fine.
  {phrase: 'gutted', category: 'disappointment', intensity: 1}
]

/** Words that make a disappointment mention more than measured ("so disappointed"). */
export const intensifiers = new Set([
  'so', 'really', 'incredibly', 'extremely', 'terribly', 'deeply', 'bitterly', 'hugely', 'massively',
  'utterly', 'beyond', 'very', 'absolutely', 'truly', 'immense', 'immensely', 'huge', 'profound', 'lingering', 'enormous', 'great', 'bitter', 'deep', 'more', 'even', 'reiterate', 'crushing', 'devastatingly', 'crushingly', 'immensely', 'profoundly', 'still', 'again', 'all'
])

/**
 * Words after which an emotion word describes someone else ("the caller who
 * was upset"), or a story someone else told ("it sounded frustrating").
 */
export const otherSubjects = new Set([
  'he', 'she', 'they', 'who', 'whom', 'you', "you're", 'everyone', 'everybody', 'someone', 'people',
  'customer', 'customers', 'caller', 'patron', 'patient', 'patients', 'parent', 'parents', 'client',
  'clients', 'team', 'staff', 'users', 'student', 'students', 'guest', 'guests', 'family', 'families',
  'sounded', 'sounds', 'must', 'his', 'her', 'their'
])

/** Words that start an attributive use when they follow an emotion word ("frustrating bug"). */
export const notNouns = new Set([
  'to', 'that', 'about', 'for', 'and', 'but', 'or', 'with', 'when', 'by', 'at', 'in', 'on', 'of', 'as',
  'than', 'because', 'since', 'so', 'though', 'if', 'right', 'now', 'again', 'still', 'too', 'honestly',
  'really', 'frankly', 'after', 'how', 'what', 'not', 'i', 'it', 'this', 'me', 'all', 'over', 'from', 'yet',
  'either', 'inside', 'anymore', 'today', 'here', 'there'
])

/** Positive idioms with a negation in them ("can't wait", "no need to reply"). */
export const positiveNegations = [
  "can't|cannot wait", 'no need', "don't|do not hesitate", 'not hesitate', "won't forget", 'never forget',
  "couldn't|can't be happier|prouder|more grateful", 'not only', "can't thank", "can't say enough",
  "don't|do not want to miss", 'no problem', 'no worries', 'not a problem', 'no hard feelings'
]

/** Words that mark a sentence as negative, so that `!` on it is an outburst. */
export const negativeCues = [
  'not', "n't", 'never', 'no', 'nobody', 'nothing', 'cannot', "can't", "didn't", "wasn't", "weren't",
  "won't", "don't", "doesn't", "isn't", "aren't", "couldn't", "wouldn't", "haven't", "hasn't", 'rejected',
  'rejection', 'turned', 'passed', 'lost', 'losing', 'wrong', 'bad', 'worse', 'worst', 'why', 'even'
]

/**
 * Words right after a disappointment mention that make it more than measured
 * ("disappointed beyond belief", "disappointed is an understatement", "the
 * disappointment is really hitting hard", "feeling the disappointment all over again").
 */
export const intensifyingTails = new Set(['beyond', 'understatement', 'hitting', 'again', 'biggest', 'begin', 'then', 'lingering', 'close', 'overstate', 'describing', 'cover'])

/** Sentence openers that mark sarcasm ("Great, another form letter."). */
export const sarcasticOpeners = new Set(['fabulous', 'marvellous', 'marvelous', 'great', 'wonderful', 'perfect', 'fantastic', 'lovely', 'awesome', 'terrific', 'brilliant', 'super', 'cool'])

/** Cues after a sarcastic opener ("Great, another …", "Perfect, just what …"). */
export const sarcasticFollowers = new Set(['another', 'just', 'so', 'that', "that's", 'nothing', 'more'])

/** Complaints that turn a thank-you into sarcasm ("Thanks for the two-line email after four weeks"). */
export const sarcasticThanksCues = [
  'form|automated|templated|canned|generic|copy-paste email|letter|reply|rejection|message|note|no|brush-off',
  'one-line|two-line|three-line|one-sentence|two-sentence email|letter|reply|note|message',
  'really appreciate it',
  'appreciate it, really',
  'for nothing'
]

/** A measured replacement for an emotional sentence about the outcome. */
export const measuredVersion = 'While I am disappointed, I understand your decision.'

/**
 * Positive framings that turn a hard word into a description of a
 * challenge ("frustrating in the best way", "brutal but I learned a lot").
 * They neutralise only entries marked `reframable`.
 */
export const positiveFramings = [
  'in the|a best|good|fun|useful|positive way|sense',
  'but|and i|we learned|enjoyed|loved|liked|grew',
  'learned|learnt a lot|so much|plenty',
  'but fair|fun|rewarding|worthwhile|useful|valuable|enjoyable|satisfying|instructive|interesting',
  'but in a good way',
  'that|which i enjoy|enjoyed|love|loved|like|liked',
  'one of my favourite|favorite'
]

/**
 * Words before an emotion word that make it the subject of a conversation
 * or a story ("we talked about how frustrating …", "the angry customer
 * scenario"), not the writer's feeling now.
 */
export const topicWords = new Set([
  'about', 'discussed', 'discussing', 'discuss', 'talked', 'talking', 'spoke', 'speaking', 'chatted', 'described',
  'describing', 'explained', 'explaining', 'mentioned', 'scenario', 'story', 'example', 'case', 'role-play', 'handling',
  'handle', 'managing', 'manage', 'conversation', 'covered', 'covering', 'de-escalate', 'de-escalating', 'de-escalated', 'deal', 'dealing', 'dealt', 'calming', 'soothing'
])

/**
 * Verbs that, negated, affirm the feeling after them: "I can't hide how
 * disappointed I am", "I won't pretend I'm not upset", "I can't help feeling";
 * or leave it standing: "I don't know how much more I can take".
 */
export const affirmingVerbs = new Set(['hide', 'deny', 'help', 'pretend', 'lie', 'conceal', 'disguise', 'overstate', 'know', 'tell', 'express', 'describe'])

/**
 * Verbs of learning the news after "sad to" or "upset to": the feeling is the
 * writer's ("sad to read your email"), unlike "unfair to part-timers".
 */
export const newsVerbs = new Set([
  'read', 'hear', 'see', 'learn', 'find', 'know', 'get', 'receive', 'be', 'have', 'lose', 'miss', 'leave', 'accept',
  'say', 'admit', 'think', 'realise', 'realize', 'discover', 'go', 'come', 'open', 'watch', 'let'
])

/** Copulas and degree words after which an `-ing` word is a predicate ("this is depressing news"). */
export const predicators = new Set([
  'is', 'was', 'are', 'were', 'be', 'been', 'being', "it's", "that's", 'so', 'very', 'really', 'how', 'too', 'quite',
  'pretty', 'incredibly', 'extremely', 'truly', 'honestly', 'just', 'feel', 'feels', 'felt', 'find', 'found', 'more',
  'most', 'such', 'utterly', 'deeply', 'genuinely', 'frankly', 'absolutely', 'rather'
])

/**
 * Interjections that open a sentence with a sigh or an eye-roll
 * ("Ugh, another rejection", "Whatever, it's your loss").
 */
export const interjections = new Set(['ugh', 'argh', 'sigh', 'smh', 'ffs', 'pfft', 'meh', 'whatever', 'welp', 'sheesh', 'geez', 'jeez'])

/** Openers that may precede a sarcastic thanks ("Wow, thanks so much for …"). */
export const thanksOpeners = new Set(['wow', 'well', 'gee', 'oh', 'so', 'great', 'cool', 'okay', 'ok', 'yeah'])

/**
 * What the writer has left (confidence, hope, motivation) and verbs that
 * wear it away: both in one clause read as despair ("every no chips away
 * at my confidence", "whatever hope I had left").
 */
export const selfWorth = new Set([
  'confidence', 'self-esteem', 'self-worth', 'self-belief', 'hope', 'hopes', 'motivation', 'faith', 'morale', 'spirit',
  'spirits', 'energy', 'dignity', 'pride', 'optimism'
])
export const erosion = new Set([
  'left', 'chips', 'chipped', 'chipping', 'gone', 'shattered', 'destroyed', 'crushed', 'drained', 'draining',
  'eroded', 'eroding', 'erodes', 'broken', 'lost', 'losing', 'dwindling', 'fading', 'wrecked', 'tanked',
  'battered', 'dented', 'bruised', 'lose'
])

/**
 * Polite tails that turn praise into grudging praise ("Congratulations on
 * finding someone cheaper, I suppose."), and the sentence-final phrase of an
 * ironic "glad I … for that".
 */
export const grudgingTails = ['i guess|suppose', 'i suppose|guess then', 'if you say so']
export const ironicTargets = ['for that|this|nothing|what', 'all for nothing|that']

/** Phrases that mark bad news, so that `!` on them is an outburst ("got a form letter!"). */
export const badNewsPhrases = [
  'cancelled|canceled|drove|travelled|traveled|flew', 'told i was', 'top of the list', 'every assessment|test|task|exercise',
  'already handed|told|quit|resigned|turned', 'counting on', 'so sure', 'last chance|hope', 'expected better', 'gave|give up', 'missed my',
  'took me *2 hours|days|weeks|months', 'for months|weeks', 'a month|week|months|weeks', 'frontrunner|front-runner', 'trained|prepared|studied for',
  'gone', 'wasted', 'waste', 'wasting', 'ignored', 'ghosted', 'silence', 'form letter|email|rejection|reply',
  'generic|automated|canned|templated email|letter|rejection|reply|response|message|no', 'unpaid', 'for nothing'
]

/**
 * A story from the writer's past work ("I was frustrated with the slow EHR
 * at my last job, so I built a workaround"): a reframable word in it is
 * part of the anecdote, not a feeling about the rejection.
 */
export const storyFrames = [
  'at|in my last|previous|old|former|current job|role|position|employer|hospital|school|store|company|workplace|clinic|site|firm',
  'when i worked|was working',
  'in a previous|past|former job|role|position'
]

/** One-word sentences of incredulity or dismissal ("Seriously?", "Typical."). */
export const incredulity = new Set(['seriously', 'really', 'unbelievable', 'wow', 'whatever', 'figures', 'typical', 'classic', 'great'])
