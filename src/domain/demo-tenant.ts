/**
 * The merchant of built orders unless `createFactories({ merchant, channel })` names one: the
 * demo tenant. Read such an order with `x-merchant: thingsandstuff` and
 * `x-channel: thingsandstuff-<country>` (`thingsandstuff-se`), or build for your own tenant.
 *
 * @example
 * import { createFactories } from 'norce-checkout-mock/factories'
 *
 * const { buildOrder } = createFactories({ merchant: 'my-shop', channel: 'my-shop-se' })
 */
export const DEFAULT_MERCHANT = 'thingsandstuff'
