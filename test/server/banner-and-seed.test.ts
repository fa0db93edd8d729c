import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { DEMO_TENANT as FIXTURES_DEMO_TENANT } from '../../scripts/fixtures.ts'
import { DEMO_TENANT, type MockServer, startMockServer } from '../../src/server/index.ts'
import { call } from './support/http.ts'
import { useServer } from './support/in-process.ts'

/** Splits a banner command into shell words (single quotes only, as the banner writes them). */
function shellWords(command: string): string[] {
  const words: string[] = []
  for (const match of command.matchAll(/'((?:[^']|'\\'')*)'|(\S+)/g)) {
    words.push(match[1] !== undefined ? match[1].replaceAll(`'\\''`, "'") : (match[2] as string))
  }
  return words
}

/** Runs a `curl -s [-X M] URL [-H h]... [-d body]` line with fetch. */
async function runCurl(command: string) {
  const [curl, ...args] = shellWords(command)
  expect(curl).toBe('curl')
  let method = 'GET'
  let url = ''
  let body: string | undefined
  const headers: Record<string, string> = {}
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] as string
    if (arg === '-s') continue
    if (arg === '-X') method = args[++index] as string
    else if (arg === '-H') {
      const [name, ...value] = (args[++index] as string).split(':')
      headers[(name as string).toLowerCase()] = value.join(':').trim()
    } else if (arg === '-d') body = args[++index]
    else url = arg
  }
  return call(url, { method, headers, ...(body !== undefined && { raw: body }) })
}

describe('the banner', () => {
  const mock = useServer()

  it('names the URL, the demo merchant and channel, a token, and three curl commands', () => {
    const banner = mock.server.banner()
    expect(banner).toContain(`url: ${mock.server.url}`)
    expect(banner).toContain('merchant: thingsandstuff\n')
    expect(banner).toContain('channel: thingsandstuff-se\n')
    expect(banner).toContain('token: demo-token')
    expect(banner.match(/^ {2}curl /gm)).toHaveLength(3)
  })

  it('holds curl commands that work as pasted: list, read one order, create one', async () => {
    const commands = mock.server
      .banner()
      .split('\n')
      .filter((line) => line.startsWith('  curl '))
      .map((line) => line.trim())
    const [list, read, create] = await Promise.all(commands.map(runCurl))
    expect(list?.status).toBe(200)
    expect(list?.body.data).toHaveLength(3)
    expect(read?.status).toBe(200)
    expect(read?.body).toMatchObject({ merchant: 'thingsandstuff', channel: 'thingsandstuff-se' })
    expect(commands[1]).toContain('/checkout/order/api/v0/checkout/orders/o_')
    expect(create?.status).toBe(201)
    expect(create?.body.id).toMatch(/^o_[A-Za-z]{26}$/)
  })
})

describe('the seeded start', () => {
  const servers: MockServer[] = []
  let directory: string | undefined
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => server.close()))
    if (directory) await rm(directory, { recursive: true, force: true })
  })
  const start = async (options: Parameters<typeof startMockServer>[0]) => {
    const server = await startMockServer({ port: 0, host: '127.0.0.1', ...options })
    servers.push(server)
    return server
  }

  it('uses the demo tenant of the committed fixtures', () => {
    expect(DEMO_TENANT).toEqual(FIXTURES_DEMO_TENANT)
  })

  it('holds at least 10 demo-channel orders across all six statuses', async () => {
    const server = await start({})
    expect(server.tenant).toEqual(DEMO_TENANT)
    const demo = server.store
      .listOrders()
      .filter(
        (order) => order.merchant === DEMO_TENANT.merchant && order.channel === DEMO_TENANT.channel,
      )
    expect(demo.length).toBeGreaterThanOrEqual(10)
    expect(new Set(demo.map((order) => order.state?.currentStatus)).size).toBe(6)
  })

  it('adds --orders factory orders to the demo channel, the same for the same seed', async () => {
    const base = (await start({})).store.listOrders().length
    const first = await start({ orders: 12, seed: 7 })
    const second = await start({ orders: 12, seed: 7 })
    const all = first.store.listOrders()
    expect(all).toHaveLength(base + 12)
    const extra = all.slice(base)
    expect(extra.every((order) => order.channel === 'thingsandstuff-se')).toBe(true)
    expect(new Set(extra.map((order) => order.state?.currentStatus)).size).toBe(6)
    expect(second.store.listOrders()).toEqual(all)
  })

  it('starts from --fixtures <dir>/orders.json, and the banner follows its tenant', async () => {
    const [order] = (await start({})).store.listOrders()
    directory = await mkdtemp(join(tmpdir(), 'norce-checkout-mock-fixtures-'))
    await writeFile(
      join(directory, 'orders.json'),
      JSON.stringify([{ ...order, merchant: 'my-shop', channel: 'my-shop-no' }]),
    )
    const server = await start({ fixtures: directory, tokens: ['secret'] })
    expect(server.store.listOrders()).toHaveLength(1)
    expect(server.tenant).toEqual({ merchant: 'my-shop', channel: 'my-shop-no' })
    const banner = server.banner()
    expect(banner).toContain('merchant: my-shop\n')
    expect(banner).toContain('token: secret  (accepted tokens: secret)')
    const list = await call(`${server.url}/api/v0/checkout/orders`, {
      headers: {
        authorization: 'Bearer secret',
        'x-merchant': 'my-shop',
        'x-channel': 'my-shop-no',
      },
    })
    expect(list.body.data).toHaveLength(1)
    const refused = await call(`${server.url}/api/v0/checkout/orders`, {
      headers: {
        authorization: 'Bearer demo-token',
        'x-merchant': 'my-shop',
        'x-channel': 'my-shop-no',
      },
    })
    expect(refused.status).toBe(401)
  })

  it('explains a --fixtures directory without orders.json', async () => {
    await expect(start({ fixtures: '/nonexistent-dir' })).rejects.toThrow(
      /^Failed to load fixtures from \/nonexistent-dir\/orders\.json: .*Hint: --fixtures takes a directory/,
    )
  })

  it('explains a port in use', async () => {
    const server = await start({})
    await expect(start({ port: server.port })).rejects.toThrow(
      `Failed to start the mock server: port ${server.port} on 127.0.0.1 is in use. Hint: pass --port 0`,
    )
  })
})
