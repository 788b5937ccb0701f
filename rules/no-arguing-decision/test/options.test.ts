import {lint} from 'replylint'
import {describe, expect, it} from 'vitest'

const draft = (body: string) => 'Hi Sam,\n\n' + body + '\n\nBest,\nJo\n'

async function check(body: string, options?: unknown) {
  const file = await lint(draft(body), options === undefined ? undefined : {rules: {'no-arguing-decision': ['warn', options]}})
  return file.messages.filter((message) => message.ruleId === 'no-arguing-decision').map((message) => message.actual)
}

describe('no-arguing-decision options', () => {
  it('flags by default and honours `allow`', async () => {
    const body = 'My resume checks every box in your posting.'
    expect(await check(body)).toEqual([body])
    expect(await check(body, {allow: ['every box']})).toEqual([])
  })

  it('flags `extra` phrases', async () => {
    // "A second opinion" is flagged by default now (a request to have the decision reviewed).
    expect(await check('I would like a second opinion on this.')).toEqual(['I would like a second opinion on this.'])
    const body = 'I would like to talk this over with the director.'
    expect(await check(body)).toEqual([])
    expect(await check(body, {extra: ['talk this over']})).toEqual([body])
  })

  it('leaves sentences inside quotation marks alone', async () => {
    expect(await check('"You made a mistake," my friend joked, but I respect your decision.')).toEqual([])
  })
})
