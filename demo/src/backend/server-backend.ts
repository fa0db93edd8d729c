import { type Backend, endpointsAt } from './backend.ts'

/** The standalone server (`npm start`, CORS on), called over HTTP from this page. */
export function createServerBackend(serverUrl: string): Backend {
  return {
    kind: 'server',
    label: `Standalone server ${serverUrl}`,
    endpoints: endpointsAt(serverUrl),
    async reset() {
      // The admin API answers no other origin, this page's included (issue 15, finding 4):
      // a page must not be able to wipe the server. Resetting is a terminal's job.
      throw new Error(
        `The server's admin API does not answer web pages. Reset it from a terminal: curl -X POST -H 'content-type: application/json' ${serverUrl}/__admin/reset`,
      )
    },
  }
}
