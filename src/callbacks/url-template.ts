import type { Order } from '../domain/types.ts'

/** Adapter configurations by `adapterId`, for `{configuration.*}` / `{config.*}` in URLs. */
export type AdapterConfigurations = Record<string, Record<string, unknown>>

/**
 * Expands a callback URL (DECISIONS 10): `{order_id}` and `{order.id}` become the order id,
 * `{configuration.adapter.internalUrl}` (or `{config.…}`) a value of the callback adapter's
 * configuration. An unknown reference throws, naming it.
 *
 * @example
 * expandUrlTemplate('{config.adapter.publicUrl}/orders/{order.id}', order, {
 *   adapterId: 'jetshop_adapter',
 *   configurations: { jetshop_adapter: { adapter: { publicUrl: 'http://127.0.0.1:5000' } } },
 * }) // 'http://127.0.0.1:5000/orders/o_…'
 */
export function expandUrlTemplate(
  template: string,
  order: Order,
  {
    adapterId,
    configurations,
  }: { adapterId: string | undefined; configurations: AdapterConfigurations },
): string {
  return template.replace(/\{([^{}]+)\}/g, (reference, name: string) => {
    if (name === 'order_id' || name === 'order.id') return encodeURIComponent(order.id ?? '')
    const path = /^(?:configuration|config)\.(.+)$/.exec(name)?.[1]
    if (!path) throw new Error(`unknown reference ${reference} in "${template}"`)
    const configuration = adapterId === undefined ? undefined : configurations[adapterId]
    if (!configuration) {
      throw new Error(
        `${reference} needs the configuration of adapter "${adapterId ?? '(no adapterId)'}"; pass it in the adapters option`,
      )
    }
    const value = path
      .split('.')
      .reduce<unknown>(
        (current, key) => (current as Record<string, unknown> | undefined)?.[key],
        configuration,
      )
    if (typeof value !== 'string' && typeof value !== 'number') {
      throw new Error(`${reference} is not set in the configuration of adapter "${adapterId}"`)
    }
    return String(value)
  })
}
