import { buildDemoOrderBatches, DEMO_TENANT } from '../src/server/demo-data.ts'
const buildDemoOrders = async (o: any) => { const r: any[] = []; for await (const b of buildDemoOrderBatches(o)) r.push(...b); return r }
import { createOrderEntry } from '../src/store/order-entry.ts'
import { TenantOrders } from '../src/store/tenant-orders.ts'
import { toListQuery } from '../src/operations/list-orders.ts'
const N = 20000
const gc = (globalThis as any).gc as () => void
const orders = await buildDemoOrders({ seed: 1, count: N, tenant: DEMO_TENANT })
gc(); let h = process.memoryUsage().heapUsed
const step = (label: string) => { gc(); const x = process.memoryUsage().heapUsed; console.log(label, Math.round((x - h) / N)); h = x }
const texts = orders.map((o) => JSON.stringify(o)); step('texts')
const flat = texts.map((t) => (t + ' ').slice(0, -1)); step('flat copies')
const entries = orders.map((o, i) => createOrderEntry(o, texts[i]!)); step('entries')
const t = new TenantOrders(); t.add(entries, true); step('postings')
t.query(toListQuery({}, DEMO_TENANT)); step('lists')
;(globalThis as any).keep = [orders, texts, entries, t, flat]
