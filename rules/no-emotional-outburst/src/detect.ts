import {PhraseIndex, clauseAround, negated, negators, type PhraseMatch, type Token} from '@replylint/core'
import {
  affirmingVerbs,
  badNewsPhrases,
  emotions,
  erosion,
  grudgingTails,
  incredulity,
  interjections,
  ironicTargets,
  newsVerbs,
  positiveFramings,
  predicators,
  selfWorth,
  storyFrames,
  thanksOpeners,
  topicWords,
  intensifiers,
  intensifyingTails,
  negativeCues,
  notNouns,
  otherSubjects,
  positiveNegations,
  sarcasticFollowers,
  sarcasticOpeners,
  sarcasticThanksCues,
  type Category,
  type Entry
} from './lexicon.js'
import {isShouted, shoutedPunctuation} from './shouting.js'

/** What made a sentence emotional. */
export interface Trigger {
  /** The words as written. */
  text: string
  kind: Category | 'shouting' | 'exclamation' | 'dwelling' | 'custom' | 'learned'
  /** 1 mild (needs another cue), 2 or more enough on its own. */
  intensity: number
}

/** The emotional content of one sentence. */
export interface Analysis {
  triggers: Trigger[]
  /** A mention of disappointment, counted for dwelling (first one is fine). */
  disappointment?: Trigger
  /** The disappointment mention is intensified ("so disappointed", with `!`). */
  intense: boolean
}

// Built once per process: the lexicon does not change between files.
const byPhrase = new Map<string, Entry>(emotions.map((entry) => [entry.phrase, entry]))
const emotionIndex = new PhraseIndex(emotions.map((entry) => entry.phrase))
const idiomIndex = new PhraseIndex(positiveNegations)
const thanksCueIndex = new PhraseIndex(sarcasticThanksCues)
const negativeCueSet = new Set(negativeCues)
const framingIndex = new PhraseIndex(positiveFramings)
const storyIndex = new PhraseIndex(storyFrames)
const tailIndex = new PhraseIndex(grudgingTails)
const ironicIndex = new PhraseIndex(ironicTargets)
const badNewsIndex = new PhraseIndex(badNewsPhrases)
const ironicOpeners = new Set([...sarcasticOpeners, 'glad', 'nice', 'good', 'happy'])
const havePast = new Set(['had', 'have', "i've", "i'd", 'has'])
const verbCue = new Set(['i', 'we', 'to', "i'd", 'they', 'you', 'still', 'really', 'do', 'and'])
const firstPersonOnly = new Set(['i', "i'm", "i've", "i'd", "i'll", 'me', 'my', 'myself'])
const firstPerson = new Set(['i', "i'm", "i've", "i'd", "i'll", 'me', 'my', 'myself', 'we', "we're", 'us', 'it', "it's", 'this', "that's"])
const determiners = new Set(['the', 'a', 'an', 'that', 'this', 'those', 'these', 'our', 'your', 'some', 'one', 'such', 'their'])
const adverbs = new Set(['very', 'really', 'incredibly', 'pretty', 'so', 'most', 'particularly', 'especially', 'truly', 'quite', 'rather', 'old', 'same'])
const positiveWords = new Set(['enjoy', 'enjoyed', 'love', 'loved', 'great', 'thanks', 'thank', 'luck', 'congratulations', 'congrats', 'glad', 'happy', 'excited', 'wonderful', 'fun', 'grateful', 'appreciate', 'appreciated'])
const unsure = new Set(['sure', 'certain'])
const hardNot = new Set(['hard', 'difficult', 'impossible', 'tough'])

/** Options the analysis needs. */
export interface Context {
  /** Normalised words and phrases never flagged; upper-case forms for capitals. */
  allow: ReadonlySet<string>
  /** Index of user phrases to flag, when given. */
  extra?: PhraseIndex
}

/**
 * Analyse one sentence's tokens (quoted words already removed) and its text.
 */
