/**
 * Placeholder shapes left in pasted templates.
 *
 * Each pattern is matched on one line of the greeting or body; `check`, when
 * present, decides on the match (to keep `[sic]`, `<jane@x.com>` and URLs).
 */
export interface PlaceholderPattern {
  name: string
  pattern: RegExp
  /**
   * Every match contains one of these texts: a text without any of them
   * is not searched (most drafts hold no bracket, brace or `XXX`, and ten
   * Unicode regexes over every line were most of the rule's cost).
   */
  hints: readonly string[]
  check?: (match: string) => boolean
}

/** Words that make bracketed text a fill-in slot. */
export const slotWords = new Set([
  'name', 'names', 'company', 'companys', 'organization', 'organisation', 'org', 'employer', 'firm',
  'title', 'position', 'role', 'job', 'date', 'day', 'time', 'manager', 'managers', 'interviewer',
  'interviewers', 'recruiter', 'recruiters', 'contact', 'person', 'team', 'department', 'school',
  'hospital', 'store', 'location', 'city', 'your', 'you', 'insert', 'here', 'first', 'last',
  'full', 'surname', 'mr', 'ms', 'mrs', 'dr', 'x', 'xx', 'xxx', 'field', 'industry', 'skill',
  'skills', 'project', 'topic', 'detail', 'details', 'specific', 'example', 'phone', 'number',
  'email', 'address', 'signature', 'hiring', 'recipient', 'candidate', 'placeholder', 'tbd'
])

/** Bracketed text that is editorial, not a slot. */
const editorial = /^\s*(sic|sic!|emphasis (mine|added)|\.\.\.|…|redacted|laughs|sigh)\s*$/i

function looksLikeSlot(inner: string): boolean {
  if (editorial.test(inner)) return false
  const words = inner.toLowerCase().replace(/['’]s\b/g, 's').split(/[^a-z]+/).filter(Boolean)
  if (words.length === 0) return /^[\s_.x?-]+$/i.test(inner) && inner.trim().length > 0
  if (words.some((word) => slotWords.has(word))) return true
  // `[Acme Corp]`-style: every word capitalised, as template slots are.
  return words.length <= 5 && inner.split(/\s+/).filter(Boolean).every((word) => /^[A-Z]/.test(word))
}

export const patterns: PlaceholderPattern[] = [
  {name: 'double braces', pattern: /\{\{[^{}\n]{0,60}\}\}/g, hints: ['{{']},
  {name: 'braces', pattern: /\{[^{}\n]{1,60}\}/g, hints: ['{'], check: (match) => /[a-z]/i.test(match)},
  {name: 'square brackets', pattern: /\[[^[\]\n]{1,60}\]/g, hints: ['['], check: (match) => looksLikeSlot(match.slice(1, -1))},
  {
    name: 'angle brackets',
    pattern: /<[^<>\n]{1,60}>/g,
    hints: ['<'],
    // Not addresses or links (`<jane@x.com>`, `<https://…>`).
    check: (match) => !/[@/]|^<\w+\.\w+/.test(match) && looksLikeSlot(match.slice(1, -1))
  },
  {name: 'percent slot', pattern: /%[A-Za-z_]{2,30}%/g, hints: ['%']},
  {name: 'dollar slot', pattern: /\$\{[^}\n]{1,40}\}/g, hints: ['${']},
  {name: 'Xs', pattern: /(?<![\p{L}\p{N}])(?:XXX+|xxx+|X{2}(?= [A-Z][a-z]))(?![\p{L}\p{N}])/gu, hints: ['XX', 'xxx']},
  {name: 'blank', pattern: /_{3,}/g, hints: ['___']},
  {name: 'to be decided', pattern: /(?<![\p{L}])(?:TBD|TBA|TKTK|INSERT [A-Z ]{2,30})(?![\p{L}])/gu, hints: ['TBD', 'TBA', 'TKTK', 'INSERT ']},
  {name: 'question marks', pattern: /\?{3,}/g, hints: ['???']}
]

/** Whether `text` contains one of a pattern's hints (see `PlaceholderPattern.hints`). */
export function mayMatch(pattern: PlaceholderPattern, text: string): boolean {
  for (const hint of pattern.hints) if (text.includes(hint)) return true
  return false
}
