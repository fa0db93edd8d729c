// One fresh process, one case: imports the built package (as a user's test file does), sets up
// msw's setupServer with createHandlers, and times the first request and the second. With
// `static-get` or `static-post`, msw's own floor instead: a static handler answering the bytes
// a `v0-get`/`v0-post` run answered (STATIC_ANSWER). Spawned by bench/in-process.bench.ts;
// prints one JSON line.
import { readFile } from 'node:fs/promises'

const [version = 'v0', kind = 'get'] = (process.argv[2] ?? 'v0-get').split('-')
const isStatic = version === 'static'
const HEADERS = {
  authorization: 'Bearer bench-token',
  'x-merchant': 'thingsandstuff',
  'x-channel': 'thingsandstuff-se',
  'content-type': 'application/json',
}
const CREATE_BODY = JSON.stringify({ culture: 'sv-SE', currency: 'SEK', country: 'SE' })
const base = `http://norce.test/api/${isStatic ? 'v0' : version}/checkout/orders`

const fixtures = JSON.parse(
  await readFile(new URL('../fixtures/orders.json', import.meta.url), 'utf8'),
)
const started = performance.now()
const { createHandlers, createStore } = isStatic ? {} : await import('norce-checkout-mock')
const imported = performance.now()
const { setupServer } = await import('msw/node')
const { HttpResponse, http } = await import('msw')
const mswImported = performance.now()
let handlers
if (isStatic) {
  const { bytes, status, headers } = JSON.parse(process.env.STATIC_ANSWER ?? '{}')
  const body = new TextEncoder().encode(bytes)
  const answer = () => new HttpResponse(body, { status, headers })
  handlers = [kind === 'post' ? http.post(base, answer) : http.get(`${base}/:orderId`, answer)]
} else {
  const store = createStore({ seed: 1, fixtures })
  handlers = createHandlers({ store })
  // The fixtures are stored asynchronously; `seed([])` waits for them (setup, not the request).
  await store.seed([])
}
const server = setupServer(...handlers)
server.listen({ onUnhandledRequest: 'error' })
const readyCpu = process.cpuUsage()
const ready = performance.now()
const readyAt = process.hrtime.bigint() / 1000n

const request = () =>
  kind === 'post'
    ? fetch(base, { method: 'POST', headers: HEADERS, body: CREATE_BODY })
    : fetch(`${base}/${fixtures[0].id}`, { headers: HEADERS })
const first = await request()
const firstBody = await first.text()
const answered = performance.now()
const firstCpu = process.cpuUsage(readyCpu)
const answeredAt = process.hrtime.bigint() / 1000n
const second = await request()
await second.arrayBuffer()
const answeredAgain = performance.now()
server.close()

const ms = (value) => Math.round(value * 10) / 10
console.log(
  JSON.stringify({
    status: first.status,
    answer: { bytes: firstBody, status: first.status, headers: [...first.headers] },
    importMs: ms(imported - started),
    mswImportMs: ms(mswImported - imported),
    setupMs: ms(ready - mswImported),
    firstMs: ms(answered - ready),
    // CPU time of the process meanwhile (all its threads): less sensitive to a busy machine.
    firstCpuMs: ms((firstCpu.user + firstCpu.system) / 1000),
    secondMs: ms(answeredAgain - answered),
    // For a CPU profile of the first request: its window on the monotonic clock, in µs.
    ...(process.env.FIRST_REQUEST_WINDOW && { window: [Number(readyAt), Number(answeredAt)] }),
  }),
)
