import { connect } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { parseServeArgs } from '../../src/cli/parse-serve-args.ts'
import { SERVE_HELP } from '../../src/cli/serve-help.ts'
import { MAX_HEADER_COUNT } from '../../src/server/create-request-listener.ts'
import { call, demoHeaders } from '../server/support/http.ts'
import { useServer } from '../server/support/in-process.ts'
import { type RawReply, rawRequest } from './support/raw-http.ts'

const orders = '/api/v0/checkout/orders'
const REQUEST_TIMEOUT_MS = 1_000
const HEADERS_TIMEOUT_MS = 500

function expectRawProblem(reply: RawReply, status: number, code: string): void {
  expect(reply.status, reply.body.slice(0, 300)).toBe(status)
  expect(reply.headers['content-type']).toBe('application/problem+json')
  expect(JSON.parse(reply.body)).toMatchObject({ status, code })
}

/** Sends `head` and `parts` of a body, one every `everyMs`, and reads what comes back. */
function slowRequest(
  port: number,
  head: string,
  parts: readonly string[],
  everyMs: number,
): Promise<RawReply & { ms: number }> {
  return new Promise((resolve) => {
    const started = performance.now()
    const socket = connect(port, '127.0.0.1')
    const chunks: Buffer[] = []
    let error: string | undefined
    let timer: NodeJS.Timeout | undefined
    const giveUp = setTimeout(() => socket.destroy(), 15_000)
    socket.on('data', (chunk: Buffer) => chunks.push(chunk))
    socket.on('error', (failure: NodeJS.ErrnoException) => {
      error = failure.code ?? failure.message
    })
    socket.on('close', () => {
      clearTimeout(giveUp)
      clearInterval(timer)
      const text = Buffer.concat(chunks).toString('utf8')
      const end = text.indexOf('\r\n\r\n')
      const headers: Record<string, string> = {}
      for (const line of text.slice(0, end).split('\r\n').slice(1)) {
        const colon = line.indexOf(':')
        headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim()
      }
      resolve({
        status: Number(text.split(' ')[1] ?? 0) || 0,
        headers,
        body: end === -1 ? text : text.slice(end + 4),
        error,
        ms: performance.now() - started,
      })
    })
    socket.on('connect', () => {
      socket.write(head)
      let next = 0
      timer = setInterval(() => {
        if (next < parts.length && !socket.destroyed) socket.write(parts[next++] as string)
      }, everyMs)
    })
  })
}

