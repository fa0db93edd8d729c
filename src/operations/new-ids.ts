import type { Item } from '../domain/types.ts'
import type { StoreInternals } from '../store/index.ts'

/** Items keep the ids clients send back (fact sheet E); new items get a `ci_` id. */
export function withItemIds(items: Item[] | undefined, store: StoreInternals): Item[] | undefined {
  return items && itemsWithIds(items, store)
}

function itemsWithIds(items: Item[], store: StoreInternals): Item[] {
  return items.map((item) => ({
    ...item,
    id: item.id ?? store.nextId('cartItem'),
    ...(item.items ? { items: itemsWithIds(item.items, store) } : {}),
  }))
}
