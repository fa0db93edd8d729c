import { cpus, loadavg } from 'node:os'
import autocannon from 'autocannon'
import {
  capture,
  demoOrderId,
  ensureBuilt,
  freePort,
  median,
  rssMegabytes,
  startBare,
  startOurs,
  startPrism,
  stopEverything,
  type Target,
  TENANT_HEADERS,
  waitFor200,
} from './http-targets.ts'

/**
 * The standalone server against a bare node:http server answering the same bytes and
 * `prism mock` (static and dynamic), all on loopback, interleaved: each round runs every
 * target once per endpoint, right after one another, so a burst of other work on the machine
 * slows one round of each target rather than all of one; ratios are taken within a round and
 * the median round is reported. Then startup to the first 200, and memory with 100k orders.
 */
const CONNECTIONS = 10
const ROUNDS = 4
const ROUND_SECONDS = 2
/** Before every measured run: the JIT is warm and our store was just reset for every target alike. */
const WARM_UP_SECONDS = 0.5
const STARTUP_ROUNDS = 3
/** Requests per endpoint sent to `prism mock -d` (one at a time), once, after the rounds. */
const DYNAMIC_REQUESTS = 3
const BIG_STORE_ORDERS = 100_000
/** Everything stops by itself within this, whatever hangs. */
const TIME_BUDGET_MS = 270_000

const CREATE_BODY = JSON.stringify({ culture: 'sv-SE', currency: 'SEK', country: 'SE' })

type EndpointName = 'GET order' | 'list orders' | 'POST create'
interface Endpoint {
  name: EndpointName
  method: 'GET' | 'POST'
  path: string
  body?: string
}

interface Sample {
  perSecond: number
  p99: number
  non2xx: number
  errors: number
}

export async function benchServer(): Promise<void> {
  const watchdog = setTimeout(() => {
    console.error(`  server benchmark: over its ${TIME_BUDGET_MS / 1000} s budget, stopping.`)
    stopEverything()
    process.exit(1)
  }, TIME_BUDGET_MS)
  watchdog.unref()
  try {
    await ensureBuilt()
    console.log(
      `  load average at the start: ${loadavg()
        .map((load) => load.toFixed(1))
        .join(', ')} (${cpus().length} cores): other work on the machine skews every figure below`,
    )
    const orderId = await demoOrderId()
    const endpoints: Endpoint[] = [
      { name: 'GET order', method: 'GET', path: `/api/v0/checkout/orders/${orderId}` },
      { name: 'list orders', method: 'GET', path: '/api/v0/checkout/orders' },
      { name: 'POST create', method: 'POST', path: '/api/v0/checkout/orders', body: CREATE_BODY },
    ]
    const startup = await benchStartup(endpoints[0] as Endpoint)
    const { samples, rss } = await benchThroughput(endpoints)
    const big = await benchBigStore(endpoints[0] as Endpoint, endpoints[1] as Endpoint)
    report(endpoints, samples, startup, rss, big)
    console.log(
      `  (load average at the end: ${loadavg()
        .map((load) => load.toFixed(1))
        .join(', ')}; ${cpus().length} cores)`,
    )
  } finally {
    clearTimeout(watchdog)
    stopEverything()
  }
}

/** Time from spawn to the first 200 of GET order: ours and Prism's, interleaved. */
async function benchStartup(getOrder: Endpoint): Promise<Record<string, number[]>> {
  const times: Record<string, number[]> = { ours: [], prism: [] }
  for (let round = 0; round < STARTUP_ROUNDS; round++) {
    for (const which of ['ours', 'prism'] as const) {
      const port = await freePort()
      const since = performance.now()
      const target = which === 'ours' ? startOurs(port) : startPrism(port, false)
      try {
        times[which]?.push(await waitFor200(target, getOrder.path, TENANT_HEADERS, since, 30_000))
      } finally {
        await target.stop()
      }
    }
  }
  return times
}