describe('HTTP edges answer problem+json (issue 15)', () => {
  const mock = useServer({
    requestTimeoutMs: REQUEST_TIMEOUT_MS,
    headersTimeoutMs: HEADERS_TIMEOUT_MS,
  })

  afterEach(async () => {
    expect((await call(`${mock.server.url}/__admin/health`)).status).toBe(200)
  })

  it(`finding 21: more than ${MAX_HEADER_COUNT} header lines is a 431, not an Authorization silently dropped`, async () => {
    const padding = Array.from({ length: 2_100 }, (_, index) => `a${index}:\r\n`).join('')
    const head = `GET ${orders}?limit=1 HTTP/1.1\r\nhost: 127.0.0.1\r\n${padding}authorization: Bearer t\r\nx-merchant: thingsandstuff\r\nx-channel: thingsandstuff-se\r\nconnection: close\r\n\r\n`
    expect(Buffer.byteLength(head)).toBeLessThan(16 * 1024)
    const reply = await rawRequest(mock.server.port, head)
    expectRawProblem(reply, 431, 'headers-too-large')
    // node 20 lets the listener count the lines; node 22+ refuses them in its parser. Both
    // answer 431 and name the limit.
    expect(JSON.parse(reply.body).detail).toContain(`${MAX_HEADER_COUNT} header lines`)
    // Exactly the limit is served.
    const exact = Array.from({ length: MAX_HEADER_COUNT - 5 }, (_, index) => `a${index}:\r\n`)
    const served = await rawRequest(
      mock.server.port,
      `GET ${orders}?limit=1 HTTP/1.1\r\nhost: 127.0.0.1\r\n${exact.join('')}authorization: Bearer t\r\nx-merchant: thingsandstuff\r\nx-channel: thingsandstuff-se\r\nconnection: close\r\n\r\n`,
    )
    expect(served.status, served.body.slice(0, 200)).toBe(200)
  })

  it('finding 21: a parser error, an unknown Expect and invalid UTF-8 in a JSON body are problem+json', async () => {
    const garbage = await rawRequest(mock.server.port, 'NOT AN HTTP REQUEST\r\n\r\n')
    expectRawProblem(garbage, 400, 'malformed-request')

    const expectation = await rawRequest(
      mock.server.port,
      `POST ${orders} HTTP/1.1\r\nhost: 127.0.0.1\r\nexpect: 200-ok\r\ncontent-length: 2\r\nconnection: close\r\n\r\n`,
    )
    expectRawProblem(expectation, 417, 'expectation-failed')

    // "caf\xE9": Latin-1, not UTF-8. Decoded, it would be stored as "caf\uFFFD".
    const body = Buffer.concat([
      Buffer.from('{"culture":"sv-SE","attributes":{"note":"caf'),
      Buffer.from([0xe9]),
      Buffer.from('"}}'),
    ])
    const before = mock.server.store.listOrders().length
    const latin1 = await call(`${mock.server.url}${orders}`, {
      method: 'POST',
      headers: { ...demoHeaders(), 'content-type': 'application/json' },
      raw: new Uint8Array(body),
    })
    expect(latin1.status, latin1.text).toBe(400)
    expect(latin1.headers.get('content-type')).toBe('application/problem+json')
    expect(latin1.body).toMatchObject({ code: 'malformed-json' })
    expect(latin1.body.detail).toContain('not UTF-8')
    expect(mock.server.store.listOrders()).toHaveLength(before)
  })

  it(`finding 22: a body trickled past --request-timeout (${REQUEST_TIMEOUT_MS} ms) gets 408 problem+json, not node's 300 s cut`, async () => {
    const body = JSON.stringify({ culture: 'sv-SE' })
    const parts = body.split('')
    const reply = await slowRequest(
      mock.server.port,
      `POST ${orders} HTTP/1.1\r\nhost: 127.0.0.1\r\nauthorization: Bearer t\r\nx-merchant: m\r\nx-channel: c\r\ncontent-type: application/json\r\ncontent-length: ${body.length}\r\n\r\n`,
      parts,
      200,
    )
    expectRawProblem(reply, 408, 'request-timeout')
    expect(reply.ms).toBeGreaterThanOrEqual(REQUEST_TIMEOUT_MS - 50)
    expect(reply.ms).toBeLessThan(REQUEST_TIMEOUT_MS + 1_500)
  })

  it(`finding 22: headers trickled past --headers-timeout (${HEADERS_TIMEOUT_MS} ms) get 408 problem+json`, async () => {
    const reply = await slowRequest(
      mock.server.port,
      `GET ${orders} HTTP/1.1\r\n`,
      Array.from({ length: 40 }, (_, index) => `x-slow-${index}: 1\r\n`),
      100,
    )
    expectRawProblem(reply, 408, 'request-timeout')
    expect(reply.ms).toBeLessThan(HEADERS_TIMEOUT_MS + 1_500)
  })
})

describe('finding 22: --request-timeout and --headers-timeout', () => {
  it('are read, checked and documented in the help', () => {
    expect(parseServeArgs(['--request-timeout', '1000', '--headers-timeout', '500'])).toEqual({
      kind: 'serve',
      options: { logLevel: 'info', requestTimeoutMs: 1000, headersTimeoutMs: 500 },
    })
    expect(() =>
      parseServeArgs(['--request-timeout', '5000', '--headers-timeout', '6000']),
    ).toThrow(
      '--headers-timeout must be at most the request time-out (--request-timeout, 5000 ms), got "6000"',
    )
    expect(() => parseServeArgs(['--request-timeout', '0'])).toThrow(
      '--request-timeout must be a whole number from 1 to 3600000, got "0"',
    )
    expect(SERVE_HELP).toContain('--request-timeout <ms>')
    expect(SERVE_HELP).toContain('--headers-timeout <ms>')
    expect(SERVE_HELP).toContain('(default 60000)')
  })
})
