import {describe, expect, it} from 'vitest'
import {commonWords} from '../src/common-words.js'
import {acronyms, isCommon, isShouted} from '../src/shouting.js'

const list = commonWords.split(' ')
const set = new Set(list)

describe('common words, searched in the sorted list', () => {
  it('finds every word of the list, the first and the last included', () => {
    expect(list.length).toBeGreaterThan(20000)
    expect(list.filter((word) => !isCommon(word))).toEqual([])
  })

  it('finds no word that is not in it: neighbours, prefixes, and words past either end', () => {
    const near = list.flatMap((word) => [word + 'x', word.slice(0, -1), word + 's', 'a' + word])
    const others = [...near, 'a', 'aaaa', 'zzzz', 'zzzzzz', '', 'fico', 'camhs']
    expect(others.filter((word) => isCommon(word) !== set.has(word))).toEqual([])
  })

  it('tells shouting from acronyms as the set did', () => {
    expect(isShouted('TERRIBLE', new Set())).toBe(true)
    expect(isShouted('AARDVARK', new Set())).toBe(true)
    expect(isShouted('ZURICH', new Set())).toBe(set.has('zurich'))
    expect(isShouted('FICO', new Set())).toBe(false)
    expect(isShouted('HIPAA', new Set())).toBe(false)
    const sample = list.filter((_, index) => index % 7 === 0).map((word) => word.toUpperCase())
    expect(sample.filter((word) => isShouted(word, new Set()) !== !acronyms.has(word))).toEqual([])
  })
})
