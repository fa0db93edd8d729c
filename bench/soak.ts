import { cpus, loadavg } from 'node:os'
import autocannon from 'autocannon'
import { price } from '../src/domain/money.ts'
import {
  ensureBuilt,
  freePort,
  rssMegabytes,
  startOurs,
  stopEverything,
  waitFor200,
} from './http-targets.ts'

/**
 * `npm run soak`: 60 s of mixed load on a fresh standalone server (the real CLI from dist/,
 * in memory, on a free loopback port) with autocannon. Every connection loops through a
 * checkout: create, cart, attributes, read, list, processing, completed, and completed again
 * (which must be a 409). Any connection error, time-out or status other than the step's
 * expected one fails the run (exit 1). Prints req/s, latency p50/p99 and the server's RSS at
 * the start and the end (sampled every 10 s in between).
 *
 * SOAK_SECONDS and SOAK_CONNECTIONS change the duration (default 60) and connections (10).
 */
const SECONDS = Number(process.env.SOAK_SECONDS ?? 60)
const CONNECTIONS = Number(process.env.SOAK_CONNECTIONS ?? 10)
/** Everything stops by itself within this, whatever hangs. */
const TIME_BUDGET_MS = (SECONDS + 60) * 1000
const RSS_SAMPLE_MS = 10_000

const HEADERS = {
  authorization: 'Bearer soak-token',
  'x-merchant': 'thingsandstuff',
  'x-channel': 'thingsandstuff-se',
  'content-type': 'application/json',
}
const ORDERS = '/api/v0/checkout/orders'
const CART = JSON.stringify({
  reference: 'soak-cart',
  items: [
    {
      reference: 'soak-item',
      sku: 'S001',
      name: 'Soak thing',
      quantity: 2,
      price: price(12.5, 10),
      total: price(25, 20),
      vatRate: 0.25,
    },
  ],
  total: price(25, 20),
})

interface SoakContext {
  orderId?: string
  round?: number
}

interface Step {
  name: string
  method: 'GET' | 'POST' | 'PUT' | 'PATCH'
  /** Path under the orders root; `{id}` is the connection's current order. */
  path: string
  body?: (context: SoakContext) => string
  expected: number
}

const STEPS: Step[] = [
  {
    name: 'create',
    method: 'POST',
    path: '',
    body: () => JSON.stringify({ culture: 'sv-SE', currency: 'SEK', country: 'SE' }),
    expected: 201,
  },
  { name: 'cart', method: 'PUT', path: '/{id}/cart', body: () => CART, expected: 200 },
  {
    name: 'attributes',
    method: 'PATCH',
    path: '/{id}/attributes',
    body: (context) => JSON.stringify({ round: context.round ?? 0 }),
    expected: 200,
  },
  { name: 'get order', method: 'GET', path: '/{id}', expected: 200 },
  { name: 'list', method: 'GET', path: '?limit=10', expected: 200 },
  {
    name: 'processing',
    method: 'PUT',
    path: '/{id}/state',
    body: () => '{"currentStatus":"processing"}',
    expected: 200,
  },
  {
    name: 'completed',
    method: 'PUT',
    path: '/{id}/state',
    body: () => '{"currentStatus":"completed"}',
    expected: 200,
  },
  {
    name: 'completed again (409)',
    method: 'PUT',
    path: '/{id}/state',
    body: () => '{"currentStatus":"completed"}',
    expected: 409,
  },
]

interface Tally {
  expected: number
  unexpected: Map<string, number>
}

