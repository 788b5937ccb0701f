import {features} from '@replylint/core'
import type {Example} from './data.js'

/**
 * A model while it is trained: weights by feature name, as training reads
 * and updates them one by one (`toModel` turns it into the shipped `Model`).
 */
export interface TrainedModel {
  rule: string
  bias: number
  threshold: number
  /** Weights by feature name (`w:word`, `b:word word`, `s:…`). */
  weights: Record<string, number>
}

/**
 * Probability of the positive class for a list of features: the sum of
 * `Model`'s `probability` (bias first, then the weights in list order, 0 for
 * unknown features), so that training decides as the shipped model does.
 */
export function probabilityOf(model: TrainedModel, list: readonly string[]): number {
  let sum = model.bias
  for (const feature of list) sum += model.weights[feature] ?? 0
  return 1 / (1 + Math.exp(-sum))
}

/** Training settings: fixed, so a run is reproducible. */
export interface Settings {
  epochs: number
  rate: number
  l2: number
  /** Features seen in fewer examples are dropped. */
  minCount: number
  /** Weights smaller than this are pruned from the shipped model. */
  prune: number
}

export const defaults: Settings = {epochs: 30, rate: 0.05, l2: 0.002, minCount: 2, prune: 0.02}

/** A stable 32-bit hash (FNV-1a), for folds and a fixed example order. */
export function hash(text: string): number {
  let value = 0x811c9dc5
  for (let index = 0; index < text.length; index++) {
    value ^= text.charCodeAt(index)
    value = Math.imul(value, 0x01000193) >>> 0
  }
  return value
}

/**
 * Train logistic regression with plain SGD in a fixed order, positives
 * weighted to balance the classes. Deterministic for the same examples.
 */
export function train(rule: string, examples: Example[], settings: Settings = defaults): TrainedModel {
  const counts = new Map<string, number>()
  const rows = examples
    .map((example) => ({example, list: features(example.text), order: hash(example.text)}))
    .sort((a, b) => a.order - b.order || (a.example.text < b.example.text ? -1 : 1))
  for (const row of rows) for (const feature of row.list) counts.set(feature, (counts.get(feature) ?? 0) + 1)
  for (const row of rows) row.list = row.list.filter((feature) => (counts.get(feature) ?? 0) >= settings.minCount)

  const positives = rows.filter((row) => row.example.label === 1).length
  const negatives = rows.length - positives
  const positiveWeight = positives === 0 ? 1 : negatives / positives
  const model: TrainedModel = {rule, bias: 0, threshold: 0.5, weights: {}}
  const weights = model.weights

  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    const rate = settings.rate / (1 + epoch * 0.1)
    for (const row of rows) {
      const error = row.example.label - probabilityOf(model, row.list)
      const scale = rate * error * (row.example.label === 1 ? positiveWeight : 1) * (row.example.weight ?? 1)
      model.bias += scale
      for (const feature of row.list) {
        const weight = weights[feature] ?? 0
        weights[feature] = weight + scale - rate * settings.l2 * weight
      }
    }
  }

  for (const [feature, weight] of Object.entries(weights)) {
    if (Math.abs(weight) < settings.prune) delete weights[feature]
    else weights[feature] = Math.round(weight * 1000) / 1000
  }
  model.bias = Math.round(model.bias * 1000) / 1000
  return model
}

/** Out-of-fold probabilities from k-fold cross-validation (folds by text hash). */
export function crossValidate(rule: string, examples: Example[], folds = 5, settings: Settings = defaults): number[] {
  const fold = examples.map((example) => hash('fold:' + example.text) % folds)
  const result = new Array<number>(examples.length).fill(0)
  for (let current = 0; current < folds; current++) {
    const model = train(rule, examples.filter((_, index) => fold[index] !== current), settings)
    examples.forEach((example, index) => {
      if (fold[index] === current) result[index] = probabilityOf(model, features(example.text))
    })
  }
  return result
}

/** Precision, recall and F1 of flagging at a threshold. */
export function scoreAt(examples: Example[], probabilities: number[], threshold: number) {
  let tp = 0
  let fp = 0
  let fn = 0
  examples.forEach((example, index) => {
    const flagged = probabilities[index] >= threshold
    if (flagged && example.label === 1) tp++
    else if (flagged) fp++
    else if (example.label === 1) fn++
  })
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp)
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn)
  return {tp, fp, fn, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)}
}

/**
 * The lowest threshold whose out-of-fold precision reaches `precision`: the
 * classifier only adds what it is sure of to the lexicon's findings.
 */
export function chooseThreshold(examples: Example[], probabilities: number[], precision: number): number {
  for (let threshold = 0.5; threshold < 0.995; threshold += 0.01) {
    const rounded = Math.round(threshold * 100) / 100
    if (scoreAt(examples, probabilities, rounded).precision >= precision) return rounded
  }
  return 0.99
}
