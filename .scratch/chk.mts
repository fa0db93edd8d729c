import { buildDemoOrders, DEMO_TENANT } from '../src/server/demo-data.ts'
const orders = await buildDemoOrders({ seed: 1, count: 2000, tenant: DEMO_TENANT })
let two = 0; const chars = new Map()
for (const o of orders) { const t = JSON.stringify(o); let w = false; for (const c of t) if (c.charCodeAt(0) > 255) { w = true; chars.set(c, (chars.get(c) ?? 0) + 1) } if (w) two++ }
console.log('two-byte orders', two, [...chars].slice(0, 20))
