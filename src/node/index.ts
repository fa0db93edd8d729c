/** norce-checkout-mock/node: the mock for Node test runners, over MSW's `setupServer`. */
export {
  type NorceServer,
  type NorceServerOptions,
  setupNorceServer,
} from './setup-norce-server.ts'
