/**
 * `countWords` counts in one scan what `words` finds with the word regex:
 * compared on random text made of the characters that decide word edges.
 */
import {describe, expect, it} from 'vitest'
import {countWords, words} from '../src/budgets.js'
import {random} from '../../../test/helpers/random.js'

/** Letters and digits (ASCII and not, one outside the BMP), joiners, spaces and punctuation. */
const pieces = ['a', 'Z', '7', 'é', 'ß', '٣', '𝒜', '😀', "'", '’', '-', '.', ' ', '\n', ',', '!', '"', '—', '_', '\u00a0', '\ud835']

describe('countWords', () => {
  it('counts the words the regex finds, and where the nth starts, in any range', () => {
    const next = random(7)
    for (let round = 0; round < 20_000; round++) {
      let text = ''
      const length = Math.floor(next() * 30)
      for (let index = 0; index < length; index++) text += pieces[Math.floor(next() * pieces.length)]
      const start = Math.floor(next() * (text.length + 1))
      const end = start + Math.floor(next() * (text.length - start + 1))
      const expected = words(text.slice(start, end), start)
      const nth = Math.floor(next() * (expected.length + 2)) - 1
      const counted = countWords(text, start, end, nth)
      expect({text, start, end, nth, ...counted}).toEqual({
        text,
        start,
        end,
        nth,
        count: expected.length,
        at: nth >= 0 && nth < expected.length ? expected[nth][0] : -1
      })
      // What the rule relies on to skip short sentences: n words take at least 2n - 1 characters.
      if (counted.count > 0) expect(2 * counted.count - 1).toBeLessThanOrEqual(end - start)
    }
  })

  it('counts a plain sentence', () => {
    // `it's`, `a`, `well-known`, `e.g`, `fact`, `3.5`, `U.S`, `firms`, `don't`.
    const text = "It's a well-known e.g. fact: 3.5 U.S. firms — don't."
    expect(countWords(text, 0, text.length)).toEqual({count: 9, at: -1})
    expect(countWords(text, 0, text.length, 2).at).toBe(text.indexOf('well'))
  })
})
