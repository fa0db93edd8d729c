import type { Item } from '../domain/types.ts'
import type { StoreInternals } from '../store/index.ts'
import type { OperationCall } from './operation-types.ts'

/**
 * Which client-sent ids an operation keeps. On v0 every sent id is kept (the 0.1 docs do not
 * mark `Consent.id`, `Item.id`, `Notification.id` read-only). On v1 they are read-only and
 * server-assigned (decision 50): only an id the order already holds (sent back from a GET)
 * is kept; any other is replaced by a new one (decision 67).
 */
export type IdPolicy = (sent: string | undefined) => string | undefined

/**
 * The id policy of `call`'s version; `known` are the ids the order already holds.
 *
 * @example
 * const keep = sentIdPolicy(call, order.cart?.items?.map((item) => item.id))
 * const id = keep(item.id) ?? store.nextId('cartItem')
 */
export function sentIdPolicy(
  call: OperationCall,
  known: Iterable<string | undefined> = [],
): IdPolicy {
  if (call.version !== 'v1') return (sent) => sent
  const held = new Set(known)
  return (sent) => (sent !== undefined && held.has(sent) ? sent : undefined)
}

/** Every item id of a cart, nested items included. */
export function itemIdsOf(items: Item[] | undefined): string[] {
  return (items ?? []).flatMap((item) => [
    ...(item.id === undefined ? [] : [item.id]),
    ...itemIdsOf(item.items),
  ])
}

/** Items keep the ids the policy keeps (fact sheet E); other items get a new `ci_` id. */
export function withItemIds(
  items: Item[] | undefined,
  store: StoreInternals,
  keep: IdPolicy = (sent) => sent,
): Item[] | undefined {
  return items && itemsWithIds(items, store, keep)
}

function itemsWithIds(items: Item[], store: StoreInternals, keep: IdPolicy): Item[] {
  return items.map((item) => {
    const copy: Item = { ...item, id: keep(item.id) ?? store.nextId('cartItem') }
    if (item.items) copy.items = itemsWithIds(item.items, store, keep)
    return copy
  })
}
