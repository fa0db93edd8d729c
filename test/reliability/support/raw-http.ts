import { connect } from 'node:net'

/** What came back on a raw socket: the status (0 when the connection closed without one). */
export interface RawReply {
  status: number
  headers: Record<string, string>
  body: string
  /** The socket ended in an error (e.g. reset by the server) rather than a clean close. */
  error: string | undefined
}

/**
 * Writes `head` (and `body`) on a fresh TCP connection to 127.0.0.1 and reads until the
 * server closes it or `timeoutMs` passes. For requests `fetch` would refuse to send or would
 * hide the answer of: oversized headers, bodies far past the limit.
 */
export function rawRequest(
  port: number,
  head: string,
  body: Buffer | string = '',
  timeoutMs = 10_000,
): Promise<RawReply> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1')
    const chunks: Buffer[] = []
    let error: string | undefined
    const timer = setTimeout(() => {
      error = `no close within ${timeoutMs} ms`
      socket.destroy()
    }, timeoutMs)
    socket.on('data', (chunk: Buffer) => chunks.push(chunk))
    socket.on('error', (failure: NodeJS.ErrnoException) => {
      error = failure.code ?? failure.message
    })
    socket.on('close', () => {
      clearTimeout(timer)
      resolve({ ...parseResponse(Buffer.concat(chunks).toString('utf8')), error })
    })
    socket.on('connect', () => {
      socket.write(head)
      if (body.length > 0) socket.write(body)
    })
  })
}

function parseResponse(text: string): Omit<RawReply, 'error'> {
  const end = text.indexOf('\r\n\r\n')
  if (!text.startsWith('HTTP/1.1 ') || end === -1) return { status: 0, headers: {}, body: text }
  const [statusLine, ...lines] = text.slice(0, end).split('\r\n')
  const headers: Record<string, string> = {}
  for (const line of lines) {
    const colon = line.indexOf(':')
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim()
  }
  return {
    status: Number(statusLine?.split(' ')[1]),
    headers,
    body: text.slice(end + 4),
  }
}
