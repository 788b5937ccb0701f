import fs from 'node:fs'
import path from 'node:path'
import {parseStructure} from '@replylint/core'
import {VFile} from 'vfile'
import {compareMessage} from 'vfile-sort'
import {describe, expect, it} from 'vitest'
import {lint, lintSync, partSize} from '../src/lint.js'
import {draftParts} from '../src/parser.js'
import {replylint} from '../src/processor.js'

const root = path.resolve(import.meta.dirname, '../../..')

/** Body paragraphs of the project's labeled drafts, in file order. */
function bodies(): string[] {
  const found: string[] = []
  for (const name of ['own-a', 'own-b', 'holdout']) {
    const lines = fs.readFileSync(path.join(root, 'fixtures/corpus', name + '.jsonl'), 'utf8').split('\n')
    for (const line of lines) {
      if (!line.trim()) continue
      const text = (JSON.parse(line) as {text: string}).text
      for (const range of parseStructure(text).paragraphs) found.push(text.slice(range.start, range.end))
    }
  }
  return found
}

const paragraphs = bodies()
/** One long draft: a greeting, every labeled body paragraph (arguing, venting, demands, calm ones), a sign-off. */
const long = 'Dear Ms. Lee,\n\n' + paragraphs.join('\n\n') + '\n\nBest regards,\nSam Patel\n'
/** The same paragraphs with Windows line breaks, some joined by single line breaks and extra blank lines. */
const mixed =
  'Hi Jordan,\r\n\r\n' +
  paragraphs.map((paragraph, index) => (index % 5 === 0 ? paragraph + '\r\n' : paragraph + '\r\n  \r\n\r\n')).join('') +
  'Thanks,\r\nAlex\r\n'

/** Messages of a file as comparable strings, in the order `lint()` sorts them. */
function messages(file: VFile): string[] {
  return [...file.messages]
    .sort(compareMessage)
    .map((message) => JSON.stringify([message.ruleId, message.place, message.reason, message.actual, message.expected, message.fatal]))
}

/** The reference: one parse and one run of the processor over the whole text. */
function wholeRun(text: string, stage?: 'screening' | 'interview' | 'final'): string[] {
  const file = new VFile(text)
  if (stage) file.data.replylint = {stage}
  replylint.runSync(replylint.parse(file), file)
  return messages(file)
}

describe('draftParts', () => {
  for (const [name, text] of [['long', long], ['mixed', mixed]] as const) {
    it('cuts the ' + name + ' draft at blank lines into parts of at least the size, with their points', () => {
      const parts = draftParts(text, partSize)
      expect(parts.length).toBeGreaterThan(4)
      let previous = 0
      for (const [index, part] of parts.entries()) {
        if (index < parts.length - 1) expect(part.end - part.start).toBeGreaterThanOrEqual(partSize)
        // Between parts: white space with a blank line in it, and nothing else.
        const between = text.slice(previous, part.start)
        if (index === 0) expect(between).toBe('')
        else expect(between).toMatch(/^[ \t]*(\r\n|\r|\n)[ \t]*(\r\n|\r|\n)\s*$/)
        expect(text.slice(part.start, part.end).trim()).not.toBe('')
        const lines = text.slice(0, part.start).split(/\r\n|\r|\n/)
        expect({line: part.line, column: part.column}).toEqual({line: lines.length, column: lines[lines.length - 1].length + 1})
        previous = part.end
      }
      expect(previous).toBe(text.length)
    })
  }

  it('keeps a draft of the size or less whole', () => {
    expect(draftParts(long.slice(0, partSize), partSize)).toEqual([{start: 0, end: partSize, line: 1, column: 1}])
  })
})

describe('linting a long draft in parts', () => {
  it('finds every rule in later parts, so the comparisons below compare something', () => {
    const parts = draftParts(long, partSize)
    const late = lintSync(long).messages.filter((message) => (message.place && 'start' in message.place ? message.place.start.offset ?? 0 : 0) > parts[1].start)
    const rules = new Set(late.map((message) => message.ruleId))
    for (const id of ['no-arguing-decision', 'no-criticizing-process', 'no-demanding-feedback', 'no-emotional-outburst']) expect(rules).toContain(id)
    // Dwelling on disappointment depends on an earlier part's mention.
    expect(late.some((message) => message.reason.includes('a further mention of disappointment'))).toBe(true)
  })

  for (const [name, text] of [['long', long], ['mixed', mixed]] as const) {
    for (const stage of ['screening', 'final'] as const) {
      it('gives the ' + name + ' draft at the ' + stage + ' stage the messages of one run', async () => {
        const expected = wholeRun(text, stage)
        expect(expected.length).toBeGreaterThan(100)
        expect(messages(lintSync(text, {stage}))).toEqual(expected)
        expect(messages(await lint(text, {stage}))).toEqual(expected)
      })
    }
  }

  it('reports the body budgets and the placeholders once', () => {
    const text = long.replace('Dear Ms. Lee,', 'Dear [Hiring Manager],')
    const file = lintSync(text, {stage: 'screening'})
    const placeholders = file.messages.filter((message) => message.ruleId === 'no-template-placeholder')
    expect(placeholders[0].reason).toContain('[Hiring Manager]')
    expect(new Set(placeholders.map((message) => message.place && 'start' in message.place && message.place.start.offset)).size).toBe(placeholders.length)
    expect(file.messages.filter((message) => message.ruleId === 'no-excess-length' && /words in the body|paragraphs, expected/.test(message.reason))).toHaveLength(2)
    expect(messages(file)).toEqual(wholeRun(text, 'screening'))
  })

  it('reports a missing thank-you once', () => {
    const thankless = paragraphs.filter((paragraph) => !/thank|thx|grat|appreciat|oblig|cheers|kudos|means a lot|meant a lot|glad|hono(u)?red|privilege/i.test(paragraph))
    const text = 'Hello Sam,\n\n' + thankless.join('\n\n') + '\n\nBest,\nKim\n'
    expect(text.length).toBeGreaterThan(partSize * 3)
    const file = lintSync(text)
    expect(file.messages.filter((message) => message.ruleId === 'require-gratitude')).toHaveLength(1)
    expect(messages(file)).toEqual(wholeRun(text))
  })

  it('leaves the file data as it was', () => {
    const file = new VFile(long)
    file.data.replylint = {stage: 'final'}
    lintSync(file)
    expect(file.data.replylint).toEqual({stage: 'final'})
    const bare = lintSync(new VFile(long))
    expect(bare.data.replylint).toBeUndefined()
  })

  it('checks the input once: a draft over `maxSize` gets one fatal message', async () => {
    for (const file of [lintSync(long, {maxSize: partSize * 2}), await lint(long, {maxSize: partSize * 2})]) {
      expect(file.messages).toHaveLength(1)
      expect(file.messages[0].fatal).toBe(true)
      expect(file.messages[0].reason).toMatch(/Cannot lint a .* file/)
    }
  })

  it('checks the input once: binary data gets one fatal message', () => {
    const file = lintSync(long + '\u0000\u0001\u0002' + long)
    expect(file.messages.filter((message) => message.fatal)).toHaveLength(1)
  })
})
