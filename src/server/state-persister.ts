import { open } from 'node:fs/promises'
import {
  encodeEntryFields,
  type MockStore,
  type OrderEntryFields,
  type StoredTransaction,
  storeInternals,
} from '../store/index.ts'
import { crc32 } from './crc32.ts'
import { snapshotFingerprint } from './snapshot-fingerprint.ts'
import { createCoalescingWriter, syncDirectoryOf, writeFileDurably } from './state-file.ts'
import {
  encodeJournalRecord,
  encodeOrderRecord,
  type JournalRecord,
  journalPathOf,
} from './state-journal.ts'
import { INDEX_END_LINE, indexedHeadLine, integrityLine, startsWithId } from './state-lines.ts'

/**
 * When the journal is compacted into a new snapshot (decision 126): once it holds more than
 * `factor` × the snapshot's bytes and more than `minBytes`. Replaying it at start then costs
 * at most about what reading the snapshot costs, and each journal byte is written about
 * twice in all (once appended, once in a snapshot).
 */
export interface CompactionPolicy {
  factor: number
  minBytes: number
}

const DEFAULT_COMPACTION: CompactionPolicy = { factor: 1, minBytes: 1024 * 1024 }

/**
 * Characters of a snapshot serialised per write: the event loop (and the appends of the
 * writes going on) runs between two. Measured at 20,000 orders: 256 orders (~1 MB) per write
 * made a POST wait ~60 ms during a compaction, ~128 KB about 17 ms, for the same total time.
 */
const SNAPSHOT_PIECE = 128 * 1024

/**
 * For the crash tests only: `NORCE_CHECKOUT_MOCK_CRASH_AT=snapshot-mid-write` (part of the new
 * snapshot in `<file>.tmp`) or `snapshot-renamed` (new snapshot in place, journal not yet
 * cut) SIGKILLs the process the first time a snapshot write gets there; `snapshot-renamed:3`
 * the third time.
 */
const [CRASH_POINT, CRASH_AFTER = '1'] = (process.env.NORCE_CHECKOUT_MOCK_CRASH_AT ?? '').split(':')
let crashCountdown = Number(CRASH_AFTER)

function crashPoint(point: 'snapshot-mid-write' | 'snapshot-renamed'): void {
  if (point === CRASH_POINT && --crashCountdown === 0) process.kill(process.pid, 'SIGKILL')
}

/** What the persister did so far. */
export interface PersisterStats {
  /** Sequence number of the last record written or held. */
  sequence: number
  journalBytes: number
  snapshotBytes: number
  /** Journal records appended, and appends (one per group commit). */
  records: number
  appends: number
  /** Snapshots written: compactions, replacements, clean stops. */
  snapshots: number
  /** The longest a snapshot write took, in ms (writes go on meanwhile unless it is a replacement). */
  longestSnapshotMs: number
  /** The last compaction that failed (the journal then simply grows on). */
  lastCompactionError?: string
}

export interface StatePersister {
  /** Appends every change made so far to the journal (one append, one fsync, shared by the callers waiting). */
  save(): Promise<void>
  /** Writes a whole snapshot and empties the journal (start of a new file, clean stop). */
  snapshot(): Promise<void>
  /** Waits for the writes and a running compaction, then compacts what the journal holds. */
  close(): Promise<void>
  stats(): PersisterStats
}

type Pending =
  | { text: string; id: string }
  | { deleted: string }
  | { transaction: StoredTransaction }

/**
 * Keeps a state file current as an append-only journal plus a snapshot (decision 125): every
 * change the store reports (the runtime in `slot` may be replaced: that writes a snapshot) is
 * appended to `<stateFile>.journal` on the next `save()`; an order changed many times between
 * two saves is written once, with its latest value. When the journal outgrows the snapshot a
 * new snapshot is written in the background while appends go on, then the journal is cut to
 * what came after it.
 *
 * @example
 * const persister = createStatePersister({ stateFile, slot, sequence: 0, journalBytes: 0, snapshotBytes: 0 })
 * await persister.save() // the changes made before this call are on disk
 */
