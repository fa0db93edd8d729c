import { price } from '../../domain/money.ts'
import { createOrder, type Workflow } from '../workflow-context.ts'

/**
 * A notification on `/state/currentStatus` reaches a local receiver when the order completes,
 * and the event log shows the delivery. Needs the mock: a real environment cannot call back
 * into this machine.
 */
const notificationDelivery: Workflow = {
  name: 'notification delivery and event log',
  tags: ['mock-only'],
  async run(context) {
    const { client, receiver } = context
    if (!receiver) {
      context.skip(
        'notification delivery',
        'CreateCheckoutOrderNotification',
        'no local callback receiver in this run',
      )
      return
    }
    const orderId = await createOrder(context, 'create order', {
      cart: {
        items: [{ name: 'Thing', quantity: 1, total: price(10, 8), vatRate: 0.25 }],
        total: price(10, 8),
      },
    })
    if (!orderId) return
    const params = { order_id: orderId }
    await client.step('register a notification for completed', {
      operationId: 'CreateCheckoutOrderNotification',
      params,
      body: {
        adapterId: 'contract_adapter',
        reference: context.referencePrefix,
        scope: '/state/currentStatus',
        schema: { const: 'completed' },
        invoke: `${receiver.url}/completed/{order_id}`,
      },
      expect: 200,
    })
    const completed = await client.step('complete the order', {
      operationId: 'UpdateCheckoutOrderState',
      params,
      body: { currentStatus: 'completed' },
      expect: 200,
    })
    const bodies = await receiver.waitFor(`/completed/${orderId}`, 1, 5_000)
    context.expectValue(completed, 'callback: deliveries received', 1, bodies.length)
    const delivered = bodies[0] as
      | { notification?: { scope?: string }; order?: { id?: string } }
      | undefined
    context.expectValue(completed, 'callback: $.order.id', orderId, delivered?.order?.id)
    const eventsUrl = `${new URL(context.target.baseUrl).origin}/checkout/notification/api/v1/events?order_id=${orderId}`
    const headers = {
      authorization: `Bearer ${context.target.token}`,
      'x-merchant': context.target.merchant,
    }
    // The receiver has the body a moment before the mock records the attempt: poll briefly.
    let events: { data?: Array<{ status?: string }> } | undefined
    for (let attempt = 0; attempt < 50; attempt++) {
      events = await fetch(eventsUrl, { headers })
        .then((response) => response.json() as Promise<{ data?: Array<{ status?: string }> }>)
        .catch(() => undefined)
      if (events?.data?.every((event) => event.status !== 'pending')) break
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    context.expectValue(
      completed,
      'event log: $.data[*].status',
      ['delivered'],
      events?.data?.map((event) => event.status),
    )
  },
}

export const MOCK_ONLY_WORKFLOWS = [notificationDelivery]
