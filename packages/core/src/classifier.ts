/**
 * A small linear sentence classifier: logistic regression over word
 * unigrams and bigrams, trained by `pnpm train` on the project's labeled
 * data and shipped as data. Deterministic, no network, and every decision can
 * be explained by the words that weighed most.
 */

import {isCapital} from './characters.js'
import {featureIds, featureName, modelsInUse, shapes, useModel, weightOf} from './feature-ids.js'

/**
 * A trained model, as `pnpm train` writes it: a bias, and a weight per
 * feature, kept as one text so that loading a model builds nothing (a
 * model's features are looked up in place, for the words sentences use).
 * `judge` keeps what it looked up in a model for as long as the process
 * runs: make models once (as modules do), not per sentence.
 */
export interface Model {
  /** Rule the model was trained for. */
  rule: string
  /** Added to the weights of a sentence's features before the logistic function. */
  bias: number
  /** Probability at or above which a sentence is flagged. */
  threshold: number
  /**
   * Feature weights, one feature a line: its name (`w:word`, `b:word word`,
   * or a shape `s:…`, see {@link features}), a tab, and its weight as
   * JavaScript writes the number (`0.559`, `-1.2e-7`). Lines are sorted by
   * name in UTF-16 code-unit order (as `Array#sort` sorts strings), each
   * name once; empty lines are allowed at the start (a leading line break).
   * Features without a line weigh 0. Lookups are binary searches, so lines
   * out of order give wrong weights.
   *
   * @example "\nb:a waste\t2\nw:of\t1.2\nw:waste\t1.5\n"
   */
  features: string
}

/** A classification: probability, and the features that pushed it up most. */
export interface Classification {
  probability: number
  /** Words and word pairs with the largest positive contributions, strongest first. */
  triggers: string[]
}

const wordPattern = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu

/** Lowercase words of a text, apostrophes straightened, numbers folded to `#`. */
export function words(text: string): string[] {
  const found: string[] = []
  pushWords(text, found)
  return found
}

/** Append the words of `text` to `found` (see {@link words}). */
function pushWords(text: string, found: string[]): void {
  // Most pieces are one plain ASCII word and punctuation: no regex needed.
  const simple = simpleWord(text)
  if (simple !== undefined) {
    if (simple !== '') found.push(simple)
    return
  }
  wordPattern.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = wordPattern.exec(text))) {
    const word = match[0].toLowerCase().replace(/’/g, "'")
    found.push(/^\d+$/.test(word) ? '#' : word)
  }
}

/**
 * The one word of `text` as {@link words} gives it, when `text` is ASCII
 * letters and digits followed only by ASCII punctuation or spaces without an
 * apostrophe (`''` when there is no word at all); `undefined` otherwise, for
 * the regex to decide.
 */