async function soak(): Promise<boolean> {
  await ensureBuilt()
  console.log(
    `norce-checkout-mock soak — node ${process.version}, ${cpus().length} cores, load average ${loadavg()
      .map((load) => load.toFixed(1))
      .join(', ')}`,
  )
  const port = await freePort()
  const target = startOurs(port)
  try {
    await waitFor200(target, '/__admin/health', {}, performance.now(), 30_000)
    const rssStart = await rssMegabytes(target.child)
    const tallies = new Map<string, Tally>(
      STEPS.map((step) => [step.name, { expected: 0, unexpected: new Map() }]),
    )
    const rssSamples: string[] = []
    const sampler = setInterval(() => {
      void rssMegabytes(target.child).then((rss) => rssSamples.push(rss?.toFixed(0) ?? '?'))
    }, RSS_SAMPLE_MS)

    console.log(
      `  ${SECONDS} s, ${CONNECTIONS} connections, each looping: ${STEPS.map((step) => step.name).join(' → ')}`,
    )
    const result = await autocannon({
      url: target.url,
      connections: CONNECTIONS,
      duration: SECONDS,
      timeout: 10,
      initialContext: {},
      requests: STEPS.map((step) => ({
        method: step.method,
        path: `${ORDERS}${step.path}`,
        headers: HEADERS,
        setupRequest(request: autocannon.Request, raw: object) {
          const context = raw as SoakContext
          if (step.name === 'create') context.round = (context.round ?? 0) + 1
          return {
            ...request,
            path: `${ORDERS}${step.path.replace('{id}', context.orderId ?? 'o_missing')}`,
            ...(step.body && { body: step.body(context) }),
          }
        },
        onResponse(status: number, body: string, raw: object) {
          const tally = tallies.get(step.name) as Tally
          if (status === step.expected) tally.expected++
          else {
            const key = `${status} ${body.slice(0, 160)}`
            tally.unexpected.set(key, (tally.unexpected.get(key) ?? 0) + 1)
          }
          if (step.name === 'create' && status === 201) {
            ;(raw as SoakContext).orderId = (JSON.parse(body) as { id: string }).id
          }
        },
      })),
    })
    clearInterval(sampler)
    const rssEnd = await rssMegabytes(target.child)
    const health = (await (await fetch(`${target.url}/__admin/health`)).json()) as {
      orders: number
    }

    const unexpected = [...tallies].flatMap(([name, tally]) =>
      [...tally.unexpected].map(([what, count]) => `${name}: ${count} × ${what}`),
    )
    const answered = [...tallies.values()].reduce(
      (sum, tally) =>
        sum + tally.expected + [...tally.unexpected.values()].reduce((a, b) => a + b, 0),
      0,
    )
    const mb = (value: number | undefined) => (value === undefined ? '?' : `${value.toFixed(0)} MB`)
    console.log(
      `  requests: ${answered.toLocaleString('en-US')} answered in ${result.duration.toFixed(1)} s`,
    )
    console.log(
      `  throughput: ${Math.round(result.requests.average).toLocaleString('en-US')} req/s average (min ${result.requests.min}, max ${result.requests.max} per second)`,
    )
    console.log(
      `  latency: p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`,
    )
    console.log(
      `  errors: ${result.errors} (time-outs ${result.timeouts}); unexpected statuses: ${unexpected.length === 0 ? 0 : unexpected.length}; expected 409s: ${tallies.get('completed again (409)')?.expected ?? 0}`,
    )
    for (const [name, tally] of tallies) {
      console.log(
        `    ${name.padEnd(22)} ${tally.expected.toLocaleString('en-US').padStart(8)} as expected`,
      )
    }
    for (const line of unexpected.slice(0, 20)) console.log(`    UNEXPECTED ${line}`)
    console.log(
      `  server RSS: ${mb(rssStart)} at the start, ${mb(rssEnd)} at the end (every ${RSS_SAMPLE_MS / 1000} s: ${rssSamples.join(', ')} MB); ${health.orders.toLocaleString('en-US')} orders stored at the end`,
    )
    const ok = result.errors === 0 && result.timeouts === 0 && unexpected.length === 0
    console.log(ok ? '  soak: OK' : '  soak: FAILED')
    return ok
  } finally {
    await target.stop()
  }
}

const watchdog = setTimeout(() => {
  console.error(`soak: over its ${TIME_BUDGET_MS / 1000} s budget, stopping.`)
  stopEverything()
  process.exit(1)
}, TIME_BUDGET_MS)
watchdog.unref()
try {
  process.exitCode = (await soak()) ? 0 : 1
} finally {
  clearTimeout(watchdog)
  stopEverything()
}
