/**
 * Feature ids for `judge`: every feature any model weighs gets a number, and
 * each model its weights as an array by number.
 *
 * Why: the four judgment rules judge every sentence the lexicon lets
 * through. With strings, each sentence made two new strings per word
 * (`w:…`, `b:… …`), a set of them, and four hash lookups per feature (one per
 * model). With ids, a sentence costs two lookups per word in maps keyed by
 * the word itself, and each model adds numbers from an array. Features no
 * model weighs are left out: they add exactly 0 to every sum and are never
 * triggers, so probabilities and triggers are the same as `classify`'s.
 */
import type {Model} from './classifier.js'

/** What is known about one word: its `w:` feature, and its `b:` pairs by next word. */
interface WordEntry {
  /** Id of `w:word`, or -1. */
  id: number
  /** Ids of `b:word next`, by `next`. */
  next: Map<string, number> | undefined
}

/** Every feature name, by id. */
const names: string[] = []
const ids = new Map<string, number>()
const wordEntries = new Map<string, WordEntry>()
/** Ids of the shape features (`s:doubled`…), by name. */
const shapeIds = new Map<string, number>()
/** Weights by id, per model; built when a model is first used. */
const modelWeights = new WeakMap<Model, {weights: Model['weights']; byId: Float64Array}>()

/** How many features are known: grows when a model with new features is first used. */
export function vocabularySize(): number {
  return names.length
}

function entryOf(word: string): WordEntry {
  let entry = wordEntries.get(word)
  if (!entry) wordEntries.set(word, (entry = {id: -1, next: undefined}))
  return entry
}

function intern(name: string): number {
  let id = ids.get(name)
  if (id === undefined) {
    id = names.length
    names.push(name)
    ids.set(name, id)
    if (name.startsWith('w:')) {
      entryOf(name.slice(2)).id = id
    } else if (name.startsWith('b:')) {
      const space = name.indexOf(' ')
      // Words never contain spaces, so `b:` names without one are never features.
      if (space !== -1) {
        const entry = entryOf(name.slice(2, space))
        ;(entry.next ??= new Map()).set(name.slice(space + 1), id)
      }
    } else if (name.startsWith('s:')) {
      shapeIds.set(name, id)
    }
  }
  return id
}

/** A model's weights by feature id (features it does not weigh are 0, or past the end). */
export function weightsById(model: Model): Float64Array {
  const cached = modelWeights.get(model)
  // Rebuilt when another model added features, so every id is in range.
  if (cached && cached.weights === model.weights && cached.byId.length === names.length) return cached.byId
  const keys = Object.keys(model.weights)
  for (const key of keys) intern(key)
  const byId = new Float64Array(names.length)
  for (const key of keys) byId[ids.get(key)!] = model.weights[key] ?? 0
  modelWeights.set(model, {weights: model.weights, byId})
  return byId
}

/** The name of a feature id (`w:waste`, `b:my time`). */
export function featureName(id: number): string {
  return names[id]
}

let seen = new Int32Array(1024)
let stamp = 0

/**
 * The known feature ids of a sentence's words and text, in the order
 * `features` lists them (first occurrence), without repeats.
 */
export function featureIds(words: readonly string[], text: string): number[] {
  if (seen.length < names.length) seen = new Int32Array(Math.max(names.length, seen.length * 2))
  if (++stamp === 2 ** 31 - 1) {
    seen.fill(0)
    stamp = 1
  }
  const found: number[] = []
  let previous = wordEntries.get('^')
  for (let index = 0; index < words.length; index++) {
    const word = words[index]
    const entry = wordEntries.get(word)
    if (entry && entry.id >= 0 && seen[entry.id] !== stamp) {
      seen[entry.id] = stamp
      found.push(entry.id)
    }
    const pair = previous?.next?.get(word)
    if (pair !== undefined && seen[pair] !== stamp) {
      seen[pair] = stamp
      found.push(pair)
    }
    previous = entry
  }
  const add = (id: number) => {
    if (seen[id] === stamp) return
    seen[id] = stamp
    found.push(id)
  }
  if (shapeIds.size > 0) {
    if (shapeIds.has('s:doubled') && /!!|\?!|!\?/.test(text)) add(shapeIds.get('s:doubled')!)
    if (shapeIds.has('s:exclaim') && /!\s*$/.test(text)) add(shapeIds.get('s:exclaim')!)
    if (shapeIds.has('s:question') && /\?\s*$/.test(text)) add(shapeIds.get('s:question')!)
    if (shapeIds.has('s:caps') && /\b[A-Z]{2,}\b.*\b[A-Z]{2,}\b/.test(text)) add(shapeIds.get('s:caps')!)
  }
  return found
}
