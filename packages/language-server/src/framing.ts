import type {Readable, Writable} from 'node:stream'

/** A JSON-RPC message as it travels over LSP's stdio transport. */
export interface Message {
  jsonrpc: '2.0'
  id?: number | string | null
  method?: string
  params?: any
  result?: unknown
  error?: {code: number; message: string; data?: unknown}
}

const separator = Buffer.from('\r\n\r\n')

/**
 * Read `Content-Length` framed JSON-RPC messages from a stream.
 *
 * Written here rather than taken from `vscode-jsonrpc` so the server has no
 * runtime dependency beyond `unified-language-server` and `replylint`.
 */
export function readMessages(
  stream: Readable,
  onMessage: (message: Message) => void,
  onError: (error: Error) => void
): void {
  let buffer: Buffer = Buffer.alloc(0)
  stream.on('data', (chunk: Buffer) => {
    buffer = buffer.length === 0 ? chunk : Buffer.concat([buffer, chunk])
    for (;;) {
      const headerEnd = buffer.indexOf(separator)
      if (headerEnd === -1) return
      const header = buffer.subarray(0, headerEnd).toString('ascii')
      const match = /content-length:\s*(\d+)/i.exec(header)
      if (!match) {
        // A frame without a length cannot be skipped reliably: drop the header and resync.
        onError(new Error('Missing Content-Length in header `' + header + '`'))
        buffer = buffer.subarray(headerEnd + separator.length)
        continue
      }
      const start = headerEnd + separator.length
      const end = start + Number(match[1])
      if (buffer.length < end) return
      const body = buffer.subarray(start, end).toString('utf8')
      buffer = buffer.subarray(end)
      let message: Message
      try {
        message = JSON.parse(body) as Message
      } catch (error) {
        onError(error as Error)
        continue
      }
      onMessage(message)
    }
  })
}

/** Write one JSON-RPC message with its `Content-Length` header. */
export function writeMessage(stream: Writable, message: Message): void {
  const body = Buffer.from(JSON.stringify(message), 'utf8')
  stream.write('Content-Length: ' + body.length + '\r\n\r\n')
  stream.write(body)
}
