import retextEnglish from 'retext-english'
import {lint, lintSync, preset, replylint, rules} from 'replylint'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {assertInvariants} from './helpers/invariants.js'

const noThanks = 'Hi Corinne,\n\nUnderstood. Please keep my résumé on file.\n\nJoel\n'
const placeholder = 'Dear [Recruiter Name],\n\nThank you for letting me know. I wish the team well.\n\nBest,\nLeah\n'
const screening200 =
  'Hi Tanya,\n\nThank you for the call. ' +
  Array.from({length: 20}, (_, index) => 'I enjoyed hearing about store number ' + index + ' today.').join(' ') +
  '\n\nBest,\nMarcus\n'

const ids = (file: VFile) => file.messages.map((message) => message.ruleId)

describe('lint()', () => {
  it('reports a placeholder as an error with its position', async () => {
    const file = await lint(placeholder)
    expect(ids(file)).toEqual(['no-template-placeholder'])
    const [message] = file.messages
    expect(message.fatal).toBe(true)
    expect(message.place).toEqual({start: {line: 1, column: 6, offset: 5}, end: {line: 1, column: 22, offset: 21}})
    assertInvariants(file, placeholder)
  })

  it('reports a 200-word screening reply and not the same reply after an interview', async () => {
    const screening = await lint(screening200, {stage: 'screening'})
    expect(ids(screening)).toEqual(['no-excess-length'])
    expect(screening.messages[0].reason).toMatch(/^Unexpected `\d+` words in the body, expected at most `75` for the `screening` stage, remove `\d+`$/)
    expect(ids(await lint(screening200, {stage: 'final'}))).toEqual([])
  })

  it('reports a draft with no thanks at the start of the body', async () => {
    const file = await lint(noThanks)
    expect(ids(file)).toEqual(['require-gratitude'])
    expect(file.messages[0].place).toEqual({start: {line: 3, column: 1, offset: 13}, end: {line: 3, column: 1, offset: 13}})
  })

  it('sorts messages by position', async () => {
    const text = 'Hi {name},\n\nPlease keep my résumé for XXX.\n\nBest,\n<Your Name>\n'
    const file = await lint(text)
    const offsets = file.messages.map((message) => (message.place as {start: {offset: number}}).start.offset)
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b))
    expect(ids(file)).toEqual(['no-template-placeholder', 'require-gratitude', 'no-template-placeholder', 'no-template-placeholder'])
  })

  it('has a sync form that gives the same messages', async () => {
    const asyncFile = await lint(screening200, {stage: 'screening'})
    const syncFile = lintSync(screening200, {stage: 'screening'})
    expect(syncFile.messages.map(String)).toEqual(asyncFile.messages.map(String))
  })

  it('turns rules off and changes severity and options per rule', async () => {
    expect(ids(await lint(noThanks, {rules: {'require-gratitude': 'off'}}))).toEqual([])
    expect(ids(await lint(noThanks, {rules: {'require-gratitude': ['off']}}))).toEqual([])
    const error = await lint(noThanks, {rules: {'require-gratitude': 'error'}})
    expect(error.messages[0].fatal).toBe(true)
    const placeholderWarning = await lint(placeholder, {rules: {'no-template-placeholder': ['warn']}})
    expect(placeholderWarning.messages[0].fatal).toBe(false)
    const budget = await lint(screening200, {stage: 'screening', rules: {'no-excess-length': ['warn', {screening: {words: 500}}]}})
    expect(ids(budget)).toEqual([])
    const options = await lint(noThanks, {rules: {'require-gratitude': [{extra: ['understood']}]}})
    expect(ids(options)).toEqual([])
  })

  it('rejects an unknown stage, rule or severity with a clear error', async () => {
    await expect(lint(noThanks, {stage: 'offer' as never})).rejects.toThrow('Unknown stage `offer`, expected one of: screening, interview, final')
    await expect(lint(noThanks, {rules: {'no-typos': 'off'}})).rejects.toThrow(/Unknown rule `no-typos`/)
    await expect(lint(noThanks, {rules: {'require-gratitude': 'loud'}})).rejects.toThrow(/severity/)
  })

  it('reports bad input instead of throwing', async () => {
    const binary = await lint('GIF89a\0\0\0')
    expect(binary.messages[0]).toMatchObject({fatal: true})
    expect(binary.messages[0].reason).toMatch(/binary/)
    const latin1 = await lint(new VFile({value: 'Danke sch\uFFFDn', path: 'draft.txt'}))
    expect(latin1.messages[0].reason).toMatch(/UTF-8/)
    const huge = await lint('Thank you. '.repeat(100), {maxSize: 100})
    expect(huge.messages[0].reason).toMatch(/at most/)
    const empty = await lint('  \n\n')
    expect(empty.messages.map((message) => [message.reason, message.fatal])).toEqual([['Empty draft: nothing to lint', false]])
  })
})

