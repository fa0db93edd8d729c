/**
 * norce-checkout-mock/browser: the mock in a browser page, behind MSW's service worker.
 */

export type { MockStore } from '../store/index.ts'
export {
  type NorceWorker,
  type NorceWorkerOptions,
  setupNorceWorker,
} from './setup-norce-worker.ts'
