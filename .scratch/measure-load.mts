import { buildDemoOrders, DEMO_TENANT } from '/work/wt/index/src/server/demo-data.ts'
import { createStore, storeInternals } from '/work/wt/index/src/store/index.ts'
const N = Number(process.argv[2] ?? 100000)
const gc = (globalThis as any).gc as () => void
gc(); const h0 = process.memoryUsage().heapUsed
let t = performance.now()
const orders = await buildDemoOrders({ seed: 1, count: N, tenant: DEMO_TENANT })
console.log('build ms', Math.round(performance.now() - t))
gc(); const h1 = process.memoryUsage().heapUsed
console.log('built orders bytes/order', Math.round((h1 - h0) / N), 'json bytes/order', Math.round(JSON.stringify(orders).length / N))
const store = createStore({ seed: 1 })
await storeInternals(store).ready
t = performance.now()
await store.seed(orders)
console.log('seed ms', Math.round(performance.now() - t))
orders.length = 0
gc(); const h2 = process.memoryUsage().heapUsed
console.log('store bytes/order', Math.round((h2 - h0) / N), 'rss MB', Math.round(process.memoryUsage().rss / 1e6))
;(globalThis as any).keep = store
