import {parseStructure, type Range, type Structure} from 'replylint'
import {describe, expect, it} from 'vitest'

/** The text of each part, for readable assertions. */
function parts(text: string, structure: Structure = parseStructure(text)) {
  const slice = (range: Range | undefined) => (range ? text.slice(range.start, range.end) : undefined)
  return {
    headers: structure.headers.map(slice),
    greeting: slice(structure.greeting),
    paragraphs: structure.paragraphs.map(slice),
    signOff: slice(structure.signOff),
    signature: structure.signature.map(slice),
    quoted: structure.quoted.map(slice)
  }
}

describe('parseStructure', () => {
  it('finds subject, greeting, body, sign-off and signature', () => {
    const text = 'Subject: Re: Your application\n\nDear Ms. Alvarez,\n\nThank you for the call.\n\nI hope our paths cross again.\n\nWarm regards,\nGrace Okafor, RN\n555-0101'
    expect(parts(text)).toEqual({
      headers: ['Subject: Re: Your application'],
      greeting: 'Dear Ms. Alvarez,',
      paragraphs: ['Thank you for the call.', 'I hope our paths cross again.'],
      signOff: 'Warm regards,',
      signature: ['Grace Okafor, RN\n555-0101'],
      quoted: []
    })
  })

  it('keeps Gmail quoted history out of the body (top-posted)', () => {
    const text = 'Hi Dan,\n\nThanks for letting me know.\n\nBest,\nEthan\n\nOn Mon, Apr 6, 2026 at 4:02 PM, Daniel Ortiz <dortiz@example.io> wrote:\n> Hi Ethan,\n>\n> Unfortunately we went another way.\n'
    const result = parts(text)
    expect(result.paragraphs).toEqual(['Thanks for letting me know.'])
    expect(result.signature).toEqual(['Ethan'])
    expect(result.quoted[0]).toMatch(/^On Mon, Apr 6/)
    expect(result.quoted.join('\n')).toContain('Unfortunately we went another way.')
  })

  it('handles a Gmail marker wrapped over two lines', () => {
    const text = 'Hi Dan,\n\nThank you.\n\nBest,\nE\n\nOn Mon, Apr 6, 2026 at 4:02 PM, Daniel Ortiz Hernandez <dortiz@example.io>\nwrote:\n\n> We are sorry.\n'
    expect(parts(text).paragraphs).toEqual(['Thank you.'])
    expect(parts(text).quoted.join('|')).not.toContain('Thank you')
  })

  it('handles bottom-posted replies below `>` lines', () => {
    const text = 'On Tue, Mar 3, 2026 at 10:14 AM, Jane Doe <jane@example.com> wrote:\n> We have decided to move forward with another candidate.\n> Best, Jane\n\nHi Jane,\n\nThank you for telling me.\n\nBest regards,\nSam'
    const result = parts(text)
    expect(result.greeting).toBe('Hi Jane,')
    expect(result.paragraphs).toEqual(['Thank you for telling me.'])
    expect(result.quoted).toHaveLength(1)
  })

  it('keeps inline bare `>` lines out of the body', () => {
    const text = 'Hi Jane,\n\n> we decided not to proceed\n\nThat makes sense, thank you.\n\nBest,\nSam'
    expect(parts(text).paragraphs).toEqual(['That makes sense, thank you.'])
  })

  it('handles Outlook -----Original Message----- blocks', () => {
    const text = 'Dear Mr. Lee,\n\nThank you for your message.\n\nSincerely,\nAna Ruiz\n\n-----Original Message-----\nFrom: Lee, Tom <tlee@example.com>\nSent: Monday, March 2, 2026 9:14 AM\nTo: Ana Ruiz\nSubject: Application\n\nDear Ana, we regret to inform you.\n'
    const result = parts(text)
    expect(result.paragraphs).toEqual(['Thank you for your message.'])
    expect(result.quoted.join('\n')).toContain('we regret to inform you')
  })

  it('handles Outlook separator lines with From/Sent blocks', () => {
    const text = 'Hi Tom,\n\nThanks so much.\n\nAna\n\n________________________________\nFrom: Tom Lee <tlee@example.com>\nSent: Monday, March 2, 2026 9:14 AM\nTo: Ana Ruiz <ana@example.com>\nSubject: RE: Application\n\nHi Ana, unfortunately the role is filled.'
    const result = parts(text)
    expect(result.paragraphs).toEqual(['Thanks so much.'])
    expect(result.signature).toEqual(['Ana'])
    expect(result.quoted.join('\n')).toContain('unfortunately')
  })

  it('handles From/Sent header blocks without a separator', () => {
    const text = 'Thanks, Tom. Good luck with the search.\n\nFrom: Tom Lee\nSent: Friday\nTo: Ana\nSubject: Update\n\nWe chose someone else.'
    const result = parts(text)
    expect(result.paragraphs).toEqual(['Thanks, Tom. Good luck with the search.'])
    expect(result.quoted.join('\n')).toContain('We chose someone else.')
  })

  it('handles forwarded messages', () => {
    const text = 'Hi Kim,\n\nThank you for forwarding this.\n\n---------- Forwarded message ---------\nFrom: HR <hr@example.com>\nDate: Mon\nSubject: Your application\n\nWe regret.'
    expect(parts(text).paragraphs).toEqual(['Thank you for forwarding this.'])
  })

  it('treats everything after `-- ` as signature', () => {
    const text = 'Hi,\n\nThank you for the update.\n\nCheers\n-- \nPat Doe\nhttps://example.com/pat\nNot body text.'
    const result = parts(text)
    expect(result.paragraphs).toEqual(['Thank you for the update.'])
    expect(result.signature.join('\n')).toContain('Not body text.')
  })

  it('treats mobile signatures as signature', () => {
    const text = 'Thanks for letting me know, Sara.\n\nSent from my iPhone\n\nOn Fri, May 1, 2026, at 9:00 AM, Sara <s@example.com> wrote:\n> Hi'
    expect(parts(text).paragraphs).toEqual(['Thanks for letting me know, Sara.'])
  })

  it('keeps offsets of the original text with CRLF and a BOM', () => {
    const text = '\uFEFFSubject: Re: Role\r\n\r\nHi Dana,\r\n\r\nThank you for the call.\r\nIt was great.\r\n\r\nBest,\r\nLee\r\n'
    const structure = parseStructure(text)
    expect(parts(text, structure)).toEqual({
      headers: ['Subject: Re: Role'],
      greeting: 'Hi Dana,',
      paragraphs: ['Thank you for the call.\r\nIt was great.'],
      signOff: 'Best,',
      signature: ['Lee'],
      quoted: []
    })
    expect(structure.headers[0].start).toBe(1)
  })

  it('finds a greeting with a name only, and no sign-off', () => {
    const text = 'Corinne,\n\nUnderstood. Please keep my résumé on file.\n\nJoel'
    const result = parts(text)
    expect(result.greeting).toBe('Corinne,')
    expect(result.paragraphs).toEqual(['Understood. Please keep my résumé on file.'])
    expect(result.signature).toEqual(['Joel'])
  })

  it('finds a name-and-contact block without a sign-off', () => {
    const text = 'Hello Chef,\n\nThank you for the reply. I hope to cook for you one day.\n\nMarco Bellini\n(312) 555-0100'
    const result = parts(text)
    expect(result.paragraphs).toEqual(['Thank you for the reply. I hope to cook for you one day.'])
    expect(result.signature).toEqual(['Marco Bellini\n(312) 555-0100'])
  })

  it('keeps a body paragraph that ends a draft without sign-off', () => {
    const text = 'Hi Jo,\n\nThanks for the news.\n\nI will keep applying and hope to see you again soon.'
    expect(parts(text).paragraphs).toEqual(['Thanks for the news.', 'I will keep applying and hope to see you again soon.'])
  })

  it('does not take a body sentence starting with a sign-off word as sign-off', () => {
    const text = 'Hi Jo,\n\nThanks for the call.\n\nBest of luck to the whole team with the launch next month, and thanks again for everything.\n\nKind regards,\nMo'
    const result = parts(text)
    expect(result.paragraphs).toHaveLength(2)
    expect(result.signOff).toBe('Kind regards,')
  })

  it('knows casual sign-offs', () => {
    for (const signOff of ['later,', 'Cheers!', 'ttyl', 'Have a good one,', 'All my best,']) {
      const text = 'hey Jo,\n\nthanks for the heads up.\n\nnot a problem at all.\n\n' + signOff + '\nDwayne'
      const result = parts(text)
      expect(result.signOff, signOff).toBe(signOff)
      expect(result.paragraphs).toEqual(['thanks for the heads up.', 'not a problem at all.'])
    }
  })

  it('knows lowercase and dashed names, and a sign-off with the name on one line', () => {
    expect(parts('hey Paul,\n\nthanks a lot for letting me know\n\njo').signature).toEqual(['jo'])
    expect(parts('hey Jordan\n\nok thanks for telling me.\n\n- kayla\n\nSent from my iPhone').paragraphs).toEqual(['ok thanks for telling me.'])
    const inline = parts('hiii Kendra,\n\nthank u for letting me know\n\nxo Bri')
    expect(inline.signOff).toBe('xo Bri')
    expect(inline.paragraphs).toEqual(['thank u for letting me know'])
    // A closing thanks with a name stays in the body.
    expect(parts('Hi Jo,\n\nI will keep applying.\n\nThank you Sarah').paragraphs).toHaveLength(2)
  })

  it('handles an empty text and a text of blank lines', () => {
    expect(parts('').paragraphs).toEqual([])
    expect(parts('\n\n  \n').paragraphs).toEqual([])
  })

  it('does not treat an email address in angle brackets in the body as quoting', () => {
    const text = 'Hi Jo,\n\nThank you. You can reach me at <me@example.com> any time.\n\nBest,\nMo'
    expect(parts(text).paragraphs).toEqual(['Thank you. You can reach me at <me@example.com> any time.'])
  })
})
