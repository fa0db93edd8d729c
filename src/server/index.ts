/**
 * norce-checkout-mock/server: the standalone mock server (what `norce-checkout-mock serve`
 * runs), over node:http, for demos, manual exploration and tests in other processes.
 */

/** Callback targets allowed unless `--allow-callback-host` says otherwise: this machine. */
export { LOOPBACK_HOSTS as LOOPBACK_CALLBACK_HOSTS } from '../domain/loopback.ts'
// Admin API
export {
  ADMIN_PREFIX,
  ADMIN_ROUTES,
  type AdminRoute,
  MAX_ADMIN_BODY_BYTES,
} from './admin-routes.ts'
// Demo data and banner
export { type BannerFacts, DEMO_TOKEN, formatBanner } from './banner.ts'
export { DEMO_TENANT, type Tenant } from './demo-data.ts'
export type { JournalEntry } from './request-journal.ts'
export { LOG_LEVELS, type LogLevel } from './request-log.ts'
export { DEFAULT_HOST, DEFAULT_PORT, type MockServerOptions } from './server-options.ts'
// The server
export { type MockServer, type StateRecoveryReport, startMockServer } from './start-mock-server.ts'
export type { PersisterStats } from './state-persister.ts'
