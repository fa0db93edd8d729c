import { price } from '../../domain/money.ts'
import { addConsent, createOrder, type Workflow } from '../workflow-context.ts'

const CART = {
  items: [{ name: 'Contract thing', quantity: 1, total: price(100, 80), vatRate: 0.25 }],
  total: price(100, 80),
}

/** List filters and pagination over orders this run created (found by their reference). */
const listsAndPagination: Workflow = {
  name: 'list filters and pagination',
  async run(context) {
    const { client } = context
    const reference = `${context.referencePrefix}-list`
    const cartReference = `${context.referencePrefix}-basket`
    const ids: string[] = []
    for (let index = 0; index < 3; index++) {
      const id = await createOrder(context, `create order ${index + 1} of 3`, {
        reference,
        cart: { ...CART, reference: cartReference },
      })
      if (id) ids.push(id)
    }
    const byReference = await client.step('filter by reference', {
      operationId: 'GetCheckoutOrders',
      query: { reference },
      expect: 200,
    })
    context.expectValue(
      byReference,
      '$.pagination.totalSize',
      3,
      byReference.body?.pagination?.totalSize,
    )
    // v1 has no valueSum (decision 48).
    if (context.target.apiVersion === 'v0')
      context.expectValue(
        byReference,
        '$.pagination.valueSum',
        300,
        byReference.body?.pagination?.valueSum,
      )
    const byCart = await client.step('filter by cart_reference', {
      operationId: 'GetCheckoutOrders',
      query: { cart_reference: cartReference },
      expect: 200,
    })
    context.expectValue(byCart, '$.pagination.totalSize', 3, byCart.body?.pagination?.totalSize)
    const first = await client.step('page 1 (limit 2)', {
      operationId: 'GetCheckoutOrders',
      query: { reference, limit: '2', offset: '0' },
      expect: 200,
    })
    const second = await client.step('page 2 (limit 2, offset 2)', {
      operationId: 'GetCheckoutOrders',
      query: { reference, limit: '2', offset: '2' },
      expect: 200,
    })
    context.expectValue(first, '$.data.length', 2, first.body?.data?.length)
    context.expectValue(second, '$.data.length', 1, second.body?.data?.length)
    const paged = [...(first.body?.data ?? []), ...(second.body?.data ?? [])]
      .map((order: { id: string }) => order.id)
      .sort()
    context.expectValue(second, '$.data[*].id (both pages)', [...ids].sort(), paged)
    const byStatus = await client.step('filter by status (repeated)', {
      operationId: 'GetCheckoutOrders',
      query: { reference, status: ['processing', 'completed'] },
      expect: 200,
    })
    context.expectValue(byStatus, '$.data', [], byStatus.body?.data)
    await client.step('no match is 200 with empty data', {
      operationId: 'GetCheckoutOrders',
      query: { reference: `${reference}-none` },
      expect: 200,
    })
  },
}

