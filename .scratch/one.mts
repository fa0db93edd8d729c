import { buildDemoOrders, DEMO_TENANT } from '../src/server/demo-data.ts'
const orders = await buildDemoOrders({ seed: 1, count: 3, tenant: DEMO_TENANT })
console.log(JSON.stringify(orders[1], null, 1))
