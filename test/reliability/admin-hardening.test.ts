import { createServer, type ServerResponse } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseServeArgs } from '../../src/cli/parse-serve-args.ts'
import { SERVE_HELP } from '../../src/cli/serve-help.ts'
import { MAX_BODY_DEPTH } from '../../src/operations/parse-body.ts'
import { type MockServer, startMockServer } from '../../src/server/index.ts'
import { call, demoHeaders, type Reply } from '../server/support/http.ts'
import { useServer } from '../server/support/in-process.ts'
import { rawRequest } from './support/raw-http.ts'

const orders = '/api/v0/checkout/orders'
const JSON_TYPE = { 'content-type': 'application/json' }
const EVIL = 'http://evil.test'

function expectProblem(reply: Reply, status: number, code: string): void {
  expect(reply.status, reply.text.slice(0, 300)).toBe(status)
  expect(reply.headers.get('content-type')).toBe('application/problem+json')
  expect(reply.body).toMatchObject({ status, code })
}

/** An attributes value nested `depth` levels: `{"a":{"a":...{}}}`. */
function nested(depth: number): unknown {
  let value: unknown = {}
  for (let level = 1; level < depth; level++) value = { a: value }
  return value
}

// Issue 15: the admin API of the standalone server, as an attacker would try it.
describe('the admin API under attack (issue 15)', () => {
  const mock = useServer()
  const url = (path: string) => `${mock.server.url}${path}`

  it('finding 4: no CORS on /__admin, another Origin is refused, state changes need application/json', async () => {
    const before = mock.server.store.snapshot()
    // A page on another origin: reads, no-cors writes and preflights are all refused.
    const read = await call(url('/__admin/state'), { headers: { origin: EVIL } })
    expectProblem(read, 403, 'cross-origin-refused')
    expect(read.headers.get('access-control-allow-origin')).toBeNull()
    expect(read.text).not.toContain('@')
    for (const [method, path] of [
      ['POST', '/__admin/reset'],
      ['PUT', '/__admin/state'],
      ['DELETE', '/__admin/requests'],
    ] as const) {
      const simple = await call(url(path), {
        method,
        headers: { origin: EVIL, 'content-type': 'text/plain' },
        raw: '{"orders":[],"transactions":[]}',
      })
      expectProblem(simple, 403, 'cross-origin-refused')
      const preflight = await call(url(path), {
        method: 'OPTIONS',
        headers: {
          origin: EVIL,
          'access-control-request-method': method,
          'access-control-request-headers': 'content-type',
        },
      })
      expect(preflight.status).toBe(403)
      expect(preflight.headers.get('access-control-allow-origin')).toBeNull()
      expect(preflight.headers.get('access-control-allow-methods')).toBeNull()
      // Same origin (or none) but not JSON: a form or a no-cors fetch cannot change state.
      for (const headers of [{ 'content-type': 'text/plain' }, {}] as Record<string, string>[]) {
        const notJson = await call(url(path), {
          method,
          headers,
          ...(method === 'PUT' && { raw: '{"orders":[],"transactions":[]}' }),
        })
        expectProblem(notJson, 415, 'unsupported-media-type')
      }
    }
    expect(mock.server.store.snapshot()).toEqual(before)
    // The server's own origin and plain clients (no Origin) are served, without CORS headers.
    for (const origin of [mock.server.url, `http://localhost:${mock.server.port}`]) {
      const own = await call(url('/__admin/health'), { headers: { origin } })
      expect(own.status).toBe(200)
      expect(own.headers.get('access-control-allow-origin')).toBeNull()
    }
    const plain = await call(url('/__admin/reset'), { method: 'POST', headers: JSON_TYPE })
    expect(plain.status).toBe(200)
    expect(plain.headers.get('access-control-allow-origin')).toBeNull()
    // The Order API keeps its CORS.
    const api = await call(url(`${orders}?limit=1`), {
      headers: { ...demoHeaders(), origin: EVIL },
    })
    expect(api.headers.get('access-control-allow-origin')).toBe('*')
  })

  it('finding 8: routes that do not exist, even under /__adminx, are answered before their body is read', async () => {
    const huge = 400 * 1024 * 1024
    for (const path of ['/__admin/nothing', '/__admin/health']) {
      const started = performance.now()
      const reply = await rawRequest(
        mock.server.port,
        `POST ${path} HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: ${huge}\r\n\r\n`,
        Buffer.alloc(64 * 1024, 0x20),
        5_000,
      )
      expect(reply.status, path).toBe(path === '/__admin/nothing' ? 404 : 405)
      expect(reply.headers.connection).toBe('close')
      expect(performance.now() - started).toBeLessThan(2_000)
    }
    // /__adminx is not the admin API: the Order API's 1 MiB holds, not the import limit.
    const reply = await rawRequest(
      mock.server.port,
      `POST /__adminx HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: ${huge}\r\n\r\n`,
      Buffer.alloc(24 * 1024 * 1024, 0x20),
      5_000,
    )
    expect(reply.status).toBe(0)
    expect(['ECONNRESET', 'EPIPE']).toContain(reply.error)
  })

  it('finding 14: an import obeys the request limits (depth, __proto__) before anything changes; an export at the limits imports', async () => {
    const created = await call(url(orders), {
      method: 'POST',
      headers: demoHeaders(),
      json: { culture: 'sv-SE', attributes: nested(MAX_BODY_DEPTH - 1) },
    })
    expect(created.status, created.text).toBe(201)
    const exported = await call(url('/__admin/state'))
    const before = mock.server.store.snapshot()

    const deep = structuredClone(exported.body)
    deep.orders[0].attributes = nested(2_000)
    const refused = await call(url('/__admin/state'), {
      method: 'PUT',
      headers: JSON_TYPE,
      json: deep,
    })
    expectProblem(refused, 400, 'validation-failed')
    expect(refused.body.errors).toEqual([
      {
        location: 'body',
        keyword: 'maxDepth',
        message: `nests 2003 levels deep; at most ${MAX_BODY_DEPTH + 8} are accepted`,
      },
    ])
    const proto = await call(url('/__admin/state'), {
      method: 'PUT',
      headers: JSON_TYPE,
      raw: JSON.stringify(exported.body).replace(/"attributes":\{(\}?)/, (_, empty) =>
        empty ? '"attributes":{"__proto__":{}}' : '"attributes":{"__proto__":{},',
      ),
    })
    expectProblem(proto, 400, 'validation-failed')
    expect(proto.body.errors).toMatchObject([{ keyword: 'propertyNames' }])
    expect(mock.server.store.snapshot()).toEqual(before)

    // What the server exported (an order holding a body at the depth limit) imports again.
    const again = await call(url('/__admin/state'), {
      method: 'PUT',
      headers: JSON_TYPE,
      json: exported.body,
    })
    expect(again.status, again.text).toBe(200)
    const write = await call(url(`${orders}/${created.body.id}/attributes`), {
      method: 'PATCH',
      headers: demoHeaders(),
      json: { after: 'import' },
    })
    expect(write.status, write.text).toBe(200)
  })
})

