/**
 * A small linear sentence classifier: logistic regression over word
 * unigrams and bigrams, trained by `pnpm train` on the project's labeled
 * data and shipped as data. Deterministic, no network, and every decision can
 * be explained by the words that weighed most.
 */

/** A trained model, as `pnpm train` writes it. */
export interface Model {
  /** Rule the model was trained for. */
  rule: string
  bias: number
  /** Probability at or above which a sentence is flagged. */
  threshold: number
  /** Feature weights: `w:word`, `b:word word`, and shape features `s:…`. */
  weights: Record<string, number>
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
  wordPattern.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = wordPattern.exec(text))) {
    const word = match[0].toLowerCase().replace(/’/g, "'")
    found.push(/^\d+$/.test(word) ? '#' : word)
  }
  return found
}

/**
 * Features of a sentence: its words (`w:`), adjacent pairs (`b:`), and a few
 * shapes that carry tone (`s:`): doubled `!`/`?!`, a final `!` or `?`, words
 * in capitals.
 */
export function features(text: string): string[] {
  const list = words(text)
  const result = new Set<string>()
  for (let index = 0; index < list.length; index++) {
    result.add('w:' + list[index])
    result.add('b:' + (index === 0 ? '^' : list[index - 1]) + ' ' + list[index])
  }
  if (/!!|\?!|!\?/.test(text)) result.add('s:doubled')
  if (/!\s*$/.test(text)) result.add('s:exclaim')
  if (/\?\s*$/.test(text)) result.add('s:question')
  if (/\b[A-Z]{2,}\b.*\b[A-Z]{2,}\b/.test(text)) result.add('s:caps')
  return [...result]
}

/** Probability of the positive class for a list of features. */
export function probability(model: Model, list: readonly string[]): number {
  let sum = model.bias
  for (const feature of list) sum += model.weights[feature] ?? 0
  return 1 / (1 + Math.exp(-sum))
}

/** Classify a sentence with a model, naming the words that weighed most. */
export function classify(model: Model, text: string): Classification {
  const list = features(text)
  const contributions = list
    .map((feature) => [feature, model.weights[feature] ?? 0] as const)
    .filter(([feature, weight]) => weight > 0 && !feature.startsWith('s:'))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  const triggers: string[] = []
  for (const [feature] of contributions) {
    const phrase = feature.slice(2).replace(/^\^ /, '')
    // A pair names its words; skip words already named by a stronger feature.
    const named = new Set(triggers.flatMap((trigger) => trigger.split(' ')))
    if (phrase.split(' ').every((word) => named.has(word))) continue
    triggers.push(phrase)
    if (triggers.length === 3) break
  }
  return {probability: probability(model, list), triggers}
}

/**
 * Run a rule's classifier on the sender's own words of a sentence (quoted
 * words already dropped): a classification when it reaches the model's
 * threshold and names at least one word, otherwise `undefined`.
 */
export function judge(model: Model, tokens: ReadonlyArray<{text: string; after: string}>): Classification | undefined {
  if (tokens.length < 3) return undefined
  const result = classify(model, tokens.map((token) => token.text + token.after).join(' '))
  return result.probability >= model.threshold && result.triggers.length > 0 ? result : undefined
}

/** Trigger words of a classification, for a message: `` `a`, `b c` ``. */
export function namedTriggers(result: Classification): string {
  return result.triggers.map((trigger) => '`' + trigger + '`').join(', ')
}
