/**
 * Real traffic as evidence: read a HAR, judge every Order API and event-log exchange
 * against its version's contract, record HARs, and collect the orders a HAR showed.
 */
export { checkHar } from './check-har.ts'
export type { Har, HarEntry } from './har-types.ts'
export { type HarOrders, ordersFromHar, type RefusedOrder } from './orders-from-har.ts'
export { toJsonPath } from './json-path.ts'
export { HarFormatError, parseHar } from './read-har.ts'
export { createHarRecorder, type HarRecorder } from './record-har.ts'
export { isSecretHeader, REDACTED, redactHeaders, redactHeaderValue } from './redact.ts'
export { type EntryRoute, routeEntry, type TrafficApi } from './route-entry.ts'
export type { TrafficCheck, TrafficFailure, TrafficReport } from './traffic-types.ts'
