import {docsBase} from '@replylint/core'
import {rules} from 'replylint'
import type {VFile} from 'vfile'
import {expect} from 'vitest'

/** Line and column of an offset, computed independently of vfile-location. */
export function pointAt(text: string, offset: number) {
  let line = 1
  let column = 1
  for (let index = 0; index < offset; index++) {
    const code = text.charCodeAt(index)
    if (code === 10 || (code === 13 && text.charCodeAt(index + 1) !== 10)) {
      line++
      column = 1
    } else {
      column++
    }
  }
  return {line, column, offset}
}

/**
 * Assert what every rule message must carry: ruleId, source, url, a place
 * with start and end (line, column, offset into the original text), actual
 * text at that place, `expected` as strings, a note, and the right severity.
 */
export function assertInvariants(file: VFile, text: string = String(file.value)) {
  for (const message of file.messages) {
    if (!message.ruleId) continue
    const rule = rules[message.ruleId]
    expect(rule, 'known rule ' + message.ruleId).toBeDefined()
    expect(message.source).toBe('replylint')
    expect(message.url).toBe(docsBase + message.ruleId + '.md')
    const place = message.place as {start: {line: number; column: number; offset: number}; end: {line: number; column: number; offset: number}}
    expect(place && 'start' in place, 'place has start and end').toBe(true)
    expect(place.start).toEqual(pointAt(text, place.start.offset))
    expect(place.end).toEqual(pointAt(text, place.end.offset))
    expect(place.end.offset).toBeGreaterThanOrEqual(place.start.offset)
    expect(message.actual).toBe(text.slice(place.start.offset, place.end.offset))
    expect(Array.isArray(message.expected)).toBe(true)
    for (const value of message.expected ?? []) expect(typeof value).toBe('string')
    expect(typeof message.note === 'string' && message.note.length > 20, 'note given').toBe(true)
    expect(message.reason.length).toBeGreaterThan(10)
  }
}
