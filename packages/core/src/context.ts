/**
 * Sentence context shared by the judgment rules: hedges, subjects,
 * conditionals and other cues that change what a phrase means.
 */
import type {BodySentence, Draft} from './draft.js'
import {draftMemo} from './draft-memo.js'
import {MemoSentence} from './sentence-memo.js'
import {PhraseIndex, inRanges, isQuestion, negators, quotedRanges, tokensOf, type PhraseMatch, type Token} from './phrases.js'

// ---------------------------------------------------------------------------
// Clauses, subjects, hedges, conditionals, questions, quotations.
// Generic helpers over `tokensOf(sentence)`; rule lexicons stay in the rules.
// ---------------------------------------------------------------------------

/** Words that open a new clause inside a sentence. */
const clauseOpeners = new Set([
  'but', 'so', 'because', 'since', 'although', 'though', 'while', 'whereas', 'yet', 'however', 'and', 'or', 'as', 'if',
  'unless', 'when', 'once', 'which', 'who', 'that'
])

/**
 * Token index range `[first, last]` of the clause around `index`: clauses
 * end at `,` `;` `:` `—` and before clause-opening conjunctions, so a cue in
 * one clause (`I understand`) does not reach a phrase in the next.
 */
export function clauseAround(tokens: readonly Token[], index: number): [number, number] {
  let first = index
  while (first > 0 && !/[,;:—–()]/.test(tokens[first - 1].after) && !clauseOpeners.has(tokens[first].norm)) first--
  let last = index
  while (last < tokens.length - 1 && !/[,;:—–()]/.test(tokens[last].after) && !clauseOpeners.has(tokens[last + 1].norm)) last++
  return [first, last]
}

/** Who a clause is about. */
export type Person = 'i' | 'you' | 'they' | 'it' | 'we'

const persons: Record<string, Person> = {
  i: 'i', "i'm": 'i', "i've": 'i', "i'd": 'i', "i'll": 'i', my: 'i', im: 'i', ive: 'i', id: 'i',
  you: 'you', "you've": 'you', "you'd": 'you', "you'll": 'you', "you're": 'you', your: 'you',
  we: 'we', "we've": 'we', "we'd": 'we', "we'll": 'we', "we're": 'we', our: 'we',
  they: 'they', "they've": 'they', "they'd": 'they', "they'll": 'they', "they're": 'they', he: 'they', she: 'they',
  "he's": 'they', "she's": 'they', whoever: 'they', someone: 'they', candidate: 'they', applicant: 'they', hire: 'they',
  person: 'they', team: 'you', panel: 'you', committee: 'you', board: 'you', company: 'you', manager: 'you',
  // Texting spellings and the employer under other names ("the firm will regret", "ur gonna").
  u: 'you', ur: 'you', firm: 'you', school: 'you', employer: 'you', organisation: 'you', organization: 'you', interviewers: 'you',
  recruiter: 'you', department: 'you', appointee: 'they',
  process: 'it', decision: 'it', interview: 'it', it: 'it', "it's": 'it', this: 'it', that: 'it'
}

/**
 * `persons[word]`, with the own entries read from a map: a property read by a
 * word made for each draft first looks it up in V8's string table. A word
 * that names an inherited property (`constructor`) is read as before.
 */
const personMap = new Map<string, Person>(Object.entries(persons))
const inherited = new Set(Object.getOwnPropertyNames(Object.prototype))
function personOf(norm: string): Person | undefined {
  return personMap.get(norm) ?? (inherited.has(norm) ? persons[norm] : undefined)
}

/**
 * The subject of the clause a token is in: the nearest person word before
 * it in its clause (`I` → `i`; `you`, `the panel` → `you`; `whoever you
 * hired`, `the candidate` → `they`; `the process`, `it` → `it`).
 */
export function subjectAt(tokens: readonly Token[], index: number): Person | undefined {
  // Walks back only as far as needed (same clause start as `clauseAround`).
  for (let at = index; ; at--) {
    const person = personOf(tokens[at].norm)
    if (person) return person
    if (!continuesBack(tokens, at)) return undefined
  }
}

