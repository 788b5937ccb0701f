import type {Root, RootContent, Sentence, SentenceContent} from 'nlcst'
import {releaseDraft, type DraftPart} from '@replylint/core'
import retextEnglish from 'retext-english'
import type {Plugin, Processor} from 'unified'
import type {VFile} from 'vfile'

/**
 * Why blocks: parse-english tokenises the whole document as one sentence and
 * runs its paragraph plugins (which splice into the list of sentences) over
 * the whole document before it splits paragraphs, so its cost grows faster
 * than the text on long inputs (per word: flat up to ~16 KB, 1.5x at 32 KB,
 * 5x at 1 MB). Blank lines always end a paragraph in its tree, so parsing
 * blank-line-separated pieces on their own gives the same tree in linear
 * time. Each parse also has a fixed cost (~4 µs), so pieces are runs of
 * blocks of at least `chunkSize` characters: a reply draft is parsed whole.
 *
 * Almost: parse-english merges a sentence into the one before it, across a
 * blank line, when it starts with a lower-case word, has no words, or starts
 * with `,` or `;` (then the first sentence's full stop becomes part of its
 * last word when the blank line breaks them apart again). A blank line
 * followed by such a block is not split at, so the tree stays that of one
 * parse.
 */

/** Any run of white space, as parse-latin tokenises it. */
const whiteSpace = /[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/
/** Two line breaks with only spaces or tabs between: where a blank line is. */
const blankLine = /(?:\r\n|\r(?!\n)|\n)[\t ]*(?:\r\n|\r(?!\n)|\n)/g
/** Characters parse-latin ends sentences with. */
const terminal = /[.!?\u2026\u203D]/
/** Letters and digits: what a word starts with. */
const wordCharacter = /[\p{L}\p{N}]/u

/**
 * Whether a blank line may be split at when `text[at]` starts the next block:
 * parse-english will not merge that block's first sentence into the previous.
 */
function safeStart(text: string, at: number): boolean {
  const first = String.fromCodePoint(text.codePointAt(at) ?? 0)
  if (wordCharacter.test(first)) return !/\p{Ll}/u.test(first)
  if (first === ',' || first === ';') return false
  // Starts with punctuation or a symbol (`>`, `--`, `*`): safe when a word
  // comes before the first sentence ends.
  for (let index = at; index < text.length; index++) {
    const character = text.charAt(index)
    if (wordCharacter.test(character)) return true
    if (terminal.test(character)) return false
  }
  return false
}

/** parse-latin's `newLine`: white space at which it splits root paragraphs. */
const newLine = /^[ \t]*((\r?\n|\r)[\t ]*)+$/

type Parse = (value: string) => Root

/** Options of the block parser. */
export interface ParserOptions {
  /**
   * Least characters parsed at once: blocks are grouped until a group is
   * this long (default 4096). `0` parses every block on its own.
   */
  chunkSize?: number
}

/** A point of a tree. */
type Point = NonNullable<Root['position']>['start']

/** A mutable point: where the block being parsed starts in the document. */
interface Origin {
  line: number
  column: number
  offset: number
}

/**
 * Shift a point of a block into the document. Points on the block's first
 * line also move right by the block's starting column.
 */
function shiftPoint(point: Point | undefined, origin: Origin): void {
  if (!point) return
  if (point.line === 1) point.column += origin.column - 1
  point.line += origin.line - 1
  if (point.offset !== undefined) point.offset += origin.offset
}

/**
 * Sentence extension that runs first, on the flat token list of a block,
 * before any merging: it moves every token's points to where the block is in
 * the document, so every node built from them afterwards is right too.
 * parse-latin shares the `start` point of a word and its text node; shared
 * points are shifted once.
 */
function shiftTokens(sentence: Sentence, origin: Origin): void {
  if (origin.offset === 0) return
  for (const token of sentence.children as SentenceContent[]) {
    const position = token.position
    if (position) {
      shiftPoint(position.start, origin)
      if (position.end !== position.start) shiftPoint(position.end, origin)
    }
    if ('children' in token) {
      for (const text of token.children) {
        const inner = text.position
        if (!inner) continue
        if (inner.start !== position?.start && inner.start !== position?.end) shiftPoint(inner.start, origin)
        if (inner.end !== position?.start && inner.end !== position?.end && inner.end !== inner.start) {
          shiftPoint(inner.end, origin)
        }
      }
    }
  }
}

/** Move `point` (a copy is returned) over `text[from, to)`, counting lines as parse-latin does. */
function advance(point: Origin, text: string, from: number, to: number): Origin {
  let {line, column} = point
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index)
    if (code === 13 /* \r */ || (code === 10 /* \n */ && text.charCodeAt(index - 1) !== 13)) {
      line++
      column = 1
    } else if (code !== 10) {
      column++
    }
  }
  return {line, column, offset: point.offset + (to - from)}
}

/**
 * Interior blank-line runs of white space to split at: `[start, end)` pairs.
 * A run counts only when parse-latin would split root paragraphs at it
 * (spaces, tabs and line breaks only, at least two breaks), text is on both
 * sides of it, and the text after it is a safe start (see `safeStart`).
 */
