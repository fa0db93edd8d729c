import { type Backend, endpointsAt } from './backend.ts'

/** The standalone server (`npm start`, CORS on), called over HTTP from this page. */
export function createServerBackend(serverUrl: string): Backend {
  return {
    kind: 'server',
    label: `Standalone server ${serverUrl}`,
    endpoints: endpointsAt(serverUrl),
    async reset() {
      const response = await fetch(`${serverUrl}/__admin/reset`, { method: 'POST' })
      if (!response.ok)
        throw new Error(
          `Failed to reset the server: POST /__admin/reset answered ${response.status}.`,
        )
    },
  }
}