/** Whether the clause of the token at `at` also holds the token before it (see `clauseAround`). */
function continuesBack(tokens: readonly Token[], at: number): boolean {
  return at > 0 && !/[,;:—–()]/.test(tokens[at - 1].after) && !clauseOpeners.has(tokens[at].norm)
}

/** Whether the token at `index` is negated within its clause (`not`, `don't`, `never`…). */
export function negatedInClause(tokens: readonly Token[], index: number, window = 4): boolean {
  // The `window` words before it, stopping at the clause start: no walk to the clause end.
  for (let at = index, steps = 0; steps < window && continuesBack(tokens, at); steps++) {
    at--
    if (negators.has(tokens[at].norm) || tokens[at].norm.endsWith("n't")) return true
  }
  return false
}

const conditionalOpeners = new Set(['if', 'unless', 'should', 'whether', 'once', 'when', 'whenever', 'provided'])

/** Whether the token at `index` is in a conditional clause (`if …`, `should another role open`). */
export function inConditional(tokens: readonly Token[], index: number): boolean {
  const [first] = clauseAround(tokens, index)
  for (let at = first; at <= index; at++) {
    if (conditionalOpeners.has(tokens[at].norm)) return true
    if (tokens[at].norm === 'in' && tokens[at + 1]?.norm === 'case') return true
  }
  return false
}

const questionOpeners = new Set([
  'why', 'what', "what's", 'whats', 'how', 'which', 'who', 'where', 'could', 'would', 'can', 'will', 'is', 'was', 'are', 'were', 'do', 'does',
  'did', "wasn't", "weren't", "didn't", "isn't"
])

/**
 * Whether a sentence asks: it ends with `?`, or opens like a question
 * (`Could you…`, `Why…`), which drafts often leave without the mark.
 */
export function asks(text: string, sentence: BodySentence, tokens: readonly Token[] = tokensOf(sentence)): boolean {
  if (isQuestion(text, sentence)) return true
  const first = tokens[0]?.norm
  return first !== undefined && questionOpeners.has(first) && /^(you|i|the|there|it|they|anyone|someone|my|your)$/.test(tokens[1]?.norm ?? '')
}

/**
 * Politeness and hedge markers that make a request optional for the
 * reader: offering an out, leaving the timing to them, asking for "any".
 */
export const hedgePhrases: readonly string[] = [
  'if you have|get|find *2 moment|minute|minutes|time|chance|second',
  'if you ever have|get|find',
  'if possible',
  "if it's possible",
  'if it is possible',
  "if you're able|willing|comfortable|open",
  'if you are able|willing|comfortable|open',
  'if you can spare',
  'if time allows|permits',
  'when|whenever you have *2 moment|minute|time|chance',
  'no pressure',
  'no rush',
  'no need to reply|respond|answer',
  "don't|not *2 feel obligated|obliged",
  'no obligation',
  'understand if',
  'not expecting',
  "don't|not expect",
  'whatever you can|are|feel',
  'any feedback|thoughts|insights|insight|advice|suggestions|pointers|tips',
  'a word or two',
  'at your convenience',
  "i'd|would be grateful|glad|thankful|happy",
  'would|i\'d welcome|appreciate|value|love',
  'i wonder if',
  'i was wondering',
  'would you be willing|open|able'
]

const hedgeIndex = new PhraseIndex(hedgePhrases)

/** Whether a sentence softens what it asks for (see {@link hedgePhrases}). */
export function hedged(tokens: readonly Token[]): boolean {
  return hedgeIndex.match(tokens).length > 0
}

const futureIndex = new PhraseIndex([
  'future',
  'down the road|line',
  'next time|round|cycle|opening|one',
  'another|other|similar|new|upcoming|later *2 role|roles|position|positions|opening|openings|opportunity|opportunities|vacancy|posting|postings',
  'going forward',
  'moving forward',
  'from now on',
  'in time',
  'keep me in mind',
  'stay in touch'
])

