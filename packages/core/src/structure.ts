/**
 * Email structure: which parts of a draft the sender wrote.
 *
 * Works on the original text and returns offsets into it, so every rule can
 * keep reporting positions of the original file (BOM and CRLF included).
 */

/** A half-open range of offsets `[start, end)` into the original text. */
export interface Range {
  start: number
  end: number
}

/** The parts of a reply draft. */
export interface Structure {
  /** `Subject:` and other header lines at the top. */
  headers: Range[]
  /** The greeting line (`Dear Dave,`), when there is one. */
  greeting: Range | undefined
  /** Body paragraphs (blank-line separated), trimmed, in order. */
  paragraphs: Range[]
  /** The sign-off line (`Best regards,`), when there is one. */
  signOff: Range | undefined
  /** Signature: after a `-- ` line, name and contact lines after the sign-off. */
  signature: Range[]
  /** Quoted history: `>` lines, reply markers and everything they introduce. */
  quoted: Range[]
}

interface Line {
  start: number
  /** End of the line's content, before the line ending. */
  end: number
  text: string
}

const headerLine = /^(subject|re|to|from|cc|bcc|date|sent|reply-to|fwd?)\s*:/i
const gmailMarker = /^\s*on\b.{4,}\bwrote:\s*$/i
const gmailMarkerStart = /^\s*on\s+(mon|tue|wed|thu|fri|sat|sun|\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i
const outlookOriginal = /^\s*-{2,}\s*(original message|forwarded message|original)\s*-{2,}\s*$/i
const forwardedMarker = /^\s*(begin forwarded message:|-{3,}\s*forwarded message\s*-{3,})\s*$/i
const underscoreSeparator = /^\s*_{10,}\s*$/
const outlookFrom = /^\s*\*?from:\*?\s+\S/i
const outlookFollow = /^\s*\*?(sent|date|to|subject|cc):\*?\s/i
const quoteLine = /^\s*>/
const signatureDelimiter = /^--\s?$/
const mobileSignature = /^\s*(sent from my \w+|get outlook for \w+|sent from (yahoo )?mail for \w+)/i

const greetingLine =
  /^\s*(dear|hi+|hello+|hey+|hiya|howdy|yo|morning|afternoon|greetings|good (morning|afternoon|evening|day)|to whom it may concern|attn)\b[^.!?]{0,60}[,:!]?\s*$/i
/** Honorifics whose period does not end a greeting (`Dear Dr. Chen,`). */
const honorific = /\b(mr|mrs|ms|mx|dr|prof|rev|st|sr|jr)\./gi
const bareNameGreeting = /^\s*[A-Z][\w.'-]*( [A-Z][\w.'-]*){0,3},\s*$/

/** Sign-off phrases; the line must consist of one of these (plus punctuation). */
const signOffPhrases = [
  'best',
  'best regards',
  'best wishes',
  'all the best',
  'all best',
  'kind regards',
  'kindest regards',
  'warm regards',
  'warmest regards',
  'warmly',
  'regards',
  'many thanks',
  'thanks',
  'thanks again',
  'thanks so much',
  'thank you',
  'thank you again',
  'with thanks',
  'with gratitude',
  'gratefully',
  'sincerely',
  'sincerely yours',
  'yours sincerely',
  'yours truly',
  'yours faithfully',
  'respectfully',
  'cheers',
  'take care',
  'cordially',
  'with appreciation',
  'with best wishes',
  'best of luck',
  'talk soon',
  'until next time',
  'thanks and regards',
  'thanks & regards',
  'many thanks and best wishes',
  'with best regards',
  'with kind regards',
  'with warm regards',
  'best wishes to you',
  'all my best',
  'my best',
  'speak soon',
  'later',
  'laters',
  'catch you later',
  'ttyl',
  'thx',
  'ty',
  'tx',
  'xo',
  'xx',
  'peace',
  'take it easy',
  'have a good one',
  'have a great day',
  'have a great weekend',
  'stay well',
  'be well',
  'onwards',
  'in gratitude',
  'gratefully yours',
  'faithfully',
  'yours',
  'regards and thanks',
  'thanks again and best',
  'thank you and best regards',
  'thank you kindly',
  'kindly'
]
const signOffLine = new RegExp(
  '^\\s*(' +
    signOffPhrases
      .map((phrase) => phrase.replace(/[&]/g, '\\$&').replace(/ /g, '\\s+'))
      .join('|') +
    ')\\s*[,.!-]*\\s*$',
  'i'
)

/** A sign-off and a name on one line (`xo Bri`, `Cheers, Sam`); not thanks, which may be a sentence. */
const signOffAndName = new RegExp(
  '^\\s*(' +
    signOffPhrases
      .filter((phrase) => !/thank/.test(phrase))
      .map((phrase) => phrase.replace(/[&]/g, '\\$&').replace(/ /g, '\\s+'))
      .join('|') +
    ')\\s*[,.!-]*\\s+(.+)$',
  'i'
)

