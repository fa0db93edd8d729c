/** A request target split into the path the core routes on and its query parameters. */
export interface SplitUrl {
  path: string
  query: Record<string, string | string[]>
}

/**
 * Splits a node:http request target (`/api/v0/checkout/orders?status=a&status=b`) into its
 * path and query; a repeated parameter becomes an array (DECISIONS 12). The common case, no
 * query string, costs one `indexOf`.
 *
 * @example
 * splitUrl('/api/v0/checkout/orders?status=checkout&status=processing&limit=5')
 * // { path: '/api/v0/checkout/orders', query: { status: ['checkout', 'processing'], limit: '5' } }
 */
export function splitUrl(target: string): SplitUrl {
  // Absolute-form targets (`GET http://host/path`) come from proxies; rare, so parse fully.
  if (target.charCodeAt(0) !== 47 /* '/' */) {
    try {
      const url = new URL(target)
      return splitUrl(`${url.pathname}${url.search}`)
    } catch {
      return { path: target, query: {} }
    }
  }
  const mark = target.indexOf('?')
  if (mark === -1) return { path: target, query: {} }
  const query: Record<string, string | string[]> = {}
  for (const [name, value] of new URLSearchParams(target.slice(mark + 1))) {
    const previous = query[name]
    if (previous === undefined) query[name] = value
    else if (Array.isArray(previous)) previous.push(value)
    else query[name] = [previous, value]
  }
  return { path: target.slice(0, mark), query }
}
