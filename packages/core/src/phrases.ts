import type {Sentence} from 'nlcst'
import type {BodySentence} from './draft.js'
import {MemoSentence} from './sentence-memo.js'

/** A word of a sentence, with its normalised form and offsets. */
export interface Token {
  /** The word as written. */
  text: string
  /** Lowercase, curly apostrophes made straight. */
  norm: string
  start: number
  end: number
  /** Position in the sentence's token list. */
  index: number
  /** Punctuation directly after the word (`,`, `!`, `?`…), if any. */
  after: string
}

/** Normalise a word for matching: lowercase, straight apostrophes, plain dashes. */
export function normalise(word: string): string {
  const lower = word.toLowerCase()
  // Most words have neither: one scan instead of two replacements.
  if (!/[’‘`‐-―]/.test(lower)) return lower
  return lower.replace(/[’‘`]/g, "'").replace(/[‐-―]/g, '-')
}

/** Text of a word or punctuation node (nlcst-to-string, without its generic dispatch). */
function textOf(node: Sentence['children'][number]): string {
  if ('value' in node) return node.value
  const children = node.children
  if (children.length === 1) return children[0].value
  let text = ''
  for (const child of children) text += child.value
  return text
}

/** Words of sentence nodes, for sentences not made by `getDraft` (no memo). */
const tokenCache = new WeakMap<Sentence, Token[]>()
const partCache = new WeakMap<BodySentence, Token[]>()

/** Every word of a sentence node, in order. */
const trailingPunctuation = /(?<=[\p{L}\p{N}])[.!?,;:]+$/u

function nodeTokens(node: Sentence): Token[] {
  const all: Token[] = []
  const children = node.children
  for (let index = 0; index < children.length; index++) {
    const child = children[index]
    if (child.type !== 'WordNode') continue
    let after = ''
    for (let next = index + 1; next < children.length; next++) {
      const sibling = children[next]
      if (sibling.type !== 'PunctuationNode' && sibling.type !== 'SymbolNode') break
      after += textOf(sibling)
    }
    let text = textOf(child)
    const start = child.position?.start.offset ?? 0
    // In lowercase text the parser keeps a full stop on the word before a
    // lowercase sentence (`reasons. hope …`): the stop is punctuation after it.
    // Most words end in a letter: the regex only when the last character could trail.
    const last = text.charCodeAt(text.length - 1)
    const trail = last === 46 || last === 33 || last === 63 || last === 44 || last === 59 || last === 58 ? trailingPunctuation.exec(text) : null
    if (trail) {
      after = trail[0] + after
      text = text.slice(0, trail.index)
    }
    all.push({
      text,
      norm: normalise(text),
      start,
      end: trail ? start + text.length : child.position?.end.offset ?? 0,
      index: all.length,
      after
    })
  }
  return all
}

/** The words of `all` inside the sentence's part of the body, renumbered when some are left out. */
function clip(all: Token[], sentence: BodySentence): Token[] {
  if (all.length === 0 || (all[0].start >= sentence.start && all[all.length - 1].end <= sentence.end)) return all
  return all
    .filter((token) => token.start >= sentence.start && token.end <= sentence.end)
    .map((token, index) => ({...token, index}))
}

/**
 * The words of a body sentence (only the part inside the body), in order.
 * Computed once per sentence; the list is shared, so callers must not change it.
 */
export function tokensOf(sentence: BodySentence): Token[] {
  const memo = MemoSentence.memo(sentence)
  if (memo) return (memo.tokens ??= clip((memo.all ??= nodeTokens(sentence.node)), sentence))
  let all = tokenCache.get(sentence.node)
  if (!all) tokenCache.set(sentence.node, (all = nodeTokens(sentence.node)))
  const clipped = clip(all, sentence)
  if (clipped === all) return all
  // A sentence node split into body sentences: each part's words, once.
  let part = partCache.get(sentence)
  if (!part) partCache.set(sentence, (part = clipped))
  return part
}

/** A phrase found in a sentence. */
export interface PhraseMatch {
  /** The phrase as written in the lexicon. */
  phrase: string
  /** Index of the first and last matched token. */
  first: number
  last: number
  start: number
  end: number
}

/** A step of a compiled phrase: its words (by id), or any word; optional; or a gap of up to `gap` words (`gap` is -1 for a word). */
type Step = {ids: readonly number[] | undefined; one: number; optional: boolean; gap: number}

/**
 * The phrases starting with each word, by word id, then by the number of
 * the index they are of (a sparse array: a word starts phrases of a few
 * indexes). One table shared by every index rather than an array per
 * index: a word's buckets sit together, and a token list notes the indexes
 * its words could start a phrase of, so an index none of them starts (most
 * indexes, for most sentences) answers without looking at the list.
 */
