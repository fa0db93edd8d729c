/** Where the admin API lives: outside the Norce contract, so no Norce path can clash. */
export const ADMIN_PREFIX = '/__admin'

/** One endpoint of the admin API. */
export interface AdminRoute {
  method: string
  path: string
  summary: string
}

/** The admin API, as `GET /__admin` lists it (and the README documents it). */
export const ADMIN_ROUTES: readonly AdminRoute[] = [
  { method: 'GET', path: '/__admin/health', summary: 'Liveness: { status: "ok", orders }' },
  { method: 'POST', path: '/__admin/reset', summary: 'Back to the seeded start state' },
  { method: 'GET', path: '/__admin/state', summary: 'Export everything stored' },
  {
    method: 'PUT',
    path: '/__admin/state',
    summary: 'Import an export; refused whole (400) if it breaks the contract',
  },
  {
    method: 'GET',
    path: '/__admin/requests',
    summary: 'The last API requests, with the violations found (?limit=N)',
  },
  { method: 'DELETE', path: '/__admin/requests', summary: 'Forget the remembered requests' },
  {
    method: 'GET',
    path: '/__admin/callbacks',
    summary: 'Hook and validation calls the mock made: URL, status, time, error',
  },
  { method: 'GET', path: '/__admin', summary: 'This list' },
]
