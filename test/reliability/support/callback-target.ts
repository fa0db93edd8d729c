import { createServer, type IncomingMessage, type Server } from 'node:http'

/** What a scripted target answers one request with. */
interface TargetAnswer {
  status?: number
  headers?: Record<string, string>
  body?: string
}

/** One request a target received: its path and JSON body. */
interface TargetRequest {
  path: string
  body: any
}

/**
 * A loopback HTTP server (127.0.0.1, a free port) standing in for an adapter: each request
 * is answered by `answer` (default `204`), and counted with its connection.
 */
export interface CallbackTarget {
  readonly port: number
  readonly url: string
  connections: number
  requests: TargetRequest[]
  answer: (request: TargetRequest) => TargetAnswer
  reset(): void
  stop(): Promise<void>
}

export async function startCallbackTarget(): Promise<CallbackTarget> {
  let server: Server
  const target: CallbackTarget = {
    port: 0,
    url: '',
    connections: 0,
    requests: [],
    answer: () => ({ status: 204 }),
    reset() {
      target.connections = 0
      target.requests = []
      target.answer = () => ({ status: 204 })
    },
    async stop() {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
    },
  }
  server = createServer((request: IncomingMessage, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8')
      let body: unknown
      try {
        body = text ? JSON.parse(text) : undefined
      } catch {
        body = text
      }
      const received = { path: request.url ?? '/', body }
      target.requests.push(received)
      const { status = 200, headers = {}, body: answer } = target.answer(received)
      response.writeHead(status, headers).end(answer)
    })
  })
  server.on('connection', () => {
    target.connections++
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as { port: number }).port
  Object.assign(target, { port, url: `http://127.0.0.1:${port}` })
  return target
}