const firstBuckets: Array<Array<Bucket | undefined> | undefined> = []
/**
 * For each word id, the indexes it starts phrases of, as a bit mask: index
 * number `n` sets bit `n % 31` (a filter: numbers past 30 share bits, and a
 * shared bit only costs a look at the word's buckets).
 */
const firstMasks: number[] = []
/**
 * Every word of every compiled phrase, numbered. Token lists are matched by
 * these numbers: a list's words are looked up once (`idsOf`), and each index
 * then finds the phrases starting at a word with an array read instead of a
 * string-keyed map lookup per word per index (about ten indexes read every
 * sentence).
 */
const wordIds = new Map<string, number>()

function wordId(word: string): number {
  let id = wordIds.get(word)
  if (id === undefined) {
    wordIds.set(word, (id = wordIds.size))
    // The tables by word id grow with it: dense arrays, read for every word of every list.
    firstBuckets.push(undefined)
    firstMasks.push(0)
    presence.push(0)
  }
  return id
}

let indexCount = 0

/**
 * Which words the list `presentList` has: `presence[id] === presentStamp`.
 * Phrases with gaps are tried only when the list has a word they need
 * (`Entry.need`), and the phrases starting with `i` are tried at every `i`:
 * a read here instead of a scan of the list for each.
 */
const presence: number[] = []
let presentStamp = 0
let presentList: ListIds | undefined

/** Whether the list `list` has the word `id` (see `presence`). */
function has(list: ListIds, id: number): boolean {
  if (presentList !== list) {
    if (++presentStamp === 2 ** 30) {
      presence.fill(0)
      presentStamp = 1
    }
    for (const each of list.ids) if (each >= 0) presence[each] = presentStamp
    presentList = list
  }
  return presence[id] === presentStamp
}

/** The bit of index number `number` in `firstMasks` and `ListIds.mask`. */
function bitOf(number: number): number {
  return 1 << number % 31
}

/** What matching needs of a token list, found once per list. */
interface ListIds {
  /** Word id of each token (-1 for a word in no phrase); a plain array: typed arrays are slow to make. */
  ids: number[]
  /**
   * The indexes the list's words start phrases of (the `firstMasks` of its
   * words, or-ed): an index whose bit is not set (most indexes, for most
   * sentences) answers without looking at the words. One number instead of
   * a list of starts, which was most of what matching allocated.
   */
  mask: number
}

/**
 * The lists matched since the last new draft (see `forgetMatched`), valid
 * for `idsVocabulary` words and `idsIndexes` indexes. A plain map emptied
 * per draft rather than a WeakMap (whose entries kept short-lived lists past
 * the young generation); capped for callers without drafts.
 */
let listIds = new Map<object, ListIds>()
let idsVocabulary = 0
let idsIndexes = 0
let lastList: readonly Token[] | undefined
let lastIds: ListIds | undefined

/** Forget the token lists matched so far: a new draft's lists are new lists (called by `getDraft`). */
export function forgetMatched(): void {
  if (listIds.size > 0) listIds = new Map()
  lastList = undefined
}

/** Word ids and starting indexes of a token list, computed once per list. */
function idsOf(tokens: readonly Token[]): ListIds {
  // A new index, or a bucket compiled on first use, may have added words:
  // ids found before may be -1 for them.
  if (idsVocabulary !== wordIds.size || idsIndexes !== indexCount) {
    listIds = new Map()
    lastList = undefined
    idsVocabulary = wordIds.size
    idsIndexes = indexCount
  }
  // A rule matches one list against several indexes in a row.
  if (tokens === lastList && lastIds && lastIds.ids.length === tokens.length) return lastIds
  let list = listIds.get(tokens)
  if (!list || list.ids.length !== tokens.length) {
    const ids: number[] = new Array(tokens.length)
    let mask = 0
    for (let index = 0; index < tokens.length; index++) {
      const id = wordIds.get(tokens[index].norm) ?? -1
      ids[index] = id
      if (id >= 0) mask |= firstMasks[id]
    }
    list = {ids, mask}
    if (listIds.size >= 4096) listIds = new Map()
    listIds.set(tokens, list)
  }
  lastList = tokens
  lastIds = list
  return list
}