export function blankLineRuns(text: string): Array<[number, number]> {
  const runs: Array<[number, number]> = []
  blankLine.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = blankLine.exec(text))) {
    let start = match.index
    let end = match.index + match[0].length
    while (start > 0 && whiteSpace.test(text.charAt(start - 1))) start--
    while (end < text.length && whiteSpace.test(text.charAt(end))) end++
    blankLine.lastIndex = end
    if (start === 0 || end === text.length) continue
    if (!newLine.test(text.slice(start, end)) || !safeStart(text, end)) continue
    runs.push([start, end])
  }
  return runs
}

/** The runs to split at so that each piece but the last is at least `chunkSize` long. */
function chunkRuns(runs: Array<[number, number]>, chunkSize: number): Array<[number, number]> {
  if (chunkSize <= 0) return runs
  const kept: Array<[number, number]> = []
  let from = 0
  for (const run of runs) {
    if (run[0] - from < chunkSize) continue
    kept.push(run)
    from = run[1]
  }
  return kept
}

/**
 * Where to cut a long document into parts of at least `size` characters, to
 * lint it part by part (see `DraftPart`): at blank lines where the block
 * parser may split (see `blankLineRuns`), so each part's tree is the trees of
 * its blocks, as in one parse. The white space between parts is in no part.
 * A document of `size` or less is one part.
 */
export function draftParts(document: string, size: number): DraftPart[] {
  const parts: DraftPart[] = []
  let point: Origin = {line: 1, column: 1, offset: 0}
  for (const [start, end] of chunkRuns(blankLineRuns(document), size)) {
    parts.push({start: point.offset, end: start, line: point.line, column: point.column})
    point = advance(point, document, point.offset, end)
  }
  parts.push({start: point.offset, end: document.length, line: point.line, column: point.column})
  return parts
}

/**
 * Parser plugin: English (retext-english's parse-english, with any
 * `nlcst*Extensions` set on the processor), parsed block by block between
 * blank lines, with positions (line, column, offset) of the original
 * document. Gives one `RootNode` whose children are the blocks' paragraphs
 * and the white space between them, as one parse of the whole text does, in
 * time linear in the length of the text.
 *
 * Use it instead of `retext-english`, before plugins that wrap the parser.
 */
export const replylintParser: Plugin<[ParserOptions?], string, Root> = function (
  this: Processor,
  options?: ParserOptions
) {
  const processor = this
  const chunkSize = options?.chunkSize ?? 4096
  let origin: Origin = {line: 1, column: 1, offset: 0}
  const shift = (sentence: Sentence) => shiftTokens(sentence, origin)

  // retext-english reads extensions from the processor at each parse: give it
  // a view of this processor whose sentence extensions start with `shift`.
  const host = {
    parser: undefined as Parse | undefined,
    data(key: string) {
      const value = processor.data(key as never) as unknown
      if (key !== 'nlcstSentenceExtensions') return value
      return [shift, ...((value as unknown[] | undefined) ?? [])]
    }
  }
  ;(retextEnglish as unknown as (this: typeof host) => void).call(host)
  const parseBlock = host.parser as unknown as Parse

  processor.parser = function (document: string, file?: VFile): Root {
    const part = file?.data.replylint?.part
    // A new parse is a new draft: drop the previous draft's view and caches
    // first, so they are garbage while this tree is built (see `releaseDraft`).
    // The next part of a draft keeps the view of its text.
    releaseDraft(part ? file : undefined)
    if (!part) return parsePiece(document, {line: 1, column: 1, offset: 0})
    return parsePiece(document.slice(part.start, part.end), {line: part.line, column: part.column, offset: part.start})
  }

  /** Parse `piece`, which starts at `start` in the document. */
  function parsePiece(piece: string, start: Origin): Root {
    const runs = chunkRuns(blankLineRuns(piece), chunkSize)
    origin = start
    if (runs.length === 0) {
      // Every point, the root's too (it shares its first and last child's), is shifted by `shift`.
      const root = parseBlock(piece)
      origin = {line: 1, column: 1, offset: 0}
      return root
    }

    const children: RootContent[] = []
    let from = 0
    for (let index = 0; index <= runs.length; index++) {
      const to = index < runs.length ? runs[index][0] : piece.length
      children.push(...parseBlock(piece.slice(from, to)).children)
      if (index === runs.length) break
      const [runStart, runEnd] = runs[index]
      const before = advance(origin, piece, from, runStart)
      const after = advance(before, piece, runStart, runEnd)
      children.push({
        type: 'WhiteSpaceNode',
        value: piece.slice(runStart, runEnd),
        position: {start: {...before}, end: {...after}}
      })
      origin = after
      from = runEnd
    }
    origin = {line: 1, column: 1, offset: 0}

    const root: Root = {type: 'RootNode', children}
    const first = children[0].position
    const last = children[children.length - 1].position
    if (first && last) root.position = {start: first.start, end: last.end}
    return root
  }
}
