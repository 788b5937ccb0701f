import {PhraseIndex, clauseAround, negated, negators, type PhraseMatch, type Token} from '@replylint/core'
import {
  companyActors,
  courtesies,
  demandGerunds,
  demandObjects,
  evaluations,
  failureVerbs,
  framings,
  negatablePraise,
  numbers,
  numeral,
  patterns,
  praise,
  processModifiers,
  reframings,
  remedies,
  targets,
  topicWords,
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
const reframingIndex = new PhraseIndex(reframings)
const courtesyIndex = new PhraseIndex(courtesies)
const conjunctions = new Set(['and', 'but', 'because', 'although', 'though', 'while', 'whereas', 'so', 'until', 'before', 'after', 'since', 'if', 'when'])
const subjects = new Set(['i', "i'm", "i'd", "i've", "i'll", 'myself', 'we', "we're", "we'd", "we've"])
const firstPerson = new Set(['i', "i'm", "i'd", "i've", "i'll", 'me', 'my', 'myself'])
const helpers = new Set(['had', 'have', 'was', 'were', 'also', 'even', 'just', 'really', 'simply', 'still', 'probably', 'must', 'may', 'might', 'honestly'])
const contrast = new Set(['than', 'instead', 'not', 'no', 'without', 'never'])
const softeners = new Set(['less', 'than', 'rather', 'not', 'never', 'hardly', 'nothing', "wasn't", "weren't", "isn't", "didn't"])
const ownership = new Set(['my', 'our', 'i', 'myself'])
const possessive = new Set(['my', 'our'])
const reported = new Set(['point', 'view', 'views', 'discussed', 'discussing', 'talked', 'talking'])
const stops = new Set(['the', 'your', 'a', 'an', 'this', 'that', 'their', 'its', 'of', 'in', 'on', 'at', 'for', 'with', 'to', 'and', 'was', 'is', 'were'])

/**
 * The aspect a word names (`targets[word]`). The own entries are read from a
 * map: a property read by a word made for each draft first looks the word up
 * in V8's string table, a map lookup only hashes it. A word that names an
 * inherited property (`constructor`) is read from the object, as before.
 */
const targetMap = new Map<string, Aspect>(Object.entries(targets))
const inherited = new Set(Object.getOwnPropertyNames(Object.prototype))
function targetOf(norm: string): Aspect | undefined {
  return targetMap.get(norm) ?? (inherited.has(norm) ? targets[norm] : undefined)
}

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
export function analyse(original: readonly Token[], context: Context): Finding[] {
  // Digits ("25 minutes", "3 weeks") match `#` like number words.
  // Only a list with a number is copied: the shared list keeps its cached word ids.
  const tokens = original.some((token) => isNumber(token.norm))
    ? original.map((token) => (isNumber(token.norm) ? {...token, norm: numeral} : token))
    : original
  const findings: Finding[] = []
  const usable = (match: PhraseMatch) =>
    !context.quoted(match.start, match.end) && !context.allow.has(written(tokens, match).toLowerCase()) && !context.allow.has(match.phrase)

  for (const match of patternIndex.match(tokens)) {
    const pattern = byPhrase.get(match.phrase)!
    if (!usable(match)) continue
    if (pattern.actor && writerActs(tokens, match.first)) continue
    if (pattern.weak && (praises(tokens) || remedied(tokens, match.first))) continue
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

  // Someone at the company who never replied, explained or apologised.
  const courtesy = failedCourtesy(tokens)
  if (courtesy) return [courtesy]

  // A target of the process judged negatively, or introduced by a framing
  // that announces a complaint, in a sentence that does not praise.
  const found = findTargets(tokens)
  if (found.length === 0) return findings
  if (praises(tokens) || reframingIndex.match(tokens).length > 0) return findings
  for (const match of evaluationIndex.match(tokens)) {
    if (!usable(match) || negated(tokens, match.first) || softened(tokens, match.first)) continue
    const target = found.find((target) => judges(tokens, target, match.first))
    if (!target) continue
    findings.push({text: target.token.text + ' … ' + written(tokens, match), aspect: target.aspect})
    return findings
  }
  for (const token of tokens) {
    if (!negatablePraise.has(token.norm) || !negated(tokens, token.index, 4)) continue
    const target = found.find((target) => judges(tokens, target, token.index))
    if (!target) continue
    findings.push({text: target.token.text + ' … ' + token.text, aspect: target.aspect})
    return findings
  }
  // "The rejection didn't even have my name right": `even` under a negation
  // after a target is a complaint about it.
  for (const token of tokens) {
    if (token.norm !== 'even' || !negated(tokens, token.index, 2)) continue
    const target = found.find((target) => !target.gerund && sameClause(tokens, target.token.index, token.index, 6) && !writerBetween(tokens, target.token.index, token.index))
    if (!target) continue
    findings.push({text: target.token.text + ' … ' + tokens[token.index - 1].text + ' even', aspect: target.aspect})
    return findings
  }
  for (const match of framingIndex.match(tokens)) {
    const target = found.find((target) => framed(tokens, match.last, target.token.index))
    if (!usable(match) || !target) continue
    findings.push({text: written(tokens, match) + ' … ' + target.token.text, aspect: target.aspect})
    return findings
  }
  return findings
}

/** Whether a word is written in digits ("25", "3.5", "10+"). */
function isNumber(norm: string): boolean {
  const code = norm.charCodeAt(0)
  return code >= 48 && code <= 57 && /^\d+([.,]\d+)?\+?$/.test(norm)
}

/** A target found in a sentence; `gerund` when it is the demand opening the sentence. */
interface Target {
  token: Token
  aspect: Aspect
  gerund?: boolean
}

/**
 * Whether a judgement at `index` is about a target: in its clause and
 * close after it, or anywhere after a demand that opens the sentence
 * ("Asking candidates to do unpaid work is exploitative"); not when a verb
 * of telling or `how` makes it a topic ("the nurse described how stressful").
 */
function judges(tokens: readonly Token[], target: Target, index: number): boolean {
  if (target.gerund) {
    if (index <= target.token.index || index - target.token.index > 14) return false
  } else if (!sameClause(tokens, target.token.index, index, 10)) {
    return false
  }
  // "your point that most hiring processes are too slow", "we discussed how the system had become …": an opinion reported, not held.
  for (let at = target.token.index - 1; at >= Math.max(0, target.token.index - 5); at--) {
    if (reported.has(tokens[at].norm)) return false
  }
  for (let at = target.token.index + 1; at < index; at++) {
    if (topicWords.has(tokens[at].norm)) return false
    // "In the interview my answer was not clear": the writer's own thing is judged.
    if (!target.gerund && possessive.has(tokens[at].norm)) return false
  }
  return true
}

/**
 * Where the clause of a token starts: after `,` `;` `:` or a conjunction
 * that opens a new subject (`and`, `but`, `because`…). Unlike the shared
 * clause helper, `once` and `that` do not break ("never once returned").
 */
function clauseStart(tokens: readonly Token[], index: number): number {
  let first = index
  while (first > 0 && !/[,;:—–()]/.test(tokens[first - 1].after) && !conjunctions.has(tokens[first].norm)) first--
  return first
}

/** Whether a first-person subject stands between two tokens ("the email … I didn't even"). */
function writerBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let at = from + 1; at < to; at++) if (subjects.has(tokens[at].norm)) return true
  return false
}

