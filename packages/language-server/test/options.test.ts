import {replylint, replylintGuard} from 'replylint'
import {expect, test} from 'vitest'
import {maxSize, serverOptions} from '../src/options.js'

test('the server uses the CLI config files, ignore file and processor', () => {
  expect(serverOptions).toMatchObject({
    processorName: 'replylint',
    processorSpecifier: 'replylint',
    rcName: '.replylintrc',
    packageField: 'replylint',
    ignoreName: '.replylintignore'
  })
  expect(serverOptions.defaultProcessor).toBe(replylint)
})

test('the guard passed with maxSize is merged into the processor, not added twice', () => {
  const [[plugin, options]] = serverOptions.plugins as [[unknown, unknown]]
  expect(plugin).toBe(replylintGuard)
  expect(options).toEqual({maxSize: 1024 * 1024})
  // What unified-engine does with `plugins`: `.use()` them on a copy of the processor.
  const processor = replylint().use(replylintGuard, {maxSize}).freeze()
  expect(processor.attachers.length).toBe(replylint.attachers.length)
  const guards = processor.attachers.filter(([attacher]) => attacher === replylintGuard)
  expect(guards).toEqual([[replylintGuard, {maxSize}]])
  expect(() => processor.parse('x'.repeat(maxSize + 1))).toThrow(/at most 1\.0 MB/)
  expect(() => processor.parse('x'.repeat(maxSize))).not.toThrow()
})