async function benchThroughput(endpoints: Endpoint[]): Promise<{
  samples: Map<string, Sample[]>
  rss: Record<string, number | undefined>
}> {
  const [oursPort, staticPort, dynamicPort, barePort] = await Promise.all([
    freePort(),
    freePort(),
    freePort(),
    freePort(),
  ])
  const ours = startOurs(oursPort as number)
  const prismStatic = startPrism(staticPort as number, false)
  const prismDynamic = startPrism(dynamicPort as number, true)
  const since = performance.now()
  const getOrder = endpoints[0] as Endpoint
  await Promise.all(
    [ours, prismStatic, prismDynamic].map((target) =>
      waitFor200(target, getOrder.path, TENANT_HEADERS, since, 30_000),
    ),
  )
  const canned = {
    get: await capture(ours, endpoints[0] as Endpoint),
    list: await capture(ours, endpoints[1] as Endpoint),
    create: await capture(ours, endpoints[2] as Endpoint),
  }
  const bare = startBare(barePort as number, canned)
  await waitFor200(bare, getOrder.path, {}, performance.now(), 10_000)
  // Prism's dynamic mode generates a fresh Order per request (about 2.9 MB of JSON, seconds
  // each): fixed time windows would see no answer at all, so it gets a fixed count, once.
  const targets = [ours, bare, prismStatic]

  const samples = new Map<string, Sample[]>()
  const run = async (target: Target, endpoint: Endpoint) => {
    // Every run of ours starts from the seeded store, so creates do not pile up across runs
    // (a list would then filter thousands more orders); the warm-up after it re-warms the JIT.
    if (target === ours)
      await fetch(`${ours.url}/__admin/reset`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
      })
    await load(target, endpoint, { seconds: WARM_UP_SECONDS })
    return load(target, endpoint, { seconds: ROUND_SECONDS })
  }
  console.log(
    `  ${ROUNDS} interleaved rounds × ${ROUND_SECONDS} s per target and endpoint (each after a ${WARM_UP_SECONDS} s warm-up), ${CONNECTIONS} connections`,
  )
  for (let round = 0; round < ROUNDS; round++) {
    for (const endpoint of endpoints) {
      for (const target of targets) {
        const key = `${endpoint.name}\u0000${target.name}`
        const list = samples.get(key) ?? []
        list.push(await run(target, endpoint))
        samples.set(key, list)
      }
    }
  }
  for (const endpoint of endpoints) {
    samples.set(`${endpoint.name}\u0000${prismDynamic.name}`, [
      await load(prismDynamic, endpoint, { amount: DYNAMIC_REQUESTS }, 1),
    ])
  }
  await fetch(`${ours.url}/__admin/reset`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
  })
  const rss: Record<string, number | undefined> = {}
  for (const target of [...targets, prismDynamic]) {
    rss[target.name] = await rssMegabytes(target.child)
  }
  await Promise.all([...targets, prismDynamic].map((target) => target.stop()))
  return { samples, rss }
}

/** Ours with 100k extra orders: time to serve, memory, and reads at that size. */
async function benchBigStore(getOrder: Endpoint, list: Endpoint) {
  const port = await freePort()
  const since = performance.now()
  const target = startOurs(port, ['--orders', String(BIG_STORE_ORDERS)])
  try {
    const readyMs = await waitFor200(target, getOrder.path, TENANT_HEADERS, since, 150_000)
    const rss = await rssMegabytes(target.child)
    await load(target, getOrder, { seconds: 1 })
    const get = await load(target, getOrder, { seconds: ROUND_SECONDS })
    const listed = await load(target, list, { seconds: ROUND_SECONDS }, 2)
    return { readyMs, rss, get, list: listed, rssAfter: await rssMegabytes(target.child) }
  } finally {
    await target.stop()
  }
}

/** A fixed-duration run (`seconds`) or, for very slow targets, a fixed number of requests. */
async function load(
  target: Target,
  endpoint: Endpoint,
  run: { seconds: number } | { amount: number },
  connections = CONNECTIONS,
): Promise<Sample> {
  const result = await autocannon({
    url: `${target.url}${endpoint.path}`,
    method: endpoint.method,
    headers: { ...TENANT_HEADERS, 'content-type': 'application/json' },
    ...(endpoint.body && { body: endpoint.body }),
    connections,
    ...('seconds' in run ? { duration: run.seconds } : { amount: run.amount, timeout: 60 }),
  })
  return {
    perSecond: result.requests.total / result.duration,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  }
}