describe('finding 8: with --admin-token, the token is checked before the body', () => {
  const mock = useServer({ adminToken: 'admin-s3cret', maxImportBytes: 1024 * 1024 })

  it('answers 401 to a 400 MiB import without the token at once, and 413 past --max-import-bytes', async () => {
    const started = performance.now()
    const reply = await rawRequest(
      mock.server.port,
      `PUT /__admin/state HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: ${400 * 1024 * 1024}\r\n\r\n`,
      Buffer.alloc(64 * 1024, 0x20),
      5_000,
    )
    expect(reply.status).toBe(401)
    expect(JSON.parse(reply.body)).toMatchObject({ code: 'unauthorized' })
    expect(performance.now() - started).toBeLessThan(2_000)

    const tooBig = await rawRequest(
      mock.server.port,
      `PUT /__admin/state HTTP/1.1\r\nhost: 127.0.0.1\r\nauthorization: Bearer admin-s3cret\r\ncontent-type: application/json\r\ncontent-length: ${2 * 1024 * 1024}\r\n\r\n`,
      '',
      5_000,
    )
    expect(tooBig.status).toBe(413)
    expect(JSON.parse(tooBig.body).detail).toContain('--max-import-bytes')
    expect(parseServeArgs(['--max-import-bytes', '1048576'])).toMatchObject({
      options: { maxImportBytes: 1048576 },
    })
    expect(SERVE_HELP).toContain('--max-import-bytes <n>')
  })
})