export function analyse(tokens: readonly Token[], text: string, context: Context): Analysis {
  const triggers: Trigger[] = []
  let disappointment: Trigger | undefined
  let intense = false
  const exclaimed = /![”"'’)\]]*\s*$/.test(text)

  const reframed = framingIndex.match(tokens).length > 0 || storyIndex.match(tokens).length > 0
  for (const match of emotionIndex.match(tokens)) {
    const entry = byPhrase.get(match.phrase)!
    const written = wordsOf(tokens, match)
    if (context.allow.has(written.toLowerCase()) || context.allow.has(normalisedPhrase(match.phrase))) continue
    if (isNegated(tokens, match.first)) continue
    if (entry.self && !aboutWriter(tokens, match)) continue
    if (entry.reframable && reframed) continue
    const trigger: Trigger = {text: written, kind: entry.category, intensity: entry.intensity}
    if (entry.category === 'disappointment') {
      // Two mentions in one sentence are dwelling within it.
      if (disappointment) intense = true
      else disappointment = trigger
      if (intensified(tokens, match.first, match.last)) intense = true
      continue
    }
    triggers.push(trigger)
  }

  if (context.extra) {
    for (const match of context.extra.match(tokens)) {
      if (isNegated(tokens, match.first)) continue
      triggers.push({text: wordsOf(tokens, match), kind: 'custom', intensity: 2})
    }
  }

  const worn = erodedSelfWorth(tokens)
  if (worn) triggers.push({text: worn, kind: 'despair', intensity: 3})

  const first = tokens[0]
  const second = tokens[1]
  // "Ugh, another rejection." / "Whatever, it's your loss.": a sigh or an eye-roll.
  if (first && interjections.has(first.norm) && (tokens.length === 1 || /[,.!;:—–-]/.test(first.after))) {
    triggers.push({text: first.text, kind: 'frustration', intensity: 3})
  }
  // "Great, another form letter." / "Well, that's one way to …": a cheerful
  // opener turned against the news.
  if (first && second && first.after.includes(',') && sarcasticOpeners.has(first.norm)) {
    // "Cool, cool, another rejection": a repeated opener before the follower.
    let at = 1
    while (tokens[at] && tokens[at].norm === first.norm) at++
    const follower = tokens[at]
    if (follower && sarcasticFollowers.has(follower.norm)) {
      triggers.push({text: first.text + ', ' + follower.text, kind: 'sarcasm', intensity: 3})
    }
  }
  // "Seriously?" / "Typical." on its own: incredulity or a shrug. "Great!" is
  // cheer, so the cheerful words need a flat full stop.
  if (tokens.length === 1 && first && incredulity.has(first.norm) && (first.norm !== 'great' || /^\.\s*$/.test(first.after))) {
    if (!interjections.has(first.norm)) triggers.push({text: first.text, kind: 'sarcasm', intensity: 3})
  }
  // "Thanks for the two-line email after four weeks of waiting.", also after
  // an opener ("Wow, thanks so much for the generic no").
  const thanksAt = first && thanksOpeners.has(first.norm) && first.after.includes(',') ? 1 : 0
  const opening = tokens[thanksAt]
  if (opening && (opening.norm === 'thanks' || (opening.norm === 'thank' && tokens[thanksAt + 1]?.norm === 'you'))) {
    const cue = thanksCueIndex.match(tokens)[0]
    if (cue) triggers.push({text: wordsOf(tokens, cue), kind: 'sarcasm', intensity: 3})
  }
  const last = tokens[tokens.length - 1]
  const cheerful = tokens.some((token) => positiveWords.has(token.norm))
  // "Congratulations on finding someone cheaper, I suppose.": praise taken back.
  for (const tail of tailIndex.match(tokens)) {
    if (cheerful && tail.last === tokens.length - 1 && tail.first > 0 && tokens[tail.first - 1].after.includes(',')) {
      triggers.push({text: wordsOf(tokens, tail), kind: 'sarcasm', intensity: 3})
    }
  }
  // "Glad I took a day off for that.": a cheerful opener aimed at the news.
  if (first && last && ironicOpeners.has(first.norm) && !first.after.trim()) {
    const target = ironicIndex.match(tokens).find((match) => match.last === tokens.length - 1)
    if (target && target.first > 1) triggers.push({text: first.text + ' … ' + wordsOf(tokens, target), kind: 'sarcasm', intensity: 3})
  }

  for (const token of tokens) {
    if (isShouted(token.text, context.allow)) triggers.push({text: token.text, kind: 'shouting', intensity: 3})
    const marks = shoutedPunctuation(token.after)
    if (marks) triggers.push({text: marks, kind: 'shouting', intensity: 3})
  }

  if (exclaimed && !triggers.some((trigger) => trigger.kind === 'shouting')) {
    // A bare negation in a cheerful sentence ("I didn't expect to enjoy it so
    // much!") is not negative news.
    const cue = disappointment ?? triggers[0] ?? (cheerful ? undefined : negativeCue(tokens))
    if (cue) triggers.push({text: cue.text + ' … !', kind: 'exclamation', intensity: 3})
    if (disappointment) intense = true
  }

  // A mild cue counts only next to a clear one.
  const strong = triggers.some((trigger) => trigger.intensity >= 2)
  return {triggers: strong ? triggers : [], disappointment, intense}
}

/** The words of a match, as written. */
function wordsOf(tokens: readonly Token[], match: PhraseMatch): string {
  return tokens
    .slice(match.first, match.last + 1)
    .map((token) => token.text)
    .join(' ')
}

function normalisedPhrase(phrase: string): string {
  return phrase.toLowerCase()
}

/** Negated, except in "hard not to be disappointed", which affirms it. */
function isNegated(tokens: readonly Token[], index: number): boolean {
  if (!negated(tokens, index)) return false
  // "I have never been so insulted": a comparison with every other time.
  for (let back = index - 1; back >= Math.max(1, index - 3); back--) {
    if (tokens[back].norm === 'so' && tokens[back - 1].norm === 'been') return false
  }
  // "I won't pretend I'm not bitter": the denial is itself denied.
  for (let back = index - 1; back >= Math.max(0, index - 4); back--) {
    if (tokens[back].norm === 'not' && back >= 2 && affirmingVerbs.has(tokens[back - 2].norm)) return false
  }
  for (let back = index - 1; back >= Math.max(0, index - 4); back--) {
    if (tokens[back].norm === 'not' && back > 0 && hardNot.has(tokens[back - 1].norm)) return false
    // "I'm not sure what the point is": a hedge, not a denial of what follows.
    if (tokens[back].norm === 'not' && unsure.has(tokens[back + 1]?.norm ?? '')) return false
  }
  // "I can't hide how disappointed I am": the negation is on the hiding, an
  // affirming verb between the nearest negator and the feeling.
  for (let back = index - 1; back >= Math.max(0, index - 3); back--) {
    const norm = tokens[back].norm
    if (affirmingVerbs.has(norm)) return false
    if (negators.has(norm) || norm.endsWith("n't")) break
  }
  return true
}

/** Whether an intensifier comes right before a disappointment word, or an intensifying tail within four words after it. */
function intensified(tokens: readonly Token[], index: number, last: number): boolean {
  for (let back = index - 1; back >= Math.max(0, index - 2); back--) {
    if (/[,;:]/.test(tokens[back].after)) break
    if (intensifiers.has(tokens[back].norm)) return true
  }
  for (let next = last + 1; next <= Math.min(tokens.length - 1, last + 4); next++) {
    if (intensifyingTails.has(tokens[next].norm)) return true
    if (/[;:]/.test(tokens[next].after)) break
  }
  return false
}

/**
 * Whether an emotion word is the writer's feeling: not attributive ("a
 * frustrating bug", "the frustrated caller") and not said of someone else
 * ("the patron who was upset", "it sounded frustrating").
 */
function aboutWriter(tokens: readonly Token[], match: PhraseMatch): boolean {
  const next = tokens[match.last + 1]
  if (next && !tokens[match.last].after.trim() && !notNouns.has(next.norm)) {
    let back = match.first - 1
    while (back >= 0 && adverbs.has(tokens[back].norm)) back--
    if (back >= 0 && determiners.has(tokens[back].norm)) return false
    // "handling annoying edge cases": an -ing adjective before a noun, not
    // after a copula, describes a thing.
    const before = tokens[match.first - 1]
    if (match.first === match.last && tokens[match.first].norm.endsWith('ing') && !firstPerson.has(next.norm)) {
      if (!before || (!predicators.has(before.norm) && !firstPerson.has(before.norm))) return false
    }
  }
  const after = tokens[match.last + 1]
  // "upset with myself for blanking": regret about one's own slip.
  if (after && (after.norm === 'with' || after.norm === 'at') && tokens[match.last + 2]?.norm === 'myself') return false
  // "unfair to part-timers", "frustrating for the patients": someone else's;
  // but "sad to read your email" is the writer's.
  const object = tokens[match.last + 2]
  if (after && (after.norm === 'to' || after.norm === 'for') && object && !firstPerson.has(object.norm)) {
    if (!(after.norm === 'to' && newsVerbs.has(object.norm))) return false
  }
  for (let back = match.first - 1; back >= 0; back--) {
    if (/[,;:]/.test(tokens[back].after)) break
    // "we talked about how frustrating …": the topic of a conversation.
    if (topicWords.has(tokens[back].norm)) return false
    if (firstPerson.has(tokens[back].norm)) return true
    if (otherSubjects.has(tokens[back].norm)) return false
  }
  return true
}

/** The first negative word of a sentence, outside positive idioms ("no need to reply"). */
function negativeCue(tokens: readonly Token[]): Trigger | undefined {
  const covered = new Set<number>()
  for (const match of idiomIndex.match(tokens)) {
    for (let index = match.first; index <= match.last; index++) covered.add(index)
  }
  for (const token of tokens) {
    if (covered.has(token.index)) continue
    if (negativeCueSet.has(token.norm) || token.norm.endsWith("n't")) {
      return {text: token.text, kind: 'exclamation', intensity: 3}
    }
  }
  const news = badNewsIndex.match(tokens)[0]
  if (news) return {text: wordsOf(tokens, news), kind: 'exclamation', intensity: 3}
  return undefined
}

/**
 * "Whatever confidence I had left", "every no chips away at my hope": a
 * word for what the writer has left, worn away, in a clause about the
 * writer. `left` counts only as "had left" / "have left".
 */
function erodedSelfWorth(tokens: readonly Token[]): string | undefined {
  for (const token of tokens) {
    if (!selfWorth.has(token.norm)) continue
    // "I hope", "to hope": the verb, not what is left of it.
    if (verbCue.has(tokens[token.index - 1]?.norm ?? '')) continue
    const [first, last] = clauseAround(tokens, token.index)
    const clause = tokens.slice(first, last + 1)
    if (!clause.some((other) => firstPersonOnly.has(other.norm))) continue
    for (const other of clause) {
      if (other.index === token.index || !erosion.has(other.norm)) continue
      if (other.norm === 'left' && !(other.index > token.index && havePast.has(tokens[other.index - 1]?.norm ?? ''))) continue
      return token.text + ' … ' + other.text
    }
  }
  return undefined
}
