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

/**
 * Count the words of `text[start, end)` as {@link words} finds them, with one
 * scan and no arrays; `at` is where word number `nth` (0-based) starts, or
 * -1 when there are not that many.
 */
export function countWords(text: string, start: number, end: number, nth = -1): {count: number; at: number} {
  let count = 0
  let at = -1
  let index = start
  while (index < end) {
    // White space and ASCII punctuation between words, without a call.
    const code = text.charCodeAt(index)
    if (code < 48 || (code > 57 && code < 65) || (code > 90 && code < 97) || (code > 122 && code < 128)) {
      index++
      continue
    }
    let width = wordCharacter(text, index, end)
    if (width === 0) {
      index++
      continue
    }
    if (count === nth) at = index
    count++
    // One word: letters and digits, joined by single `'`, `’`, `-` or `.`.
    for (;;) {
      while (width > 0) {
        index += width
        width = wordCharacter(text, index, end)
      }
      const code = text.charCodeAt(index)
      if (index < end && (code === 39 || code === 0x2019 || code === 45 || code === 46)) {
        width = wordCharacter(text, index + 1, end)
        if (width > 0) {
          index++
          continue
        }
      }
      break
    }
  }
  return {count, at}
}
