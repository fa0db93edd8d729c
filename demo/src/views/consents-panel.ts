import type { Order } from 'norce-checkout-mock'
import type { Actions } from '../app-types.ts'
import { h, panel } from '../dom.ts'

/** The order's consents; required ones must be checked before `processing`. */
export function renderConsents(order: Order, actions: Actions): HTMLElement {
  const consents = order.consents ?? []
  const editable = order.state?.currentStatus === 'checkout'
  return panel(
    'Consents',
    'consents',
    consents.length === 0 ? h('p', { class: 'muted' }, 'No consents on this order.') : undefined,
    consents.map((consent) =>
      h(
        'label',
        { class: 'check' },
        h('input', {
          type: 'checkbox',
          testid: 'consent',
          'data-consent-id': consent.id,
          checked: consent.checked === true,
          disabled: !editable,
          onchange: (event: Event) => {
            const checked = (event.target as HTMLInputElement).checked
            return actions.change(
              `Consent ${consent.id} ${checked ? 'given' : 'withdrawn'}`,
              (client) => client.checkConsent(order.id as string, consent.id as string, checked),
            )
          },
        }),
        ` ${consent.text ?? consent.id}`,
        consent.required ? h('span', { class: 'required' }, ' required') : undefined,
      ),
    ),
  )
}