describe('.eml files', () => {
  const plain =
    'From: Sam <sam@example.com>\r\nTo: Jane <jane@example.com>\r\nSubject: Re: Your application\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 7bit\r\n\r\nHi Jane,\r\n\r\nPlease pass my thanks to [Interviewer Name].\r\n\r\nBest,\r\nSam\r\n'

  it('lints the text part with positions in the .eml file when it is stored verbatim', async () => {
    const file = await lint(new VFile({path: 'reply.eml', value: plain}))
    expect(ids(file)).toEqual(['no-template-placeholder'])
    const place = file.messages[0].place as {start: {line: number; column: number; offset: number}}
    expect(place.start.line).toBe(10)
    expect(plain.slice(place.start.offset, place.start.offset + 18)).toBe('[Interviewer Name]')
    assertInvariants(file, plain)
  })

  it('decodes quoted-printable and base64 parts; positions are those of the decoded text', async () => {
    const qp =
      'Subject: Re: Role\r\nContent-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nHi Ren=E9e,\r\n\r\nUnderstood, I will keep an eye on the careers page for roles at {company}.=\r\n\r\n\r\nBest,\r\nSam\r\n'
    const file = await lint(new VFile({path: 'qp.eml', value: qp}))
    expect(ids(file)).toEqual(['require-gratitude', 'no-template-placeholder'])
    const decoded = file.data.replylint?.text ?? ''
    expect(decoded).toContain('Hi Renée,')
    assertInvariants(file, decoded)

    const body = Buffer.from('Hi Jo,\n\nThank you for the call, and good luck with XXX.\n\nBest,\nSam\n').toString('base64')
    const b64 = 'Subject: Re\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n' + body + '\r\n'
    const file64 = await lint(new VFile({path: 'b64.eml', value: b64}))
    expect(ids(file64)).toEqual(['no-template-placeholder'])
    expect(file64.messages[0].actual).toBe('XXX')
  })

  it('uses the text of the HTML part when there is no plain part', async () => {
    const html =
      'Subject: Re\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body><p>Hi Jo,</p><p>Understood &amp; noted.</p><p>Best,<br>Sam</p></body></html>\r\n'
    const file = await lint(new VFile({path: 'html.eml', value: html}))
    expect(ids(file)).toEqual(['require-gratitude'])
    expect(file.data.replylint?.text).toContain('Understood & noted.')
  })
})

describe('processor, preset and registry', () => {
  it('runs the preset in a pipeline users build themselves', async () => {
    const processor = unified().use(retextEnglish).use(preset)
    const file = new VFile(placeholder)
    await processor.run(processor.parse(file), file)
    expect(ids(file)).toEqual(['no-template-placeholder'])
  })

  it('lets a copy of the processor reconfigure a rule with .use()', async () => {
    const processor = replylint().use(rules['require-gratitude'], 'off')
    const file = new VFile(noThanks)
    await processor.run(processor.parse(file), file)
    expect(ids(file)).toEqual([])
  })

  it('reads stage and rules from settings, as config files set them', async () => {
    const processor = replylint().data('settings', {stage: 'screening', rules: {'require-gratitude': 'off'}} as never)
    const file = new VFile(screening200.replace('Thank you for the call.', ''))
    await processor.run(processor.parse(file), file)
    expect(ids(file)).toEqual(['no-excess-length'])
  })
})

describe('input guard', () => {
  it('wraps the parser once and warns once on an empty draft when used twice', async () => {
    const {replylintGuard} = await import('replylint')
    const processor = replylint().use(function (this: unknown) {
      // A second copy of the guard, as another copy of the library would add.
      return replylintGuard.call(this as never, {maxSize: 10})
    })
    const empty = new VFile('   \n')
    await processor.run(processor.parse(empty), empty)
    expect(empty.messages.map((message) => message.reason)).toEqual(['Empty draft: nothing to lint'])
    const large = new VFile('Thank you so much for your time.')
    expect(() => processor.parse(large)).toThrow(/at most/)
  })
})

describe('clean drafts', () => {
  it('a gracious draft with a gentle feedback request and one "I\'m disappointed" gets no message', async () => {
    const draft = [
      'Subject: Re: Product Designer role',
      '',
      'Hi Priya,',
      '',
      "Thank you for letting me know, and for the time you and the team spent with me over the last few weeks. I'm disappointed, of course, but I understand, and I enjoyed every conversation, especially the portfolio review.",
      '',
      "If you ever have a spare moment, I'd welcome any feedback on how I could strengthen my case studies. Please don't feel obligated.",
      '',
      "I'd be glad to be considered for future openings, and I wish you all the best with the launch!",
      '',
      'Warm regards,',
      'Jordan Lee',
      'jordan@example.com'
    ].join('\n')
    for (const stage of ['interview', 'final'] as const) {
      expect((await lint(draft, {stage})).messages).toEqual([])
    }
  })

  it('the example clean draft in fixtures/ gets no message', async () => {
    const fs = await import('node:fs')
    const text = fs.readFileSync(new URL('../fixtures/drafts/clean.txt', import.meta.url), 'utf8')
    expect((await lint(text)).messages).toEqual([])
  })
})
