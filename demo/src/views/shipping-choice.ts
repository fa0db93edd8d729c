import type { Order } from 'norce-checkout-mock'
import { isFinalStatus } from 'norce-checkout-mock'
import type { Actions } from '../app-types.ts'
import { localPrice, marketOf, SHIPPING_OPTIONS } from '../catalogue.ts'
import { h, panel } from '../dom.ts'
import { formatPrice } from '../format.ts'
import { statusBadge } from './status-badge.ts'

/**
 * Shipping: one live shipping at a time. Choosing an option adds it as a new shipping and
 * marks the previous ones `removed` (there is no DELETE). Open until a final state.
 */
export function renderShipping(order: Order, actions: Actions): HTMLElement {
  const shippings = order.shippings ?? []
  const live = shippings.filter((shipping) => shipping.state !== 'removed')
  const final = isFinalStatus(order.state?.currentStatus ?? 'checkout')

  const choose = (option: (typeof SHIPPING_OPTIONS)[number]) =>
    actions.change(`Shipping set to ${option.name}`, async (client) => {
      await client.addShipping(order.id as string, {
        reference: option.reference,
        name: option.name,
        state: 'intent',
        total: localPrice(option.priceSek, order),
        vatRate: marketOf(order).vatRate,
        deliveryDetails: { carrier: option.carrier },
      })
      for (const previous of live)
        await client.updateShipping(order.id as string, { ...previous, state: 'removed' })
    })

  return panel(
    'Shipping',
    'shipping',
    final
      ? undefined
      : h(
          'div',
          { class: 'options' },
          SHIPPING_OPTIONS.map((option) => {
            const chosen = live.some((shipping) => shipping.reference === option.reference)
            return h(
              'button',
              {
                class: `option${chosen ? ' chosen' : ''}`,
                testid: 'shipping-option',
                'data-reference': option.reference,
                'aria-pressed': String(chosen),
                disabled: chosen,
                onclick: () => choose(option),
              },
              h('span', {}, option.name),
              h('strong', {}, formatPrice(localPrice(option.priceSek, order), order)),
            )
          }),
        ),
    shippings.length === 0
      ? h('p', { class: 'muted' }, 'No shipping chosen yet.')
      : h(
          'ul',
          { class: 'plain' },
          shippings.map((shipping) =>
            h(
              'li',
              { class: shipping.state === 'removed' ? 'removed' : '', testid: 'shipping' },
              `${shipping.name ?? shipping.reference ?? shipping.id} · ${formatPrice(shipping.total, order)} `,
              statusBadge(shipping.state),
            ),
          ),
        ),
  )
}
