import { readFile } from 'node:fs/promises'
import type { Order } from '../domain/types.ts'
import type { StoredTransaction } from '../store/index.ts'
import type { Violation } from '../validation/index.ts'
import { readStateFile } from './state-file.ts'
import { type JournalRecord, journalPathOf, readJournal } from './state-journal.ts'
import { findSnapshotViolations, SEQUENCE_KEY } from './validate-snapshot.ts'

/** The keys a snapshot adds around its orders besides `journalSequence` (decision 165). */
const SNAPSHOT_SECTIONS = ['contract', 'index', 'integrity'] as const

/** What a state file and its journal hold together, and how the start found them. */
export interface RecoveredState {
  /** The state to serve, not yet checked against the contract: see {@link findRecoveredViolations}. */
  value: unknown
  /** The state file existed (else this is a first start: nothing was read). */
  snapshotFound: boolean
  /** The sequence number of the last change held (snapshot or journal); the next record gets one more. */
  sequence: number
  /** Journal records replayed on top of the snapshot (those already in it are skipped). */
  replayed: number
  /** Journal records skipped because the snapshot already held them (a crash during compaction). */
  skipped: number
  /** Bytes of whole records in the journal (a torn tail is cut here before the next append). */
  journalBytes: number
  /** A torn last record, ignored: its number and length. */
  torn?: { record: number; bytes: number }
  /** Where each journal order or transaction came from, to name it in a violation. */
  origins: { orders: Map<number, number>; transactions: Map<number, number> }
  /** How the snapshot's orders were loaded (a streamed load; `checked` when absent). */
  snapshotLoad?: SnapshotLoad
}

/** How a snapshot's orders were loaded (decision 165). */
export interface SnapshotLoad {
  /** `trusted`: stored from the snapshot's index, not parsed or checked; `checked`: parsed and checked. */
  mode: 'trusted' | 'checked'
  /** Orders stored from the index as they were (0 when `checked`). */
  trustedOrders: number
  /** Why a snapshot with an index was not trusted, if it was not. */
  refused?: string
}

/**
 * Reads `stateFile` (today's `{ orders, transactions }` or the same with `journalSequence`)
 * and replays `<stateFile>.journal` on top: orders set or deleted (with their transactions),
 * transactions added, skipping the records the snapshot already holds. A torn last record is
 * dropped and reported in `torn`; any other damage throws naming file, record and byte.
 *
 * @example
 * const recovered = await recoverState('.state/demo.json')
 * (recovered.value as StoreSnapshot).orders.length // snapshot orders + those the journal added
 */
export async function recoverState(stateFile: string): Promise<RecoveredState> {
  const journalPath = journalPathOf(stateFile)
  const saved = await readStateFile(stateFile)
  const journalBytes = await readJournalBytes(journalPath)
  const base = splitSequence(saved, stateFile)
  if (saved === undefined && journalBytes !== undefined && journalBytes.length > 0) {
    throw new Error(
      `Failed to load the state file ${stateFile}: it does not exist, but its journal ${journalPath} does, and a journal only makes sense on top of its state file. Hint: restore the state file, or delete the journal to start fresh.`,
    )
  }
  const journal = readJournal(journalBytes, journalPath)
  const orders = new Map<string, Order>()
  for (const order of base.orders) {
    const id = (order as { id?: unknown } | null)?.id
    if (typeof id === 'string') orders.set(id, order as Order)
  }
  // A state file that is not keyed by unique ids (or not shaped as one) fails the contract
  // check as it is: nothing is replayed onto it.
  if (!base.shaped || orders.size !== base.orders.length) {
    return {
      value: base.rest,
      snapshotFound: saved !== undefined,
      sequence: base.sequence,
      replayed: 0,
      skipped: 0,
      journalBytes: journal.goodBytes,
      origins: { orders: new Map(), transactions: new Map() },
    }
  }
  const transactions: StoredTransaction[] = [...(base.transactions as StoredTransaction[])]
  /** Order id → how many transactions there were at its last delete: those before go with it. */
  const deletedBefore = new Map<string, number>()
  const orderOrigin = new Map<string, number>()
  const transactionOrigin = new Map<StoredTransaction, number>()
  let replayed = 0
  let sequence = base.sequence
  const skipped = journal.records.filter((record) => record.seq <= base.sequence).length
  for (const { index, record } of recordsAfter(journal.records, base.sequence, journalPath)) {
    replayed++
    sequence = record.seq
    if ('order' in record) {
      const id = (record.order as { id?: unknown } | null)?.id
      // A journal order without an id cannot be keyed: keep it for the contract check to name.
      const key = typeof id === 'string' ? id : `\u0000record-${index}`
      orders.set(key, record.order)
      orderOrigin.set(key, index + 1)
    } else if ('deleted' in record) {
      orders.delete(record.deleted)
      orderOrigin.delete(record.deleted)
      deletedBefore.set(record.deleted, transactions.length)
    } else {
      transactions.push(record.transaction)
      transactionOrigin.set(record.transaction, index + 1)
    }
  }
  const kept =
    deletedBefore.size === 0
      ? transactions
      : transactions.filter(
          (stored, position) => position >= (deletedBefore.get(stored?.orderId) ?? 0),
        )
  const keys = [...orders.keys()]
  const origins = {
    orders: new Map<number, number>(),
    transactions: new Map<number, number>(),
  }
  keys.forEach((key, position) => {
    const origin = orderOrigin.get(key)
    if (origin !== undefined) origins.orders.set(position, origin)
  })
  kept.forEach((stored, position) => {
    const origin = transactionOrigin.get(stored)
    if (origin !== undefined) origins.transactions.set(position, origin)
  })
  return {
    value: { ...(base.rest as object), orders: [...orders.values()], transactions: kept },
    snapshotFound: saved !== undefined,
    sequence,
    replayed,
    skipped,
    journalBytes: journal.goodBytes,
    ...(journal.torn && { torn: journal.torn }),
    origins,
  }
}

