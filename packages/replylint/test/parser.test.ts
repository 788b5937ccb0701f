import fs from 'node:fs'
import path from 'node:path'
import type {Nodes, Root, Sentence} from 'nlcst'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {replylint} from '../src/processor.js'
import {blankLineRuns, replylintParser} from '../src/parser.js'

const root = path.resolve(import.meta.dirname, '../../..')

/** The reference: one parse of the whole text by retext-english. */
const single = unified().use(retextEnglish).freeze()
// Every block on its own: the hardest case for positions.
const blocks = unified().use(replylintParser, {chunkSize: 0}).freeze()
// The default: blocks grouped into pieces of 4 KB or more.
const chunks = unified().use(replylintParser).freeze()

/** Text of a tree, written here so the test does not trust the parser's helpers. */
function textOf(node: Nodes): string {
  if ('value' in node) return node.value
  if ('children' in node) return (node.children as Nodes[]).map(textOf).join('')
  return ''
}

function compare(text: string) {
  const expected = single.parse(text)
  const actual = blocks.parse(text) as Root
  expect(textOf(actual)).toBe(text)
  // Node types, nesting, values and every position (line, column, offset).
  expect(actual).toEqual(expected)
  expect(chunks.parse(text)).toEqual(expected)
}

const lf = [
  'Hi Priya,\n\nThank you for letting me know. I enjoyed meeting the team.\n\nBest regards,\nSam\n',
  'Subject: Re: Your application\n\nDear Mr. Okafor,\n\nThanks for the call yesterday. I understand the decision, and I respect it.\nIf anything opens up, please keep me in mind.\n\nKind regards,\nAlex Moreno\n(555) 204-7719\n',
  // Several blank lines, blank lines holding spaces and tabs, an indented paragraph.
  'Hello Renee,\n\n\n\nThanks so much for your time.\n \t \n    I hope the launch goes well!\n  \n\nCheers,\nJo',
  // Leading and trailing blank lines.
  '\n\n\nHi team,\n\nThank you all.\n\n\n',
  // Sentences that parse-english merges before it breaks at blank lines.
  'Thanks again for everything.\n\nthanks also to Dana, who set it all up.\n\n2 things stood out: the people and the pace.\n\n...\n\nBest,\nChen',
  'I spoke with Mr.\n\nSmith about it. "Great," she said.\n\n" Quoted start.\n\n) closing first.',
  'She wrote "thanks."\n\n(Aside.) Then more, etc.\n\n, and a comma start; odd.\n\n; semicolon.\n\n--\n\n-- \nSam',
  'Great to hear from you!\n\n:)\n\n> quoted reply\n>\n> more\n\n\u00C9mile here. \u00E9t\u00E9 was fun.\n\n\u4F60\u597D.',
  // Quoted history with blank quote lines, a signature delimiter.
  'Thank you, Jordan.\n\nOn Tue, Mar 4, 2025 at 9:12 AM Jordan <j@example.com> wrote:\n> Thank you for applying.\n>\n> We went with someone else.\n\n-- \nSam Whitford\nhttps://example.com/sam',
  // A non-breaking space in a blank line: parse-latin does not split the root there.
  'First paragraph here.\n\u00A0\nSecond one, same paragraph for the parser.\n\nThird.',
  // No blank line at all.
  'Thanks for letting me know. Best of luck with the search!',
  '',
  '   ',
  'One.\n\nTwo.'
]

function corpusDrafts(): string[] {
  const drafts: string[] = []
  for (const name of ['own-a.jsonl', 'own-b.jsonl']) {
    const file = path.join(root, 'fixtures/corpus', name)
    if (!fs.existsSync(file)) continue
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue
      try {
        drafts.push((JSON.parse(line) as {text: string}).text)
      } catch {
        // A line being written by someone else; the rest still counts.
      }
    }
  }
  for (const rule of fs.readdirSync(path.join(root, 'rules'))) {
    const folder = path.join(root, 'rules', rule, 'fixtures')
    if (!fs.existsSync(folder)) continue
    for (const name of fs.readdirSync(folder)) {
      if (name.endsWith('.txt')) drafts.push(fs.readFileSync(path.join(folder, name), 'utf8'))
    }
  }
  return drafts
}

describe('block parser', () => {
  it('finds blank-line runs only where parse-latin splits paragraphs', () => {
    expect(blankLineRuns('a\n\nB')).toEqual([[1, 3]])
    expect(blankLineRuns('a \r\n \r\n\tB')).toEqual([[1, 8]])
    expect(blankLineRuns('a\r\nB')).toEqual([])
    // Blocks parse-english would merge into the sentence before are kept whole.
    expect(blankLineRuns('A.\n\nb')).toEqual([])
    expect(blankLineRuns('A.\n\n...\n\nB')).toEqual([[7, 9]])
    expect(blankLineRuns('A.\n\n> B')).toEqual([[2, 4]])
    expect(blankLineRuns('a\n\u00A0\nb')).toEqual([])
    expect(blankLineRuns('\n\na\n\n')).toEqual([])
    expect(blankLineRuns('a\nb\nc')).toEqual([])
  })

  it.each(lf.map((text, index) => [index, text]))('matches one parse on draft %i (LF)', (_, text) => {
    compare(text)
  })

  it.each(lf.map((text, index) => [index, text]))('matches one parse on draft %i (CRLF)', (_, text) => {
    compare(text.replace(/\n/g, '\r\n'))
  })

  it.each(lf.map((text, index) => [index, text]))('matches one parse on draft %i (BOM, CRLF)', (_, text) => {
    compare('\uFEFF' + text.replace(/\n/g, '\r\n'))
  })

  it('matches one parse on old Mac line endings (CR)', () => {
    for (const text of lf) compare(text.replace(/\n/g, '\r'))
  })

  it('matches one parse on every corpus draft and rule fixture, LF, CRLF and BOM', () => {
    const drafts = corpusDrafts()
    expect(drafts.length).toBeGreaterThan(50)
    for (const text of drafts) {
      compare(text)
      compare(text.replace(/\r?\n/g, '\r\n'))
      compare('\uFEFF' + text)
    }
  })

  it('matches one parse on many drafts in one file', () => {
    // The single parse this compares with is slow on long input: 120 drafts is plenty.
    const drafts = corpusDrafts().slice(0, 120)
    compare(drafts.join('\n\n'))
    compare(drafts.join('\r\n\r\n').replace(/\r?\n/g, '\r\n'))
  })

  it('runs sentence extensions with document positions', () => {
    const seen: number[] = []
    const processor = unified()
      .data('nlcstSentenceExtensions', [
        (sentence: Sentence) => {
          const first = sentence.children[0]
          if (first?.position?.start.offset !== undefined) seen.push(first.position.start.offset)
        }
      ])
      .use(replylintParser, {chunkSize: 0})
    processor.parse('Hi.\n\nThanks.\n\nBye.')
    expect(seen).toEqual([0, 5, 14])
  })

  it('keeps the input guard in front of the parser', () => {
    expect(() => replylint.parse('Hi\0there')).toThrow(/binary/)
    expect(() => replylint().use({settings: {}}).data('settings', {maxSize: 5} as never).parse('Thanks so much.')).toThrow(
      /at most/
    )
  })
})
