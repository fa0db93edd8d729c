import { expect, test } from '@playwright/test'
import { MOCK_URL } from '../../playwright.config.ts'

// The standalone mock (`norce-checkout-mock serve`, started by the config's webServer): the
// page calls it over HTTP. One server for the run, so every test starts from a reset.
test.beforeEach(async ({ request }) => {
  // State-changing admin requests must be application/json (no "simple" cross-origin request).
  const reset = await request.post(`${MOCK_URL}/__admin/reset`, {
    headers: { 'content-type': 'application/json' },
  })
  expect(reset.ok()).toBe(true)
})

test('checks out against the standalone server', async ({ page, request }) => {
  await page.goto(`/?api=${encodeURIComponent(`${MOCK_URL}/checkout/order`)}`)
  await page.getByRole('button', { name: 'Start checkout' }).click()
  await page.getByRole('button', { name: 'Add a mug' }).click()
  await expect(page.locator('#total')).toHaveText('250')
  await page.getByLabel('I accept the terms').check()
  await page.getByRole('button', { name: 'Place order' }).click()
  await expect(page.locator('#status')).toHaveText('processing')

  const id = await page.locator('#order-id').textContent()
  const state = await (await request.get(`${MOCK_URL}/__admin/state`)).json()
  const stored = state.orders.find((order: { id: string }) => order.id === id)
  expect(stored.state.currentStatus).toBe('processing')
  expect(stored.total.includingVat).toBe(250)
})
