// In one process: the same request through msw's setupServer, once with createHandlers and
// once with a static msw handler answering the very same bytes and headers (msw's own floor).
// Rounds alternate the two so a burst of other work slows both alike; prints one JSON line.
// Spawned by bench/in-process.bench.ts.
import { readFile } from 'node:fs/promises'
import { HttpResponse, http } from 'msw'
import { setupServer } from 'msw/node'
import { createHandlers, createStore } from 'norce-checkout-mock'

const ROUNDS = Number(process.argv[2] ?? 7)
const ROUND_MS = Number(process.argv[3] ?? 700)
const HEADERS = {
  authorization: 'Bearer bench-token',
  'x-merchant': 'thingsandstuff',
  'x-channel': 'thingsandstuff-se',
  'content-type': 'application/json',
}
const readFixture = async (name) =>
  JSON.parse(await readFile(new URL(`../fixtures/${name}`, import.meta.url), 'utf8'))
const fixtures = await readFixture('orders.json')
/** A three-item cart from the fixtures (with its total), as issue 16's POST benchmark sends. */
const cart = (await readFixture('carts.json')).find((entry) => entry.items.length === 3)
const CREATE_BODY = JSON.stringify({ culture: 'sv-SE', currency: 'SEK', country: 'SE', cart })
const store = createStore({ seed: 1, fixtures })
const ours = createHandlers({ store })
const server = setupServer(...ours)
server.listen({ onUnhandledRequest: 'error' })
// The fixtures are stored asynchronously; `seed([])` waits for them.
await store.seed([])

const ORDER_URL = `http://norce.test/api/v0/checkout/orders/${fixtures[0].id}`
const CREATE_URL = 'http://norce.test/api/v0/checkout/orders'
const cases = [
  {
    name: 'GET order',
    method: 'get',
    url: ORDER_URL,
    send: () => fetch(ORDER_URL, { headers: HEADERS }),
  },
  {
    name: 'POST create (3-item cart)',
    method: 'post',
    url: CREATE_URL,
    send: () => fetch(CREATE_URL, { method: 'POST', headers: HEADERS, body: CREATE_BODY }),
  },
]

/** Requests, one after another, for `ms`; the mean time of one, in microseconds. */
async function run(send, ms) {
  let count = 0
  const start = performance.now()
  const end = start + ms
  while (performance.now() < end) {
    const response = await send()
    await response.arrayBuffer()
    count++
  }
  return ((performance.now() - start) * 1000) / count
}

const results = []
// IN_PROCESS_CASE=GET (a prefix of a case name) runs one case, e.g. under --cpu-prof.
const only = process.env.IN_PROCESS_CASE
for (const entry of cases.filter((item) => !only || item.name.startsWith(only))) {
  server.resetHandlers(...ours)
  const sample = await entry.send()
  const bytes = new Uint8Array(await sample.arrayBuffer())
  const headers = [...sample.headers]
  if (sample.status >= 300) throw new Error(`${entry.name} answered ${sample.status}`)
  const stat = [
    http[entry.method](
      entry.url,
      () => new HttpResponse(bytes, { status: sample.status, headers }),
    ),
  ]
  const ratios = []
  const oursUs = []
  const staticUs = []
  // Warm-up: both paths compiled by the JIT before anything is timed.
  await run(entry.send, ROUND_MS / 2)
  server.resetHandlers(...stat)
  await run(entry.send, ROUND_MS / 2)
  for (let round = 0; round < ROUNDS; round++) {
    server.resetHandlers(...ours)
    const a = await run(entry.send, ROUND_MS)
    server.resetHandlers(...stat)
    const b = await run(entry.send, ROUND_MS)
    oursUs.push(a)
    staticUs.push(b)
    ratios.push(a / b)
  }
  const median = (list) => [...list].sort((x, y) => x - y)[Math.floor(list.length / 2)]
  results.push({
    name: entry.name,
    bytes: bytes.byteLength,
    oursUs: Math.round(median(oursUs)),
    staticUs: Math.round(median(staticUs)),
    ratio: Math.round(median(ratios) * 100) / 100,
  })
}
server.close()
console.log(JSON.stringify(results))
