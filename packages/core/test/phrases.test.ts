import {PhraseIndex, type Token} from '@replylint/core'
import {describe, expect, it} from 'vitest'

/** Tokens of a space-separated text, as `tokensOf` would give them. */
function tokens(text: string): Token[] {
  let start = 0
  return text
    .split(' ')
    .filter(Boolean)
    .map((word, index) => {
      const token = {text: word, norm: word.toLowerCase(), start, end: start + word.length, index, after: ''}
      start += word.length + 1
      return token
    })
}

/**
 * The phrase syntax, matched the slow and obvious way: every phrase at
 * every start, word by word, trying a word before skipping an optional one
 * and shorter gaps before longer ones.
 */
function reference(phrases: string[], list: Token[]): Array<[string, number, number]> {
  const found: Array<[string, number, number]> = []
  const steps = phrases.map((phrase) => phrase.toLowerCase().trim().split(/\s+/))
  const from = (parts: string[], step: number, at: number): number => {
    if (step === parts.length) return at - 1
    const part = parts[step]
    const gap = /^\*(\d)$/.exec(part)
    if (gap) {
      for (let skip = 0; skip <= Number(gap[1]) && at + skip <= list.length; skip++) {
        const result = from(parts, step + 1, at + skip)
        if (result !== -1) return result
      }
      return -1
    }
    const optional = part.endsWith('?') && part.length > 1
    const words = (optional ? part.slice(0, -1) : part).split('|')
    if (at < list.length && (part === '*' || words.includes(list[at].norm))) {
      const result = from(parts, step + 1, at + 1)
      if (result !== -1) return result
    }
    return optional ? from(parts, step + 1, at) : -1
  }
  for (let first = 0; first < list.length; first++) {
    steps.forEach((parts, order) => {
      const last = from(parts, 0, first)
      if (last >= first) found.push([phrases[order], first, last])
    })
  }
  return found
}

/** A small seeded PRNG, so a failure can be reproduced. */
function random(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed / 2147483648
  }
}

describe('PhraseIndex', () => {
  it('matches words, alternatives, wildcards, gaps and optional words', () => {
    const index = new PhraseIndex(['you should', 'reconsider|rethink *2 decision', 'i really? think', 'made * mistake'])
    const found = index.match(tokens('I think you should rethink this hasty decision because you made a mistake'))
    expect(found.map((match) => [match.phrase, match.first, match.last])).toEqual([
      ['i really? think', 0, 1],
      ['you should', 2, 3],
      ['reconsider|rethink *2 decision', 4, 7],
      ['made * mistake', 10, 12]
    ])
    expect(found[1]).toMatchObject({start: 8, end: 18})
  })

  it('normalises curly apostrophes and case in phrases', () => {
    const index = new PhraseIndex(['DON’T agree'])
    expect(index.match(tokens("i don't agree"))).toHaveLength(1)
  })

  it('rejects duplicate and empty phrases', () => {
    expect(() => new PhraseIndex(['a b', 'A  b'.replace('  ', ' ')])).toThrow(/Duplicate phrase/)
    expect(() => new PhraseIndex(['  '])).toThrow(/Empty phrase/)
  })

  it('finds what the obvious matcher finds, on random phrases and sentences', () => {
    const next = random(7)
    const vocabulary = ['i', 'you', 'not', 'think', 'should', 'the', 'decision', 'wrong', 'really']
    const pick = () => vocabulary[Math.floor(next() * vocabulary.length)]
    // A phrase rarely starts with a wildcard, a gap or an optional word: those are tried at every word.
    const part = (first: boolean) => {
      const roll = next()
      if (roll < (first ? 0.03 : 0.1)) return '*'
      if (roll < (first ? 0.06 : 0.2)) return '*' + Math.floor(next() * 3)
      if (roll < 0.35) return pick() + '|' + pick()
      if (roll < (first ? 0.4 : 0.45)) return pick() + '?'
      return pick()
    }
    for (let round = 0; round < 300; round++) {
      const phrases = new Set<string>()
      const count = 1 + Math.floor(next() * 12)
      while (phrases.size < count) {
        const length = 1 + Math.floor(next() * 4)
        phrases.add(Array.from({length}, (_, at) => part(at === 0)).join(' '))
      }
      const lexicon = [...phrases]
      const index = new PhraseIndex(lexicon)
      // Some lists are matched twice: the second time from what was found of them before.
      for (let sentence = 0; sentence < 10; sentence++) {
        const length = Math.floor(next() * 14)
        const list = tokens(Array.from({length}, () => (next() < 0.15 ? 'unknown' : pick())).join(' '))
        const expected = reference(lexicon, list)
        for (let time = 0; time < 2; time++) {
          expect(index.match(list).map((match) => [match.phrase, match.first, match.last])).toEqual(expected)
        }
      }
    }
  })

  it('matches a list again after other indexes with new words were built', () => {
    const list = tokens('please reconsider the outcome soon')
    const first = new PhraseIndex(['please reconsider'])
    expect(first.match(list)).toHaveLength(1)
    const second = new PhraseIndex(['the outcome soon', 'reconsider the'])
    expect(second.match(list).map((match) => match.phrase)).toEqual(['reconsider the', 'the outcome soon'])
    expect(first.match(list)).toHaveLength(1)
  })
})