/** Whether a workplace ill is being fixed or discussed ("how you cut turnover"). */
function remedied(tokens: readonly Token[], index: number): boolean {
  const [first] = clauseAround(tokens, index)
  for (let at = Math.max(first, index - 5); at < index; at++) if (remedies.has(tokens[at].norm)) return true
  return false
}

/**
 * "Your recruiter never once returned my calls", "nobody apologised", "the
 * coordinator stopped replying": a courtesy verb, negated or stopped, whose
 * subject is someone at the company (or nobody), not the writer.
 */
function failedCourtesy(tokens: readonly Token[]): Finding | undefined {
  for (const match of courtesyIndex.match(tokens)) {
    const first = clauseStart(tokens, match.first)
    let failure = -1
    for (let at = match.first - 1; at >= Math.max(first, match.first - 6); at--) {
      const norm = tokens[at].norm
      if (negators.has(norm) || norm.endsWith("n't") || failureVerbs.has(norm)) {
        failure = at
        break
      }
    }
    if (failure === -1) continue
    const marker = tokens[failure].norm
    if (marker === 'nobody' || marker === 'none' || (marker === 'no' && tokens[failure + 1]?.norm === 'one')) {
      return {text: written(tokens, {first: failure, last: match.last} as PhraseMatch), aspect: 'communication'}
    }
    for (let at = failure - 1; at >= first; at--) {
      const norm = tokens[at].norm
      if (subjects.has(norm)) break
      if (companyActors.has(norm) || targetOf(norm)) {
        return {text: tokens[at].text + ' … ' + written(tokens, {first: failure, last: match.last} as PhraseMatch), aspect: 'communication'}
      }
    }
  }
  return undefined
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

/**
 * Whether the writer is the one acting ("I was late", "I hadn't read", "I'm
 * sorry I arrived a few minutes late"): a first-person word just before, or
 * a first-person subject nearer in the clause than anyone at the company.
 */
function writerActs(tokens: readonly Token[], index: number): boolean {
  for (let back = index - 1; back >= Math.max(0, index - 3); back--) {
    if (firstPerson.has(tokens[back].norm)) return true
    if (!helpers.has(tokens[back].norm)) break
  }
  const [first] = clauseAround(tokens, index)
  for (let back = index - 1; back >= first; back--) {
    const norm = tokens[back].norm
    if (subjects.has(norm)) return true
    if (companyActors.has(norm) || targetOf(norm)) return false
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

/**
 * Mentions of the hiring process or the company that are not the writer's
 * own, and a demand opening the sentence ("Asking candidates to …").
 */
function findTargets(tokens: readonly Token[]): Target[] {
  const found: Target[] = []
  const [first, second] = tokens
  if (first && second && demandGerunds.has(first.norm) && demandObjects.has(second.norm)) {
    found.push({token: first, aspect: 'process', gerund: true})
  }
  for (const token of tokens) {
    const aspect = targetOf(token.norm)
    if (!aspect) continue
    const before = tokens[token.index - 1]
    // "my presentation", "our old scheduling system": the writer's own.
    if (owned(tokens, token.index)) continue
    // "the old paper process" is theirs, not the hiring process.
    if (token.norm === 'process' && before && !processModifiers.has(before.norm)) continue
    found.push({token, aspect})
  }
  return found
}
