// The "Use in tests" snippet in a CommonJS package (npm init's default) with
// `module: nodenext`: not supported (README, "TypeScript setups"); `npm test` checks that it
// still fails the way the README says, so the README stays true.
import { setupServer } from 'msw/node'
import { createHandlers, createStore } from 'norce-checkout-mock'

const store = createStore({ seed: 1 })
export const server = setupServer(...createHandlers({ store }))
