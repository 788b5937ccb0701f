import {expect, test} from 'vitest'
import {codeActions} from '../src/code-actions.js'
import {applyChanges, offsetAt} from '../src/documents.js'

const at = (line: number, character: number) => ({line, character})

test('offsets follow LSP line breaks and clamp to the line', () => {
  const text = 'ab\r\ncd\ne\rf'
  expect(offsetAt(text, at(1, 1))).toBe(5)
  expect(offsetAt(text, at(2, 0))).toBe(7)
  expect(offsetAt(text, at(3, 0))).toBe(9)
  expect(offsetAt(text, at(0, 99))).toBe(2)
  expect(offsetAt(text, at(9, 0))).toBe(text.length)
})

test('ranged and full changes apply in order', () => {
  const text = applyChanges('Dear Dave,\nThanks!', [
    {range: {start: at(0, 5), end: at(0, 9)}, text: 'Dana'},
    {range: {start: at(1, 6), end: at(1, 7)}, text: '.'}
  ])
  expect(text).toBe('Dear Dana,\nThanks.')
  expect(applyChanges(text, [{text: 'new'}])).toBe('new')
})

test('insertion titles show the text on one line; multi-line edits stay exact', () => {
  const diagnostic = {range: {start: at(2, 0), end: at(2, 0)}, message: 'm', data: {expected: ['Thank you.\n\n']}}
  const [action] = codeActions('file:///d.txt', 'a\n\nb\n', [diagnostic])
  expect(action.title).toBe('Insert `Thank you.`')
  expect(action.edit.changes['file:///d.txt']).toEqual([{range: diagnostic.range, newText: 'Thank you.\n\n'}])
  expect(action.isPreferred).toBe(true)
})

test('diagnostics without expected, or from other tools, give no fixes', () => {
  expect(codeActions('file:///d.txt', 'abc', [{range: {start: at(0, 0), end: at(0, 1)}, message: 'm'}])).toEqual([])
  expect(codeActions('file:///d.txt', 'abc', [{range: {start: at(0, 0), end: at(0, 1)}, message: 'm', data: {expected: [1]}}])).toEqual([])
})

test('diagnostics sent back without a range (Neovim 0.7 keeps only code and data) are skipped', () => {
  const partial = {code: 'require-gratitude', data: {expected: ['Thanks.']}} as never
  expect(codeActions('file:///d.txt', 'abc', [partial])).toEqual([])
})
