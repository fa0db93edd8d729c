import type { Address, Order } from 'norce-checkout-mock'
import type { Actions } from '../app-types.ts'
import { marketOf } from '../catalogue.ts'
import { h, panel } from '../dom.ts'

const FIELDS = [
  ['givenName', 'Given name'],
  ['familyName', 'Family name'],
  ['streetAddress', 'Street address'],
  ['postalCode', 'Postal code'],
  ['city', 'City'],
  ['country', 'Country'],
  ['email', 'Email'],
  ['phone', 'Phone'],
] as const

/**
 * The customer's billing and shipping addresses, prefilled with the market's demo customer
 * until the order has its own. Open only in `checkout`.
 */
export function renderAddresses(order: Order, actions: Actions): HTMLElement {
  const editable = order.state?.currentStatus === 'checkout'
  const billing = order.customer?.billing ?? marketOf(order).customer
  const shipping = order.customer?.shipping ?? billing
  const separate = order.customer?.shipping !== undefined && !sameAddress(billing, shipping)

  const billingFields = fieldset('Billing address', 'billing', billing)
  const shippingFields = fieldset('Shipping address', 'shipping', shipping)
  shippingFields.hidden = !separate
  const sameBox = h('input', {
    type: 'checkbox',
    testid: 'ship-to-billing',
    checked: !separate,
    onchange: () => {
      shippingFields.hidden = sameBox.checked
    },
  })

  const form = h(
    'form',
    {
      class: 'addresses',
      onsubmit: (event: Event) => {
        event.preventDefault()
        const data = new FormData(form)
        const billingAddress = readAddress(data, 'billing', order.customer?.billing)
        const shippingAddress = sameBox.checked
          ? billingAddress
          : readAddress(data, 'shipping', order.customer?.shipping)
        void actions.change('Addresses saved', async (client) => {
          await client.updateAddress(order.id as string, 'billing', billingAddress)
          await client.updateAddress(order.id as string, 'shipping', shippingAddress)
        })
      },
    },
    billingFields,
    h('label', { class: 'check' }, sameBox, ' Ship to the billing address'),
    shippingFields,
    h('button', { type: 'submit', class: 'primary', testid: 'save-addresses' }, 'Save addresses'),
  )
  if (!editable) {
    const { billing: saved, shipping: shipTo } = order.customer ?? {}
    return panel(
      'Customer',
      'customer',
      h('p', { class: 'note' }, 'Locked: addresses change only in checkout.'),
      h(
        'p',
        { testid: 'customer-saved' },
        h('strong', {}, 'Billing: '),
        saved ? summary(saved) : '–',
      ),
      h('p', {}, h('strong', {}, 'Shipping: '), shipTo ? summary(shipTo) : '–'),
    )
  }
  return panel(
    'Customer',
    'customer',
    order.customer?.billing
      ? h(
          'p',
          { class: 'muted', testid: 'customer-saved' },
          `Saved: ${summary(order.customer.billing)}`,
        )
      : h('p', { class: 'muted' }, 'No addresses yet: the form holds a demo customer.'),
    form,
  )
}

function fieldset(title: string, prefix: string, address: Address): HTMLElement {
  return h(
    'fieldset',
    {},
    h('legend', {}, title),
    h(
      'div',
      { class: 'fields' },
      FIELDS.map(([name, label]) =>
        h(
          'label',
          {},
          h('span', {}, label),
          h('input', {
            name: `${prefix}.${name}`,
            value: address[name] ?? '',
            autocomplete: 'off',
            testid: `${prefix}-${name}`,
          }),
        ),
      ),
    ),
  )
}

function readAddress(data: FormData, prefix: string, stored: Address | undefined): Address {
  const address: Address = { ...stored, type: stored?.type ?? 'person' }
  for (const [name] of FIELDS) {
    const value = String(data.get(`${prefix}.${name}`) ?? '').trim()
    if (value) address[name] = value
    else delete address[name]
  }
  return address
}

function sameAddress(a: Address, b: Address): boolean {
  return FIELDS.every(([name]) => (a[name] ?? '') === (b[name] ?? ''))
}

function summary(address: Address): string {
  return [
    [address.givenName, address.familyName].filter(Boolean).join(' '),
    address.streetAddress,
    [address.postalCode, address.city].filter(Boolean).join(' '),
  ]
    .filter(Boolean)
    .join(', ')
}