/** Whether a line is a sign-off, alone or followed by a name. */
function isSignOff(text: string): boolean {
  if (signOffLine.test(text)) return true
  const match = signOffAndName.exec(text)
  return match !== null && match[2].trim().split(/\s+/).length <= 3 && /^\p{Lu}[\p{L}'.-]*(\s+\p{Lu}[\p{L}'.-]*)*\s*$/u.test(match[2].trim())
}

/** Split text into lines with their offsets (`\n`, `\r\n` and `\r`). */
function splitLines(text: string): Line[] {
  const lines: Line[] = []
  const pattern = /\r\n|\r|\n/g
  let start = 0
  let match: RegExpExecArray | null
  while ((match = pattern.exec(text))) {
    lines.push({start, end: match.index, text: text.slice(start, match.index)})
    start = match.index + match[0].length
  }
  lines.push({start, end: text.length, text: text.slice(start)})
  // A BOM is not part of the first line's words.
  if (lines[0] && lines[0].text.charCodeAt(0) === 0xfeff) {
    lines[0] = {start: lines[0].start + 1, end: lines[0].end, text: lines[0].text.slice(1)}
  }
  return lines
}

const isBlank = (line: Line) => line.text.trim() === ''

/** Whether a reply marker starts at `index`; returns how many lines it spans. */
function replyMarker(lines: Line[], index: number): number {
  const text = lines[index].text
  if (gmailMarker.test(text)) return 1
  // Gmail wraps long markers: `On Tue, … Jane Doe <jane@x.com>` / `wrote:`.
  if (gmailMarkerStart.test(text) && index + 1 < lines.length && /^\s*\S.*wrote:\s*$/i.test(lines[index + 1].text) && text.length < 160) {
    return 2
  }
  if (outlookOriginal.test(text) || forwardedMarker.test(text)) return 1
  if (underscoreSeparator.test(text)) {
    const next = nextContent(lines, index + 1)
    if (next === -1 || outlookFrom.test(lines[next].text)) return 1
  }
  if (outlookFrom.test(text)) {
    let follows = 0
    for (let look = index + 1; look < Math.min(lines.length, index + 5); look++) {
      if (outlookFollow.test(lines[look].text)) follows++
    }
    if (follows >= 2) return 1
  }
  return 0
}

function nextContent(lines: Line[], from: number): number {
  for (let index = from; index < lines.length; index++) {
    if (!isBlank(lines[index])) return index
  }
  return -1
}

/** Merge adjacent line ranges into ranges of text. */
function pushRange(ranges: Range[], line: Line): void {
  const last = ranges[ranges.length - 1]
  if (last && last.end >= line.start - 2) {
    last.end = line.end
  } else {
    ranges.push({start: line.start, end: line.end})
  }
}

/**
 * Find the parts of a reply draft in its original text.
 *
 * @param text The whole draft as saved, possibly with a BOM and CRLF endings.
 */
