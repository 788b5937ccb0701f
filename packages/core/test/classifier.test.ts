import {classify, features, judge, probability, type Model} from '@replylint/core'
import {describe, expect, it} from 'vitest'
import {random} from '../../../test/helpers/random.js'

/** A model from weights by name, its `features` text written as `pnpm train` writes it. */
function modelOf(rule: string, weights: Record<string, number>, bias = -1, threshold = 0.5): Model {
  const text = Object.keys(weights)
    .sort()
    .map((name) => name + '\t' + weights[name] + '\n')
    .join('')
  return {rule, bias, threshold, features: '\n' + text}
}

type Token = {text: string; after: string}

/** What `judge` is documented to equal: `classify` on the tokens joined by spaces. */
function expected(model: Model, tokens: readonly Token[]) {
  const result = classify(model, tokens.map((token) => token.text + token.after).join(' '))
  if (tokens.length < 3 || !(result.probability >= model.threshold) || result.triggers.length === 0) return undefined
  return result
}

// Words that are prefixes of one another (`a`, `ab`, `abc`; `waste`, `wasted`)
// test that a binary search stops at a whole name, and `zzz` the last line.
const vocabulary = ['a', 'ab', 'abc', 'waste', 'wasted', 'wastes', 'time', 'my', 'of', 'thank', 'you', 'café', "don't", '#', 'zzz', 'unfair', 'the']
const shapes = ['s:doubled', 's:exclaim', 's:question', 's:caps']

function randomModel(next: () => number, rule: string): Model {
  const weights: Record<string, number> = {}
  for (const word of vocabulary) {
    if (next() < 0.6) weights['w:' + word] = Math.round((next() * 6 - 3) * 1000) / 1000
    for (const other of ['^', ...vocabulary]) {
      if (next() < 0.15) weights['b:' + other + ' ' + word] = Math.round((next() * 4 - 2) * 1000) / 1000
    }
  }
  for (const shape of shapes) if (next() < 0.7) weights[shape] = next() * 4 - 2
  // Threshold below every probability: `judge` answers whenever a word is named.
  return modelOf(rule, weights, next() * 2 - 1, next() < 0.5 ? -1 : 0.5)
}

function randomTokens(next: () => number): Token[] {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]
  const length = 1 + Math.floor(next() * 9)
  const tokens: Token[] = []
  for (let index = 0; index < length; index++) {
    let text = pick([...vocabulary, 'Waste', 'WASTE', 'TIME', '12', 'ab-c', 'x’s', 'Zzz', 'unknown'])
    if (text === '#') text = '2024'
    tokens.push({text, after: pick(['', '', '', ',', '.', '!', '!!', '?', '?!', '...', ' ', '" '])})
  }
  return tokens
}

