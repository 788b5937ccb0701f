import type {Root, Sentence} from 'nlcst'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import {forgetJudged} from './classifier.js'
import {attachDraftMemo, shareDraftMemo} from './draft-memo.js'
import {forgetMatched} from './phrases.js'
import {MemoSentence} from './sentence-memo.js'
import {parseStructure, type Range, type Structure} from './structure.js'

/** The stage a rejection came at; it sets the length budget. */
export type Stage = 'screening' | 'interview' | 'final'

/** The stages, in order. */
export const stages: readonly Stage[] = ['screening', 'interview', 'final']

/** Settings shared by all rules: from config files (`settings`) or `lint()` options. */
export interface ReplylintSettings {
  /** Stage of the rejection (default `interview`). */
  stage?: Stage
  /** Per-rule severity and options, by rule id: `'off'`, `['warn', {…}]`. */
  rules?: Record<string, unknown>
}

/**
 * What `file.data` may carry for replylint.
 *
 * `stage` overrides the configured stage for this one file; `text` is the
 * text the tree's offsets index into when it is not the file's value (the
 * decoded part of an `.eml` file).
 */
export interface ReplylintFileData {
  stage?: Stage
  text?: string
  /** Set while a long draft is linted in parts (see `DraftPart`). */
  part?: DraftPart
}

/**
 * The range of a draft one run covers when a long draft is linted in parts
 * (`lint()` on drafts over a few dozen KB): the parser parses only
 * `text[start, end)`, whose first character is at `line`, `column`. Parts
 * start and end at blank lines. Sentence checks run on every part's
 * sentences; draft-level checks (thanks, length, placeholders) on the
 * first part only (`Draft.draftChecks`), over the whole text.
 */
export interface DraftPart {
  start: number
  end: number
  line: number
  column: number
  /** What rules carry from one part of the draft to the next, by key (see `carried`); one object shared by the parts. */
  carry?: Record<string, unknown>
}

/**
 * State a rule keeps from sentence to sentence of a draft (`no-emotional-outburst`
 * remembers the first mention of disappointment): new for each run, and for
 * a draft linted in parts, carried from each part to the next (the same
 * object, under `key`).
 */
export function carried<T extends object>(file: VFile, key: string, init: () => T): T {
  const carry = file.data.replylint?.part?.carry
  if (!carry) return init()
  return (carry[key] ??= init()) as T
}

declare module 'vfile' {
  interface DataMap {
    replylint: ReplylintFileData
  }
}

/** A sentence of the body, clipped to the part inside the body. */
export interface BodySentence {
  node: Sentence
  /** Index of the body paragraph it is in. */
  paragraph: number
  start: number
  end: number
}

/** Everything rules need to know about one draft, computed once per file. */
export interface Draft {
  text: string
  structure: Structure
  /** Whether an offset is inside a body paragraph. */
  inBody(offset: number): boolean
  /** Index of the body paragraph containing `offset`, or -1. */
  paragraphAt(offset: number): number
  /** Body sentences in order. */
  sentences: BodySentence[]
  /** Line, column and offset of an offset into `text`. */
  point(offset: number): {line: number; column: number; offset: number}
  /**
   * Whether this run makes the draft-level checks (a property of the whole
   * body: thanks, length, placeholders): false for the second and later
   * parts of a draft linted in parts (see `DraftPart`), whose first part
   * made them.
   */
  draftChecks: boolean
}

/** The part of a draft view that depends on the text alone, shared by the parts of a draft linted in parts. */
type TextView = Omit<Draft, 'sentences' | 'draftChecks'>

/**
 * The draft view computed last, with the file and tree it is for: every
 * rule of a run asks for the draft of the same file and tree in a row, and
 * only the first computes it.
 *
 * One slot, not a property of the file or a WeakMap keyed by it: a WeakMap
 * entry keyed by a short-lived file keeps the whole tree alive through an
 * ephemeron, so trees outlived the young generation and linting paid for
 * old-space collections (+0.4–0.6 ms a draft); a property of the file keeps
 * the tree (and every word list) as long as the file, which unified-engine
 * holds until the whole run ends (1,000 drafts: ~270 MB RSS). The slot keeps
 * one draft until the next draft replaces it; asking again for an earlier
 * file's draft computes it again, with the same result.
 */
let last: {file: VFile; tree: Root; draft: Draft} | undefined

/**
 * The text-only part of the last view (structure, lines, quotations), with
 * the file and text it is for: the parts of a draft linted in parts share
 * it, so a long draft's text is read once, not once per part.
 */
let lastText: {file: VFile; text: string; view: TextView} | undefined

/**
 * Let go of the draft view computed last and of the per-draft caches of
 * phrase matching and classification, before another draft is parsed.
 * The text-only view is kept when `next` is the same file (the next part of
 * a draft linted in parts).
 *
 * Why: otherwise the slot keeps the previous draft (its tree, words, token
 * lists and the caches keyed by them) alive while the next draft is parsed,
 * which is where most of a draft's bytes are allocated; every scavenge then
 * copies or promotes two drafts' worth of objects, and those survivors are
 * what makes V8 grow the young generation (1,000 drafts: 16 MB semi-spaces
 * instead of 8, ~+15 MB RSS). Asking for a released draft's view again
 * computes it again, with the same result.
 */
export function releaseDraft(next?: VFile): void {
  if (lastText !== undefined && lastText.file !== next) lastText = undefined
  if (last === undefined) return
  last = undefined
  forgetJudged()
  forgetMatched()
}

