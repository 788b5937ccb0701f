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