function simpleWord(text: string): string | undefined {
  let index = 0
  let digits = true
  let upper = false
  for (; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code >= 48 && code <= 57) continue
    if (code >= 97 && code <= 122) digits = false
    else if (code >= 65 && code <= 90) {
      digits = false
      upper = true
    } else break
  }
  const end = index
  for (; index < text.length; index++) {
    const code = text.charCodeAt(index)
    // Letters, digits, apostrophes and anything outside ASCII need the regex.
    if (code > 127 || code === 39 || (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return undefined
  }
  if (end === 0) return ''
  if (digits) return '#'
  const word = end === text.length ? text : text.slice(0, end)
  return upper ? word.toLowerCase() : word
}

/**
 * Features of a sentence: its words (`w:`), adjacent pairs (`b:`), and a few
 * shapes that carry tone (`s:`): doubled `!`/`?!`, a final `!` or `?`, words
 * in capitals.
 */
export function features(text: string): string[] {
  return featuresOfWords(words(text), text)
}

/** {@link features} from the words of `text`, already split. */
function featuresOfWords(list: readonly string[], text: string): string[] {
  const result = new Set<string>()
  for (let index = 0; index < list.length; index++) {
    result.add('w:' + list[index])
    result.add('b:' + (index === 0 ? '^' : list[index - 1]) + ' ' + list[index])
  }
  for (const [name, test] of shapes) if (test.test(text)) result.add(name)
  return [...result]
}

/** Probability of the positive class for a list of features. */
export function probability(model: Model, list: readonly string[]): number {
  let sum = model.bias
  for (const feature of list) sum += weightOf(model, feature)
  return 1 / (1 + Math.exp(-sum))
}

/** Classify a sentence with a model, naming the words that weighed most. */
export function classify(model: Model, text: string): Classification {
  const list = features(text)
  const weights = list.map((feature) => weightOf(model, feature))
  let sum = model.bias
  for (const weight of weights) sum += weight
  return {probability: 1 / (1 + Math.exp(-sum)), triggers: triggersOf(list, weights)}
}

// Function words can weigh in a model, but naming one explains nothing.
const functionWords = new Set(
  ('a an the and or but so if then than as at by for from in into of on to with about after before ' +
    "i me my mine im i'm i've i'd i'll you your yours you're you've you'll you'd u ur we our us they them their " +
    "he she him her his it its it's this that these those there here what when where which who whom whose why how " +
    'is am are was were be been being do does did done have has had having will would shall should can could may might must ' +
    'just own very really also too not no yes ok okay well even still ever only all any some each every more most much ' +
    'one two # years year time times thing things everything anything something get got make made go went know think').split(' ')
)

/** Weights a pair or a word needs before a message may name it. */
const strongPair = 0.6
const strongWord = 1

/**
 * The (at most three) words and pairs that explain a finding, strongest
 * first: pairs with a strong positive weight and a content word (weighted up,
 * as they say more), then content words with a strong weight. Words already
 * named by a stronger pair are not named again.
 */
function triggersOf(list: readonly string[], weights: ArrayLike<number>): string[] {
  const candidates: Array<[string, number]> = []
  for (let index = 0; index < list.length; index++) {
    const feature = list[index]
    const weight = weights[index]
    if (feature.startsWith('b:')) {
      const parts = feature.slice(2).split(' ').filter((word) => word !== '^')
      if (weight >= strongPair && parts.length === 2 && parts.some((word) => !functionWords.has(word))) {
        candidates.push([parts.join(' '), weight * 1.5])
      }
    } else if (feature.startsWith('w:')) {
      const word = feature.slice(2)
      if (weight >= strongWord && !functionWords.has(word)) candidates.push([word, weight])
    }
  }
  candidates.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  const triggers: string[] = []
  for (const [phrase] of candidates) {
    const named = new Set(triggers.flatMap((trigger) => trigger.split(' ')))
    if (phrase.split(' ').some((word) => named.has(word))) continue
    triggers.push(phrase)
    if (triggers.length === 3) break
  }
  return triggers
}

/**
 * Feature ids of the token lists judged since the last new draft: the
 * judgment rules judge the same sentence's tokens (one shared list per
 * sentence) with their own models, so the features are found once. Token
 * lists are read-only. `models` is the number of models in use when they
 * were found: a model used for the first time afterwards may know more.
 *
 * A plain map emptied for each new draft (`forgetJudged`), not a WeakMap:
 * WeakMap entries keyed by short-lived lists kept them past the young
 * generation. Capped, for callers that judge without drafts.
 */
let judged = new Map<object, {models: number; ids: number[]}>()

/** Forget the token lists judged so far: a new draft's lists are new lists (called by `getDraft`). */
export function forgetJudged(): void {
  if (judged.size > 0) judged = new Map()
}

/** Known feature ids of a token list: those of its words joined as `classify` would see them. */
function tokenFeatureIds(tokens: ReadonlyArray<{text: string; after: string}>): number[] {
  const cached = judged.get(tokens)
  if (cached && cached.models === modelsInUse()) return cached.ids
  // Words never span the joining space, so splitting each token on its own
  // gives the words of the joined text.
  const found: string[] = []
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]
    // The word as written is usually its own feature word: no new string
    // (and its hash is already computed), so the id lookups are cheap.
    if (simpleWord(token.after) === '') {
      const word = simpleWord(token.text)
      if (word === token.text) found.push(token.text)
      else pushWords(token.text + token.after, found)
    } else {
      pushWords(token.text + token.after, found)
    }
  }
  // The shapes are found together, when a model in use first asks for one.
  let bits = -1
  const ids = featureIds(found, (shape) => ((bits === -1 ? (bits = shapeBits(tokens)) : bits) & (1 << shape)) !== 0)
  if (judged.size >= 4096) judged = new Map()
  judged.set(tokens, {models: modelsInUse(), ids})
  return ids
}

