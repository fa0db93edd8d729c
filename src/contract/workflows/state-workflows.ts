import { price } from '../../domain/money.ts'
import { addConsent, createOrder, type Workflow } from '../workflow-context.ts'

const CART = {
  items: [{ name: 'Contract thing', quantity: 1, total: price(100, 80), vatRate: 0.25 }],
  total: price(100, 80),
}

/** Soft removal: a removed shipping leaves `order.total`; a removed payment no longer covers it. */
const softRemoval: Workflow = {
  name: 'shipping and payment soft removal',
  async run(context) {
    const { client } = context
    const orderId = await createOrder(context, 'create order', { cart: CART })
    if (!orderId) return
    const params = { order_id: orderId }
    const shipping = await client.step('add a shipping', {
      operationId: 'CreateOrderShipping',
      params,
      body: { name: 'Home', total: price(50, 40), vatRate: 0.25 },
      expect: 201,
    })
    const shippingId = shipping.body?.id as string
    const withShipping = await client.step('read the total with the shipping', {
      operationId: 'GetCheckoutOrder',
      params,
      expect: 200,
    })
    context.expectValue(withShipping, '$.total', price(150, 120), withShipping.body?.total)
    await client.step('remove the shipping softly', {
      operationId: 'UpdateOrderShipping',
      params: { ...params, shipping_id: shippingId },
      body: { name: 'Home', state: 'removed', total: price(50, 40), vatRate: 0.25 },
      expect: 200,
    })
    const without = await client.step('read the total without it', {
      operationId: 'GetCheckoutOrder',
      params,
      expect: 200,
    })
    context.expectValue(without, '$.total', price(100, 80), without.body?.total)
    context.expectValue(
      without,
      '$.shippings[0].state',
      'removed',
      without.body?.shippings?.[0]?.state,
    )

    const payment = await client.step('add a payment covering the total', {
      operationId: 'CreateOrderPayment',
      params,
      body: { amount: 100 },
      expect: 201,
    })
    const paymentId = payment.body?.id as string
    await client.step('validate with the payment', {
      operationId: 'Validate',
      params,
      body: {},
      expect: 200,
    })
    await client.step('remove the payment softly', {
      operationId: 'UpdateOrderPayment',
      params: { ...params, payment_id: paymentId },
      body: { amount: 100, state: 'removed' },
      expect: 200,
    })
    const failed = await client.step('validate without it', {
      operationId: 'Validate',
      params,
      body: {},
      expect: 400,
    })
    context.expectValue(
      failed,
      '$[*].code',
      ['payments-do-not-cover-total'],
      (failed.body ?? []).map?.((entry: { code: string }) => entry.code),
    )
  },
}

/** Required consents gate `processing` (DECISIONS 5). */
const consentsGating: Workflow = {
  name: 'consents gate processing',
  async run(context) {
    const { client } = context
    const orderId = await createOrder(context, 'create order', { cart: CART })
    if (!orderId) return
    const params = { order_id: orderId }
    const termsId =
      (await addConsent(context, 'add an unchecked required consent', orderId, {
        id: 'ci_contract_terms',
        text: 'Terms',
        required: true,
        checked: false,
      })) ?? 'ci_contract_terms'

    await client.step('try processing with it unchecked', {
      operationId: 'UpdateCheckoutOrderState',
      params,
      body: { currentStatus: 'processing' },
      expect: 409,
    })
    await client.step('check it (patch all)', {
      operationId: 'PatchCheckoutOrderConsents',
      params,
      body: [{ id: termsId, checked: true }],
      expect: 200,
    })
    await client.step('uncheck it (patch one)', {
      operationId: 'PatchCheckoutOrderConsent',
      params: { ...params, consent_id: termsId },
      body: { checked: false },
      expect: 200,
    })
    await client.step('check it again (patch one)', {
      operationId: 'PatchCheckoutOrderConsent',
      params: { ...params, consent_id: termsId },
      body: { checked: true },
      expect: 200,
    })
    await client.step('move to processing', {
      operationId: 'UpdateCheckoutOrderState',
      params,
      body: { currentStatus: 'processing' },
      expect: 200,
    })
  },
}

/** Validate fails on an empty cart and an uncovered total, then passes. */
const validateFailThenPass: Workflow = {
  name: 'validate failing then passing',
  async run(context) {
    const { client } = context
    const orderId = await createOrder(context, 'create an empty order', { cart: { items: [] } })
    if (!orderId) return
    const params = { order_id: orderId }
    const empty = await client.step('validate the empty order', {
      operationId: 'Validate',
      params,
      body: {},
      expect: 400,
    })
    context.expectValue(
      empty,
      '$[*].code',
      ['cart-empty'],
      (empty.body ?? []).map?.((entry: { code: string }) => entry.code),
    )
    await client.step('fill the cart', {
      operationId: 'UpdateCheckoutOrderCart',
      params,
      body: CART,
      expect: 200,
    })
    await client.step('validate without payment', {
      operationId: 'Validate',
      params,
      body: {},
      expect: 400,
    })
    await client.step('pay the total', {
      operationId: 'CreateOrderPayment',
      params,
      body: { amount: 100 },
      expect: 201,
    })
    await client.step('validate again', { operationId: 'Validate', params, body: {}, expect: 200 })
  },
}

/** Illegal transitions answer 409 and leave the state alone. */
const illegalTransitions: Workflow = {
  name: 'illegal transitions',
  async run(context) {
    const { client } = context
    const orderId = await createOrder(context, 'create order', { cart: CART })
    if (!orderId) return
    const params = { order_id: orderId }
    await client.step('skip forward to completed', {
      operationId: 'UpdateCheckoutOrderState',
      params,
      body: { currentStatus: 'completed' },
      expect: 200,
    })
    for (const status of ['checkout', 'processing', 'declined']) {
      await client.step(`try completed → ${status}`, {
        operationId: 'UpdateCheckoutOrderState',
        params,
        body: { currentStatus: status },
        expect: 409,
      })
    }
    await client.step('try to change the cart of a completed order', {
      operationId: 'UpdateCheckoutOrderCart',
      params,
      body: CART,
      expect: 409,
    })
    const read = await client.step('read the state back', {
      operationId: 'GetCheckoutOrder',
      params,
      expect: 200,
    })
    context.expectValue(read, '$.state.currentStatus', 'completed', read.body?.state?.currentStatus)
  },
}

export const STATE_WORKFLOWS = [
  softRemoval,
  consentsGating,
  validateFailThenPass,
  illegalTransitions,
]
