/**
 * Feature ids for `judge`: every feature a model weighs, once a sentence
 * uses it, gets a number, and each model its weights as an array by number.
 *
 * Why ids: the four judgment rules judge every sentence the lexicon lets
 * through. With strings, each sentence made two new strings per word
 * (`w:…`, `b:… …`), a set of them, and four hash lookups per feature (one per
 * model). With ids, a sentence costs two lookups per word in maps keyed by
 * the word itself, and each model adds numbers from an array. Features no
 * model weighs are left out: they add exactly 0 to every sum and are never
 * triggers, so probabilities and triggers are the same as `classify`'s.
 *
 * Why lazily: a model's features are sorted text (see `Model`), searched in
 * place. A word is looked up in the models the first time a sentence has it,
 * and a pair of words the first time a sentence has the pair, so start-up
 * builds nothing for the ~22,000 features of the shipped models, and memory
 * holds only the features drafts actually use.
 */
import type {Model} from './classifier.js'

/** What is known about one word: its `w:` feature, and the `b:` pairs it starts that sentences had. */
interface WordEntry {
  /** Id of `w:word`, or -1 when no model weighs it. */
  id: number
  /**
   * Ids of `b:word next` by `next`, -1 for a pair no model weighs: only the
   * pairs sentences had. Looking up every pair a word starts when the word
   * was first seen loaded ~3,300 features on the first draft (`i`, `the`
   * and `to` start hundreds each) where sentences use a few hundred.
   */
  next: Map<string, number> | undefined
  /** How many of the `models` the word (and its pairs in `next`) was looked up in (the first ones). */
  models: number
}

/** A model in use: its feature text, and its weights by feature id. */
interface ModelIds {
  text: string
  /** Weights by id, 0 where the model does not weigh the feature; `capacity` long. */
  weights: Float64Array
}

/** Every feature name given an id, by id. */
const names: string[] = []
/** Words looked up so far (including `^`, the start of a sentence), known to the models or not. */
let entries = new Map<string, WordEntry>()
/** Models in use, in the order they were first used. */
const models: ModelIds[] = []
const modelIds = new WeakMap<Model, ModelIds>()
/**
 * The shape features of a sentence's text (`features` lists them last, in
 * this order): doubled `!`/`?!`, a final `!` or `?`, two words in capitals.
 */
export const shapes: ReadonlyArray<readonly [name: string, test: RegExp]> = [
  ['s:doubled', /!!|\?!|!\?/],
  ['s:exclaim', /!\s*$/],
  ['s:question', /\?\s*$/],
  ['s:caps', /\b[A-Z]{2,}\b.*\b[A-Z]{2,}\b/]
]
/** Ids of the shapes, -1 until a model in use weighs one. */
const shapeIds = shapes.map(() => -1)
/** Length of every model's weight array and of `seen`: grows (doubling) as ids are given. */
let capacity = 1024
/** Ids already found in the sentence being read: those marked with the current `stamp`. */
let seen = new Int32Array(capacity)
let stamp = 0
/** Words not known to any model are forgotten past this many entries (they are cheap to look up again). */
const entryLimit = 100_000
/** Pairs no model weighs that are remembered (as -1), at most: past it they are forgotten (and looked up again when met). */
const absentLimit = 200_000
let absentPairs = 0

/**
 * How many models are in use: the feature ids of a sentence found before
 * a model was first used may miss that model's features.
 */
export function modelsInUse(): number {
  return models.length
}

/** A new feature id, growing every model's weight array when needed. */
function newId(name: string): number {
  const id = names.length
  names.push(name)
  if (id >= capacity) {
    capacity *= 2
    for (const model of models) {
      const grown = new Float64Array(capacity)
      grown.set(model.weights)
      model.weights = grown
    }
    // The marks of the sentence being read are kept: ids can be given mid-sentence.
    const marks = new Int32Array(capacity)
    marks.set(seen)
    seen = marks
  }
  return id
}