describe('finding 16: a write waiting on a hook while an import runs', () => {
  let hook: ReturnType<typeof createServer>
  let hookUrl: string
  const held: ServerResponse[] = []
  let arrived: () => void = () => undefined
  let mock: MockServer

  beforeAll(async () => {
    hook = createServer((request, response) => {
      request.resume()
      request.on('end', () => {
        held.push(response)
        arrived()
      })
    })
    await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve))
    const { port } = hook.address() as { port: number }
    hookUrl = `http://127.0.0.1:${port}/hook`
    mock = await startMockServer({
      port: 0,
      host: '127.0.0.1',
      allowedCallbackHosts: [`127.0.0.1:${port}`],
      callbackTimeoutMs: 10_000,
    })
  })
  afterAll(async () => {
    for (const response of held) response.end()
    await mock?.close()
    hook.closeAllConnections()
    await new Promise((resolve) => hook.close(resolve))
  })

  it('is acknowledged before the import is, and writes sent during the import land after it: none is acknowledged and lost', async () => {
    const api = (path: string, init: Parameters<typeof call>[1] = {}) =>
      call(`${mock.url}${orders}${path}`, {
        ...init,
        headers: { ...demoHeaders(), ...init.headers },
      })
    const hooked = (await api('', { method: 'POST', json: { culture: 'sv-SE' } })).body.id
    const other = (await api('', { method: 'POST', json: { culture: 'sv-SE' } })).body.id
    const added = await api(`/${hooked}/hooks`, {
      method: 'POST',
      json: { subscribeTo: '/attributes', invoke: hookUrl },
    })
    expect(added.status, added.text).toBe(200)
    const exported = (await call(`${mock.url}/__admin/state`)).body

    const answered: string[] = []
    const track = <T>(name: string, reply: Promise<T>) =>
      reply.then((value) => {
        answered.push(name)
        return value
      })
    const hookCalled = new Promise<void>((resolve) => {
      arrived = resolve
    })
    const waiting = track(
      'hooked write',
      api(`/${hooked}/attributes`, { method: 'PATCH', json: { w: 1 } }),
    )
    await hookCalled
    const imported = track(
      'import',
      call(`${mock.url}/__admin/state`, { method: 'PUT', headers: JSON_TYPE, json: exported }),
    )
    await new Promise((resolve) => setTimeout(resolve, 300))
    const later = track(
      'later write',
      api(`/${other}/attributes`, { method: 'PATCH', json: { later: true } }),
    )
    await new Promise((resolve) => setTimeout(resolve, 300))
    // The import waits for the write in flight; the later write waits for the import.
    expect(answered).toEqual([])

    for (const response of held.splice(0)) response.writeHead(204).end()
    const [write, imports, laterWrite] = await Promise.all([waiting, imported, later])
    expect(write.status, write.text).toBe(200)
    expect(imports.status, imports.text).toBe(200)
    expect(laterWrite.status, laterWrite.text).toBe(200)
    expect(answered).toEqual(['hooked write', 'import', 'later write'])
    // Acknowledged after the import: it is there. Acknowledged before: the import replaced it.
    expect(mock.store.getOrder(other)?.attributes).toEqual({ later: true })
    expect(mock.store.getOrder(hooked)?.attributes).toEqual({})
  })
})
