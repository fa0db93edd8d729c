import { mkdtemp, rm } from 'node:fs/promises'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import autocannon from 'autocannon'
import { price } from '../src/domain/money.ts'
import {
  type BenchRequest,
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
 * `npm run bench -- scale` (issue 16): the standalone server (`serve --orders N`, the real
 * CLI from dist/, on a free loopback port) at N = 100, 2,000, 20,000 and 100,000 orders.
 * Per N, the median of 3 starts (spawn → first 200 of GET order), then on the last of them
 * sequential requests (one at a time, the median of a fixed count after a warm-up): RSS after the reads, list (limit 10), list with a `status=`
 * filter, GET order; then a fresh process with `--state` in a new temporary directory and the
 * median POST create. At 100,000 also the first 200 of processes started from the state file
 * that run wrote (median of 3). Then, under load (autocannon, 20 connections, interleaved rounds), POST
 * create with a 3-item cart vs `prism mock` static and GET order vs a bare node:http server
 * answering the same bytes. One table, the ratios and the goals (met or not) at the end.
 *
 * Progress goes to stderr; results to stdout. A time budget stops everything, prints what
 * was measured so far and kills every child process.
 */
/** SCALE_SIZES=100,2000 runs fewer sizes (a quick check of the bench itself); goals read the largest. */
const SIZES = (process.env.SCALE_SIZES ?? '100,2000,20000,100000').split(',').map(Number)
/** Sequential reads per kind (list, filtered list, GET), after `WARM_UP` of each. */
const READS = 20
/** GET order is sub-millisecond: more of them, so the median holds still. */
const GET_READS = 50
const WARM_UP = 3
/**
 * Starts timed per N and kind (`--orders N`, and at the largest N from the state file): one
 * cold start on a shared 2-core machine varies by ±0.4 s, so the figure is their median.
 */
const STARTS = 3
/** POST creates with `--state` per N (after one warm-up), unless `POST_TIME_CAP_MS` is spent first. */
const POSTS = 10
const MIN_POSTS = 3
const POST_TIME_CAP_MS = 30_000
/** The longest a start may take before the bench gives up on it. */
const START_TIMEOUT_MS = 180_000
/** A clean shutdown (SIGTERM) may take this long before SIGKILL. */
const SHUTDOWN_GRACE_MS = 60_000
const LOAD_CONNECTIONS = 20
const LOAD_ROUNDS = 5
const LOAD_ROUND_SECONDS = 2
const LOAD_WARM_UP_SECONDS = 0.5
/** Everything stops by itself within this, whatever hangs. */
const TIME_BUDGET_MS = 20 * 60_000
const STATUS_FILTER = 'completed'

const ORDERS = '/api/v0/checkout/orders'
/** The create body of the load run and of every `--state` POST: a cart of 3 items. */
const CREATE_BODY = JSON.stringify({
  culture: 'sv-SE',
  currency: 'SEK',
  country: 'SE',
  cart: {
    reference: 'bench-cart',
    items: [
      cartItem('bench-1', 'B001', 'Thing', 12.5, 10),
      cartItem('bench-2', 'B002', 'Stuff', 25, 20),
      cartItem('bench-3', 'B003', 'Gadget', 7.5, 6),
    ],
    total: price(45, 36),
  },
})

function cartItem(
  reference: string,
  sku: string,
  name: string,
  includingVat: number,
  excludingVat: number,
) {
  return {
    reference,
    sku,
    name,
    quantity: 1,
    price: price(includingVat, excludingVat),
    total: price(includingVat, excludingVat),
    vatRate: 0.25,
  }
}

/** One row of the table; a figure stays undefined when its step failed or was not reached. */
interface SizeRow {
  orders: number
  /** Median first 200 of `STARTS` processes with `--orders N`. */
  firstOkMs?: number
  firstOkRange?: [number, number]
  rssMb?: number | undefined
  listMs?: number
  listFilteredMs?: number
  getMs?: number
  postStateMs?: number
  postStateCount?: number
  /** First 200 of the `--state` process (it writes the whole state file first). */
  stateStartMs?: number
  /** At 100k: median first 200 of processes started from the state file the `--state` run wrote. */
  fromStateFileMs?: number
  fromStateFileRange?: [number, number]
  fromStateFileRssMb?: number | undefined
  failure?: string
}

interface LoadRatios {
  postVsPrism?: number
  getVsBare?: number
  getVsPrism?: number
  rounds: string[]
  failure?: string
}

const started = performance.now()
const progress = (text: string) =>
  process.stderr.write(
    `  [${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${text}\n`,
  )
const loadAverage = () =>
  `${loadavg()
    .map((load) => load.toFixed(2))
    .join(', ')} (${cpus().length} cores)`

export async function benchScale(): Promise<void> {
  const rows: SizeRow[] = SIZES.map((orders) => ({ orders }))
  const ratios: LoadRatios = { rounds: [] }
  const temporary: string[] = []
  const watchdog = setTimeout(() => {
    console.error(`  scale benchmark: over its ${TIME_BUDGET_MS / 60_000} min budget, stopping.`)
    stopEverything()
    report(rows, ratios)
    console.log(`  load average at the end (stopped by the time budget): ${loadAverage()}`)
    process.exit(1)
  }, TIME_BUDGET_MS)
  watchdog.unref()
  const onSignal = () => {
    stopEverything()
    process.exit(130)
  }
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)
  try {
    await ensureBuilt()
    console.log(`  load average at the start: ${loadAverage()}`)
    const getPath = `${ORDERS}/${await demoOrderId()}`
    for (const row of rows) {
      try {
        await measureSize(row, getPath, temporary)
      } catch (error) {
        row.failure = (error as Error).message
        progress(`N = ${row.orders.toLocaleString('en-US')}: failed: ${row.failure}`)
        stopEverything()
      }
    }
    try {
      await measureLoad(ratios, getPath)
    } catch (error) {
      ratios.failure = (error as Error).message
      stopEverything()
    }
    report(rows, ratios)
    console.log(`  load average at the end: ${loadAverage()}`)
  } finally {
    clearTimeout(watchdog)
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
    stopEverything()
    for (const directory of temporary) await rm(directory, { recursive: true, force: true })
  }
}

