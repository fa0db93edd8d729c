import type { Actions } from '../app-types.ts'
import type { Backend } from '../backend/backend.ts'
import { h } from '../dom.ts'

/** The page header: what the page runs against, and the demo-wide buttons. */
export function renderHeader(backend: Backend, actions: Actions): HTMLElement {
  return h(
    'header',
    { class: 'topbar' },
    h(
      'div',
      { class: 'brand' },
      h('strong', {}, 'Norce Checkout'),
      h('span', { class: 'muted' }, ' · demo checkout on norce-checkout-mock'),
    ),
    h('span', { class: `mode mode-${backend.kind}`, testid: 'mode' }, backend.label),
    h(
      'nav',
      {},
      h('button', { onclick: () => actions.showList() }, 'Orders'),
      h('button', { testid: 'new-order', onclick: () => actions.createOrder() }, 'New order'),
      h('button', { testid: 'reset', onclick: () => actions.resetData() }, 'Reset data'),
    ),
  )
}
