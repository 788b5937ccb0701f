import {classify, judge, type Model} from '@replylint/core'
import {describe, expect, it} from 'vitest'

// A file of its own: the models other tests put in use would each be searched
// for every one of the 220,000 new words and pairs below.

type Token = {text: string; after: string}

const model: Model = {rule: 'pairs', bias: -1, threshold: -1, features: '\nb:kept pair\t1.5\nw:kept\t0.5\nw:pair\t0.25\n'}

/** What `judge` is documented to equal: `classify` on the tokens joined by spaces. */
function expected(tokens: readonly Token[]) {
  const result = classify(model, tokens.map((token) => token.text + token.after).join(' '))
  return result.triggers.length > 0 ? result : undefined
}

describe('feature ids over many distinct words', () => {
  it('judges the same after forgetting the many words and pairs no model weighs', () => {
    // Pairs no model weighs are remembered as such up to 200,000, then forgotten
    // (and words no model weighs past 100,000): a known pair keeps its id and
    // weight across that.
    const known = ['kept', 'pair', 'again'].map((text) => ({text, after: ''}))
    const before = judge(model, known)
    expect(before).toEqual(expected(known))
    expect(before?.triggers).toEqual(['kept pair'])
    for (let sentence = 0; sentence < 220; sentence++) {
      const tokens = Array.from({length: 1000}, (_, index) => ({text: 'absent' + sentence + 'x' + index, after: ''}))
      tokens[500] = {text: 'kept', after: ''}
      tokens[501] = {text: 'pair', after: ''}
      const result = judge(model, tokens)
      if (sentence % 40 === 0) expect(result?.probability).toBe(expected(tokens)?.probability)
    }
    expect(judge(model, known)).toEqual(before)
  })
})
