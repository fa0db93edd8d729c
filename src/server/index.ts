/**
 * norce-checkout-mock/server: the standalone mock server (what `norce-checkout-mock serve`
 * runs), over node:http, for demos, manual exploration and tests in other processes.
 */

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
export {
  DEFAULT_HOST,
  DEFAULT_PORT,
  LOOPBACK_CALLBACK_HOSTS,
  type MockServerOptions,
} from './server-options.ts'
// The server
export { type MockServer, startMockServer } from './start-mock-server.ts'