export function createStatePersister({
  stateFile,
  slot,
  sequence: startSequence,
  journalBytes: startJournalBytes,
  snapshotBytes: startSnapshotBytes,
  compaction = DEFAULT_COMPACTION,
  rewriteOnClose = false,
}: {
  stateFile: string
  /**
   * The clean stop writes a snapshot even with nothing journaled: the file was loaded the
   * checked way (no index, or one refused), and the next start can then trust it (decision 165).
   */
  rewriteOnClose?: boolean
  slot: { readonly current: { readonly store: MockStore } }
  sequence: number
  journalBytes: number
  snapshotBytes: number
  compaction?: CompactionPolicy
}): StatePersister {
  const journalPath = journalPathOf(stateFile)
  const stats: PersisterStats = {
    sequence: startSequence,
    journalBytes: startJournalBytes,
    snapshotBytes: startSnapshotBytes,
    records: 0,
    appends: 0,
    snapshots: 0,
    longestSnapshotMs: 0,
  }
  let pending: Array<Pending | undefined> = []
  /** Order id → its value's place in `pending`, while no delete of it came after. */
  let valueAt = new Map<string, number>()
  let watched: MockStore | undefined
  /** The next flush writes a whole snapshot instead of appending. */
  let wholeSnapshot = false
  let compacting: Promise<void> | undefined
  /** After a compaction: the journal bytes the new snapshot holds, to cut off. */
  let trimOffset: number | undefined

  /**
   * The transactions as the change feed has reported them, in the order added. A snapshot
   * takes these, not the store's: the store's collection holds a new transaction a moment
   * before the feed reports it, and a snapshot taken in between would hold it AND see its
   * record journaled after it (applied twice at the next start; seen in the crash test).
   */
  let transactions = new Set<StoredTransaction>()
  let transactionsOf = new Map<string, StoredTransaction[]>()
  const mirror = (store: MockStore) => {
    transactions = new Set()
    transactionsOf = new Map()
    for (const record of storeInternals(store).allTransactions()) addMirrored(record)
  }
  const addMirrored = (record: StoredTransaction) => {
    transactions.add(record)
    const list = transactionsOf.get(record.orderId)
    if (list) list.push(record)
    else transactionsOf.set(record.orderId, [record])
  }

  const forget = () => {
    pending = []
    valueAt = new Map()
  }
  const watch = (store: MockStore) => {
    watched = store
    mirror(store)
    storeInternals(store).onChange((change) => {
      if (store !== watched) return
      if (change.kind === 'replaced') {
        wholeSnapshot = true
        forget()
        mirror(store)
      } else if (change.kind === 'transaction') {
        addMirrored(change.record)
        pending.push({ transaction: change.record })
      } else if ('text' in change) {
        const at = valueAt.get(change.orderId)
        // The stored JSON: the record is written from it, with no second serialisation.
        const entry = { text: change.text, id: change.orderId }
        if (at === undefined) {
          valueAt.set(change.orderId, pending.length)
          pending.push(entry)
        } else {
          // Same place, latest value: values and transactions need no order among themselves.
          pending[at] = entry
        }
      } else {
        for (const record of transactionsOf.get(change.orderId) ?? []) transactions.delete(record)
        transactionsOf.delete(change.orderId)
        const at = valueAt.get(change.orderId)
        if (at !== undefined) pending[at] = undefined
        valueAt.delete(change.orderId)
        pending.push({ deleted: change.orderId })
      }
    })
  }
  watch(slot.current.store)

  /**
   * The state as the change feed has reported it: what the records taken so far hold. The
   * store changes its orders and reports the change in one step (`orderJson()` is in step);
   * its transactions come from the mirror above.
   */
  const capture = () => ({
    // The stored JSON of each order: no parse and no second serialisation (decision 138).
    orders: storeInternals(slot.current.store).orderJson(),
    transactions: [...transactions],
  })

  async function writeSnapshot(view: ReturnType<typeof capture>, sequence: number): Promise<void> {
    const started = performance.now()
    let bytes = 0
    const counted = function* (): Generator<string> {
      for (const chunk of snapshotChunks(view, sequence)) {
        bytes += Buffer.byteLength(chunk)
        yield chunk
      }
    }
    await writeFileDurably(stateFile, counted())
    stats.snapshots++
    stats.snapshotBytes = bytes
    stats.longestSnapshotMs = Math.max(stats.longestSnapshotMs, performance.now() - started)
  }

  async function flush(): Promise<void> {
    if (slot.current.store !== watched) {
      forget()
      watch(slot.current.store)
      wholeSnapshot = true
    }
    if (trimOffset !== undefined && !wholeSnapshot) await trimJournal()
    const batch = pending.filter((entry): entry is Pending => entry !== undefined)
    forget()
    const first = stats.sequence + 1
    stats.sequence += batch.length
    if (wholeSnapshot) {
      wholeSnapshot = false
      try {
        // A background compaction writes the same file: it finishes first, and its cut is void.
        const view = capture()
        const sequence = ++stats.sequence
        await compacting
        trimOffset = undefined
        await writeSnapshot(view, sequence)
        crashPoint('snapshot-renamed')
        await writeFileDurably(journalPath, '')
        stats.journalBytes = 0
      } catch (error) {
        wholeSnapshot = true
        throw error
      }
      return
    }
    if (batch.length === 0) return
    const text = batch
      .map((entry, index) =>
        'text' in entry
          ? encodeOrderRecord(first + index, entry.text)
          : encodeJournalRecord(toRecord(entry, first + index)),
      )
      .join('')
    const bytes = Buffer.byteLength(text)
    const due =
      compacting === undefined &&
      stats.journalBytes + bytes >
        Math.max(compaction.minBytes, compaction.factor * stats.snapshotBytes)
    const view = due ? capture() : undefined
    try {
      await append(text)
    } catch (error) {
      // Part of the batch may be in the file: the next save writes a whole snapshot instead.
      wholeSnapshot = true
      throw error
    }
    stats.journalBytes += bytes
    stats.records += batch.length
    stats.appends++
    if (view) compact(view, stats.sequence, stats.journalBytes)
  }

  /** The journal's directory entry is known to be on disk (the first append may create the file). */
  let journalEntrySynced = false
  async function append(text: string): Promise<void> {
    const file = await open(journalPath, 'a')
    try {
      await file.writeFile(text, 'utf8')
      await file.sync()
    } finally {
      await file.close()
    }
    if (!journalEntrySynced) {
      await syncDirectoryOf(journalPath)
      journalEntrySynced = true
    }
  }

  function compact(view: ReturnType<typeof capture>, sequence: number, offset: number): void {
    compacting = (async () => {
      try {
        await writeSnapshot(view, sequence)
        crashPoint('snapshot-renamed')
        trimOffset = offset
        delete stats.lastCompactionError
      } catch (error) {
        stats.lastCompactionError = (error as Error).message
      }
    })().finally(() => {
      compacting = undefined
      // The cut runs between two appends, on the writer's turn.
      if (trimOffset !== undefined) writer.save().catch(() => undefined)
    })
  }

  /** Keeps only the journal's records after the new snapshot: written aside, then renamed. */
  async function trimJournal(): Promise<void> {
    const offset = trimOffset as number
    trimOffset = undefined
    try {
      const file = await open(journalPath, 'r')
      let tail: Buffer
      try {
        const { size } = await file.stat()
        tail = Buffer.alloc(Math.max(0, size - offset))
        if (tail.length > 0) await file.read(tail, 0, tail.length, offset)
      } finally {
        await file.close()
      }
      await writeFileDurably(journalPath, tail)
      stats.journalBytes = tail.length
    } catch (error) {
      // The old records stay (the replay skips them): the next compaction cuts them.
      stats.lastCompactionError = `cutting the journal: ${(error as Error).message}`
    }
  }

  const writer = createCoalescingWriter(flush)
  let closed: Promise<void> | undefined
  return {
    save: writer.save,
    snapshot() {
      wholeSnapshot = true
      return writer.save()
    },
    close() {
      closed ??= (async () => {
        await writer.idle()
        await compacting
        await writer.idle()
        if (
          stats.journalBytes > 0 ||
          pending.some(Boolean) ||
          wholeSnapshot ||
          (rewriteOnClose && stats.snapshots === 0)
        ) {
          wholeSnapshot = true
          // The journal holds everything if this fails: the next start replays it.
          await writer.save().catch(() => undefined)
        }
      })()
      return closed
    },
    stats: () => ({ ...stats }),
  }
}