/**
 * Checks the recovered state against the contract, once per stored value (a value the
 * journal replaced later is never checked). A violation in a replayed value names its
 * journal record: `journal record 12: orders/3/total must be object`.
 *
 * @example
 * const violations = findRecoveredViolations(await recoverState(file), file)
 */
export function findRecoveredViolations(recovered: RecoveredState, stateFile: string): Violation[] {
  const journal = journalPathOf(stateFile)
  return findSnapshotViolations(recovered.value).map((violation) => {
    const match = /^body\/(orders|transactions)\/(\d+)(.*)$/.exec(violation.location)
    if (!match) return violation
    const [, kind, position, rest] = match as unknown as [
      string,
      'orders' | 'transactions',
      string,
      string,
    ]
    const record = recovered.origins[kind].get(Number(position))
    return record === undefined
      ? violation
      : { ...violation, location: `${journal} record ${record} (${kind}/${position}${rest})` }
  })
}

/**
 * The journal records after the snapshot's `sequence` (those at or below it are in the
 * snapshot already: a crash during compaction), checked to continue it one by one; a gap
 * throws naming the journal and the record.
 *
 * @example
 * for (const { index, record } of recordsAfter(journal.records, 12, journalPath)) replay(record)
 */
export function* recordsAfter(
  records: readonly JournalRecord[],
  snapshotSequence: number,
  journalPath: string,
): Generator<{ index: number; record: JournalRecord }> {
  let sequence = snapshotSequence
  for (const [index, record] of records.entries()) {
    if (record.seq <= snapshotSequence) continue
    if (record.seq !== sequence + 1) {
      throw new Error(
        `Failed to load the state journal ${journalPath}: record ${index + 1} has seq ${record.seq}, but ${sequence === snapshotSequence ? `the state file holds the changes up to ${SEQUENCE_KEY} ${snapshotSequence}` : `the record before it has seq ${sequence}`}, so seq ${sequence + 1} is missing: the journal does not continue this state file. Hint: keep a state file and its .journal together; delete the journal to start from the state file alone (the changes it holds are then lost).`,
      )
    }
    sequence = record.seq
    yield { index, record }
  }
}

/**
 * A journal's bytes, or `undefined` when there is none; any other read failure throws.
 *
 * @example
 * const bytes = await readJournalBytes(journalPathOf('.state/demo.json'))
 */
export async function readJournalBytes(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw new Error(
      `Failed to read the state journal ${path}: ${(error as Error).message}. Hint: check its permissions, or pass another --state file.`,
    )
  }
}

/** Takes `journalSequence` off a parsed state file (old files have none: 0). */
function splitSequence(
  saved: unknown,
  stateFile: string,
): {
  orders: unknown[]
  transactions: unknown[]
  sequence: number
  rest: unknown
  shaped: boolean
} {
  if (saved === undefined)
    return { orders: [], transactions: [], sequence: 0, rest: { orders: [] }, shaped: true }
  if (typeof saved !== 'object' || saved === null || Array.isArray(saved))
    return { orders: [], transactions: [], sequence: 0, rest: saved, shaped: false }
  const { [SEQUENCE_KEY]: sequence = 0, ...rest } = saved as Record<string, unknown>
  if (SEQUENCE_KEY in saved) {
    // A snapshot's own sections (decision 165), when such a file is read whole (reformatted,
    // say): its orders are checked as any others.
    for (const key of SNAPSHOT_SECTIONS) delete rest[key]
  }
  if (!Number.isSafeInteger(sequence) || (sequence as number) < 0) {
    throw new Error(
      `Failed to load the state file ${stateFile}: ${SEQUENCE_KEY} must be a whole number ≥ 0, got ${JSON.stringify(sequence)?.slice(0, 40)}. Hint: fix or delete it, or pass another --state file.`,
    )
  }
  return {
    orders: Array.isArray(rest.orders) ? rest.orders : [],
    transactions: Array.isArray(rest.transactions) ? rest.transactions : [],
    sequence: sequence as number,
    rest,
    shaped:
      Array.isArray(rest.orders) &&
      (rest.transactions === undefined || Array.isArray(rest.transactions)),
  }
}