/** The text-only view of a file's draft text: computed once per file and text. */
function textView(file: VFile, text: string): TextView {
  if (lastText && lastText.file === file && lastText.text === text) return lastText.view
  const structure = parseStructure(text)
  const paragraphs = structure.paragraphs
  const place = location(text)

  const paragraphAt = (offset: number): number => {
    let low = 0
    let high = paragraphs.length - 1
    while (low <= high) {
      const middle = (low + high) >> 1
      const range = paragraphs[middle]
      if (offset < range.start) high = middle - 1
      else if (offset >= range.end) low = middle + 1
      else return middle
    }
    return -1
  }

  const view: TextView = {
    text,
    structure,
    inBody: (offset) => paragraphAt(offset) !== -1,
    paragraphAt,
    point(offset) {
      const point = place.toPoint(offset)
      return {line: point?.line ?? 1, column: point?.column ?? 1, offset}
    }
  }
  // The memo (quoted ranges) is of the text too: shared by every draft of this view.
  attachDraftMemo(view)
  lastText = {file, text, view}
  return view
}

/**
 * Get the draft view of a file and its tree (computed once, shared by rules).
 */
export function getDraft(tree: Root, file: VFile): Draft {
  if (last && last.file === file && last.tree === tree) return last.draft
  const text = file.data.replylint?.text ?? String(file.value ?? '')
  const view = textView(file, text)
  const paragraphs = view.structure.paragraphs

  const sentences: BodySentence[] = []
  for (const block of tree.children) {
    if (block.type !== 'ParagraphNode') continue
    const blockStart = block.position?.start.offset ?? 0
    const blockEnd = block.position?.end.offset ?? 0
    if (!overlapsAny(paragraphs, blockStart, blockEnd)) continue
    for (const child of block.children) {
      if (child.type !== 'SentenceNode') continue
      const start = child.position?.start.offset ?? 0
      const end = child.position?.end.offset ?? 0
      // A sentence may run over a greeting and the body when no blank line
      // separates them: keep each body paragraph's part of it.
      // Paragraphs are sorted: start at the first one ending after the
      // sentence starts (a linear scan from 0 is quadratic on long input).
      for (let index = firstEndingAfter(paragraphs, start); index < paragraphs.length; index++) {
        const range = paragraphs[index]
        if (range.start >= end) break
        const from = Math.max(start, range.start)
        const to = Math.min(end, range.end)
        for (const [partStart, partEnd] of splitSentence(text, from, to)) {
          sentences.push(new MemoSentence(child, index, partStart, partEnd))
        }
      }
    }
  }

  const draft: Draft = {...view, sentences, draftChecks: (file.data.replylint?.part?.start ?? 0) === 0}
  shareDraftMemo(view, draft)
  forgetJudged()
  forgetMatched()
  last = {file, tree, draft}
  return draft
}

/** Words whose period does not end a sentence. */
const abbreviations = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'st', 'sr', 'jr', 'vs', 'etc', 'e.g', 'i.e', 'inc', 'ltd', 'co',
  'no', 'approx', 'dept', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov',
  'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thurs', 'fri', 'sat', 'sun', 'a.m', 'p.m', 'u.s', 'u.k', 'ph.d'
])
const boundary = /[.!?…]+["'”’)\]]*(?=\s+["'“‘(]?[\p{L}\p{N}])/gu

/**
 * Split a parsed sentence where the parser kept two together: it does not
 * end a sentence before a lowercase word (`…on the phone! totally get…`) or
 * after some all-caps words (`…to HR. I understand…`).
 */
function splitSentence(text: string, start: number, end: number): Array<[number, number]> {
  const value = text.slice(start, end)
  const parts: Array<[number, number]> = []
  let from = 0
  boundary.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = boundary.exec(value))) {
    const before = /([\p{L}.]+)[.!?…]*$/u.exec(value.slice(Math.max(0, match.index - 12), match.index + 1))
    const word = (before?.[1] ?? '').toLowerCase().replace(/\.$/, '')
    if (match[0].startsWith('.') && (abbreviations.has(word) || /^\p{L}$/u.test(word))) continue
    const cut = match.index + match[0].length
    parts.push([start + from, start + cut])
    from = cut + (/^\s+/.exec(value.slice(cut))?.[0].length ?? 0)
  }
  if (from < value.length) parts.push([start + from, end])
  return parts.length > 0 ? parts : [[start, end]]
}

/** Index of the first of sorted, disjoint `ranges` that ends after `offset` (`ranges.length` if none). */
function firstEndingAfter(ranges: Range[], offset: number): number {
  let low = 0
  let high = ranges.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (ranges[middle].end <= offset) low = middle + 1
    else high = middle
  }
  return low
}

/** Whether `[start, end)` overlaps one of sorted, disjoint `ranges`. */
function overlapsAny(ranges: Range[], start: number, end: number): boolean {
  const index = firstEndingAfter(ranges, start)
  return index < ranges.length && ranges[index].start < end
}

/** Resolve the stage for a file: per-file data, then settings, then `interview`. */
export function stageOf(file: VFile, settings: ReplylintSettings | undefined): Stage {
  const stage = file.data.replylint?.stage ?? settings?.stage
  if (stage === undefined) return 'interview'
  if (!stages.includes(stage)) {
    throw new Error('Unknown stage `' + String(stage) + '`, expected one of: ' + stages.join(', '))
  }
  return stage
}
