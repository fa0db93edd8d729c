import type { Callback, Hook, Notification } from '../domain/types.ts'
import { applyOverrides, type DeepPartial } from './deep-partial.ts'
import type { FactoryContext } from './factory-context.ts'

const ADAPTERS = ['jetshop_adapter', 'norce_adapter', 'ingrid_adapter', 'onhand_verify'] as const

/** A hook on the order state, calling its adapter's configured URL. */
export function buildHook(context: FactoryContext, override: DeepPartial<Hook> = {}): Hook {
  const { random } = context
  const generated: Hook = {
    id: context.id('callback'),
    adapterId: random.pick(ADAPTERS),
    subscribeTo: random.pick(['/state', '/cart', '/customer', '/shippings', '/payments']),
    invoke: '{configuration.adapter.internalUrl}/api/v1/callbacks/orders/{order_id}/hook',
    version: 'v0',
  }
  return applyOverrides(generated, override)
}

/** A validation callback (0.1 `Callback` form, `url`). */
export function buildValidation(
  context: FactoryContext,
  override: DeepPartial<Callback> = {},
): Callback {
  const generated: Callback = {
    id: context.id('callback'),
    adapterId: context.random.pick(ADAPTERS),
    url: '{configuration.adapter.internalUrl}/api/v1/callbacks/orders/{order_id}/validate',
  }
  return applyOverrides(generated, override)
}

/** A notification for the order reaching `completed`, like the 0.1 docs' example. */
export function buildNotification(
  context: FactoryContext,
  override: DeepPartial<Notification> = {},
): Notification {
  const { random } = context
  const generated: Notification = {
    id: context.id('callback'),
    adapterId: random.pick(ADAPTERS),
    reference: random.letters(26),
    description: 'Export the order when it has been completed.',
    scope: '/state/currentStatus',
    schema: { const: 'completed' },
    invoke: '{configuration.adapter.internalUrl}/api/v1/callbacks/orders/{order.id}/completed',
    version: 'v0',
    delay: 0,
  }
  return applyOverrides(generated, override)
}