async function measureSize(row: SizeRow, getPath: string, temporary: string[]): Promise<void> {
  const n = row.orders.toLocaleString('en-US')
  progress(`N = ${n}: serve --orders ${row.orders}`)
  const reads: Record<'list' | 'filtered' | 'get', BenchRequest> = {
    list: { method: 'GET', path: `${ORDERS}?limit=10` },
    filtered: { method: 'GET', path: `${ORDERS}?limit=10&status=${STATUS_FILTER}` },
    get: { method: 'GET', path: getPath },
  }
  const starts: number[] = []
  for (let start = 1; start < STARTS; start++) {
    const port = await freePort()
    const since = performance.now()
    const target = startOurs(port, ['--orders', String(row.orders)])
    try {
      starts.push(await waitFor200(target, getPath, TENANT_HEADERS, since, START_TIMEOUT_MS))
      progress(
        `N = ${n}: start ${start} of ${STARTS}: first 200 after ${((starts.at(-1) as number) / 1000).toFixed(2)} s`,
      )
    } finally {
      await target.stop()
    }
  }
  {
    const port = await freePort()
    const since = performance.now()
    const target = startOurs(port, ['--orders', String(row.orders)])
    try {
      starts.push(await waitFor200(target, getPath, TENANT_HEADERS, since, START_TIMEOUT_MS))
      row.firstOkMs = median(starts)
      row.firstOkRange = [Math.min(...starts), Math.max(...starts)]
      progress(
        `N = ${n}: start ${STARTS} of ${STARTS}: first 200 after ${((starts.at(-1) as number) / 1000).toFixed(2)} s; reads`,
      )
      for (const request of Object.values(reads)) {
        for (let i = 0; i < WARM_UP; i++) await timed(target, request, 200)
      }
      row.listMs = await medianOf(target, reads.list, READS)
      row.listFilteredMs = await medianOf(target, reads.filtered, READS)
      row.getMs = await medianOf(target, reads.get, GET_READS)
      row.rssMb = await rssMegabytes(target.child)
    } finally {
      await target.stop()
    }
  }

  const directory = await mkdtemp(join(tmpdir(), 'norce-scale-bench-'))
  temporary.push(directory)
  const stateFile = join(directory, 'state.json')
  progress(`N = ${n}: serve --orders ${row.orders} --state (a new temporary directory)`)
  {
    const port = await freePort()
    const since = performance.now()
    const target = startOurs(port, ['--orders', String(row.orders), '--state', stateFile])
    try {
      row.stateStartMs = await waitFor200(target, getPath, TENANT_HEADERS, since, START_TIMEOUT_MS)
      const create: BenchRequest = { method: 'POST', path: ORDERS, body: CREATE_BODY }
      progress(
        `N = ${n}: first 200 after ${(row.stateStartMs / 1000).toFixed(2)} s; POST create (up to ${POSTS}, ${POST_TIME_CAP_MS / 1000} s)`,
      )
      await timed(target, create, 201)
      const times: number[] = []
      const postsSince = performance.now()
      while (
        times.length < POSTS &&
        (times.length < MIN_POSTS || performance.now() - postsSince < POST_TIME_CAP_MS)
      ) {
        times.push(await timed(target, create, 201))
      }
      row.postStateMs = median(times)
      row.postStateCount = times.length
    } finally {
      // A clean shutdown leaves the state as a restart finds it after Ctrl+C.
      await target.terminate(SHUTDOWN_GRACE_MS)
    }
  }

  if (row.orders === SIZES[SIZES.length - 1]) {
    const fromFile: number[] = []
    for (let start = 1; start <= STARTS; start++) {
      progress(
        `N = ${n}: serve --state (the file of ${n} orders the last run left), start ${start} of ${STARTS}`,
      )
      const port = await freePort()
      const since = performance.now()
      const target = startOurs(port, ['--state', stateFile])
      try {
        fromFile.push(await waitFor200(target, getPath, TENANT_HEADERS, since, START_TIMEOUT_MS))
        if (start === STARTS) row.fromStateFileRssMb = await rssMegabytes(target.child)
      } finally {
        await target.terminate(SHUTDOWN_GRACE_MS)
      }
    }
    row.fromStateFileMs = median(fromFile)
    row.fromStateFileRange = [Math.min(...fromFile), Math.max(...fromFile)]
  }
  await rm(directory, { recursive: true, force: true })
}