export function parseStructure(text: string): Structure {
  const lines = splitLines(text)
  const kind: Array<'header' | 'quoted' | 'own'> = lines.map(() => 'own')
  const quoted: Range[] = []
  const headers: Range[] = []

  // Header lines at the very top (`Subject: …`), up to the first blank line.
  let first = nextContent(lines, 0)
  if (first !== -1 && headerLine.test(lines[first].text)) {
    let index = first
    while (index < lines.length && !isBlank(lines[index])) {
      // Folded header lines start with white space.
      if (!headerLine.test(lines[index].text) && !/^\s/.test(lines[index].text)) break
      kind[index] = 'header'
      pushRange(headers, lines[index])
      index++
    }
  }

  // Quoted history.
  for (let index = 0; index < lines.length; index++) {
    if (kind[index] !== 'own') continue
    const line = lines[index]
    if (quoteLine.test(line.text)) {
      kind[index] = 'quoted'
      continue
    }
    const span = replyMarker(lines, index)
    if (!span) continue
    for (let offset = 0; offset < span; offset++) kind[index + offset] = 'quoted'
    const next = nextContent(lines, index + span)
    if (next !== -1 && quoteLine.test(lines[next].text)) {
      // Bottom-posting or inline replies: only the `>` block is quoted.
      index += span - 1
      continue
    }
    // Top-posting: the marker introduces everything below it.
    for (let rest = index + span; rest < lines.length; rest++) kind[rest] = 'quoted'
    break
  }

  for (let index = 0; index < lines.length; index++) {
    if (kind[index] === 'quoted' && !isBlank(lines[index])) pushRange(quoted, lines[index])
  }

  // Own lines: the candidate's text, in which greeting, body, sign-off and
  // signature are found.
  const own: number[] = []
  for (let index = 0; index < lines.length; index++) {
    if (kind[index] === 'own') own.push(index)
  }

  const signature: Range[] = []
  let ownEnd = own.length
  // Everything after a `-- ` delimiter (or a mobile signature) is signature.
  for (let position = 0; position < own.length; position++) {
    const text = lines[own[position]].text
    if (signatureDelimiter.test(text) || mobileSignature.test(text)) {
      for (let rest = position; rest < own.length; rest++) {
        if (!isBlank(lines[own[rest]])) pushRange(signature, lines[own[rest]])
      }
      ownEnd = position
      break
    }
  }

  const content = own.slice(0, ownEnd).filter((index) => !isBlank(lines[index]))

  // Greeting: the first content line, when it looks like one.
  let greeting: Range | undefined
  let bodyFrom = 0
  if (content.length > 0) {
    const line = lines[content[0]]
    const plain = line.text.replace(honorific, '$1')
    if (greetingLine.test(plain) || bareNameGreeting.test(plain)) {
      greeting = {start: line.start, end: line.end}
      bodyFrom = 1
    }
  }

  // Sign-off: the last sign-off line, followed only by a few short lines.
  let signOff: Range | undefined
  let bodyTo = content.length
  for (let position = content.length - 1; position >= bodyFrom; position--) {
    const after = content.length - 1 - position
    if (after > 6) break
    const line = lines[content[position]]
    if (isSignOff(line.text)) {
      // The only own line is body, not a sign-off (`Thanks so much.`); and a
      // thanks ending in a full stop is a sentence.
      if (position === bodyFrom) break
      if (/^\s*(many )?thank/i.test(line.text) && /\.\s*$/.test(line.text)) continue
      signOff = {start: line.start, end: line.end}
      bodyTo = position
      for (let rest = position + 1; rest < content.length; rest++) {
        pushRange(signature, lines[content[rest]])
      }
      break
    }
  }

  if (!signOff) {
    // No sign-off: a last block of a few short lines that starts with a name
    // (`Ethan`, `Marco Bellini` / `(312) 555-0193`) is a signature.
    let blockStart = content.length - 1
    while (blockStart > bodyFrom && content[blockStart - 1] === content[blockStart] - 1) blockStart--
    const block = content.slice(blockStart)
    if (blockStart > bodyFrom && block.length <= 5 && isNameLine(lines[block[0]].text) && block.every((index) => isShortLine(lines[index].text))) {
      for (const index of block) pushRange(signature, lines[index])
      bodyTo = blockStart
    }
  }

  // Body paragraphs: own lines between greeting and sign-off, split at blank
  // lines and at quoted blocks.
  const paragraphs: Range[] = []
  const bodyLines = new Set(content.slice(bodyFrom, bodyTo))
  let current: Range | undefined
  const startIndex = bodyFrom < content.length ? content[bodyFrom] : lines.length
  const endIndex = bodyTo - 1 >= 0 && bodyTo - 1 < content.length ? content[bodyTo - 1] : -1
  for (let index = startIndex; index <= endIndex; index++) {
    if (bodyLines.has(index)) {
      const line = lines[index]
      const startOffset = line.start + (line.text.length - line.text.trimStart().length)
      const endOffset = line.start + line.text.trimEnd().length
      if (current) {
        current.end = endOffset
      } else {
        current = {start: startOffset, end: endOffset}
        paragraphs.push(current)
      }
    } else {
      current = undefined
    }
  }

  signature.sort((a, b) => a.start - b.start)
  return {headers, greeting, paragraphs, signOff, signature, quoted}
}

/** A line that can be a name: one to four words, capitalised, no sentence punctuation. */
function isNameLine(text: string): boolean {
  const dashed = /^\s*[-–—~]/.test(text)
  const trimmed = text.trim().replace(/^[-–—~]\s*/, '')
  const words = trimmed.split(/\s+/)
  // Names are capitalised, except when signed `- kayla` or as one or two words (`jo`).
  const capitalised = words.every((word) => /^(\p{Lu}|(de|da|van|von|der|la|le|di|del|bin|al)$)/u.test(word))
  const named = capitalised || dashed || (words.length <= 2 && words.every((word) => /^\p{Ll}+$/u.test(word)))
  return words.length <= 4 && named && !/[.!?:;]$/.test(trimmed) && !/,\s*\S/.test(trimmed.replace(/,\s*(rn|md|phd|cpa|mba|pe|jr|sr)\b/gi, ''))
}

/** A short contact-like line: at most eight words, no sentence end. */
function isShortLine(text: string): boolean {
  const trimmed = text.trim()
  return trimmed.split(/\s+/).length <= 8 && !/[.!?]$/.test(trimmed.replace(/\b[\w.-]+@[\w.-]+\.\w+$|https?:\S+$|\b(jr|sr|inc|ltd)\.$/i, ''))
}
