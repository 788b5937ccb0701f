import {lint} from 'replylint'
import {describe, expect, it} from 'vitest'

/**
 * Generalisation probes for a rule: sentences written for the test, in many
 * registers, each linted inside a normal reply (`wrap`) and expected to be
 * flagged by the rule (`positives`) or left alone (`negatives`).
 */
export function probeRule(
  id: string,
  wrap: (sentence: string) => string,
  positives: readonly string[],
  negatives: readonly string[]
): void {
  const flagged = async (sentence: string) => (await lint(wrap(sentence))).messages.some((message) => message.ruleId === id)

  describe(id + ' generalisation probes', () => {
    it('has at least 40 probes each way', () => {
      expect(positives.length).toBeGreaterThanOrEqual(40)
      expect(negatives.length).toBeGreaterThanOrEqual(40)
    })

    it.each(positives)('flags: %s', async (sentence) => {
      expect(await flagged(sentence)).toBe(true)
    })

    it.each(negatives)('leaves alone: %s', async (sentence) => {
      expect(await flagged(sentence)).toBe(false)
    })
  })
}
