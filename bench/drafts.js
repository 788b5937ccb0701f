/**
 * Deterministic reply drafts for the benchmarks.
 *
 * Drafts are assembled from realistic pieces (greetings, thanks, acceptance,
 * hopes for the future, the occasional argument or demand so the judgment
 * rules have work to do, sign-offs, signatures, sometimes a subject line and
 * quoted history) with a seeded PRNG, so every run lints the same text.
 */

/**
 * Mulberry32: a small seeded PRNG, good enough to pick sentence pieces.
 *
 * @param {number} seed
 * @returns {() => number} Uniform numbers in [0, 1).
 */
export function prng(seed) {
  let state = seed >>> 0
  return function () {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const names = ['Priya', 'Daniel', 'Mr. Okafor', 'Ms. Lindqvist', 'Renee', 'Tomás', 'Aiko', 'Hiring Team', 'Jordan', 'Dr. Mensah']
const senders = ['Sam Whitford', 'Alex Moreno', 'Chen Wei', 'Fatima Haddad', 'Lukas Brandt', 'Nia Robinson']
const roles = ['backend engineer', 'product designer', 'data analyst', 'account manager', 'store supervisor', 'QA lead']
const companies = ['Northwind', 'Harbor Point', 'Acme Logistics', 'Bluefin Labs', 'Cedar & Co.', 'Lumen Health']

const greetings = ['Hi {name},', 'Dear {name},', 'Hello {name},', 'Good morning {name},', '{name},']
const signOffs = ['Best regards,', 'Kind regards,', 'Thanks again,', 'Best,', 'Warm regards,', 'Sincerely,', 'All the best,']

/** Body sentences, most of them the polite reply the rules expect. */
const sentences = [
  'Thank you for letting me know about your decision on the {role} role.',
  'Thanks so much for taking the time to speak with me over the past few weeks.',
  'I really appreciated the chance to meet the team and learn about the work at {company}.',
  'I understand, and I respect the decision to move forward with another candidate.',
  'Of course I am a little disappointed, but I enjoyed every conversation along the way.',
  'The interview with the platform team was one of the most interesting I have had this year.',
  'I would love to be considered for future openings that match my experience.',
  'If a similar position opens up in the next few months, please keep me in mind.',
  'I learned a lot from the take-home exercise, especially about designing for failure.',
  'Please pass my thanks on to everyone who interviewed me, in particular the hiring manager.',
  'I hope the launch goes well, and I will be following {company} with interest.',
  'It was a pleasure to talk about the roadmap and the challenges ahead.',
  'Your feedback during the final round was generous and genuinely useful.',
  'I have attached my updated portfolio in case it is helpful for future roles.',
  'Wishing you and the team every success with the new quarter.',
  "I'd be happy to stay in touch, and I'll keep an eye on your careers page.",
  'If you have any feedback on how I could improve, I would welcome it, but no pressure at all.',
  'My time at the coffee shop taught me a lot about staying calm when things get busy.',
  'I am still very interested in {company} and the way your team approaches customer research.',
  'Congratulations to whoever joins you; they are lucky to work with such a thoughtful group.'
]

/** Sentences that give the judgment rules something to flag (about one in eight). */
const flagged = [
  'I honestly think you made the wrong call, since I met every requirement in the posting.',
  'Could you tell me exactly why I was not selected?',
  'The process took far too long and nobody answered my emails for weeks.',
  "I'm really upset about this!!! I was sure I had the job.",
  'Please reconsider my application, because my experience is a much better fit than you realised.',
  'The second interviewer seemed unprepared and kept checking their phone.',
  'I need a detailed explanation of the scoring by Friday.'
]

const quotedHistory = [
  'On Tue, Mar 4, 2025 at 9:12 AM {name} <recruiting@example.com> wrote:',
  '> Thank you for your interest in the {role} position at {company}.',
  '> After careful consideration, we have decided to move forward with other candidates',
  '> whose experience more closely matches our current needs.',
  '>',
  '> We appreciate the time you invested and wish you the best in your search.'
]

/** @param {string} template @param {Record<string, string>} values */
function fill(template, values) {
  return template.replace(/\{(\w+)\}/g, (_, key) => values[key])
}

/** @param {string} text */
export function countWords(text) {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)
  return words ? words.length : 0
}

/**
 * One draft of 120–260 words (or `min`–`max`).
 *
 * @param {() => number} random
 * @param {{min?: number, max?: number}} [size]
 * @returns {string}
 */
export function generateDraft(random, size = {}) {
  const min = size.min ?? 120
  const max = size.max ?? 260
  const pick = (/** @type {string[]} */ list) => list[Math.floor(random() * list.length)]
  for (;;) {
    const values = {name: pick(names), role: pick(roles), company: pick(companies)}
    const head = []
    if (random() < 0.25) head.push(fill('Subject: Re: Your application for {role} at {company}', values), '')
    head.push(fill(pick(greetings), values), '')
    const tail = ['', pick(signOffs), pick(senders)]
    if (random() < 0.3) tail.push('(555) 204-' + String(1000 + Math.floor(random() * 9000)))
    const quoted = random() < 0.3 ? ['', ...quotedHistory.map((line) => fill(line, values))] : []
    const target = min + Math.floor(random() * (max - min - 15))
    const fixed = countWords([...head, ...tail, ...quoted].join('\n'))
    const paragraphs = []
    const used = new Set()
    let words = fixed
    while (words < target) {
      const paragraph = []
      const length = 2 + Math.floor(random() * 3)
      for (let index = 0; index < length && words < target; index++) {
        let template = pick(random() < 0.12 ? flagged : sentences)
        // No sentence twice in one draft, as a person would write it.
        while (used.has(template)) template = pick(sentences)
        used.add(template)
        const sentence = fill(template, values)
        paragraph.push(sentence)
        words += countWords(sentence)
      }
      paragraphs.push(paragraph.join(' '))
    }
    const text = [...head, paragraphs.join('\n\n'), ...tail, ...quoted].join('\n') + '\n'
    const total = countWords(text)
    if (total >= min && total <= max) return text
  }
}

/**
 * `count` drafts from `seed`.
 *
 * @param {number} count
 * @param {number} [seed]
 * @returns {string[]}
 */
export function generateDrafts(count, seed = 20250301) {
  const random = prng(seed)
  const drafts = []
  for (let index = 0; index < count; index++) drafts.push(generateDraft(random))
  return drafts
}

/**
 * A large input of about `bytes` characters: drafts one after another,
 * separated by blank lines, as a mailbox export pasted into one file would be.
 *
 * @param {number} bytes
 * @param {number} [seed]
 */
export function generateLarge(bytes, seed = 7) {
  const random = prng(seed)
  const parts = []
  let size = 0
  while (size < bytes) {
    const draft = generateDraft(random)
    parts.push(draft)
    size += draft.length + 1
  }
  return parts.join('\n')
}
