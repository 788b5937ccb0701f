/**
 * A placeholder pattern is only searched in text holding one of its hints:
 * every match must contain one, or a placeholder would be missed. Checked
 * on random text made of the characters the patterns are built from.
 */
import {describe, expect, it} from 'vitest'
import {mayMatch, patterns} from '../src/patterns.js'
import {random} from '../../../test/helpers/random.js'

const pieces = ['{', '}', '[', ']', '<', '>', '%', '$', '_', '?', 'X', 'x', 'T', 'B', 'D', 'A', 'K', 'INSERT ', 'a', 'N', ' ', '\n', '@', '/', '.', 'é']

describe('placeholder hints', () => {
  it('every match of a pattern contains one of its hints', () => {
    const next = random(11)
    const matched = new Map<string, number>()
    for (let round = 0; round < 30_000; round++) {
      let text = ''
      const length = 1 + Math.floor(next() * 16)
      for (let index = 0; index < length; index++) text += pieces[Math.floor(next() * pieces.length)]
      for (const pattern of patterns) {
        pattern.pattern.lastIndex = 0
        for (const match of text.matchAll(pattern.pattern)) {
          matched.set(pattern.name, (matched.get(pattern.name) ?? 0) + 1)
          expect(mayMatch(pattern, match[0]), pattern.name + ' on ' + JSON.stringify(match[0])).toBe(true)
        }
      }
    }
    // The random text reached every pattern.
    expect([...matched.keys()].sort()).toEqual(patterns.map((pattern) => pattern.name).sort())
  })

  it('a text without any hint is not searched', () => {
    const plain = 'Thank you for letting me know. I enjoyed meeting the team.'
    expect(patterns.filter((pattern) => mayMatch(pattern, plain))).toEqual([])
  })
})
