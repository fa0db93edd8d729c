/**
 * Real traffic as evidence: read a HAR, judge every Order API and event-log exchange
 * against its version's contract, record HARs, and collect the orders a HAR showed.
 */
export { checkHar } from './check-har.ts'
export type { Har, HarEntry } from './har-types.ts'
export { toJsonPath } from './json-path.ts'
export { ordersFromHar, type RefusedOrder } from './orders-from-har.ts'
export { HarFormatError, parseHar } from './read-har.ts'
export { createHarRecorder } from './record-har.ts'
export type { TrafficReport } from './traffic-types.ts'