/** Create-then-read for every resource of an order. */
const createThenRead: Workflow = {
  name: 'create then read every resource',
  async run(context) {
    const { client } = context
    const orderId = await createOrder(context, 'create order', { cart: CART })
    if (!orderId) return
    const params = { order_id: orderId }
    const payment = await client.step('create a payment', {
      operationId: 'CreateOrderPayment',
      params,
      body: { name: 'Pay', amount: 100 },
      expect: 201,
    })
    const paymentId = payment.body?.id as string
    const onePayment = await client.step('read the payment', {
      operationId: 'GetOrderPayment',
      params: { ...params, payment_id: paymentId },
      expect: 200,
    })
    context.expectValue(onePayment, '$.amount', 100, onePayment.body?.amount)
    await client.step('list the payments', { operationId: 'GetOrderPayments', params, expect: 200 })
    await client.step('add a payment action', {
      operationId: 'AddPaymentAction',
      params: { ...params, payment_id: paymentId },
      body: [{ adapterId: 'contract_psp', type: 'capture', url: 'http://127.0.0.1:9/capture' }],
      expect: 200,
    })
    const withAction = await client.step('read the action back', {
      operationId: 'GetOrderPayment',
      params: { ...params, payment_id: paymentId },
      expect: 200,
    })
    const actionId = withAction.body?.actions?.[0]?.id as string | undefined
    if (actionId) {
      await client.step('execute the action', {
        operationId: 'ExecutePaymentAction',
        params: { ...params, payment_id: paymentId, action_id: actionId },
        expect: 200,
      })
    } else {
      context.skip(
        'execute the action',
        'ExecutePaymentAction',
        'the payment came back without an action id',
      )
    }
    await client.step('add a transaction', {
      operationId: 'AddTransactionForOrderPayment',
      params: { ...params, payment_id: paymentId },
      body: { event: 'capture', amount: 100, isSuccess: true },
      expect: 200,
    })
    await client.step('list the transactions', {
      operationId: 'GetTransactionsForOrderPayment',
      params: { ...params, payment_id: paymentId },
      expect: 200,
    })

    const shipping = await client.step('create a shipping', {
      operationId: 'CreateOrderShipping',
      params,
      body: { name: 'Home', total: price(50, 40), vatRate: 0.25 },
      expect: 201,
    })
    const shippingId = shipping.body?.id as string
    await client.step('read the shipping', {
      operationId: 'GetOrderShipping',
      params: { ...params, shipping_id: shippingId },
      expect: 200,
    })
    await client.step('list the shippings', {
      operationId: 'GetOrderShippings',
      params,
      expect: 200,
    })

    const newsId =
      (await addConsent(context, 'create a consent', params.order_id, {
        id: 'ci_contract_news',
        text: 'News',
        required: false,
        checked: false,
      })) ?? 'ci_contract_news'

    await client.step('create a hook', {
      operationId: 'CreateCheckoutOrderHook',
      params,
      body: {
        adapterId: 'contract_adapter',
        // `scope` is the v1 name and a documented alias on v0 (DECISIONS 1).
        scope: '/attributes',
        invoke: 'http://127.0.0.1:9/hook',
      },
      expect: 200,
    })
    await client.step('create a notification', {
      operationId: 'CreateCheckoutOrderNotification',
      params,
      body: {
        adapterId: 'contract_adapter',
        scope: '/attributes/never',
        invoke: 'http://127.0.0.1:9/notify',
      },
      expect: 200,
    })
    await client.step('create a validation', {
      operationId: 'CreateCheckoutOrderValidation',
      params,
      body: { adapterId: 'contract_adapter', invoke: 'http://127.0.0.1:9/validate' },
      expect: 200,
    })
    const order = await client.step('read them on the order', {
      operationId: 'GetCheckoutOrder',
      params,
      expect: 200,
    })
    const body = order.body ?? {}
    context.expectValue(
      order,
      '$.consents[*].id',
      [newsId],
      body.consents?.map((consent: { id: string }) => consent.id),
    )
    context.expectValue(order, '$.hooks.length', 1, body.hooks?.length)
    context.expectValue(order, '$.notifications.length', 1, body.notifications?.length)
    context.expectValue(order, '$.validations.length', 1, body.validations?.length)
    const hookId = body.hooks?.[0]?.id as string | undefined
    const notificationId = body.notifications?.[0]?.id as string | undefined
    const validationId = body.validations?.[0]?.id as string | undefined
    if (validationId) {
      await client.step('update the validation', {
        operationId: 'UpdateCheckoutOrderValidation',
        params: { ...params, validation_id: validationId },
        body: { adapterId: 'contract_adapter', invoke: 'http://127.0.0.1:9/validate-2' },
        expect: 200,
      })
      await client.step('remove the validation', {
        operationId: 'RemoveCheckoutOrderValidation',
        params: { ...params, validation_id: validationId },
        expect: 200,
      })
    }
    if (hookId)
      await client.step('delete the hook', {
        operationId: 'DeleteCheckoutOrderHook',
        params: { ...params, hook_id: hookId },
        expect: 200,
      })
    if (notificationId) {
      await client.step('delete the notification', {
        operationId: 'DeleteCheckoutOrderNotification',
        params: { ...params, notification_id: notificationId },
        expect: 200,
      })
    }
    await client.step('remove the consent', {
      operationId: 'RemoveCheckoutOrderConsent',
      params: { ...params, consent_id: newsId },
      expect: 200,
    })
    await client.step('patch the attributes', {
      operationId: 'PatchCheckoutOrderAttributes',
      params,
      body: { contract: true },
      expect: 200,
    })
    await client.step('set the reference', {
      operationId: 'UpdateCheckoutOrderReference',
      params,
      body: `${context.referencePrefix}-renamed`,
      expect: 200,
    })
  },
}

/** Delete, then 404 for the order and its resources. */
const deleteThen404: Workflow = {
  name: 'delete then 404',
  async run(context) {
    const { client } = context
    const orderId = await createOrder(context, 'create order', { cart: CART })
    if (!orderId) return
    const params = { order_id: orderId }
    await client.step('delete the order', {
      operationId: 'DeleteCheckoutOrder',
      params,
      expect: 204,
    })
    context.created.delete(orderId)
    await client.step('read it', { operationId: 'GetCheckoutOrder', params, expect: 404 })
    await client.step('list its payments', { operationId: 'GetOrderPayments', params, expect: 404 })
    await client.step('change its cart', {
      operationId: 'UpdateCheckoutOrderCart',
      params,
      body: CART,
      expect: 404,
    })
    await client.step('delete it again', {
      operationId: 'DeleteCheckoutOrder',
      params,
      expect: 404,
    })
  },
}

export const LIST_AND_RESOURCE_WORKFLOWS = [listsAndPagination, createThenRead, deleteThen404]