/** Sends `request` once and returns the ms until its whole body arrived; throws on another status. */
async function timed(target: Target, request: BenchRequest, status: number): Promise<number> {
  const since = performance.now()
  const response = await fetch(`${target.url}${request.path}`, {
    method: request.method,
    headers: { ...TENANT_HEADERS, 'content-type': 'application/json' },
    ...(request.body && { body: request.body }),
  })
  const body = await response.text()
  const ms = performance.now() - since
  if (response.status !== status)
    throw new Error(
      `${request.method} ${request.path} answered ${response.status}, not ${status}: ${body.slice(0, 300)}`,
    )
  return ms
}

async function medianOf(target: Target, request: BenchRequest, count: number): Promise<number> {
  const times: number[] = []
  for (let i = 0; i < count; i++) times.push(await timed(target, request, 200))
  return median(times)
}

/**
 * Under load, interleaved: each round runs ours, the bare server and Prism static once per
 * endpoint, right after one another; the ratio is taken within a round, the median reported.
 */
async function measureLoad(ratios: LoadRatios, getPath: string): Promise<void> {
  progress('load: ours, prism static and bare node:http')
  const [oursPort, prismPort, barePort] = await Promise.all([freePort(), freePort(), freePort()])
  const ours = startOurs(oursPort as number)
  const prism = startPrism(prismPort as number, false)
  try {
    const since = performance.now()
    await Promise.all(
      [ours, prism].map((target) =>
        waitFor200(target, getPath, TENANT_HEADERS, since, START_TIMEOUT_MS),
      ),
    )
    const get: BenchRequest = { method: 'GET', path: getPath }
    const create: BenchRequest = { method: 'POST', path: ORDERS, body: CREATE_BODY }
    const bare = startBare(barePort as number, {
      get: await capture(ours, get),
      list: await capture(ours, { method: 'GET', path: `${ORDERS}?limit=10` }),
      create: await capture(ours, create),
    })
    await waitFor200(bare, getPath, {}, performance.now(), 10_000)
    const postRatios: number[] = []
    const bareRatios: number[] = []
    const prismGetRatios: number[] = []
    for (let round = 0; round < LOAD_ROUNDS; round++) {
      progress(`load: round ${round + 1} of ${LOAD_ROUNDS}`)
      const oursCreate = await perSecond(ours, create)
      const prismCreate = await perSecond(prism, create)
      const oursGet = await perSecond(ours, get)
      const bareGet = await perSecond(bare, get)
      const prismGet = await perSecond(prism, get)
      postRatios.push(oursCreate / prismCreate)
      bareRatios.push(oursGet / bareGet)
      prismGetRatios.push(oursGet / prismGet)
      ratios.rounds.push(
        `round ${round + 1}: POST create ours ${rate(oursCreate)}, prism static ${rate(prismCreate)}; GET order ours ${rate(oursGet)}, bare ${rate(bareGet)}, prism static ${rate(prismGet)} req/s`,
      )
      ratios.postVsPrism = median(postRatios)
      ratios.getVsBare = median(bareRatios)
      ratios.getVsPrism = median(prismGetRatios)
    }
    await bare.stop()
  } finally {
    await Promise.all([ours.stop(), prism.stop()])
  }
}

