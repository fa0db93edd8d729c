import type { OrderStatus } from 'norce-checkout-mock'
import { canTransition, ORDER_STATUSES } from 'norce-checkout-mock'
import type { Actions, OrderViewState } from '../app-types.ts'
import { h, panel } from '../dom.ts'
import { formatTime } from '../format.ts'
import { statusBadge } from './status-badge.ts'

/** Validate, the moves the state machine allows from here, and the transitions so far. */
export function renderStatePanel(state: OrderViewState, actions: Actions): HTMLElement {
  const { order, validation } = state
  const current = (order.state?.currentStatus ?? 'checkout') as OrderStatus
  const next = ORDER_STATUSES.filter((status) => canTransition(current, status))
  const transitions = order.state?.transitions ?? []

  return panel(
    'State',
    'state',
    next.length === 0
      ? undefined
      : h(
          'div',
          { class: 'row' },
          h('button', { testid: 'validate', onclick: () => actions.validate() }, 'Validate'),
          validation === undefined
            ? h(
                'span',
                { class: 'muted' },
                'Checks the cart, the payments and the validation callbacks.',
              )
            : validation.length === 0
              ? h(
                  'span',
                  { class: 'ok', testid: 'validation-result', 'data-valid': 'true' },
                  '✓ Valid',
                )
              : h(
                  'span',
                  { class: 'fail', testid: 'validation-result', 'data-valid': 'false' },
                  `✗ ${validation.map((failure) => failure.code ?? 'invalid').join(', ')}`,
                ),
        ),
    h(
      'div',
      { class: 'row moves' },
      next.length === 0
        ? h('span', { class: 'muted' }, `${current} is final: no more moves.`)
        : [
            h('span', { class: 'muted' }, 'Move to'),
            next.map((status) =>
              h(
                'button',
                {
                  class: `move move-${status}`,
                  testid: `move-${status}`,
                  onclick: () => actions.setState(status),
                },
                status,
              ),
            ),
          ],
    ),
    h(
      'ol',
      { class: 'timeline', testid: 'transitions' },
      transitions.map((transition) =>
        h(
          'li',
          { testid: 'transition', 'data-status': transition.status },
          statusBadge(transition.status),
          h('time', {}, formatTime(transition.timeStamp)),
        ),
      ),
    ),
  )
}
