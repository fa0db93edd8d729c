import { FOLDED_FILTERS, type OrderEntry, slotValue } from './order-entry.ts'
import {
  comparatorOf,
  createEntryFilter,
  ORDER_SORT_KEYS,
  type OrderListQuery,
  type OrderListResult,
  type OrderSortKey,
  sortValueOf,
  TotalSum,
} from './order-query.ts'
import { mergePage, SortedEntries } from './sorted-entries.ts'

/** The lists of one sort key: both directions, over the tenant and per status. */
interface KeyLists {
  key: OrderSortKey
  /** Not sorted since a bulk add: rebuilt from `members` when next read. */
  stale: boolean
  all: Pair
  byStatus: Map<string, Pair>
}
type Pair = { asc: SortedEntries; desc: SortedEntries }
type Posting = OrderEntry | OrderEntry[] | Set<OrderEntry>

/** A posting list becomes a Set past this size, so removing from it stays O(1). */
const POSTING_SET_SIZE = 64
/** Candidates above this share of the tenant are walked in sorted order rather than sorted. */
const SORT_SHARE = 1 / 8
/** `toISOString()` text: compared as text, it orders as the time it names. */
const CANONICAL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/

/** The exact-match filters, by the group number their index keys carry. */
const FILTER_GROUPS = [...Object.keys(FOLDED_FILTERS), 'reference', 'cart_reference', 'payment_id']
const GROUP = new Map(FILTER_GROUPS.map((name, index) => [name, index]))

/**
 * One tenant's orders, indexed for GetCheckoutOrders (decision 136): per sort key and
 * direction a sorted list of all orders and one per status, each with its count and total
 * sum; a hash index of every exact-match filter value (case-folded where the filter is).
 * A bulk add (a seed, a restore) marks the sorted lists stale; each key's lists are sorted
 * once, when first read.
 */
export class TenantOrders {
  private readonly members = new Set<OrderEntry>()
  private readonly lists = createKeyLists()
  /**
   * The hash index of exact-match filter values: built on the first list that uses one, then
   * kept up to date (a server that is never asked for one never pays for it: ~10 keys an order).
   */
  private postingIndex: Map<number, Posting> | undefined
  /** Entries whose `created` is not `toISOString()` text: then a date range cannot bisect. */
  private uncanonical = 0

  get size(): number {
    return this.members.size
  }

  /** One of the tenant's entries (the first added of those left), if any. */
  any(): OrderEntry | undefined {
    return this.members.values().next().value
  }

  /** The hash index of exact-match filter values, built from the members when first asked for. */
  private postings(): Map<number, Posting> {
    if (!this.postingIndex) {
      const index = new Map<number, Posting>()
      for (const entry of this.members)
        for (const key of postingKeys(entry)) addPosting(index, key, entry)
      this.postingIndex = index
    }
    return this.postingIndex
  }

  /** Adds entries; `bulk` leaves the sorted lists to be sorted when next read. */
  add(entries: readonly OrderEntry[], bulk = false): void {
    for (const entry of entries) {
      this.members.add(entry)
      if (!CANONICAL_TIME.test(entry.created)) this.uncanonical++
      if (this.postingIndex)
        for (const key of postingKeys(entry)) addPosting(this.postingIndex, key, entry)
    }
    for (const key of ORDER_SORT_KEYS) {
      const lists = this.lists[key]
      if (lists.stale) continue
      if (bulk) {
        lists.stale = true
        continue
      }
      for (const entry of entries) {
        for (const pair of pairsOf(lists, entry, true)) {
          pair.asc.insert(entry)
          pair.desc.insert(entry)
        }
      }
    }
  }

  remove(entry: OrderEntry): void {
    if (!this.members.delete(entry)) return
    if (!CANONICAL_TIME.test(entry.created)) this.uncanonical--
    if (this.postingIndex)
      for (const key of postingKeys(entry)) removePosting(this.postingIndex, key, entry)
    for (const key of ORDER_SORT_KEYS) {
      const lists = this.lists[key]
      if (lists.stale) continue
      for (const pair of pairsOf(lists, entry)) {
        pair.asc.remove(entry)
        pair.desc.remove(entry)
      }
    }
  }

