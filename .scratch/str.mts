import { buildDemoOrders, DEMO_TENANT } from '../src/server/demo-data.ts'
import { getOrderApiValidator } from '../src/validation/index.ts'
import { createOrderEntry } from '../src/store/order-entry.ts'
const N = 10000
let t = performance.now()
const orders = await buildDemoOrders({ seed: 1, count: N, tenant: DEMO_TENANT })
console.log('build us', ((performance.now() - t) / N * 1000).toFixed(1))
t = performance.now(); const texts = orders.map((o) => JSON.stringify(o)); console.log('stringify built us', ((performance.now() - t) / N * 1000).toFixed(1))
const parsed = texts.map((x) => JSON.parse(x))
t = performance.now(); parsed.map((o) => JSON.stringify(o)); console.log('stringify parsed us', ((performance.now() - t) / N * 1000).toFixed(1))
t = performance.now(); orders.map((o, i) => createOrderEntry(o, texts[i]!)); console.log('entry us', ((performance.now() - t) / N * 1000).toFixed(1))
const v = getOrderApiValidator(); v.validateSchema('Order', orders[0])
t = performance.now(); for (const o of orders) v.validateSchema('Order', o); console.log('validate us', ((performance.now() - t) / N * 1000).toFixed(1))
t = performance.now(); for (const o of parsed) v.validateSchema('Order', o); console.log('validate parsed us', ((performance.now() - t) / N * 1000).toFixed(1))
