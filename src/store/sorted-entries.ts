import type { OrderEntry } from './order-entry.ts'
import { TotalSum } from './order-query.ts'

/**
 * Entries kept sorted by one comparator in a plain array, with their count and total sum:
 * positional access (an `offset` page is a slice), binary-search insert and remove (a move of
 * the tail, O(n) but a memmove). A B-tree (`sorted-btree`) would make the move O(log n) but
 * its pages are walks from the start, O(offset): decision 135.
 */
export class SortedEntries {
  items: OrderEntry[] = []
  sum = new TotalSum()

  readonly compare: (a: OrderEntry, b: OrderEntry) => number

  constructor(compare: (a: OrderEntry, b: OrderEntry) => number) {
    this.compare = compare
  }

  insert(entry: OrderEntry): void {
    this.items.splice(this.upperBound(entry), 0, entry)
    this.sum.add(entry.total)
  }

  remove(entry: OrderEntry): void {
    const index = this.lowerBound(entry)
    if (this.items[index] !== entry) return
    this.items.splice(index, 1)
    this.sum.remove(entry.total)
  }

  /** Replaces the content with `items`, already sorted by `compare`. */
  assign(items: OrderEntry[]): void {
    this.items = items
    this.sum = TotalSum.of(items)
  }

  /** The first index whose entry is not before `entry`. */
  lowerBound(entry: OrderEntry): number {
    let low = 0
    let high = this.items.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if (this.compare(this.items[middle] as OrderEntry, entry) < 0) low = middle + 1
      else high = middle
    }
    return low
  }

  /** The first index whose entry is after `entry`. */
  upperBound(entry: OrderEntry): number {
    let low = 0
    let high = this.items.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if (this.compare(this.items[middle] as OrderEntry, entry) <= 0) low = middle + 1
      else high = middle
    }
    return low
  }

  /** The first index whose entry satisfies `isAtOrAfter` (monotone over the list). */
  search(isAtOrAfter: (entry: OrderEntry) => boolean): number {
    let low = 0
    let high = this.items.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if (isAtOrAfter(this.items[middle] as OrderEntry)) high = middle
      else low = middle + 1
    }
    return low
  }
}

/**
 * Entries `offset` to `offset + limit` of the merge of sorted lists (the status lists of a
 * `status=a&status=b` filter): O(k · (offset + limit)) for k lists.
 */
export function mergePage(
  lists: readonly SortedEntries[],
  compare: (a: OrderEntry, b: OrderEntry) => number,
  offset: number,
  limit: number,
): OrderEntry[] {
  const nonEmpty = lists.filter((list) => list.items.length > 0)
  if (nonEmpty.length === 1) {
    return (nonEmpty[0] as SortedEntries).items.slice(offset, offset + limit)
  }
  const cursors = nonEmpty.map(() => 0)
  const page: OrderEntry[] = []
  let rank = 0
  while (page.length < limit) {
    let best = -1
    let bestEntry: OrderEntry | undefined
    for (let index = 0; index < nonEmpty.length; index++) {
      const candidate = (nonEmpty[index] as SortedEntries).items[cursors[index] as number]
      if (candidate && (!bestEntry || compare(candidate, bestEntry) < 0)) {
        best = index
        bestEntry = candidate
      }
    }
    if (!bestEntry) break
    cursors[best] = (cursors[best] as number) + 1
    if (rank++ >= offset) page.push(bestEntry)
  }
  return page
}