/** Whether a sentence looks ahead (future roles, next time) rather than back at this decision. */
export function forwardLooking(tokens: readonly Token[]): boolean {
  return futureIndex.match(tokens).length > 0
}

/** Quoted ranges of drafts not made by `getDraft` (no memo). */
const quotedCache = new WeakMap<object, Array<[number, number]>>()

/** Quoted ranges of a draft's body paragraphs, computed once per draft. */
function quotedRangesOf(draft: Draft): Array<[number, number]> {
  const memo = draftMemo(draft)
  if (memo) return (memo.quoted ??= findQuoted(draft))
  let ranges = quotedCache.get(draft)
  if (!ranges) quotedCache.set(draft, (ranges = findQuoted(draft)))
  return ranges
}

function findQuoted(draft: Draft): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  for (const paragraph of draft.structure.paragraphs) {
    ranges.push(...quotedRanges(draft.text.slice(paragraph.start, paragraph.end), paragraph.start))
  }
  return ranges
}

/**
 * Whether `[start, end)` of a draft is inside quotation marks: cited words
 * (the rejection's own phrasing, a title) are not the sender's claim.
 */
export function quoted(draft: Draft, start: number, end: number): boolean {
  return inRanges(quotedRangesOf(draft), start, end)
}

/** Own tokens of sentences not made by `getDraft` (no memo). */
const ownCache = new WeakMap<BodySentence, {draft: Draft; tokens: Token[]}>()

/**
 * The words of a body sentence that the sender says, not cites: words inside
 * quotation marks are dropped, and the rest renumbered. Computed once per
 * sentence; the list is shared, so callers must not change it.
 */
export function ownTokens(draft: Draft, sentence: BodySentence): Token[] {
  const memo = MemoSentence.memo(sentence)
  if (memo) {
    if (memo.own && memo.ownDraft === draft) return memo.own
    memo.ownDraft = draft
    return (memo.own = withoutQuoted(draft, tokensOf(sentence)))
  }
  const cached = ownCache.get(sentence)
  if (cached && cached.draft === draft) return cached.tokens
  const tokens = withoutQuoted(draft, tokensOf(sentence))
  ownCache.set(sentence, {draft, tokens})
  return tokens
}

function withoutQuoted(draft: Draft, all: Token[]): Token[] {
  const ranges = quotedRangesOf(draft)
  if (ranges.length === 0 || !all.some((token) => inRanges(ranges, token.start, token.end))) return all
  return all.filter((token) => !inRanges(ranges, token.start, token.end)).map((token, index) => ({...token, index}))
}

/** A group of lexicon phrases that signal one concept. */
export interface ConceptGroup<Concept extends string> {
  concept: Concept
  phrases: readonly string[]
}

/** A phrase match tagged with the concept of its group. */
export interface ConceptMatch<Concept extends string> extends PhraseMatch {
  concept: Concept
}

/**
 * One phrase index over several concept groups, built once: matching a
 * sentence is one pass that tells which concepts it touches, and where.
 */
export class ConceptIndex<Concept extends string> {
  private readonly index: PhraseIndex
  private readonly concepts = new Map<string, Concept>()

  constructor(groups: ReadonlyArray<ConceptGroup<Concept>>) {
    const phrases: string[] = []
    for (const group of groups) {
      for (const phrase of group.phrases) {
        phrases.push(phrase)
        this.concepts.set(phrase, group.concept)
      }
    }
    this.index = new PhraseIndex(phrases)
  }

  /** Every concept match in a token list, in order of start. */
  match(tokens: readonly Token[]): Array<ConceptMatch<Concept>> {
    // The index's matches are new objects made for this call: tag them in
    // place rather than copy each into a new object and a new array. Copies
    // doubled what this allocated (the most of any rule code: ~30 KB a draft
    // for no-arguing-decision), and allocation volume is what sets how often
    // V8 scavenges, each scavenge counting the draft's live objects as survivors.
    const found = this.index.match(tokens) as Array<ConceptMatch<Concept>>
    for (let at = 0; at < found.length; at++) found[at].concept = this.concepts.get(found[at].phrase) as Concept
    return found
  }
}
