import type { Item, Order } from 'norce-checkout-mock'
import type { Actions } from '../app-types.ts'
import { withItems, withQuantity } from '../cart-math.ts'
import { localPrice, marketOf, PRODUCTS } from '../catalogue.ts'
import { h, panel } from '../dom.ts'
import { formatPrice } from '../format.ts'

/** The cart: quantities up and down, items out, demo products in. Open only in `checkout`. */
export function renderCart(order: Order, actions: Actions): HTMLElement {
  const items = order.cart?.items ?? []
  const editable = order.state?.currentStatus === 'checkout'
  const save = (label: string, next: Item[]) =>
    actions.change(label, (client) =>
      client.updateCart(order.id as string, withItems(order.cart ?? {}, next)),
    )
  const setQuantity = (index: number, quantity: number) =>
    save(
      'Cart updated',
      items.map((item, at) => (at === index ? withQuantity(item, quantity) : item)),
    )

  const rows = items.map((item, index) =>
    h(
      'tr',
      { testid: 'cart-item', 'data-sku': item.sku },
      h(
        'td',
        {},
        h('div', {}, item.name ?? item.sku ?? 'Item'),
        h('small', { class: 'muted' }, item.sku),
      ),
      h('td', { class: 'number' }, formatPrice(item.price, order)),
      h(
        'td',
        { class: 'quantity' },
        editable
          ? h(
              'button',
              {
                class: 'step',
                testid: 'quantity-decrease',
                'aria-label': `One ${item.name} less`,
                disabled: (item.quantity ?? 1) <= 1,
                onclick: () => setQuantity(index, (item.quantity ?? 1) - 1),
              },
              '−',
            )
          : undefined,
        h('span', { testid: 'quantity' }, String(item.quantity ?? 1)),
        editable
          ? h(
              'button',
              {
                class: 'step',
                testid: 'quantity-increase',
                'aria-label': `One ${item.name} more`,
                onclick: () => setQuantity(index, (item.quantity ?? 1) + 1),
              },
              '+',
            )
          : undefined,
      ),
      h('td', { class: 'number' }, formatPrice(item.total, order)),
      h(
        'td',
        {},
        editable
          ? h(
              'button',
              {
                class: 'icon',
                testid: 'remove-item',
                'aria-label': `Remove ${item.name}`,
                onclick: () =>
                  save(
                    'Item removed',
                    items.filter((_, at) => at !== index),
                  ),
              },
              '✕',
            )
          : undefined,
      ),
    ),
  )

  const picker = h(
    'select',
    { testid: 'product', 'aria-label': 'Product' },
    PRODUCTS.map((product) =>
      h(
        'option',
        { value: product.sku },
        `${product.name} · ${formatPrice(localPrice(product.priceSek, order), order)}`,
      ),
    ),
  )
  const addProduct = () => {
    const product = PRODUCTS.find((candidate) => candidate.sku === picker.value) ?? PRODUCTS[0]
    const price = localPrice(product.priceSek, order)
    const item: Item = {
      reference: `${product.sku}-${items.length + 1}`,
      sku: product.sku,
      name: product.name,
      quantity: 1,
      vatRate: marketOf(order).vatRate,
      price,
      originalTotal: price,
      total: price,
    }
    return save(`${product.name} added`, [...items, item])
  }

  return panel(
    'Cart',
    'cart',
    editable ? undefined : h('p', { class: 'note' }, 'Locked: the cart changes only in checkout.'),
    h(
      'table',
      {},
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ['Item', 'Price', 'Qty', 'Total', ''].map((title) => h('th', {}, title)),
        ),
      ),
      h(
        'tbody',
        {},
        rows.length > 0
          ? rows
          : h('tr', {}, h('td', { colspan: 5, class: 'muted' }, 'The cart is empty.')),
      ),
    ),
    editable
      ? h(
          'div',
          { class: 'row' },
          picker,
          h('button', { testid: 'add-product', onclick: addProduct }, 'Add to cart'),
        )
      : undefined,
  )
}
