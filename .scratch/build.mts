import { buildDemoOrderBatches, DEMO_TENANT } from '../src/server/demo-data.ts'
const t = performance.now()
let n = 0
for await (const b of buildDemoOrderBatches({ seed: 1, count: 20000, tenant: DEMO_TENANT })) n += b.length
console.log('build us/order', ((performance.now() - t) / n * 1000).toFixed(1))