describe('classifier models as text', () => {
  const model = modelOf('test', {'w:waste': 1.5, 'b:a waste': 2, 'b:my time': 0.7, 'w:time': 0.5, 'w:of': 1.2, 'w:thank': -3, 's:doubled': 1}, -2, 0.7)

  it('reads each weight from its line, 0 for a feature without one', () => {
    expect(probability(model, ['w:waste'])).toBe(1 / (1 + Math.exp(-(-2 + 1.5))))
    expect(probability(model, ['w:wast', 'w:wastes', 'b:a', 'b:a waste x', 'w:'])).toBe(1 / (1 + Math.exp(2)))
    expect(probability(model, ['b:a waste', 's:doubled', 'w:thank'])).toBe(1 / (1 + Math.exp(-(-2 + 2 + 1 - 3))))
  })

  it('reads texts without the leading or the final line break', () => {
    for (const features of ['b:a waste\t2\nw:waste\t1.5', '\n\nb:a waste\t2\nw:waste\t1.5\n']) {
      const bare: Model = {rule: 'bare', bias: 0, threshold: 0.5, features}
      expect(probability(bare, ['w:waste', 'b:a waste'])).toBe(1 / (1 + Math.exp(-3.5)))
      expect(judge(bare, [{text: 'a', after: ''}, {text: 'waste', after: ''}, {text: 'indeed', after: ''}])?.triggers).toEqual(['a waste'])
    }
  })

  it('reads weights exactly as written, exponents included', () => {
    const tiny = modelOf('tiny', {'w:a': 1.2e-7, 'w:b': -0.30000000000000004, 'w:c': 123456.789})
    expect(probability(tiny, ['w:a', 'w:b', 'w:c'])).toBe(1 / (1 + Math.exp(-(-1 + 1.2e-7 + -0.30000000000000004 + 123456.789))))
    // Each weight alone, against a bias of 0: `logit` undoes the sigmoid only
    // approximately, so the sums are compared as `probability` makes them.
    const written = ['2', '-0.5', '0.001', '0.1', '0.7', '-2.48', '4.225', '1234567890.12345', '9007199254740993', '1e21', '5e-324', '-0', '.5', '1.']
    for (const weight of written) {
      const one: Model = {rule: 'one', bias: 0, threshold: -1, features: 'b:zebra quokka\t9\nw:zebra\t' + weight + '\n'}
      expect(Object.is(probability(one, ['w:zebra']), 1 / (1 + Math.exp(-(0 + Number(weight))))), weight).toBe(true)
      // `judge` reads the weight through the word's entry: w:zebra, then the pair.
      const tokens = [{text: 'zebra', after: ''}, {text: 'quokka', after: ''}, {text: 'c', after: ''}]
      expect(Object.is(judge(one, tokens)?.probability, 1 / (1 + Math.exp(-(0 + Number(weight) + 9)))), weight).toBe(true)
    }
  })

  it('tells a model in the old shape (weights as an object) by its missing text', () => {
    const old = {rule: 'old', bias: 0, threshold: 0.5, weights: {'w:a': 1}} as unknown as Model
    const tokens = [{text: 'a', after: ''}, {text: 'b', after: ''}, {text: 'c', after: ''}]
    expect(() => judge(old, tokens)).toThrow(/features/)
    expect(() => classify(old, 'a b c')).toThrow(/features/)
  })

  it('judges as classify does: same probabilities to the bit, same triggers', () => {
    const next = random(20240611)
    // Models come into use one after another, between sentences judged with
    // the earlier ones, and the same token lists are judged again by later
    // models: each must see its own features.
    const models: Model[] = []
    const lists: Token[][] = []
    for (let round = 0; round < 12; round++) {
      models.push(randomModel(next, 'fuzz-' + round))
      for (let count = 0; count < 60; count++) lists.push(randomTokens(next))
      for (const tokens of lists.slice(-200)) {
        for (const each of models) {
          const result = judge(each, tokens)
          const wanted = expected(each, tokens)
          expect(result, JSON.stringify(tokens) + ' ' + each.rule).toEqual(wanted)
          if (result && wanted) expect(Object.is(result.probability, wanted.probability)).toBe(true)
        }
      }
    }
  })

  it('finds the shapes of the joined text without joining it, on awkward pieces', () => {
    // Shapes only (and a word to name): the probability tells which shapes were found.
    const shaped = modelOf('shapes', {'w:zq': 1.5, 's:doubled': 0.5, 's:exclaim': 0.25, 's:question': 0.125, 's:caps': 0.0625}, -1, -1)
    const next = random(7)
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]
    const texts = ['zq', 'AB', 'Ab', 'A', 'B', 'ABC', 'x', '', 'A_B', 'É', 'OK!', '!?', 'AB-CD', '?', 'a!']
    const afters = ['', '', '!', '?', '!!', ' ', '  ', '\uFEFF', '\u00A0', '_', 'B', 'CD', '! ', '? ', ' !', '.', ',', '?!', '\n', '!\n', 'A', '\u2028']
    for (let count = 0; count < 20000; count++) {
      const tokens = [{text: 'zq', after: ''}]
      const length = 2 + Math.floor(next() * 6)
      for (let index = 0; index < length; index++) tokens.push({text: pick(texts), after: pick(afters)})
      if (next() < 0.5) tokens.reverse()
      const result = judge(shaped, tokens)
      const wanted = expected(shaped, tokens)
      expect(result?.probability, JSON.stringify(tokens)).toBe(wanted?.probability)
    }
  })

  it('keeps the marks and weights of a sentence when new ids outgrow their arrays mid-sentence', () => {
    // Thousands of new words and pairs in one sentence, each weighed: ids are
    // given word by word (and pair by pair) as the sentence is read, and they
    // outgrow the arrays after `growa` was already found and marked.
    const weights: Record<string, number> = {'w:growa': 0.25, 's:exclaim': 0.5}
    const words = ['growa']
    for (let index = 0; index < 6000; index++) {
      weights['w:grow' + index] = (index % 7) / 10 - 0.3
      weights['b:' + words[words.length - 1] + ' grow' + index] = (index % 5) / 10 - 0.2
      words.push('grow' + index)
    }
    weights['b:grow5999 growa'] = 2
    words.push('growa')
    const big = modelOf('big', weights, -3, -1)
    const tokens = words.map((text) => ({text, after: ''}))
    tokens[tokens.length - 1].after = '!'
    const result = judge(big, tokens)
    const wanted = expected(big, tokens)
    expect(result).toEqual(wanted)
    expect(Object.is(result?.probability, wanted?.probability)).toBe(true)
    // `growa` counts once, its pair after `grow5999` too.
    expect(result?.triggers[0]).toBe('grow5999 growa')
  })

  it('judges sentences whose words are new to every model', () => {
    const fresh = modelOf('fresh', {'w:zebra': 2, 'b:quokka zebra': 1.5, 's:exclaim': 0.25}, -1, 0.6)
    const tokens = [{text: 'Quokka', after: ''}, {text: 'zebra', after: ''}, {text: 'again', after: '!'}]
    const result = judge(fresh, tokens)
    expect(result).toEqual({probability: 1 / (1 + Math.exp(-(-1 + 2 + 1.5 + 0.25))), triggers: ['quokka zebra']})
    expect(features('Quokka zebra again!')).toEqual(['w:quokka', 'b:^ quokka', 'w:zebra', 'b:quokka zebra', 'w:again', 'b:zebra again', 's:exclaim'])
  })
})
