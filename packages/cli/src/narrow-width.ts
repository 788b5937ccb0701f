/**
 * A fast path for `string-width`, which vfile-reporter calls twice for every
 * cell of the stylish report. string-width segments graphemes with
 * `Intl.Segmenter` and builds its emoji regex anew for each grapheme: on
 * 1,000 drafts it took a fifth of the CLI's time. Report cells are nearly
 * always plain ASCII, whose width is simply their length.
 *
 * The bundle (see `build/bundle.js`) puts `narrowWidth(text) ??
 * stringWidth(text)` in place of `string-width` for vfile-reporter, so every
 * other string still gets string-width's own answer.
 */

/**
 * Characters outside printable ASCII that are one column wide by
 * string-width's rules (East Asian Ambiguous, counted narrow; not emoji) and
 * common in reasons: curly quotes, dashes and the ellipsis.
 */
const narrowPunctuation = new Set([0x2018, 0x2019, 0x201c, 0x201d, 0x2013, 0x2014, 0x2026])

/**
 * vfile-reporter's colours: SGR sequences such as `\x1b[33m`. string-width
 * strips them (ansi-regex matches exactly these when there is no BEL in the
 * string, and BEL is never let through below).
 */
const sgr = /\x1b\[\d{1,4}(?:;\d{0,4})*m/g

/**
 * The width string-width gives `text` (default options), when it can be known
 * cheaply: every character is printable ASCII or one of a few narrow
 * punctuation marks, after stripping colour sequences. Such characters are
 * each their own grapheme, none is an emoji or wide, so each is one column.
 *
 * @returns The width, or `undefined` when string-width has to decide.
 */
export function narrowWidth(text: string): number | undefined {
  let value = text
  if (value.includes('\x1b')) value = value.replace(sgr, '')
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code >= 0x20 && code <= 0x7e) continue
    if (narrowPunctuation.has(code)) continue
    return undefined
  }
  return value.length
}
