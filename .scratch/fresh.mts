import { createRuntimeFactory } from '../src/server/mock-runtime.ts'
import { loadFixtureOrders } from '../src/server/demo-data.ts'
import { storeInternals } from '../src/store/index.ts'
const N = Number(process.argv[2] ?? 100000)
const mb = (x: number) => Math.round(x / 1e6)
const fixtures = await loadFixtureOrders()
const t = performance.now()
const rt = await createRuntimeFactory({ seed: 1, fixtures, extraOrders: N, api: { allowedCallbackHosts: [] } }).fresh()
console.log('fresh ms', Math.round(performance.now() - t))
const show = (l: string) => { const m = process.memoryUsage(); console.log(l, 'heapUsed', mb(m.heapUsed), 'heapTotal', mb(m.heapTotal), 'rss', mb(m.rss), 'external', mb(m.external)) }
show('after load')
;(globalThis as any).gc?.(); show('after gc')
;(globalThis as any).keep = rt