const rate = (value: number) => Math.round(value).toLocaleString('en-US')

/**
 * Requests per second of `request` on `target` with 20 connections, after a warm-up. Ours
 * is reset first, so creates do not pile up across runs. Any non-2xx answer fails the run.
 */
async function perSecond(target: Target, request: BenchRequest): Promise<number> {
  if (target.name === 'norce-checkout-mock')
    await fetch(`${target.url}/__admin/reset`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
    })
  const run = (seconds: number) =>
    autocannon({
      url: `${target.url}${request.path}`,
      method: request.method,
      headers: { ...TENANT_HEADERS, 'content-type': 'application/json' },
      ...(request.body && { body: request.body }),
      connections: LOAD_CONNECTIONS,
      duration: seconds,
    })
  await run(LOAD_WARM_UP_SECONDS)
  const result = await run(LOAD_ROUND_SECONDS)
  if (result.non2xx > 0 || result.errors > 0 || result.timeouts > 0)
    throw new Error(
      `${target.name} ${request.method} ${request.path}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} time-outs under load`,
    )
  return result.requests.total / result.duration
}

function report(rows: SizeRow[], ratios: LoadRatios): void {
  const fixed = (value: number | undefined, digits: number) =>
    value === undefined || Number.isNaN(value)
      ? 'n/a'
      : value.toLocaleString('en-US', {
          maximumFractionDigits: digits,
          minimumFractionDigits: digits,
        })
  const ms = (value: number | undefined) =>
    `${fixed(value, value !== undefined && value >= 100 ? 0 : 1)} ms`
  const columns = [
    'N orders',
    'first 200',
    'RSS',
    'list (limit 10)',
    'list, `status=` filter',
    'GET order',
    'POST create with `--state`',
  ]
  console.log(
    `\n  First 200: median of ${STARTS} starts. Sequential requests: median of ${READS} per list and ${GET_READS} per GET (after ${WARM_UP} warm-ups each), of up to ${POSTS} POSTs (at least ${MIN_POSTS}, ${POST_TIME_CAP_MS / 1000} s cap, after one warm-up); RSS after the reads\n`,
  )
  console.log(`| ${columns.join(' | ')} |`)
  console.log(`|${columns.map(() => '---').join('|')}|`)
  for (const row of rows) {
    const posts =
      row.postStateMs === undefined
        ? 'n/a'
        : `${ms(row.postStateMs)}${row.postStateCount === POSTS ? '' : ` (${row.postStateCount} POSTs)`}`
    console.log(
      `| ${row.orders.toLocaleString('en-US')} | ${fixed(row.firstOkMs === undefined ? undefined : row.firstOkMs / 1000, 2)} s | ${fixed(row.rssMb, 0)} MB | ${ms(row.listMs)} | ${ms(row.listFilteredMs)} | ${ms(row.getMs)} | ${posts} |`,
    )
  }
  const range = (span: [number, number] | undefined) =>
    span ? `${fixed(span[0] / 1000, 2)}–${fixed(span[1] / 1000, 2)} s` : 'n/a'
  console.log(
    `\n  First 200 (--orders), fastest–slowest of the ${STARTS} starts: ${rows.map((row) => `${row.orders.toLocaleString('en-US')}: ${range(row.firstOkRange)}`).join(', ')}`,
  )
  for (const row of rows) {
    if (row.failure)
      console.log(`  N = ${row.orders.toLocaleString('en-US')} failed: ${row.failure}`)
  }
  const big = rows[rows.length - 1] as SizeRow
  const small = rows[0] as SizeRow
  const twentyK = rows.find((row) => row.orders === 20_000)
  console.log(
    `\n  First 200 of the --state process (it writes the state file before serving): ${rows.map((row) => `${row.orders.toLocaleString('en-US')}: ${fixed(row.stateStartMs === undefined ? undefined : row.stateStartMs / 1000, 2)} s`).join(', ')}`,
  )
  console.log(
    `  First 200 from a state file of ${big.orders.toLocaleString('en-US')} orders (serve --state, no --orders), median of ${STARTS} starts: ${fixed(big.fromStateFileMs === undefined ? undefined : big.fromStateFileMs / 1000, 2)} s (${range(big.fromStateFileRange)}), RSS ${fixed(big.fromStateFileRssMb, 0)} MB`,
  )
  const postGrowth =
    twentyK?.postStateMs !== undefined && small.postStateMs !== undefined
      ? twentyK.postStateMs / small.postStateMs
      : undefined
  const getGrowth =
    big.getMs !== undefined && small.getMs !== undefined ? big.getMs / small.getMs : undefined
  console.log(
    `\n  Under load (autocannon, ${LOAD_CONNECTIONS} connections, ${LOAD_ROUNDS} interleaved rounds of ${LOAD_ROUND_SECONDS} s after ${LOAD_WARM_UP_SECONDS} s warm-ups; median of the per-round ratios):`,
  )
  for (const line of ratios.rounds) console.log(`  ${line}`)
  if (ratios.failure) console.log(`  load run failed: ${ratios.failure}`)
  console.log(
    `  POST create (3-item cart) ÷ prism static ${fixed(ratios.postVsPrism, 2)}×; GET order ÷ bare node:http ${fixed(ratios.getVsBare, 2)}×; GET order ÷ prism static ${fixed(ratios.getVsPrism, 2)}×`,
  )
  console.log(
    `  POST create with --state at 20,000 ÷ at 100: ${fixed(postGrowth, 2)}×; GET order at ${big.orders.toLocaleString('en-US')} ÷ at 100: ${fixed(getGrowth, 2)}×`,
  )

  const k = big.orders >= 1000 ? `${big.orders / 1000}k` : String(big.orders)
  const goals: Array<[string, string, number | undefined, '≤' | '≥', number, string]> = [
    ['POST --state 20,000 ÷ 100', '≤ 2×', postGrowth, '≤', 2, '×'],
    [`${k} first 200 (--orders)`, '≤ 3 s', seconds(big.firstOkMs), '≤', 3, ' s'],
    [`${k} first 200 (state file)`, '≤ 3 s', seconds(big.fromStateFileMs), '≤', 3, ' s'],
    [`${k} RSS`, '≤ 700 MB', big.rssMb, '≤', 700, ' MB'],
    [`${k} list (limit 10)`, '≤ 5 ms', big.listMs, '≤', 5, ' ms'],
    [`${k} list, status= filter`, '≤ 5 ms', big.listFilteredMs, '≤', 5, ' ms'],
    [`GET order ${k} ÷ 100 (unchanged)`, '≤ 1.5×', getGrowth, '≤', 1.5, '×'],
    ['POST create ÷ prism static', '≥ 3×', ratios.postVsPrism, '≥', 3, '×'],
    ['GET order ÷ bare node:http', '≥ 0.40×', ratios.getVsBare, '≥', 0.4, '×'],
  ]
  console.log(`\n  ${'goal'.padEnd(34)} ${'target'.padEnd(9)} ${'measured'.padStart(10)}  result`)
  for (const [name, target, value, sense, limit, unit] of goals) {
    const verdict =
      value === undefined || Number.isNaN(value)
        ? 'not measured'
        : (sense === '≤' ? value <= limit : value >= limit)
          ? 'met'
          : 'NOT MET'
    console.log(
      `  ${name.padEnd(34)} ${target.padEnd(9)} ${`${fixed(value, unit === ' MB' ? 0 : 2)}${unit}`.padStart(10)}  ${verdict}`,
    )
  }
}

function seconds(ms: number | undefined): number | undefined {
  return ms === undefined ? undefined : ms / 1000
}