/**
 * A phrase index, built once per process from lexicon phrases.
 *
 * Phrase syntax, word by word (space-separated):
 * - `word` matches the word (normalised: `don't`, `Don’t` are one form);
 * - `a|b|c` matches any of the alternatives;
 * - `*` matches any one word; `*2` any zero to two words (a gap);
 * - a trailing `?` makes a word optional (`really?`).
 *
 * Matching never crosses a sentence, and finds every match of every phrase.
 *
 * Building is cheap: phrases are filed by their first word, and the phrases
 * of a first word are compiled the first time a sentence has that word (a
 * run on one draft meets few of the ~1,400 lexicon phrases' first words).
 */
export class PhraseIndex {
  /** Number of this index, for `firstMasks` and the buckets. */
  private readonly number: number
  /** Its bit in `firstMasks` (computed once: a remainder per word was a visible cost). */
  private readonly bit: number
  private readonly wildcardFirst: Entry[] = []

  constructor(phrases: readonly string[]) {
    this.number = indexCount++
    this.bit = bitOf(this.number)
    const mine = new Map<number, Bucket>()
    const seen = new Set<string>()
    for (let rank = 0; rank < phrases.length; rank++) {
      const phrase = phrases[rank]
      const key = normalise(phrase.trim())
      if (seen.has(key)) throw new Error('Duplicate phrase in lexicon: `' + phrase + '`')
      seen.add(key)
      if (key === '') throw new Error('Empty phrase in lexicon')
      const space = key.search(/\s/)
      const first = space === -1 ? key : key.slice(0, space)
      if (first.startsWith('*') || (first.endsWith('?') && first.length > 1)) {
        const steps = compile(key)
        this.wildcardFirst.push({phrase, steps, order: rank, need: needed(steps, 1)})
        continue
      }
      if (first.includes('|')) {
        for (const word of new Set(first.split('|').map(wordId))) this.file(mine, word, phrases, rank)
      } else {
        this.file(mine, wordId(first), phrases, rank)
      }
    }
  }

  /**
   * File phrase `rank` of `phrases` under its first word, to be compiled
   * when a sentence first has that word. Only its rank is kept until then,
   * and a bucket's lists are made when it compiles: building an index is
   * most of what loading the rules costs, in every run.
   */
  private file(mine: Map<number, Bucket>, word: number, phrases: readonly string[], rank: number): void {
    let bucket = mine.get(word)
    if (!bucket) {
      mine.set(word, (bucket = {phrases, pending: [], seconds: none, bySecond: none, rest: none}))
      ;(firstBuckets[word] ??= [])[this.number] = bucket
      firstMasks[word] |= this.bit
    }
    bucket.pending.push(rank)
  }

  /** Every match in a token list, in order of start (then of the lexicon). */
  match(tokens: readonly Token[]): PhraseMatch[] {
    const found: PhraseMatch[] = []
    const list = idsOf(tokens)
    const bit = this.bit
    const starting = (list.mask & bit) !== 0
    if (this.wildcardFirst.length === 0) {
      if (!starting) return found
      // The ids of first words never change (they are numbered when an index
      // is built), even when compiling a bucket renumbers the list.
      const ids = list.ids
      for (let index = 0; index < ids.length; index++) {
        const bucket = this.bucketAt(ids[index], bit)
        if (bucket) tryBucket(bucket, tokens, index, found)
      }
      return found
    }
    // Phrases starting with a wildcard, a gap or an optional word are tried
    // at every word; the matches at one word are put in lexicon order.
    const ids = list.ids
    for (let index = 0; index < tokens.length; index++) {
      const from = found.length
      const ranks: number[] = []
      const bucket = starting ? this.bucketAt(ids[index], bit) : undefined
      if (bucket) tryBucket(bucket, tokens, index, found, ranks)
      for (let at = 0; at < this.wildcardFirst.length; at++) tryEntry(this.wildcardFirst[at], tokens, idsOf(tokens), index, found, ranks)
      if (ranks.length > 1) {
        const order = ranks.map((rank, at) => [rank, found[from + at]] as const).sort((a, b) => a[0] - b[0])
        order.forEach(([, match], at) => (found[from + at] = match))
      }
    }
    return found
  }

  /** This index's bucket of phrases starting with word `id`, if any (`bit`: this index's bit). */
  private bucketAt(id: number, bit: number): Bucket | undefined {
    if (id < 0 || (firstMasks[id] & bit) === 0) return undefined
    return firstBuckets[id]![this.number]
  }
}

