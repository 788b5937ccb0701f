/** A position in a document: zero-based line and UTF-16 character. */
export interface Position {
  line: number
  character: number
}

/** A range in a document. */
export interface Range {
  start: Position
  end: Position
}

/** An open document as the proxy knows it. */
export interface OpenDocument {
  text: string
  version: number
  languageId: string
}

/** A `textDocument/didChange` content change: whole text, or a range and its new text. */
export interface ContentChange {
  range?: Range
  text: string
}

/** Offset of a position in `text` (LSP line breaks: `\r\n`, `\n`, `\r`), clamped to the text. */
export function offsetAt(text: string, position: Position): number {
  let offset = 0
  for (let line = 0; line < position.line; line++) {
    const next = text.slice(offset).search(/\r\n|\n|\r/)
    if (next === -1) return text.length
    offset += next + (text.startsWith('\r\n', offset + next) ? 2 : 1)
  }
  const lineEnd = text.slice(offset).search(/\r\n|\n|\r/)
  const lineLength = lineEnd === -1 ? text.length - offset : lineEnd
  return offset + Math.min(Math.max(position.character, 0), lineLength)
}

/** Apply `didChange` content changes in order (full-text or ranged). */
export function applyChanges(text: string, changes: ContentChange[]): string {
  for (const change of changes) {
    if (change.range) {
      const start = offsetAt(text, change.range.start)
      const end = offsetAt(text, change.range.end)
      text = text.slice(0, start) + change.text + text.slice(end)
    } else {
      text = change.text
    }
  }
  return text
}

/** The text of `range` in `text`. */
export function textIn(text: string, range: Range): string {
  return text.slice(offsetAt(text, range.start), offsetAt(text, range.end))
}
