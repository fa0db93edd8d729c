// A tiny checkout page. `?api=<url>` picks the Order API (default: /checkout/order on this
// origin); `?order=<id>` resumes an order.
import { CheckoutError, createCheckoutClient } from './checkout-client.js'

const params = new URLSearchParams(location.search)
const client = createCheckoutClient({
  baseUrl: params.get('api') ?? `${location.origin}/checkout/order`,
  token: 'app-token',
  merchant: 'my-shop',
  channel: 'my-shop-se',
})
const TERMS = { id: 'ci_terms', text: 'I accept the terms.', checked: false, required: true }
const MUG = {
  name: 'Mug',
  quantity: 1,
  total: { includingVat: 250, excludingVat: 200 },
  vatRate: 0.25,
}
const $ = (id) => document.getElementById(id)
let orderId = params.get('order')
let items = []

async function show() {
  const order = await client.getOrder(orderId)
  items = order.cart?.items ?? []
  $('order-id').textContent = order.id
  $('status').textContent = order.state.currentStatus
  $('total').textContent = String(order.total?.includingVat ?? 0)
  for (const id of ['add-mug', 'terms', 'place']) $(id).disabled = false
}

function act(action) {
  return async () => {
    $('error').textContent = ''
    try {
      await action()
      await show()
    } catch (error) {
      $('error').textContent =
        error instanceof CheckoutError && error.problem.code === 'consent-required'
          ? 'Please accept the terms first.'
          : `Something went wrong (${error.status ?? error.message}).`
    }
  }
}

$('start').addEventListener(
  'click',
  act(async () => {
    orderId = await client.createOrder({ culture: 'sv-SE', currency: 'SEK', country: 'SE' })
    await client.addConsent(orderId, TERMS)
  }),
)
$('add-mug').addEventListener(
  'click',
  act(() => client.updateCart(orderId, [...items, MUG])),
)
$('terms').addEventListener(
  'change',
  act(() => client.checkConsent(orderId, TERMS)),
)
$('place').addEventListener(
  'click',
  act(() => client.setStatus(orderId, 'processing')),
)
if (orderId) act(() => {})()
