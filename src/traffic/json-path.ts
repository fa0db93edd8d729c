/**
 * `body/cart/items/0/quantity` (a violation's location) → `$.cart.items[0].quantity`.
 *
 * @example
 * toJsonPath('body/cart/items/0/quantity') // '$.cart.items[0].quantity'
 */
export function toJsonPath(location: string): string {
  if (!location.startsWith('body')) return location
  return location
    .split('/')
    .slice(1)
    .reduce(
      (path, segment) => (/^\d+$/.test(segment) ? `${path}[${segment}]` : `${path}.${segment}`),
      '$',
    )
}

/**
 * The value at a violation's location inside a body.
 *
 * @example
 * valueAt({ cart: { items: [{ quantity: 0 }] } }, 'body/cart/items/0/quantity') // 0
 */
export function valueAt(body: unknown, location: string): unknown {
  let current = body
  for (const segment of location.split('/').slice(1)) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<string, unknown>)[segment]
  }
  return current
}