/** Try the phrases of a bucket whose first word is at `index`. */
function tryBucket(bucket: Bucket, tokens: readonly Token[], index: number, found: PhraseMatch[], ranks?: number[]): void {
  // Compiling numbers its phrases' other words: the list's ids are found again.
  if (bucket.pending.length > 0) compileBucket(bucket)
  const list = idsOf(tokens)
  const ids = list.ids
  const seconds = index + 1 < ids.length && ids[index + 1] >= 0 ? secondEntries(bucket, ids[index + 1]) : undefined
  const rest = bucket.rest
  if (seconds && rest.length > 0) {
    // Both lists: merge them in lexicon order, as one list would be.
    let a = 0
    let b = 0
    while (a < seconds.length || b < rest.length) {
      const entry = b >= rest.length || (a < seconds.length && seconds[a].order < rest[b].order) ? seconds[a++] : rest[b++]
      tryEntry(entry, tokens, list, index, found, ranks)
    }
  } else {
    const entries = seconds ?? rest
    for (let at = 0; at < entries.length; at++) tryEntry(entries[at], tokens, list, index, found, ranks)
  }
}

/** A compiled phrase; `order` is its place in the lexicon (matches at one word come in that order). */
interface Entry {
  phrase: string
  steps: Step[]
  order: number
  /**
   * For a phrase with gaps or optional words (slow to try: each branch is
   * tried), the ids of a later step every match has, with at most four
   * alternatives: a list with none of them cannot match. Many phrases start
   * with `i` and an optional verb, and end with a rarer word.
   */
  need: number[] | undefined
}

/**
 * The phrases of one index starting with one word: `pending` until first
 * needed, then compiled and filed by (the id of) their second word when it
 * is plain: `bySecond[i]` are the phrases whose second word is
 * `seconds[i]` (sorted), `rest` the others.
 */
interface Bucket {
  /** The index's phrases, in lexicon order. */
  phrases: readonly string[]
  /** Ranks (in `phrases`) of the phrases not compiled yet. */
  pending: number[]
  seconds: readonly number[]
  bySecond: ReadonlyArray<readonly Entry[]>
  rest: readonly Entry[]
}

/** The lists of a bucket not compiled yet. */
const none: readonly never[] = []

/**
 * The phrases of a bucket whose second word is `id`. A sorted array rather
 * than a map: most buckets file a few second words, and a scan or a binary
 * search of small numbers is cheaper than hashing (this was the single
 * most expensive line of matching).
 */
function secondEntries(bucket: Bucket, id: number): readonly Entry[] | undefined {
  const seconds = bucket.seconds
  let low = 0
  let high = seconds.length - 1
  while (high - low > 7) {
    const middle = (low + high) >> 1
    if (seconds[middle] < id) low = middle + 1
    else high = middle
  }
  for (; low <= high; low++) {
    if (seconds[low] === id) return bucket.bySecond[low]
    if (seconds[low] > id) return undefined
  }
  return undefined
}

function compileBucket(bucket: Bucket): void {
  const bySecond = new Map<number, Entry[]>()
  const rest: Entry[] = []
  for (const rank of bucket.pending) {
    const phrase = bucket.phrases[rank]
    const steps = compile(normalise(phrase.trim()))
    // Most phrases have a plain second word: file them under it, so a
    // common first word (`i`, `the`) only tries the phrases whose second
    // word follows too.
    const second = steps[1]
    const filed = second !== undefined && second.ids !== undefined && !second.optional && second.gap < 0
    const entry: Entry = {phrase, steps, order: rank, need: needed(steps, filed ? 2 : 1)}
    if (filed) {
      for (const next of second.ids!) {
        let entries = bySecond.get(next)
        if (!entries) bySecond.set(next, (entries = []))
        entries.push(entry)
      }
    } else {
      rest.push(entry)
    }
  }
  bucket.pending = []
  bucket.rest = rest
  // Buckets compile at most once (only `pending` phrases are added above).
  bucket.seconds = [...bySecond.keys()].sort((a, b) => a - b)
  bucket.bySecond = bucket.seconds.map((id) => bySecond.get(id)!)
}

/** See `Entry.need`: the required step from `from` on with the fewest (at most four) alternatives. */
function needed(steps: Step[], from: number): number[] | undefined {
  if (!steps.some((step) => step.optional || step.gap >= 0)) return undefined
  let best: readonly number[] | undefined
  for (let step = from; step < steps.length; step++) {
    const {ids, optional, gap} = steps[step]
    if (ids && !optional && gap < 0 && ids.length <= 4 && (!best || ids.length < best.length)) best = ids
  }
  return best && [...best]
}

