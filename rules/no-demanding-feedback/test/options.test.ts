import {lint} from 'replylint'
import {describe, expect, it} from 'vitest'

const draft = (body: string) => 'Hi Sam,\n\n' + body + '\n\nBest,\nJo\n'

async function check(body: string, options?: unknown) {
  const file = await lint(draft(body), options === undefined ? undefined : {rules: {'no-demanding-feedback': ['warn', options]}})
  return file.messages.filter((message) => message.ruleId === 'no-demanding-feedback').map((message) => message.actual)
}

describe('no-demanding-feedback options', () => {
  it('flags by default and honours `allow`', async () => {
    const body = 'Please reply by Friday.'
    expect(await check(body)).toEqual([body])
    expect(await check(body, {allow: ['by friday']})).toEqual([])
  })

  it('flags `extra` phrases', async () => {
    const body = 'I hope to chat with you soon.'
    expect(await check(body)).toEqual([])
    expect(await check(body, {extra: ['chat with you soon']})).toEqual([body])
  })

  it('leaves sentences inside quotation marks alone', async () => {
    expect(await check('Your email said \"we owe you an answer\" and I appreciated that.')).toEqual([])
  })
})

describe('no-demanding-feedback suggestion', () => {
  it('offers the configured request as the fix', async () => {
    const file = await lint(draft('I deserve to know why.'), {rules: {'no-demanding-feedback': ['warn', {suggestion: 'Any feedback would be welcome.'}]}})
    expect(file.messages.filter((message) => message.ruleId === 'no-demanding-feedback').map((message) => message.expected)).toEqual([['Any feedback would be welcome.']])
  })
})
