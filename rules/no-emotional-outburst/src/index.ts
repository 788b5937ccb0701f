import {carried, createRule, getDraft, judge, normalise, ownTokens, phraseIndexFor, report, type Token} from '@replylint/core'
import {model} from './model.js'
import {analyse, type Trigger} from './detect.js'
import {measuredVersion} from './lexicon.js'
import {isShouted} from './shouting.js'

/** Options of `no-emotional-outburst`. */
export interface Options {
  /**
   * Words and phrases never flagged: an acronym written in capitals
   * (`"SCUBA"`), or a lexicon phrase (`"brutal"`).
   */
  allow?: string[]
  /** Extra phrases to flag as emotional, in the phrase syntax of the lexicon (`"over it"`, `"so done"`). */
  extra?: string[]
}

const note =
  'Seed 000: eliminate any emotional language, such as expressions of anger, frustration, or sadness; a single brief mention of disappointment is enough (seeds 001 and 003).'

const labels: Record<Trigger['kind'], string> = {
  anger: 'anger',
  frustration: 'frustration',
  bitterness: 'bitterness',
  sarcasm: 'sarcasm',
  despair: 'despair',
  'self-pity': 'self-pity',
  shock: 'shock',
  disappointment: 'disappointment',
  shouting: 'shouting',
  exclamation: 'an exclamation mark on a negative sentence',
  dwelling: 'a further mention of disappointment',
  custom: 'emotional language',
  learned: 'emotional tone'
}

/**
 * Flag anger, frustration, bitterness, sarcasm, despair and self-pity;
 * shouting (ALL CAPS words, `!!`, `?!`); `!` on negative sentences; and
 * every mention of disappointment after the first measured one.
 */
const rule = createRule<Options>(
  {
    id: 'no-emotional-outburst',
    severity: 'warn',
    description: 'Flag emotional language, shouting and dwelling on disappointment',
    fixable: true
  },
  (tree, file, options) => {
    const draft = getDraft(tree, file)
    const allow = new Set<string>()
    for (const value of options?.allow ?? []) {
      allow.add(normalise(value))
      allow.add(value.toUpperCase())
    }
    const extra = phraseIndexFor(options?.extra)
    // Kept from sentence to sentence, and from part to part of a long draft.
    const state = carried<{mentioned: boolean; offered: boolean; loneWell: number | undefined}>(file, 'no-emotional-outburst', () => ({
      mentioned: false,
      offered: false,
      loneWell: undefined
    }))

    for (const sentence of draft.sentences) {
      const tokens: Token[] = ownTokens(draft, sentence)
      if (tokens.length === 0) continue
      const text = draft.text.slice(sentence.start, sentence.end)
      const result = analyse(tokens, text, {allow, extra})
      const triggers = [...result.triggers]
      let start = sentence.start

      // "Well." on its own, then the news: a sardonic shrug.
      if (state.loneWell !== undefined && tokens.length <= 6) {
        triggers.unshift({text: 'Well.', kind: 'sarcasm', intensity: 3})
        start = state.loneWell
      }
      state.loneWell = tokens.length === 1 && tokens[0].norm === 'well' && !isShouted(tokens[0].text, allow) ? sentence.start : undefined

      const hadMention = state.mentioned
      if (result.disappointment) {
        if (state.mentioned) {
          triggers.unshift({...result.disappointment, kind: 'dwelling'})
        } else if (result.intense) {
          triggers.unshift(result.disappointment)
        }
        state.mentioned = true
      }
      // The classifier adds what the lexicon has no phrase for, naming its words.
      if (triggers.length === 0 && !result.disappointment && !tokens.some((token) => allow.has(token.norm))) {
        const learned = judge(model, tokens)
        if (learned) triggers.push({text: learned.triggers.join('`, `'), kind: 'learned', intensity: 2})
      }
      if (triggers.length === 0) continue

      const main = triggers[0]
      // One measured line per draft: a second would be dwelling again.
      const expected = fix(triggers, draft.text.slice(start, sentence.end), hadMention || state.offered)
      if (expected[0] === measuredVersion) state.offered = true
      const named = [...new Set(triggers.map((trigger) => '`' + trigger.text + '` (' + labels[trigger.kind] + ')'))]
      report(file, draft, {
        reason: 'Unexpected ' + named.join(', ') + ', ' + advice(main),
        start,
        end: sentence.end,
        expected,
        note
      })
    }
  }
)

export default rule

/** What to do, by the kind of the first trigger. */
function advice(trigger: Trigger): string {
  switch (trigger.kind) {
    case 'dwelling':
      return 'you already said you are disappointed: say it once, briefly, and remove this'
    case 'disappointment':
      return 'keep the one mention of disappointment brief and measured'
    case 'shouting':
      return 'write in sentence case without doubled punctuation'
    case 'exclamation':
      return 'keep negative news calm: remove the exclamation and the feeling behind it'
    case 'sarcasm':
    case 'bitterness':
      return 'remove it: sarcasm reads as bitterness to the person who sent the news'
    default:
      return 'remove it or replace it with one calm line of disappointment'
  }
}

/**
 * A fix: for shouting alone, the same sentence in sentence case; for a
 * feeling about the outcome, one measured line when none was said yet;
 * otherwise remove the sentence.
 */
function fix(triggers: Trigger[], sentence: string, alreadyMeasured: boolean): string[] {
  if (triggers.every((trigger) => trigger.kind === 'shouting')) {
    const calm = sentence
      .replace(/\b[A-Z]{2,}\b/g, (word) => (triggers.some((trigger) => trigger.text === word) ? word.toLowerCase() : word))
      .replace(/[!?]*\?[!?]*$/, '?')
      .replace(/!{2,}/g, '!')
      .replace(/(^|[.!?]\s+)([a-z])/g, (_, before: string, letter: string) => before + letter.toUpperCase())
    return [calm]
  }
  const kinds = new Set(triggers.map((trigger) => trigger.kind))
  const aboutOutcome = ['disappointment', 'despair', 'shock', 'self-pity', 'anger', 'frustration', 'exclamation'].some((kind) =>
    kinds.has(kind as Trigger['kind'])
  )
  if (aboutOutcome && !alreadyMeasured && !kinds.has('sarcasm') && !kinds.has('dwelling')) return [measuredVersion]
  return ['']
}
