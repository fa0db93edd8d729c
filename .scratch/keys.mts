import { buildDemoOrderBatches, DEMO_TENANT } from '../src/server/demo-data.ts'
const orders: any[] = []; for await (const b of buildDemoOrderBatches({ seed: 1, count: 2000, tenant: DEMO_TENANT })) orders.push(...b)
let total = 0, keys = 0; const counts = new Map<string, number>()
for (const o of orders) { const t = JSON.stringify(o); total += t.length; for (const m of t.matchAll(/"([A-Za-z]+)":/g)) { keys += m[0].length; counts.set(m[1], (counts.get(m[1]) ?? 0) + 1) } }
console.log('avg len', total / orders.length, 'key chars', keys / orders.length, 'distinct', counts.size)
