import type {Root} from 'nlcst'
import type {Processor} from 'unified'
import {VFile} from 'vfile'

/** The text of an email message, and where it is in the raw source. */
export interface EmlText {
  /** Text of the `text/plain` part, or of the `text/html` part. */
  text: string
  /** Offset of `text` in the raw message when it stands there verbatim. */
  offset: number | undefined
}

/** Strip tags from HTML, keeping block breaks, for messages without a plain part. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style|head)[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|h\d|tr|blockquote)>/gi, '\n\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

/**
 * Decode an `.eml` message with postal-mime: quoted-printable, base64 and
 * charsets. Finds the decoded text in the raw source when it stands there
 * unchanged (7bit/8bit parts), so positions can point into the file.
 */
export async function decodeEml(raw: string): Promise<EmlText> {
  // Loaded on first use: most runs lint plain text and never pay for it.
  const {default: PostalMime} = await import('postal-mime')
  const email = await PostalMime.parse(raw)
  const text = (email.text ?? (email.html ? htmlToText(email.html) : '')).replace(/\s+$/, '')
  if (!text) return {text: '', offset: undefined}
  const bodyStart = raw.search(/\r?\n\r?\n/)
  for (const candidate of [text, text.replace(/\r?\n/g, '\r\n')]) {
    const offset = raw.indexOf(candidate, bodyStart === -1 ? 0 : bodyStart)
    if (offset !== -1) return {text: candidate, offset}
  }
  return {text, offset: undefined}
}

/** Whether a file is an email message. */
export function isEml(file: VFile): boolean {
  return file.extname?.toLowerCase() === '.eml'
}

/**
 * Lint `.eml` files on their text part.
 *
 * When the text stands verbatim in the message (7bit and 8bit parts),
 * everything else is blanked (line breaks kept), so positions are those of the
 * `.eml` file. When it was encoded (quoted-printable, base64, another
 * charset), positions are those of the decoded text.
 */
export function replylintEml(this: Processor) {
  const processor = this
  // Not an async function: plain-text files return at once, so `runSync`
  // (and `lintSync`) work and do not pay for a promise per file.
  return function (_tree: Root, file: VFile): Promise<Root> | undefined {
    if (!isEml(file)) return undefined
    return decodeFile(processor, file)
  }
}

/** Decode an `.eml` file and parse its text part (positions as described above). */
async function decodeFile(processor: Processor, file: VFile): Promise<Root> {
  const raw = String(file.value ?? '')
  let decoded: EmlText
  try {
    decoded = await decodeEml(raw)
  } catch (error) {
    file.fail('Cannot read email message: ' + String((error as Error).message ?? error))
  }
  let text: string
  if (decoded.offset === undefined) {
    text = decoded.text
  } else {
    const before = raw.slice(0, decoded.offset).replace(/[^\r\n]/g, ' ')
    const after = raw.slice(decoded.offset + decoded.text.length).replace(/[^\r\n]/g, ' ')
    text = before + decoded.text + after
  }
  file.data.replylint = {...file.data.replylint, text}
  if (decoded.text.trim() === '') file.message('Empty email: no text part to lint').source = 'replylint'
  return processor.parse(new VFile({value: text, path: file.path})) as Root
}
