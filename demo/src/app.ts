import type { Order } from 'norce-checkout-mock'
import { sumPrices } from 'norce-checkout-mock'
import type { CheckoutClient } from './api/checkout-client.ts'
import type { Actions, OrderViewState } from './app-types.ts'
import type { Backend } from './backend/backend.ts'
import { localPrice, marketOf, PRODUCTS } from './catalogue.ts'
import { h } from './dom.ts'
import { renderEventLog } from './views/event-log.ts'
import { renderHeader } from './views/header.ts'
import { renderOrderList } from './views/order-list.ts'
import { renderOrderView } from './views/order-view.ts'

/** Where the demo's notifications go: the page's own origin, answered by `demo/webhook-receiver.ts`. */
const WEBHOOK_PATH = '/demo-webhook/{order_id}'
/** How often the event log is read again while a delivery is pending. */
const PENDING_POLL_MS = 250

type Message = { kind: 'error' | 'info'; text: string }

/**
 * The checkout page: the order list (`#/`) and one order (`#/orders/{id}`), rendered from
 * the API's answers after every change. `aria-busy` on the root says when a call is running.
 */
export function mountApp(root: HTMLElement, client: CheckoutClient, backend: Backend): void {
  let orders: Order[] = []
  let open: OrderViewState | undefined
  let message: Message | undefined
  let running = 0
  let eventSlot: HTMLElement | undefined
  let pollTimer: ReturnType<typeof setTimeout> | undefined

  const webhookUrl = `${location.origin}${WEBHOOK_PATH}`

  const routeOrderId = () => /^#\/orders\/([^/]+)$/.exec(location.hash)?.[1]

  async function busy<T>(work: () => Promise<T>): Promise<T | undefined> {
    running++
    root.setAttribute('aria-busy', 'true')
    try {
      return await work()
    } catch (error) {
      message = { kind: 'error', text: (error as Error).message }
      return undefined
    } finally {
      running--
      if (running === 0) {
        render()
        root.setAttribute('aria-busy', 'false')
      }
    }
  }

  async function loadRoute(): Promise<void> {
    const orderId = routeOrderId()
    if (orderId === undefined) {
      open = undefined
      orders = (await client.listOrders()).data
      return
    }
    const order = await client.getOrder(decodeURIComponent(orderId))
    const validation = open && open.order.id === order.id ? open.validation : undefined
    open = { order, events: [], backend, webhookUrl, ...(validation && { validation }) }
    await loadEvents()
  }

  async function reloadOrder(): Promise<void> {
    if (!open) return
    const order = await client.getOrder(open.order.id as string)
    const changed = order.lastModified !== open.order.lastModified
    open = { ...open, order, ...(changed && { validation: undefined }) }
    await loadEvents()
  }

  async function loadEvents(): Promise<void> {
    if (!open) return
    open.events = await client.listEvents(open.order.id as string)
    clearTimeout(pollTimer)
    if (open.events.some((event) => event.status === 'pending'))
      pollTimer = setTimeout(() => void refreshEventsQuietly(), PENDING_POLL_MS)
  }

  /** Polling redraws the event log only, so a half-typed form keeps its text. */
  async function refreshEventsQuietly(): Promise<void> {
    try {
      await loadEvents()
      if (open && eventSlot) eventSlot.replaceChildren(renderEventLog(open, actions))
    } catch (error) {
      message = { kind: 'error', text: (error as Error).message }
      render()
    }
  }

  const actions: Actions = {
    openOrder: (orderId) => {
      message = undefined
      location.hash = `#/orders/${encodeURIComponent(orderId)}`
    },
    showList: () => {
      message = undefined
      location.hash = '#/'
    },
    createOrder: async () => {
      await busy(async () => {
        const id = await client.createOrder(newDemoOrder())
        message = { kind: 'info', text: `Created order ${id}.` }
        // The hashchange listener loads it.
        location.hash = `#/orders/${id}`
      })
    },
    resetData: async () => {
      await busy(async () => {
        await backend.reset()
        message = { kind: 'info', text: 'Back to the seeded demo orders.' }
        await loadRoute()
      })
    },
    change: async (label, run) => {
      const current = open
      if (!current) return
      await busy(async () => {
        message = undefined
        try {
          await run(client, current.order)
          message = { kind: 'info', text: `${label}.` }
        } finally {
          await reloadOrder()
        }
      })
    },
    validate: async () => {
      const current = open
      if (!current) return
      await busy(async () => {
        message = undefined
        const failures = await client.validate(current.order.id as string)
        await reloadOrder()
        if (open) open.validation = failures
      })
    },
    setState: (status) =>
      actions.change(`Moved to ${status}`, (api, order) =>
        api.setState(order.id as string, status),
      ),
    refreshEvents: async () => {
      await busy(loadEvents)
    },
  }

  function render(): void {
    const header = renderHeader(backend, actions)
    const bar = message
      ? h(
          'p',
          { class: `message message-${message.kind}`, testid: 'message', role: 'status' },
          message.text,
        )
      : undefined
    if (open) {
      const view = renderOrderView(open, actions)
      eventSlot = view.eventSlot
      root.replaceChildren(header, h('main', {}, bar, view.element))
    } else {
      eventSlot = undefined
      root.replaceChildren(header, h('main', {}, bar, renderOrderList(orders, actions)))
    }
  }

  window.addEventListener('hashchange', () => {
    clearTimeout(pollTimer)
    void busy(loadRoute)
  })
  void busy(loadRoute)
}

/** A new order in the demo tenant's market with two products and the shop's terms consent. */
function newDemoOrder(): Partial<Order> {
  const market = { country: 'SE' }
  const items = PRODUCTS.slice(0, 2).map((product, index) => {
    const price = localPrice(product.priceSek, market)
    return {
      reference: `${product.sku}-${index + 1}`,
      sku: product.sku,
      name: product.name,
      quantity: 1,
      vatRate: marketOf(market).vatRate,
      price,
      originalTotal: price,
      total: price,
    }
  })
  const total = sumPrices(items.map((item) => item.total))
  return {
    culture: 'sv-SE',
    currency: 'SEK',
    country: 'SE',
    cart: { reference: 'demo-cart', items, total },
    consents: [
      {
        id: 'ci_terms',
        text: 'I accept the terms and conditions.',
        required: true,
        checked: false,
      },
    ],
  }
}