  /** A page of the orders `query` selects, with their count and value sum. */
  query(query: OrderListQuery): OrderListResult {
    const lists = this.sorted(query.orderBy)
    const direction = query.direction
    const compare = comparatorOf(query.orderBy, direction)
    const statuses = [...new Set((query.anyOf.status ?? []).map((value) => value.toLowerCase()))]
    const statusLists =
      statuses.length === 0
        ? undefined
        : statuses.flatMap((status) => {
            const pair = lists.byStatus.get(status)
            return pair ? [pair[direction]] : []
          })
    const others = createEntryFilter(query, { skipStatus: true })
    if (!others) {
      // No filter or `status` alone: maintained counts and sums, a slice or a merge.
      const chosen = statusLists ?? [lists.all[direction]]
      const sum = new TotalSum()
      for (const list of chosen) sum.merge(list.sum)
      return {
        page: mergePage(chosen, compare, query.offset, query.limit),
        totalSize: sum.count,
        valueSum: sum.value(),
      }
    }
    const wanted = new Set(statuses)
    const filter =
      statuses.length === 0
        ? others
        : (entry: OrderEntry) =>
            entry.status !== undefined && wanted.has(entry.status) && others(entry)
    const { candidates, sorted } = this.candidatesOf(query, lists, statusLists)
    const matches = candidates.filter(filter)
    if (!sorted) matches.sort(compare)
    return {
      page: matches.slice(query.offset, query.offset + query.limit),
      totalSize: matches.length,
      valueSum: TotalSum.of(matches).value(),
    }
  }

  /**
   * The fewest entries that hold every match, and whether they are in the page's order: a
   * small posting union of an exact-match filter (O(matches), then sorted), a `created`
   * range found by bisection, a single status list, else the tenant's list in the page's
   * order, filtered as it is walked (`search` alone, or wide filters: O(tenant), decision 137).
   */
  private candidatesOf(
    query: OrderListQuery,
    lists: KeyLists,
    statusLists: SortedEntries[] | undefined,
  ): { candidates: OrderEntry[]; sorted: boolean } {
    const small = Math.max(64, this.size * SORT_SHARE)
    let best: Set<OrderEntry> | undefined
    const consider = (group: string, values: readonly string[]) => {
      const postings = this.postings()
      const found = new Set<OrderEntry>()
      for (const value of values) {
        const posting = postings.get(postingKey(GROUP.get(group) as number, value))
        if (posting === undefined) continue
        if (posting instanceof Set || Array.isArray(posting)) {
          if (posting instanceof Set ? posting.size > small : posting.length > small) {
            return // too wide to be worth sorting
          }
          for (const entry of posting) found.add(entry)
        } else found.add(posting)
        if (found.size > small) return
      }
      if (!best || found.size < best.size) best = found
    }
    for (const [name, wanted] of Object.entries(query.anyOf)) {
      if (FOLDED_FILTERS[name] && wanted.length > 0)
        consider(
          name,
          wanted.map((value) => value.toLowerCase()),
        )
    }
    if (query.reference !== undefined) consider('reference', [query.reference])
    if (query.cartReference !== undefined) consider('cart_reference', [query.cartReference])
    if (query.paymentId !== undefined) consider('payment_id', [query.paymentId])
    if (best) return { candidates: [...best], sorted: false }
    if ((query.dateFrom !== undefined || query.dateTo !== undefined) && this.uncanonical === 0) {
      const direction = query.orderBy === 'created' ? query.direction : 'asc'
      const range = this.createdRange(query, direction)
      if (query.orderBy === 'created' || range.length <= small) {
        return { candidates: range, sorted: query.orderBy === 'created' }
      }
    }
    if (statusLists && statusLists.length === 1) {
      return { candidates: (statusLists[0] as SortedEntries).items, sorted: true }
    }
    return { candidates: lists.all[query.direction].items, sorted: true }
  }

  /**
   * The entries whose `created` lies in the query's range, by bisection of the `created`
   * list in `direction` (every `created` of the tenant is `toISOString()` text, so the text
   * order is the time order).
   */
  private createdRange(query: OrderListQuery, direction: 'asc' | 'desc'): OrderEntry[] {
    const list = this.sorted('created').all[direction]
    const from = query.dateFrom === undefined ? undefined : Date.parse(query.dateFrom)
    const to = query.dateTo === undefined ? undefined : Date.parse(query.dateTo)
    const all = list.items.length
    let low: number
    let high: number
    if (direction === 'asc') {
      low = from === undefined ? 0 : list.search((entry) => entry.createdMs >= from)
      high = to === undefined ? all : list.search((entry) => entry.createdMs > to)
    } else {
      low = to === undefined ? 0 : list.search((entry) => entry.createdMs <= to)
      high = from === undefined ? all : list.search((entry) => entry.createdMs < from)
    }
    return low < high ? list.items.slice(low, high) : []
  }

