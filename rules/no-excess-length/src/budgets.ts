import type {Stage} from '@replylint/core'

/** A length budget for the body of a reply. */
export interface Budget {
  /** Most body words. */
  words: number
  /** Most body paragraphs. */
  paragraphs: number
}

/** Budgets from rules.md: the length follows the stage the rejection came at. */
export const budgets: Record<Stage, Budget> = {
  screening: {words: 75, paragraphs: 1},
  interview: {words: 175, paragraphs: 4},
  final: {words: 225, paragraphs: 5}
}

/** Longest sentence, in words, before it is flagged. */
export const sentenceWords = 40

/** A word as counted for budgets: letters or digits, with inner apostrophes and hyphens. */
export const wordPattern = /[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu

/** Word ranges (`[start, end)`) in `text`, offset by `base`. */
export function words(text: string, base: number): Array<[number, number]> {
  const found: Array<[number, number]> = []
  wordPattern.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = wordPattern.exec(text))) found.push([base + match.index, base + match.index + match[0].length])
  return found
}

/** Whether a code point is a letter or a digit (`[\p{L}\p{N}]`). */
const letterOrDigit = /^[\p{L}\p{N}]$/u

/**
 * Width in code units of the letter or digit at `text[at]` (1, or 2 for one
 * outside the BMP), or 0 when it is not one or lies past `end`.
 */
function wordCharacter(text: string, at: number, end: number): number {
  if (at >= end) return 0
  const code = text.charCodeAt(at)
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? 1 : 0
  if (code >= 0xd800 && code <= 0xdbff && at + 1 < end) {
    const low = text.charCodeAt(at + 1)
    if (low >= 0xdc00 && low <= 0xdfff) return letterOrDigit.test(text.slice(at, at + 2)) ? 2 : 0
  }
  return letterOrDigit.test(text.charAt(at)) ? 1 : 0
}

/** Whether an ASCII code is a letter or a digit. */
function asciiWordCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}

/**
 * Count the words of `text[start, end)` as {@link words} finds them, with one
 * scan and no arrays; `at` is where word number `nth` (0-based) starts, or
 * -1 when there are not that many. ASCII is decided inline; other
 * characters by {@link wordCharacter}.
 */
export function countWords(text: string, start: number, end: number, nth = -1): {count: number; at: number} {
  let count = 0
  let at = -1
  let index = start
  while (index < end) {
    const code = text.charCodeAt(index)
    let width = code < 128 ? (asciiWordCode(code) ? 1 : 0) : wordCharacter(text, index, end)
    if (width === 0) {
      index++
      continue
    }
    if (count === nth) at = index
    count++
    // One word: letters and digits, joined by single `'`, `’`, `-` or `.`.
    for (;;) {
      index += width
      width = 0
      // The rest of a run of letters and digits.
      while (index < end) {
        const next = text.charCodeAt(index)
        if (next < 128) {
          if (!asciiWordCode(next)) break
          index++
        } else {
          const wide = wordCharacter(text, index, end)
          if (wide === 0) break
          index += wide
        }
      }
      if (index >= end) break
      const joiner = text.charCodeAt(index)
      if (joiner !== 39 && joiner !== 0x2019 && joiner !== 45 && joiner !== 46) break
      const after = wordCharacter(text, index + 1, end)
      if (after === 0) break
      // Past the joiner; the loop steps over the character after it.
      index++
      width = after
    }
  }
  return {count, at}
}