function toRecord(
  entry: { deleted: string } | { transaction: StoredTransaction },
  seq: number,
): JournalRecord {
  if ('deleted' in entry) return { seq, deleted: entry.deleted }
  const { orderId, paymentId, transaction } = entry.transaction
  return { seq, transaction: { orderId, paymentId, transaction } }
}

/**
 * The snapshot file in pieces of about {@link SNAPSHOT_PIECE} characters, one value per line
 * (decisions 128 and 165; read back line by line by `recoverStateLines`):
 * `{"journalSequence":n,"contract":"<fingerprint>","index":[` ⏎ each order's derived list
 * values, one array per line ⏎ `],"orders":[` ⏎ one order per line, its `id` first ⏎ the
 * integrity record (the count, the CRC-32 of the orders' and of the index's lines, the
 * fingerprint) and `,"transactions":[` ⏎ one transaction per line ⏎ `]}`. Each line but the
 * last of a list ends in `,`.
 */
function* snapshotChunks(
  view: {
    orders: {
      length: number
      json(index: number): string
      fields(index: number): OrderEntryFields
    }
    transactions: readonly StoredTransaction[]
  },
  sequence: number,
): Generator<string> {
  const contract = snapshotFingerprint()
  const { orders } = view
  yield `${indexedHeadLine(sequence, contract)}\n`
  const indexCrc = { value: 0 }
  yield* checksummed(
    pieces(
      Array.from(
        { length: orders.length },
        (_, index) => () => encodeEntryFields(orders.fields(index)),
      ),
    ),
    indexCrc,
  )
  yield `${INDEX_END_LINE}\n`
  const ordersCrc = { value: 0 }
  yield* checksummed(
    pieces(
      Array.from(
        { length: orders.length },
        (_, index) => () => idFirst(orders.json(index), orders.fields(index).id),
      ),
    ),
    ordersCrc,
  )
  crashPoint('snapshot-mid-write')
  yield `${integrityLine({ orders: orders.length, ordersCrc32: ordersCrc.value, indexCrc32: indexCrc.value, contract })}\n`
  yield* pieces(
    view.transactions.map(
      ({ orderId, paymentId, transaction }) =>
        () =>
          JSON.stringify({ orderId, paymentId, transaction }),
    ),
  )
  yield ']}\n'
}

/** Passes `chunks` on, adding their UTF-8 bytes to the CRC-32 in `crc`. */
function* checksummed(chunks: Iterable<string>, crc: { value: number }): Generator<string> {
  for (const chunk of chunks) {
    crc.value = crc32(chunk, crc.value)
    yield chunk
  }
}

/**
 * An order's JSON with its `id` first, as a start checks each line against its index entry
 * (decision 165). The store's orders have it first; one imported with another key order is
 * written with `id` moved to the front (the same value).
 */
function idFirst(json: string, id: string): string {
  if (startsWithId(json, id)) return json
  const order = JSON.parse(json) as Record<string, unknown>
  return JSON.stringify({ id: order.id, ...order })
}

/**
 * One serialised value per line (`JSON.stringify` writes no line break), joined by `,`, cut
 * into pieces; each value is serialised when its piece is due.
 */
function* pieces(values: ReadonlyArray<() => string>): Generator<string> {
  let piece = ''
  for (const [index, serialise] of values.entries()) {
    piece += serialise() + (index < values.length - 1 ? ',\n' : '\n')
    if (piece.length >= SNAPSHOT_PIECE) {
      yield piece
      piece = ''
    }
  }
  if (piece !== '') yield piece
}
