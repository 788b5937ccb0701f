import {PhraseIndex, negated, type PhraseMatch, type Token} from '@replylint/core'
import {
  evaluations,
  framings,
  negatablePraise,
  numbers,
  patterns,
  praise,
  processModifiers,
  targets,
  type Aspect,
  type Pattern
} from './lexicon.js'

/** Why a sentence reads as criticism. */
export interface Finding {
  /** The trigger words as written. */
  text: string
  aspect: Aspect
}

/** Expand `#` to the number words. */
function expand(phrase: string): string {
  return phrase
    .split(' ')
    .map((word) => (word === '#' ? numbers : word))
    .join(' ')
}

// Built once per process: the lexicon does not change between files.
const byPhrase = new Map<string, Pattern>(patterns.map((pattern) => [expand(pattern.phrase), pattern]))
const patternIndex = new PhraseIndex([...byPhrase.keys()])
const evaluationIndex = new PhraseIndex(evaluations)
const framingIndex = new PhraseIndex(framings)
const firstPerson = new Set(['i', "i'm", "i'd", "i've", "i'll", 'me', 'my', 'myself'])
const helpers = new Set(['had', 'have', 'was', 'were', 'also', 'even', 'just', 'really', 'simply', 'still', 'probably', 'must', 'may', 'might', 'honestly'])
const contrast = new Set(['than', 'instead', 'not', 'no', 'without', 'never'])
const softeners = new Set(['less', 'than', 'rather', 'not', 'never', 'hardly', 'nothing', "wasn't", "weren't", "isn't", "didn't"])
const ownership = new Set(['my', 'our', 'i', 'myself'])
const stops = new Set(['the', 'your', 'a', 'an', 'this', 'that', 'their', 'its', 'of', 'in', 'on', 'at', 'for', 'with', 'to', 'and', 'was', 'is', 'were'])

/** Options the analysis needs. */
export interface Context {
  /** Normalised words and phrases never flagged. */
  allow: ReadonlySet<string>
  /** Index of user phrases to flag, when given. */
  extra?: PhraseIndex
  /** Ranges of quoted text: a match wholly inside one is cited, not said. */
  quoted: (start: number, end: number) => boolean
}

/** Find criticism of the hiring process in one sentence's tokens. */
export function analyse(tokens: readonly Token[], context: Context): Finding[] {
  const findings: Finding[] = []
  const usable = (match: PhraseMatch) =>
    !context.quoted(match.start, match.end) && !context.allow.has(written(tokens, match).toLowerCase()) && !context.allow.has(match.phrase)

  for (const match of patternIndex.match(tokens)) {
    const pattern = byPhrase.get(match.phrase)!
    if (!usable(match)) continue
    if (pattern.actor && writerActs(tokens, match.first)) continue
    if (pattern.weak && praises(tokens)) continue
    // "a personal note rather than a form email" praises the note.
    if (pattern.aspect === 'rejection message' && contrasted(tokens, match.first)) continue
    findings.push({text: written(tokens, match), aspect: pattern.aspect})
  }

  if (context.extra) {
    for (const match of context.extra.match(tokens)) {
      if (usable(match)) findings.push({text: written(tokens, match), aspect: 'process'})
    }
  }
  if (findings.length > 0) return findings

  // A target of the process judged negatively, or introduced by a framing
  // that announces a complaint, in a sentence that does not praise.
  const target = findTarget(tokens)
  if (!target) return findings
  if (praises(tokens)) return findings
  for (const match of evaluationIndex.match(tokens)) {
    if (!usable(match) || negated(tokens, match.first) || softened(tokens, match.first)) continue
    if (!sameClause(tokens, target.token.index, match.first, 10)) continue
    findings.push({text: target.token.text + ' … ' + written(tokens, match), aspect: target.aspect})
    return findings
  }
  for (const token of tokens) {
    if (negatablePraise.has(token.norm) && negated(tokens, token.index, 4) && sameClause(tokens, target.token.index, token.index, 10)) {
      findings.push({text: target.token.text + ' … ' + token.text, aspect: target.aspect})
      return findings
    }
  }
  for (const match of framingIndex.match(tokens)) {
    if (!usable(match) || !framed(tokens, match.last, target.token.index)) continue
    findings.push({text: written(tokens, match) + ' … ' + target.token.text, aspect: target.aspect})
    return findings
  }
  return findings
}

/** Whether `to` follows `from` closely, with no clause break between. */
function sameClause(tokens: readonly Token[], from: number, to: number, most: number): boolean {
  if (to <= from || to - from > most) return false
  for (let index = from; index < to; index++) {
    if (/[,;:]/.test(tokens[index].after)) return false
  }
  return true
}

/**
 * Whether a framing ("For what it's worth,") introduces the target: the
 * target follows within a few words, with no clause break or first-person
 * subject between ("For what it's worth, I meet …" is about the writer).
 */
function framed(tokens: readonly Token[], last: number, target: number): boolean {
  if (target <= last || target - last > 6) return false
  for (let index = last + 1; index < target; index++) {
    if (firstPerson.has(tokens[index].norm) || /[;:]/.test(tokens[index].after)) return false
  }
  return true
}

/** The words of a match, as written. */
function written(tokens: readonly Token[], match: PhraseMatch): string {
  return tokens
    .slice(match.first, match.last + 1)
    .map((token) => token.text)
    .join(' ')
}

/** Whether the writer is the one acting ("I was late", "I hadn't read"). */
function writerActs(tokens: readonly Token[], index: number): boolean {
  for (let back = index - 1; back >= Math.max(0, index - 3); back--) {
    if (firstPerson.has(tokens[back].norm)) return true
    if (!helpers.has(tokens[back].norm)) return false
  }
  return false
}

/** Whether a match comes after "rather than", "instead of", "not". */
function contrasted(tokens: readonly Token[], index: number): boolean {
  for (let back = index - 1; back >= Math.max(0, index - 3); back--) {
    if (contrast.has(tokens[back].norm)) return true
  }
  return false
}

/** "less stressful", "nothing felt rushed": the judgement is denied. */
function softened(tokens: readonly Token[], index: number): boolean {
  for (let back = index - 1; back >= Math.max(0, index - 4); back--) {
    if (/[,;:]/.test(tokens[back].after)) return false
    if (softeners.has(tokens[back].norm)) return true
  }
  return false
}

/** Whether the sentence praises something (not negated). */
function praises(tokens: readonly Token[]): boolean {
  return tokens.some((token) => praise.has(token.norm) && !negated(tokens, token.index, 3))
}

/** Whether a noun phrase belongs to the writer ("my final presentation"). */
function owned(tokens: readonly Token[], index: number): boolean {
  for (let back = index - 1; back >= Math.max(0, index - 3); back--) {
    if (ownership.has(tokens[back].norm)) return true
    if (stops.has(tokens[back].norm) || tokens[back].after.trim()) return false
  }
  return false
}

/** The first mention of the hiring process or the company that is not the writer's own. */
function findTarget(tokens: readonly Token[]): {token: Token; aspect: Aspect} | undefined {
  for (const token of tokens) {
    const aspect = targets[token.norm]
    if (!aspect) continue
    const before = tokens[token.index - 1]
    // "my presentation", "our old scheduling system": the writer's own.
    if (owned(tokens, token.index)) continue
    // "the old paper process" is theirs, not the hiring process.
    if (token.norm === 'process' && before && !processModifiers.has(before.norm)) continue
    return {token, aspect}
  }
  return undefined
}
