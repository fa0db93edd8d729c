import { buildDemoOrders, DEMO_TENANT } from '../src/server/demo-data.ts'
const N = 20000
const gc = (globalThis as any).gc as () => void
const orders = await buildDemoOrders({ seed: 1, count: N, tenant: DEMO_TENANT })
gc(); const h0 = process.memoryUsage().heapUsed
const texts = orders.map((o) => JSON.stringify(o))
gc(); const h1 = process.memoryUsage().heapUsed
console.log('text bytes/order', Math.round((h1 - h0) / N))
const parsed = texts.map((t) => JSON.parse(t))
gc(); const h2 = process.memoryUsage().heapUsed
console.log('parsed bytes/order', Math.round((h2 - h1) / N))
let t = performance.now(); for (const x of texts.slice(0, 5000)) JSON.parse(x); console.log('parse us', (performance.now() - t) / 5000 * 1000)
t = performance.now(); for (const x of parsed.slice(0, 5000)) JSON.stringify(x); console.log('stringify us', (performance.now() - t) / 5000 * 1000)
;(globalThis as any).keep = [orders, texts, parsed]