/** The model's ids and weights, put in use (its shape features looked up) on first use. */
function idsOf(model: Model): ModelIds {
  const known = modelIds.get(model)
  if (known && known.text === model.features) return known
  const text = textOf(model)
  const found: ModelIds = {text, weights: new Float64Array(capacity)}
  models.push(found)
  modelIds.set(model, found)
  for (let index = 0; index < shapes.length; index++) {
    const at = findLine(text, shapes[index][0])
    if (at === -1) continue
    if (shapeIds[index] === -1) shapeIds[index] = newId(shapes[index][0])
    found.weights[shapeIds[index]] = weightAt(text, at)
  }
  return found
}

/** A model's feature text, checked: a model in the old shape (weights as an object) has none. */
function textOf(model: Model): string {
  const text = model.features
  if (typeof text !== 'string') throw new TypeError('Model `' + model.rule + '` has no `features` text: models are written by `pnpm train`')
  return text
}

/**
 * Put a model in use, so sentences' feature ids include its features. Its
 * `weights` by feature id (0 for features it does not weigh) are replaced
 * when ids outgrow them: read them after finding a sentence's ids.
 */
export function useModel(model: Model): {readonly weights: Float64Array} {
  return idsOf(model)
}

/** The name of a feature id (`w:waste`, `b:my time`). */
export function featureName(id: number): string {
  return names[id]
}

/** The entry of a word, looked up in every model in use. */
function entryOf(word: string): WordEntry {
  let entry = entries.get(word)
  if (entry === undefined) {
    if (entries.size >= entryLimit) forgetUnknownWords()
    entry = {id: -1, next: undefined, models: 0}
    entries.set(word, entry)
  }
  if (entry.models !== models.length) lookUp(word, entry)
  return entry
}

/** Drop the entries of words no model knows (long runs over many distinct words). */
function forgetUnknownWords(): void {
  const kept = new Map<string, WordEntry>()
  for (const [word, entry] of entries) if (entry.id !== -1 || startsKnownPair(entry)) kept.set(word, entry)
  entries = kept
}

/** Whether a model weighs a pair the word starts (its id must be kept: ids are given once). */
function startsKnownPair(entry: WordEntry): boolean {
  if (entry.next) for (const id of entry.next.values()) if (id !== -1) return true
  return false
}

/** Forget the pairs no model weighs (see `absentLimit`). */
function forgetAbsentPairs(): void {
  for (const entry of entries.values()) {
    if (entry.next) for (const [next, id] of entry.next) if (id === -1) entry.next.delete(next)
  }
  absentPairs = 0
}

/** Look a word up in the models in use it was not yet looked up in: its `w:` feature and the pairs already met. */
function lookUp(word: string, entry: WordEntry): void {
  for (let index = entry.models; index < models.length; index++) {
    const model = models[index]
    const text = model.text
    const at = findLine(text, 'w:' + word)
    if (at !== -1) {
      if (entry.id === -1) entry.id = newId('w:' + word)
      model.weights[entry.id] = weightAt(text, at)
    }
    if (entry.next) {
      for (const [next, known] of entry.next) {
        const name = 'b:' + word + ' ' + next
        const line = findLine(text, name)
        if (line === -1) continue
        let id = known
        if (id === -1) {
          id = newId(name)
          entry.next.set(next, id)
          absentPairs--
        }
        // Read after `newId`, which may have grown the array.
        model.weights[id] = weightAt(text, line)
      }
    }
  }
  entry.models = models.length
}

/**
 * The id of pair `b:word next` (-1 when no model in use weighs it), looked
 * up in every model the first time a sentence has it; `entry` is `word`'s,
 * looked up in every model in use.
 */
function pairOf(entry: WordEntry, word: string, next: string): number {
  const name = 'b:' + word + ' ' + next
  let id = -1
  for (const model of models) {
    const line = findLine(model.text, name)
    if (line === -1) continue
    if (id === -1) id = newId(name)
    model.weights[id] = weightAt(model.text, line)
  }
  if (id === -1) {
    if (absentPairs >= absentLimit) forgetAbsentPairs()
    absentPairs++
  }
  ;(entry.next ??= new Map()).set(next, id)
  return id
}