/**
 * The shapes of {@link shapes} (bit `1 << n` for shape number `n`) that the
 * text `classify` would see (the tokens' `text + after`, joined by spaces)
 * has, without joining it: a joined text per sentence, and the regexes over
 * all of it, were most of what judging allocated. One scan of each piece
 * (`text + after`) tells where a shape could be; each is then decided with
 * the same regex:
 * - doubled `!`/`?`: a piece with two of them (a space breaks a pair);
 * - a final `!` or `?`: the last piece that is not all white space, with
 *   what follows it;
 * - two words in capitals: matches counted piece by piece (the joining
 *   spaces are word boundaries, like the ends of a piece), in pieces with
 *   two capitals in a row; with two, the regex on the joined text decides.
 */
function shapeBits(tokens: ReadonlyArray<{text: string; after: string}>): number {
  let bits = 0
  let capitalWordCount = 0
  for (let index = 0; index < tokens.length; index++) {
    const {text, after} = tokens[index]
    // Marks and capitals in a row, over `text` and on into `after`.
    let marks = 0
    let capitalPair = false
    let previousCapital = false
    for (let at = 0; at < text.length + after.length; at++) {
      const code = at < text.length ? text.charCodeAt(at) : after.charCodeAt(at - text.length)
      if (code === 33 || code === 63) marks++
      const capital = isCapital(code)
      if (capital && previousCapital) capitalPair = true
      previousCapital = capital
    }
    if (marks >= 2 && (bits & 1) === 0 && shapes[0][1].test(text + after)) bits |= 1
    if (capitalPair && capitalWordCount < 2) {
      const found = (text + after).match(capitalWords)
      capitalWordCount += found ? found.length : 0
      // Two: the regex on the joined text decides (`.` stops at a line break).
      if (capitalWordCount >= 2 && shapes[3][1].test(tokens.map((each) => each.text + each.after).join(' '))) bits |= 8
    }
  }
  let from = tokens.length - 1
  while (from > 0 && !/\S/.test(tokens[from].text + tokens[from].after)) from--
  if (from >= 0) {
    let tail = tokens[from].text + tokens[from].after
    for (let index = from + 1; index < tokens.length; index++) tail += ' ' + tokens[index].text + tokens[index].after
    if (shapes[1][1].test(tail)) bits |= 2
    if (shapes[2][1].test(tail)) bits |= 4
  }
  return bits
}

/** A word in capitals, as `s:caps` finds them. */
const capitalWords = /\b[A-Z]{2,}\b/g

/**
 * Run a rule's classifier on the sender's own words of a sentence (quoted
 * words already dropped): a classification when it reaches the model's
 * threshold and names at least one word, otherwise `undefined`.
 *
 * Same result as `classify(model, tokens.map((token) => token.text +
 * token.after).join(' '))`, computed over feature ids (see feature-ids.ts).
 */
export function judge(model: Model, tokens: ReadonlyArray<{text: string; after: string}>): Classification | undefined {
  if (tokens.length < 3) return undefined
  // In use before the words are looked up, so they are looked up in it too.
  const used = useModel(model)
  const ids = tokenFeatureIds(tokens)
  // Read after the lookups, which may have grown the array.
  const weights = used.weights
  // Summed in the order of `features`, leaving out features no model weighs
  // (and adding 0 for those only other models weigh): the same sum.
  let sum = model.bias
  for (let index = 0; index < ids.length; index++) sum += weights[ids[index]]
  const chance = 1 / (1 + Math.exp(-sum))
  // Most sentences fall short: name triggers only for those that reach it.
  if (!(chance >= model.threshold)) return undefined
  const triggers = triggersOf(ids.map(featureName), ids.map((id) => weights[id]))
  return triggers.length > 0 ? {probability: chance, triggers} : undefined
}

/** Trigger words of a classification, for a message: `` `a`, `b c` ``. */
export function namedTriggers(result: Classification): string {
  return result.triggers.map((trigger) => '`' + trigger + '`').join(', ')
}