/** Try one phrase at `index`; a match is added to `found` (and its lexicon rank to `ranks`, when given). */
function tryEntry(entry: Entry, tokens: readonly Token[], list: ListIds, index: number, found: PhraseMatch[], ranks?: number[]): void {
  const need = entry.need
  if (need !== undefined) {
    let present = false
    for (let at = 0; at < need.length && !present; at++) present = has(list, need[at])
    if (!present) return
  }
  const last = matchSteps(entry.steps, 0, list.ids, index)
  if (last >= index) {
    found.push({phrase: entry.phrase, first: index, last, start: tokens[index].start, end: tokens[last].end})
    ranks?.push(entry.order)
  }
}

function compile(phrase: string): Step[] {
  return phrase
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => {
      const gap = /^\*(\d)$/.exec(part)
      if (gap) return {ids: undefined, one: -1, optional: false, gap: Number(gap[1])}
      if (part === '*') return {ids: undefined, one: -1, optional: false, gap: -1}
      const optional = part.endsWith('?') && part.length > 1
      const body = optional ? part.slice(0, -1) : part
      // An array, not a set: steps have one to a few words, and a set per step
      // was most of a compiled phrase's memory.
      const ids = [...new Set(body.split('|').map(wordId))]
      return {ids, one: ids.length === 1 ? ids[0] : -1, optional, gap: -1}
    })
}

/** Match steps from `step` at token `at`; returns the last token index, or -1. */
function matchSteps(steps: Step[], step: number, ids: readonly number[], at: number): number {
  if (step === steps.length) return at - 1
  const current = steps[step]
  if (current.gap >= 0) {
    for (let skip = 0; skip <= current.gap; skip++) {
      if (at + skip > ids.length) break
      const result = matchSteps(steps, step + 1, ids, at + skip)
      if (result !== -1) return result
    }
    return -1
  }
  if (at < ids.length) {
    const id = ids[at]
    if (!current.ids || (current.one >= 0 ? id === current.one : id >= 0 && current.ids.includes(id))) {
      const result = matchSteps(steps, step + 1, ids, at + 1)
      if (result !== -1) return result
    }
  }
  if (current.optional) return matchSteps(steps, step + 1, ids, at)
  return -1
}

const optionIndexes = new Map<string, PhraseIndex>()

/**
 * The phrase index for user-given phrases (a rule's `allow` or `extra`
 * option), built once per distinct list: options are the same for every file.
 */
export function phraseIndexFor(phrases: readonly string[] | undefined): PhraseIndex | undefined {
  if (!phrases || phrases.length === 0) return undefined
  const key = JSON.stringify(phrases)
  let index = optionIndexes.get(key)
  if (!index) optionIndexes.set(key, (index = new PhraseIndex(phrases)))
  return index
}

/** Words that negate what follows them within a clause. */
export const negators = new Set([
  'not', "n't", 'never', 'no', 'nobody', 'nothing', 'neither', 'nor', 'hardly', 'without', 'cannot',
  "don't", "doesn't", "didn't", "isn't", "wasn't", "aren't", "weren't", "won't", "wouldn't", "can't",
  "couldn't", "shouldn't", "haven't", "hasn't", "hadn't", 'dont', 'didnt', 'cant', 'wont', 'isnt', 'wasnt'
])

/** Whether the token at `index` is negated by one of the `window` words before it. */
export function negated(tokens: readonly Token[], index: number, window = 3): boolean {
  for (let back = index - 1; back >= Math.max(0, index - window); back--) {
    if (/[,;:]/.test(tokens[back].after)) return false
    if (negators.has(tokens[back].norm)) return true
  }
  return false
}

/** Whether a body sentence is a question. */
export function isQuestion(text: string, sentence: BodySentence): boolean {
  return /\?["'”’)\]]*\s*$/.test(text.slice(sentence.start, sentence.end))
}

/**
 * Ranges of quoted text (`"…"`, `“…”`) in a piece of text, as offsets
 * relative to `base`: words inside quotation marks are cited, not said.
 */
export function quotedRanges(text: string, base: number): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  const pattern = /“[^”\n]{1,300}”|"[^"\n]{1,300}"/g
  let match: RegExpExecArray | null
  while ((match = pattern.exec(text))) ranges.push([base + match.index, base + match.index + match[0].length])
  return ranges
}

/** Whether `[start, end)` lies inside one of `ranges` (in order, not overlapping). */
export function inRanges(ranges: ReadonlyArray<[number, number]>, start: number, end: number): boolean {
  // Ranges are in order and do not overlap: find the last one starting at or
  // before `start` (a long draft has many quotations and many words).
  let low = 0
  let high = ranges.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    if (ranges[middle][0] <= start) low = middle + 1
    else high = middle - 1
  }
  return high >= 0 && end <= ranges[high][1]
}