  /** The lists of `key`, sorted first if a bulk add left them stale. */
  private sorted(key: OrderSortKey): KeyLists {
    const lists = this.lists[key]
    if (!lists.stale) return lists
    const asc = [...this.members].sort(comparatorOf(key, 'asc'))
    const desc = descendingOf(asc, sortValueOf(key))
    lists.all.asc.assign(asc)
    lists.all.desc.assign(desc)
    lists.byStatus.clear()
    const split = (items: OrderEntry[], direction: 'asc' | 'desc') => {
      const byStatus = new Map<string, OrderEntry[]>()
      for (const entry of items) {
        if (entry.status === undefined) continue
        let list = byStatus.get(entry.status)
        if (!list) {
          list = []
          byStatus.set(entry.status, list)
        }
        list.push(entry)
      }
      for (const [status, list] of byStatus) pairOf(lists, status)[direction].assign(list)
    }
    split(asc, 'asc')
    split(desc, 'desc')
    lists.stale = false
    return lists
  }
}

function createKeyLists(): Record<OrderSortKey, KeyLists> {
  const lists = {} as Record<OrderSortKey, KeyLists>
  for (const key of ORDER_SORT_KEYS) {
    lists[key] = { key, stale: false, all: createPair(key), byStatus: new Map() }
  }
  return lists
}

function createPair(key: OrderSortKey): Pair {
  return {
    asc: new SortedEntries(comparatorOf(key, 'asc')),
    desc: new SortedEntries(comparatorOf(key, 'desc')),
  }
}

function pairOf(lists: KeyLists, status: string): Pair {
  let pair = lists.byStatus.get(status)
  if (!pair) {
    pair = createPair(lists.key)
    lists.byStatus.set(status, pair)
  }
  return pair
}

/** The lists an entry belongs in: the tenant's, and its status's (made when `create`). */
function pairsOf(lists: KeyLists, entry: OrderEntry, create = false): Pair[] {
  if (entry.status === undefined) return [lists.all]
  const pair = create ? pairOf(lists, entry.status) : lists.byStatus.get(entry.status)
  return pair ? [lists.all, pair] : [lists.all]
}

/** `asc` (key ascending, then id) as key descending, then id ascending: runs kept in order. */
function descendingOf(
  asc: readonly OrderEntry[],
  value: (entry: OrderEntry) => string | number,
): OrderEntry[] {
  const desc = new Array<OrderEntry>(asc.length)
  let write = 0
  let last = asc.length - 1
  while (last >= 0) {
    const key = value(asc[last] as OrderEntry)
    let first = last
    while (first > 0 && value(asc[first - 1] as OrderEntry) === key) first--
    for (let index = first; index <= last; index++) desc[write++] = asc[index] as OrderEntry
    last = first - 1
  }
  return desc
}

/** The index keys of an entry: one per exact-match filter value it holds, no repeats. */
function postingKeys(entry: OrderEntry): Set<number> {
  const keys = new Set<number>()
  for (const [name, slots] of Object.entries(FOLDED_FILTERS)) {
    const group = GROUP.get(name) as number
    for (const slot of slots) {
      const value = slotValue(entry, slot)
      if (value !== '') keys.add(postingKey(group, value))
    }
  }
  if (entry.reference !== undefined)
    keys.add(postingKey(GROUP.get('reference') as number, entry.reference))
  if (entry.cartReference !== undefined)
    keys.add(postingKey(GROUP.get('cart_reference') as number, entry.cartReference))
  for (const id of entry.paymentIds) keys.add(postingKey(GROUP.get('payment_id') as number, id))
  return keys
}

/** A 32-bit FNV-1a hash of a filter's group and a value (collisions are filtered out later). */
function postingKey(group: number, value: string): number {
  let hash = Math.imul(0x811c9dc5 ^ group, 0x01000193)
  for (let index = 0; index < value.length; index++) {
    hash = Math.imul(hash ^ value.charCodeAt(index), 0x01000193)
  }
  return hash | 0
}

function addPosting(postings: Map<number, Posting>, key: number, entry: OrderEntry): void {
  const posting = postings.get(key)
  if (posting === undefined) postings.set(key, entry)
  else if (posting instanceof Set) posting.add(entry)
  else if (Array.isArray(posting)) {
    posting.push(entry)
    if (posting.length > POSTING_SET_SIZE) postings.set(key, new Set(posting))
  } else postings.set(key, [posting, entry])
}

function removePosting(postings: Map<number, Posting>, key: number, entry: OrderEntry): void {
  const posting = postings.get(key)
  if (posting === undefined) return
  if (posting instanceof Set) {
    posting.delete(entry)
    if (posting.size === 0) postings.delete(key)
  } else if (Array.isArray(posting)) {
    const index = posting.indexOf(entry)
    if (index === -1) return
    posting[index] = posting[posting.length - 1] as OrderEntry
    posting.pop()
    if (posting.length === 1) postings.set(key, posting[0] as OrderEntry)
  } else if (posting === entry) postings.delete(key)
}
