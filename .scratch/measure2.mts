import { buildDemoOrderBatches, DEMO_TENANT } from '../src/server/demo-data.ts'
import { createStore, storeInternals } from '../src/store/index.ts'
import { toListQuery } from '../src/operations/list-orders.ts'
const N = Number(process.argv[2] ?? 100000)
const gc = (globalThis as any).gc as () => void
gc(); const h0 = process.memoryUsage().heapUsed
const store = createStore({ seed: 1 })
const internals = storeInternals(store)
await internals.ready
let t = performance.now()
let tb = 0
const it = buildDemoOrderBatches({ seed: 1, count: N, tenant: DEMO_TENANT })
let ts = 0
while (true) { let a = performance.now(); const r = await it.next(); tb += performance.now() - a; if (r.done) break; a = performance.now(); await store.seed(r.value); ts += performance.now() - a }
console.log('build ms', Math.round(tb), 'seed ms', Math.round(ts), 'total', Math.round(performance.now() - t))
t = performance.now()
internals.queryOrders(toListQuery({}, DEMO_TENANT))
console.log('first list (index build) ms', Math.round(performance.now() - t))
gc(); const h2 = process.memoryUsage().heapUsed
console.log('store bytes/order', Math.round((h2 - h0) / N), 'rss MB', Math.round(process.memoryUsage().rss / 1e6))
const time = (label: string, q: Record<string, unknown>) => { const n = 200; const a = performance.now(); let r; for (let i = 0; i < n; i++) r = internals.queryOrders(toListQuery(q, DEMO_TENANT)); console.log(label, ((performance.now() - a) / n).toFixed(3), 'ms', r!.totalSize) }
time('list', {})
time('list status', { status: ['checkout'] })
time('list 2 status offset 500', { status: ['checkout', 'accepted'], offset: 500 })
time('list email', { billing_emails: ['axel.johansson79@example.com'] })
time('list order_by email asc', { order_by: 'billingEmail', order_by_direction: 'asc' })
time('list date range', { date_from: '2026-01-01T00:00:00.000Z', date_to: '2026-01-20T00:00:00.000Z' })
time('list search', { search: 'johansson7' })
time('list countries SE', { countries: ['SE'] })