function report(
  endpoints: Endpoint[],
  samples: Map<string, Sample[]>,
  startup: Record<string, number[]>,
  rss: Record<string, number | undefined>,
  big: Awaited<ReturnType<typeof benchBigStore>>,
): void {
  const number = (value: number, digits = value < 10 ? 2 : 0) =>
    value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })
  const medianOf = (endpoint: EndpointName, target: string) => {
    const list = samples.get(`${endpoint}\u0000${target}`) ?? []
    return {
      perSecond: median(list.map((sample) => sample.perSecond)),
      p99: median(list.map((sample) => sample.p99)),
      non2xx: list.reduce((sum, sample) => sum + sample.non2xx, 0),
      errors: list.reduce((sum, sample) => sum + sample.errors, 0),
      rounds: list.map((sample) => sample.perSecond),
    }
  }
  const names = ['norce-checkout-mock', 'bare node:http', 'prism static', 'prism dynamic']
  console.log(
    `\n  (prism dynamic: one run of ${DYNAMIC_REQUESTS} requests, one at a time, per endpoint)`,
  )
  console.log(
    `  ${'endpoint'.padEnd(12)} ${'target'.padEnd(20)} ${'req/s'.padStart(9)} ${'p99 ms'.padStart(7)} ${'non-2xx'.padStart(8)}  rounds (req/s)`,
  )
  for (const endpoint of endpoints) {
    for (const name of names) {
      const m = medianOf(endpoint.name, name)
      console.log(
        `  ${endpoint.name.padEnd(12)} ${name.padEnd(20)} ${number(m.perSecond).padStart(9)} ${number(m.p99, 0).padStart(7)} ${String(m.non2xx + m.errors).padStart(8)}  ${m.rounds.map((value) => number(value)).join(' / ')}`,
      )
    }
  }
  /** Median over rounds of ours ÷ other within the same round. */
  const ratio = (endpoint: EndpointName, other: string) => {
    const ours = medianOf(endpoint, 'norce-checkout-mock').rounds
    const theirs = medianOf(endpoint, other).rounds
    // Prism dynamic ran once, after the rounds: against the median of ours.
    if (theirs.length === 1) return median(ours) / (theirs[0] as number)
    return median(ours.map((value, round) => value / (theirs[round] as number)))
  }
  console.log('\n  Ratios (norce-checkout-mock ÷ other, req/s; median of the per-round ratios)')
  for (const endpoint of endpoints) {
    console.log(
      `  ${endpoint.name.padEnd(12)} ${names
        .slice(1)
        .map((name) => `${name} ${number(ratio(endpoint.name, name), 2)}×`)
        .join('   ')}`,
    )
  }
  const oursStart = median(startup.ours ?? [])
  const prismStart = median(startup.prism ?? [])
  const startRatio = median(
    (startup.ours ?? []).map((ms, round) => ms / ((startup.prism ?? [])[round] as number)),
  )
  console.log(
    `\n  Startup to first 200 (GET order, median of ${STARTUP_ROUNDS}): norce-checkout-mock ${number(oursStart)} ms [${(startup.ours ?? []).map((ms) => number(ms)).join(', ')}], prism ${number(prismStart)} ms [${(startup.prism ?? []).map((ms) => number(ms)).join(', ')}], ratio ${number(startRatio, 2)}× (median of the per-round ratios)`,
  )
  console.log(
    `  RSS after the runs: ${names.map((name) => `${name} ${rss[name] === undefined ? 'n/a' : `${number(rss[name] as number)} MB`}`).join(', ')}`,
  )
  console.log(
    `  ${number(BIG_STORE_ORDERS)} extra orders (--orders): first 200 after ${number(big.readyMs / 1000, 1)} s, RSS ${number(big.rss ?? Number.NaN)} MB (${number(big.rssAfter ?? Number.NaN)} MB after the reads); GET order ${number(big.get.perSecond)} req/s (p99 ${number(big.get.p99, 0)} ms); list orders ${number(big.list.perSecond, 1)} req/s (p99 ${number(big.list.p99, 0)} ms, 2 connections)`,
  )
  const goals: Array<[string, number, '≥' | '≤', number]> = [
    ['GET order ÷ bare node:http', ratio('GET order', 'bare node:http'), '≥', 0.4],
    ['GET order ÷ prism static', ratio('GET order', 'prism static'), '≥', 5],
    ['POST create ÷ prism static', ratio('POST create', 'prism static'), '≥', 3],
    ['startup ÷ prism startup', startRatio, '≤', 0.3],
  ]
  console.log('\n  Goals')
  for (const [name, value, sense, goal] of goals) {
    const met = sense === '≥' ? value >= goal : value <= goal
    console.log(
      `  ${met ? 'met   ' : 'MISSED'} ${name.padEnd(28)} ${number(value, 2).padStart(6)}× (goal ${sense} ${goal}×)`,
    )
  }
}