/**
 * Where the first line of `text` whose name (up to a tab or line end) is at
 * or after `key` starts (`text.length` when none), by binary search over
 * character offsets: lines are sorted by name, and nothing is built.
 */
function lowerBound(text: string, key: string): number {
  let low = 0
  let high = text.length
  while (low < high) {
    const middle = (low + high) >>> 1
    // The start of the line holding `middle - 1`: at or after `low`, before `high`.
    const line = middle === 0 ? 0 : text.lastIndexOf('\n', middle - 1) + 1
    if (compareName(text, line, key) < 0) low = nextLine(text, line)
    else high = line
  }
  return low
}

/** Where the line named exactly `key` starts, or -1. */
function findLine(text: string, key: string): number {
  const at = lowerBound(text, key)
  return at < text.length && compareName(text, at, key) === 0 ? at : -1
}

/** Where the line after the one starting at `line` starts (`text.length` after the last). */
function nextLine(text: string, line: number): number {
  const end = text.indexOf('\n', line)
  return end === -1 ? text.length : end + 1
}

/** Compare the name of the line at `line` with `key`, by UTF-16 code units as `<` does. */
function compareName(text: string, line: number, key: string): number {
  for (let index = 0; ; index++) {
    const code = line + index < text.length ? text.charCodeAt(line + index) : 10
    const ended = code === 9 || code === 10
    if (index === key.length) return ended ? 0 : 1
    if (ended) return -1
    const other = key.charCodeAt(index)
    if (code !== other) return code - other
  }
}

/** The weight on the line at `line`: the number after its tab. */
function weightAt(text: string, line: number): number {
  const tab = text.indexOf('\t', line)
  const end = text.indexOf('\n', tab)
  return Number(text.slice(tab + 1, end === -1 ? text.length : end))
}

/**
 * The weight a model gives a feature by name (0 when it does not weigh it),
 * found in its text without building anything: for `classify` and
 * `probability`, which are not on the linting path.
 */
export function weightOf(model: Model, name: string): number {
  const text = textOf(model)
  const at = findLine(text, name)
  return at === -1 ? 0 : weightAt(text, at)
}


/**
 * The known feature ids of a sentence's words and shapes, in the order
 * `features` lists them (first occurrence), without repeats: known to the
 * models in use (see `modelsInUse`). `hasShape(index)` tells whether the
 * sentence has shape `shapes[index]`; it is asked only for shapes a model
 * in use weighs.
 */
export function featureIds(words: readonly string[], hasShape: (index: number) => boolean): number[] {
  if (++stamp === 2 ** 31 - 1) {
    seen.fill(0)
    stamp = 1
  }
  const found: number[] = []
  let previous = entryOf('^')
  let previousWord = '^'
  for (let index = 0; index < words.length; index++) {
    const word = words[index]
    let entry = entries.get(word)
    if (entry === undefined || entry.models !== models.length) entry = entryOf(word)
    if (entry.id !== -1 && seen[entry.id] !== stamp) {
      seen[entry.id] = stamp
      found.push(entry.id)
    }
    // `previous` was looked up in every model in use (so were its pairs in `next`).
    let pair = previous.next?.get(word)
    if (pair === undefined) pair = pairOf(previous, previousWord, word)
    if (pair !== -1 && seen[pair] !== stamp) {
      seen[pair] = stamp
      found.push(pair)
    }
    previous = entry
    previousWord = word
  }
  // Shapes last, in the order of `features`; decided only for a shape some model weighs.
  for (let index = 0; index < shapeIds.length; index++) {
    if (shapeIds[index] !== -1 && hasShape(index)) mark(found, shapeIds[index])
  }
  return found
}

/** Add an id to a sentence's ids unless it is there already. */
function mark(found: number[], id: number): void {
  if (seen[id] === stamp) return
  seen[id] = stamp
  found.push(id)
}

