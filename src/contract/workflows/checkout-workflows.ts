import { price } from '../../domain/money.ts'
import { addConsent, createOrder, type Workflow } from '../workflow-context.ts'

const ITEM = {
  reference: 'contract-item',
  sku: 'C001',
  name: 'Contract thing',
  quantity: 1,
  price: price(100, 80),
  total: price(100, 80),
  originalTotal: price(100, 80),
  vatRate: 0.25,
}
const ADDRESS = {
  type: 'person',
  givenName: 'Contract',
  familyName: 'Checker',
  streetAddress: 'Testgatan 1',
  postalCode: '111 22',
  city: 'Stockholm',
  country: 'SE',
  phone: '+46 70 123 45 67',
  email: 'contract.checker@example.com',
}

/** The happy checkout: create → cart → customer → shipping → payment → consents → validate → states. */
const happyCheckout: Workflow = {
  name: 'happy checkout',
  async run(context) {
    const { client } = context
    const orderId = await createOrder(context, 'create order', {
      cart: { items: [ITEM], total: price(100, 80) },
    })
    if (!orderId) return
    const params = { order_id: orderId }
    await client.step('read the new order', {
      operationId: 'GetCheckoutOrder',
      params,
      expect: 200,
    })
    await client.step('set the cart', {
      operationId: 'UpdateCheckoutOrderCart',
      params,
      body: {
        items: [{ ...ITEM, quantity: 2, total: price(200, 160), originalTotal: price(200, 160) }],
        total: price(200, 160),
      },
      expect: 200,
    })
    await client.step('set the billing address', {
      operationId: 'UpdateCheckoutOrderCustomerBilling',
      params,
      body: ADDRESS,
      expect: 200,
    })
    await client.step('set the shipping address', {
      operationId: 'UpdateCheckoutOrderCustomerShipping',
      params,
      body: ADDRESS,
      expect: 200,
    })
    await client.step('add a shipping', {
      operationId: 'CreateOrderShipping',
      params,
      body: { name: 'Home delivery', total: price(50, 40), vatRate: 0.25 },
      expect: 201,
    })
    await client.step('add a payment covering the total', {
      operationId: 'CreateOrderPayment',
      params,
      body: { name: 'Contract pay', type: 'default', amount: 250 },
      expect: 201,
    })
    await addConsent(context, 'add the terms consent', orderId, {
      id: 'ci_contract_terms',
      text: 'Terms',
      required: true,
      checked: true,
    })
    const validated = await client.step('validate', {
      operationId: 'Validate',
      params,
      body: {},
      expect: 200,
    })
    context.expectValue(validated, '$', [], validated.body)
    for (const status of ['processing', 'accepted', 'completed']) {
      await client.step(`move to ${status}`, {
        operationId: 'UpdateCheckoutOrderState',
        params,
        body: { currentStatus: status },
        expect: 200,
      })
    }
    const final = await client.step('read the completed order', {
      operationId: 'GetCheckoutOrder',
      params,
      expect: 200,
    })
    context.expectValue(
      final,
      '$.state.currentStatus',
      'completed',
      final.body?.state?.currentStatus,
    )
    context.expectValue(final, '$.total', price(250, 200), final.body?.total)
    context.expectValue(
      final,
      '$.state.transitions[*].status',
      ['checkout', 'processing', 'accepted', 'completed'],
      final.body?.state?.transitions?.map((transition: { status: string }) => transition.status),
    )
  },
}

/** Cart edits: the stored cart follows, `order.total` is derived from it. */
const cartEdits: Workflow = {
  name: 'cart edits',
  async run(context) {
    const { client } = context
    const orderId = await createOrder(context, 'create order', {
      cart: { items: [ITEM], total: price(100, 80) },
    })
    if (!orderId) return
    const params = { order_id: orderId }
    const two = {
      ...ITEM,
      reference: 'contract-item-2',
      sku: 'C002',
      price: price(25, 20),
      total: price(75, 60),
      originalTotal: price(75, 60),
      quantity: 3,
    }
    await client.step('add a second item', {
      operationId: 'UpdateCheckoutOrderCart',
      params,
      body: { items: [ITEM, two], total: price(175, 140) },
      expect: 200,
    })
    const read = await client.step('read the cart back', {
      operationId: 'GetCheckoutOrder',
      params,
      expect: 200,
    })
    context.expectValue(read, '$.cart.items.length', 2, read.body?.cart?.items?.length)
    context.expectValue(read, '$.total', price(175, 140), read.body?.total)
    const itemId = read.body?.cart?.items?.[0]?.id
    await client.step('change a quantity, sending the item id back', {
      operationId: 'UpdateCheckoutOrderCart',
      params,
      body: {
        items: [
          {
            ...ITEM,
            id: itemId,
            quantity: 2,
            total: price(200, 160),
            originalTotal: price(200, 160),
          },
        ],
        total: price(200, 160),
      },
      expect: 200,
    })
    const after = await client.step('read the changed cart', {
      operationId: 'GetCheckoutOrder',
      params,
      expect: 200,
    })
    context.expectValue(after, '$.cart.items[0].id', itemId, after.body?.cart?.items?.[0]?.id)
    context.expectValue(after, '$.total', price(200, 160), after.body?.total)
  },
}

/** Customer updates: addresses are stored, `"Person"` comes back as `person`. */
const customerUpdates: Workflow = {
  name: 'customer updates',
  async run(context) {
    const { client } = context
    const orderId = await createOrder(context, 'create order', { customer: undefined })
    if (!orderId) return
    const params = { order_id: orderId }
    await client.step('set the billing address ("Person")', {
      operationId: 'UpdateCheckoutOrderCustomerBilling',
      params,
      body: { ...ADDRESS, type: 'Person' },
      expect: 200,
    })
    await client.step('set another shipping address', {
      operationId: 'UpdateCheckoutOrderCustomerShipping',
      params,
      body: { ...ADDRESS, givenName: 'Other', city: 'Malmö' },
      expect: 200,
    })
    const read = await client.step('read the customer back', {
      operationId: 'GetCheckoutOrder',
      params,
      expect: 200,
    })
    context.expectValue(
      read,
      '$.customer.billing.type',
      'person',
      read.body?.customer?.billing?.type,
    )
    context.expectValue(
      read,
      '$.customer.shipping.city',
      'Malmö',
      read.body?.customer?.shipping?.city,
    )
  },
}

export const CHECKOUT_WORKFLOWS = [happyCheckout, cartEdits, customerUpdates]
