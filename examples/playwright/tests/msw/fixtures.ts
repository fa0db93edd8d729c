import { defineNetworkFixture, type NetworkFixture } from '@msw/playwright'
import { test as base } from '@playwright/test'
import { createHandlers, createStore, type MockStore } from 'norce-checkout-mock'

/** `store`: a fresh mock store per test; `network`: the page's requests go to the kit's handlers. */
export const test = base.extend<{ store: MockStore; network: NetworkFixture }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take an object pattern.
  store: async ({}, use) => {
    await use(createStore({ seed: 1 }))
  },
  network: [
    async ({ context, store }, use) => {
      const network = defineNetworkFixture({
        context,
        handlers: createHandlers({ store, validateResponses: true }),
      })
      await network.enable()
      await use(network)
      await network.disable()
    },
    { auto: true },
  ],
})
export { expect } from '@playwright/test'
