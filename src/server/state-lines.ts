import { open } from 'node:fs/promises'
import type { Order } from '../domain/types.ts'
import { ProblemError } from '../problems/index.ts'
import {
  type CheckedLoad,
  decodeEntryFields,
  orderEntryFields,
  type PreparedOrder,
  type StoredTransaction,
} from '../store/index.ts'
import type { Violation } from '../validation/index.ts'
import { crc32Hex } from './crc32.ts'
import { snapshotFingerprint } from './snapshot-fingerprint.ts'
import { journalPathOf, readJournal } from './state-journal.ts'
import { openLineReader } from './state-line-reader.ts'
import {
  type RecoveredState,
  readJournalBytes,
  recordsAfter,
  type SnapshotLoad,
} from './state-recovery.ts'
import {
  orderViolations,
  parseSnapshotText,
  SEQUENCE_KEY,
  transactionViolations,
} from './validate-snapshot.ts'

/*
 * The snapshot layout the persister writes (decisions 128 and 165): one JSON document, one
 * order, index entry or transaction per line, so a start reads it line by line.
 *
 *     {"journalSequence":12,"contract":"<fingerprint>","index":[
 *     ["o_1","m","c","checkout",...],
 *     ["o_2",...]
 *     ],"orders":[
 *     {"id":"o_1",...},
 *     {"id":"o_2",...}
 *     ],"integrity":{"orders":2,"ordersCrc32":"1a2b3c4d","indexCrc32":"5e6f7a8b","contract":"<fingerprint>"},"transactions":[
 *     {"orderId":"o_1","paymentId":"p_1","transaction":{...}}
 *     ]}
 *
 * Files of decision 128 have no index: their first line is `{"journalSequence":12,"orders":[`
 * and `],"transactions":[` follows the orders.
 */
const HEAD = new RegExp(`^\\{"${SEQUENCE_KEY}":(\\d+),"orders":\\[$`)
const INDEXED_HEAD = new RegExp(
  `^\\{"${SEQUENCE_KEY}":(\\d+),"contract":"([0-9a-f]{1,64})","index":\\[$`,
)
const INDEX_END = '],"orders":['
const INTEGRITY =
  /^\],"integrity":\{"orders":(\d+),"ordersCrc32":"([0-9a-f]{8})","indexCrc32":"([0-9a-f]{8})","contract":"([0-9a-f]{1,64})"\},"transactions":\[$/
const BETWEEN = '],"transactions":['
const END = ']}'
/**
 * Orders parsed and checked before they go to the store together. Small, so the parsed
 * orders die young: at 100,000 orders 512 per batch peaked at 0.82-0.91 GB RSS and ~19 s,
 * 64 at 0.47 GB and ~11 s (decision 128).
 */
const BATCH = 64
/** Violations kept to report (the rest are counted). */
const KEPT_VIOLATIONS = 100

/** The first line of a snapshot with an index (decision 165). */
export function indexedHeadLine(sequence: number, fingerprint: string): string {
  return `{"${SEQUENCE_KEY}":${sequence},"contract":"${fingerprint}","index":[`
}

/** The line between the index and the orders. */
export const INDEX_END_LINE = INDEX_END

/** The line after the orders of a snapshot with an index: the integrity record. */
export function integrityLine(integrity: {
  orders: number
  ordersCrc32: number
  indexCrc32: number
  contract: string
}): string {
  return `],"integrity":{"orders":${integrity.orders},"ordersCrc32":"${crc32Hex(integrity.ordersCrc32)}","indexCrc32":"${crc32Hex(integrity.indexCrc32)}","contract":"${integrity.contract}"},"transactions":[`
}

/**
 * Whether a state file has the line layout (decisions 128, 165); `false` for a missing file
 * and for a single-line one (read whole, as before).
 *
 * @example
 * if (await hasLinesLayout('.state/demo.json')) await recoverStateLines('.state/demo.json', load)
 */
export async function hasLinesLayout(stateFile: string): Promise<boolean> {
  let file: Awaited<ReturnType<typeof open>> | undefined
  try {
    file = await open(stateFile, 'r')
    const head = Buffer.alloc(256)
    const { bytesRead } = await file.read(head, 0, head.length, 0)
    const text = head.subarray(0, bytesRead).toString('latin1')
    const newline = text.indexOf('\n')
    if (newline === -1) return false
    const first = text.slice(0, newline)
    return HEAD.test(first) || INDEXED_HEAD.test(first)
  } catch {
    // Missing or unreadable: the whole-file path reports it.
    return false
  } finally {
    await file?.close()
  }
}

/**
 * A snapshot's index could not be trusted after its orders began to load (a checksum, a count
 * or an id disagrees): the caller drops the store and loads the file again with
 * `trust: false`, which checks every order (decision 165).
 */
export class SnapshotTrustRefused extends Error {}

/** What {@link recoverStateLines} found: the figures, and the violations (nothing loaded if any). */
export interface LinesRecovery {
  recovered: RecoveredState
  /** The first violations found (at most 100), named like `findRecoveredViolations` names them. */
  violations: Violation[]
  violationCount: number
  snapshot: SnapshotLoad
}

/**
 * Loads a state file of the line layout into `load`, with its journal on top, one order at a
 * time: the journal first (it names the orders it sets or deletes after the snapshot, whose
 * snapshot lines are skipped), then the snapshot's orders stored in batches, then the
 * journal's orders and transactions. Nothing is held but a batch, the ids and the index.
 *
 * With `trust` and an index whose fingerprint is this build's (decision 165), each order line
 * is stored as it is with its index entry: no parse, no contract check; the index's and the
 * orders' CRC-32, the count and each line's leading id are checked as they stream, and a
 * disagreement throws {@link SnapshotTrustRefused} (the caller drops the store and loads
 * again without `trust`). Otherwise each line is parsed and checked on its own. With any
 * violation nothing more is stored and `finish` is not called: the caller throws the store
 * away. Damage to the file's layout throws naming the line.
 *
 * @example
 * const { violations } = await recoverStateLines(file, await storeInternals(store).loadChecked())
 */
export async function recoverStateLines(
  stateFile: string,
  load: CheckedLoad,
  { trust = true }: { trust?: boolean } = {},
): Promise<LinesRecovery> {
  const journalPath = journalPathOf(stateFile)
  const reader = await openLineReader(stateFile)
  const nextLine = () => reader.next()
  const damaged = (what: string): Error =>
    new Error(
      `Failed to load the state file ${stateFile}: line ${reader.lineNumber} ${what}. Hint: fix or delete it, or pass another --state file.`,
    )
  const refuse = (why: string): never => {
    throw new SnapshotTrustRefused(`line ${reader.lineNumber} ${why}`)
  }
  try {
    const first = (await nextLine()) ?? ''
    const indexed = INDEXED_HEAD.exec(first)
    const head = indexed ?? HEAD.exec(first)
    const base = Number(head?.[1])
    if (!Number.isSafeInteger(base)) throw damaged(`must be a whole number ≥ 0 as ${SEQUENCE_KEY}`)
    const snapshot: SnapshotLoad = { mode: 'checked', trustedOrders: 0 }

    // The index (decision 165): kept as text, each entry decoded when its order comes.
    const fingerprint = indexed?.[2]
    const trusted = trust && fingerprint !== undefined && fingerprint === snapshotFingerprint()
    if (indexed && !trusted && trust) {
      snapshot.refused = `the snapshot was written by another version (fingerprint ${fingerprint}, this one ${snapshotFingerprint()})`
    }
    const index: Array<string | undefined> = []
    let indexCrc = 0
    if (indexed) {
      // The CRC-32s are only compared on a trusted load.
      if (trusted) reader.startCrc()
      let line = await nextLine()
      let comma = true
      while (line !== undefined && line !== INDEX_END) {
        if (!comma) throw damaged('follows an index line without a comma')
        comma = line.endsWith(',')
        if (trusted) index.push(comma ? line.slice(0, -1) : line)
        line = await nextLine()
      }
      if (line === undefined) throw damaged(`ends the file before "${INDEX_END}" (cut short)`)
      if (comma && reader.lineNumber > 2) throw damaged('follows an index line ending in a comma')
      if (trusted) {
        indexCrc = reader.crcBeforeLast()
        reader.startCrc()
      }
    }

    // The journal, replayed on its own: what it leaves of each order it touches.
    const journalBytes = await readJournalBytes(journalPath)
    const journal = readJournal(journalBytes, journalPath)
    const journalOrders = new Map<string, { order: unknown; record: number }>()
    /** Order id → journal transactions before its last delete (they go with it). */
    const deletedBefore = new Map<string, number>()
    const journalTransactions: Array<{ record: StoredTransaction; origin: number }> = []
    let replayed = 0
    let sequence = base
    for (const { index: at, record } of recordsAfter(journal.records, base, journalPath)) {
      replayed++
      sequence = record.seq
      if ('order' in record) {
        const id = (record.order as { id?: unknown } | null)?.id
        // Without an id it cannot be keyed: kept for the contract check to name.
        journalOrders.set(typeof id === 'string' ? id : `\u0000record-${at}`, {
          order: record.order,
          record: at + 1,
        })
      } else if ('deleted' in record) {
        journalOrders.delete(record.deleted)
        deletedBefore.set(record.deleted, journalTransactions.length)
      } else {
        journalTransactions.push({ record: record.transaction, origin: at + 1 })
      }
    }

    const violations: Violation[] = []
    let violationCount = 0
    const report = (found: Violation[], origin: number | undefined, kind: string) => {
      for (const violation of found) {
        violationCount++
        if (violations.length >= KEPT_VIOLATIONS) continue
        violations.push(
          origin === undefined
            ? violation
            : {
                ...violation,
                location: `${journalPath} record ${origin} (${kind}/${violation.location.replace(/^body\/[a-z]+\//, '')})`,
              },
        )
      }
    }
    const orderIds = new Map<string, number>()
    let batch: PreparedOrder[] = []
    let position = 0
    const store = (prepared: PreparedOrder) => {
      batch.push(prepared)
      if (batch.length >= BATCH) {
        load.addPrepared(batch)
        batch = []
      }
    }
    /** An order parsed from the file or the journal: checked, then derived. */
    const addOrder = (order: unknown, text: string | undefined, origin?: number) => {
      const found = orderViolations(order, `body/orders/${position}`, position, orderIds)
      report(found, origin, 'orders')
      position++
      if (violationCount > 0) return
      store({ fields: orderEntryFields(order as Order), json: text ?? JSON.stringify(order) })
    }

    /**
     * Whether the journal decides what becomes of the snapshot's order `id`: deleted there
     * (gone, or added again after the snapshot's orders), or set there (never deleted), its
     * value then stored in the snapshot's place.
     */
    const takenByJournal = (id: unknown): boolean => {
      if (typeof id !== 'string') return false
      if (deletedBefore.has(id)) return true
      const replaced = journalOrders.get(id)
      if (!replaced) return false
      journalOrders.delete(id)
      addOrder(replaced.order, undefined, replaced.record)
      return true
    }

    // The snapshot's orders, line by line; when trusted, an order line stays bytes, stored as
    // they are and decoded when the store makes its keys tokens (decision 129).
    let bytes: Buffer | undefined
    /** The next line; when trusted, an order line is left as `bytes` and reads as `ORDER`. */
    const nextOrderLine = async (): Promise<string | undefined> => {
      if (!trusted) return nextLine()
      bytes = await reader.nextBytes()
      if (bytes === undefined) return undefined
      return bytes[0] === CLOSE_BRACKET ? bytes.toString('utf8') : ORDER
    }
    let line = await nextOrderLine()
    let comma = true
    let snapshotIndex = 0
    while (line !== undefined && line[0] !== ']') {
      if (!comma) throw damaged('follows an order line without a comma')
      if (trusted) {
        // Stored as it is, with its index entry: no parse, no check (the CRC comes at the end).
        let order = bytes as Buffer
        comma = order[order.length - 1] === COMMA
        if (comma) order = order.subarray(0, -1)
        const entry = index[snapshotIndex]
        if (entry === undefined) refuse(`(orders/${snapshotIndex}) has no index entry`)
        index[snapshotIndex] = undefined
        let fields: PreparedOrder['fields']
        try {
          fields = decodeEntryFields(entry as string)
        } catch (error) {
          return refuse(`(orders/${snapshotIndex}): ${(error as Error).message}`)
        }
        const id = fields.id
        if (!bytesStartWithId(order, id)) {
          refuse(`(orders/${snapshotIndex}) does not start with the id its index entry names`)
        }
        if (orderIds.has(id)) refuse(`(orders/${snapshotIndex}) repeats the id ${id}`)
        snapshotIndex++
        if (!takenByJournal(id)) {
          orderIds.set(id, position)
          position++
          snapshot.trustedOrders++
          if (violationCount === 0) store({ fields, json: order })
        }
      } else {
        comma = line.endsWith(',')
        const text = comma ? line.slice(0, -1) : line
        const order = parseLine(text, `orders/${snapshotIndex}`)
        snapshotIndex++
        if (!takenByJournal((order as { id?: unknown } | null)?.id)) addOrder(order, text)
      }
      line = await nextOrderLine()
    }
    if (line === undefined) throw damaged(`ends the file before "${BETWEEN}" (cut short)`)
    if (comma && snapshotIndex > 0) throw damaged('follows an order line ending in a comma')
    if (indexed) {
      const integrity = INTEGRITY.exec(line)
      if (!integrity) throw damaged('must be the integrity record after the orders')
      if (trusted) {
        const [, count, ordersCrc, indexCrcText] = integrity
        if (crc32Hex(reader.crcBeforeLast()) !== ordersCrc)
          refuse(`(the integrity record): the orders' CRC-32 differs (edited since written)`)
        if (crc32Hex(indexCrc) !== indexCrcText)
          refuse(`(the integrity record): the index's CRC-32 differs (edited since written)`)
        if (Number(count) !== snapshotIndex || index.length !== snapshotIndex)
          refuse(
            `(the integrity record): ${count} orders recorded, ${index.length} index entries, ${snapshotIndex} order lines`,
          )
        if (integrity[4] !== fingerprint)
          refuse('(the integrity record): its fingerprint differs from the first line')
        snapshot.mode = 'trusted'
      }
    } else if (line !== BETWEEN) {
      throw damaged(`must be "${BETWEEN}" after the orders`)
    }
    // Orders the journal added (or deleted and added again): after the snapshot's.
    for (const { order, record } of journalOrders.values()) addOrder(order, undefined, record)
    if (batch.length > 0 && violationCount === 0) load.addPrepared(batch)
    batch = []

    // The transactions: the snapshot's, then the journal's, less those of deleted orders.
    const transactions: StoredTransaction[] = []
    const addTransaction = (record: StoredTransaction, origin?: number) => {
      const at = `body/transactions/${transactions.length}`
      report(transactionViolations(record, at, orderIds), origin, 'transactions')
      transactions.push(record)
    }
    line = await nextLine()
    comma = true
    let transactionIndex = 0
    while (line !== undefined && line !== END) {
      if (!comma) throw damaged('follows a transaction line without a comma')
      comma = line.endsWith(',')
      const record = parseLine(
        comma ? line.slice(0, -1) : line,
        `transactions/${transactionIndex++}`,
      ) as StoredTransaction
      if (!deletedBefore.has(record?.orderId)) addTransaction(record)
      line = await nextLine()
    }
    if (line === undefined) throw damaged(`ends the file before "${END}" (cut short)`)
    if (comma && transactionIndex > 0) throw damaged('follows a transaction line ending in a comma')
    for (const [at, { record, origin }] of journalTransactions.entries()) {
      if (at >= (deletedBefore.get(record?.orderId) ?? 0)) addTransaction(record, origin)
    }
    for (line = await nextLine(); line !== undefined; line = await nextLine()) {
      if (line.trim() !== '') throw damaged('follows the end of the document')
    }

    if (violationCount === 0) await load.finish(transactions)
    return {
      recovered: {
        value: undefined,
        snapshotFound: true,
        sequence,
        replayed,
        skipped: journal.records.filter((record) => record.seq <= base).length,
        journalBytes: journal.goodBytes,
        ...(journal.torn && { torn: journal.torn }),
        origins: { orders: new Map(), transactions: new Map() },
      },
      violations,
      violationCount,
      snapshot,
    }
  } finally {
    await reader.close()
  }

  function parseLine(text: string, at: string): unknown {
    try {
      return parseSnapshotText(text)
    } catch (error) {
      const reason =
        error instanceof ProblemError && error.errors?.[0]
          ? `${error.errors[0].message}`
          : `is not valid JSON (${(error as Error).message.replace(/^The request body is not valid JSON: /, '')})`
      throw damaged(`(${at}) ${reason}`)
    }
  }
}

const ID_LEAD = '{"id":"'
const CLOSE_BRACKET = 0x5d
const COMMA = 0x2c
/** What `nextOrderLine` gives for an order line it left as bytes. */
const ORDER = '{'

/** `startsWithId` of a line's UTF-8 bytes: byte by byte for an id of printable ASCII. */
function bytesStartWithId(line: Buffer, id: string): boolean {
  const lead = ID_LEAD.length
  if (line.length < lead + id.length + 2 || !/^[\x20-\x7e]*$/.test(id) || /["\\]/.test(id)) {
    // Rare (no id the store makes needs it): the line decoded.
    return startsWithId(line.toString('utf8'), id)
  }
  for (let at = 0; at < lead; at++) if (line[at] !== ID_LEAD.charCodeAt(at)) return false
  for (let at = 0; at < id.length; at++) if (line[lead + at] !== id.charCodeAt(at)) return false
  const after = line[lead + id.length + 1]
  return line[lead + id.length] === 0x22 && (after === 44 || after === 125)
}

/**
 * Whether an order's JSON starts with `{"id":<id as JSON>` and then `,` or `}`: the id the
 * writer puts first (decision 165). Without an allocation when the id needs no escaping.
 *
 * @example
 * startsWithId('{"id":"o_1","merchant":"m"}', 'o_1') // true
 */
export function startsWithId(text: string, id: string): boolean {
  let end: number
  const plain = !id.includes('"') && !id.includes('\\')
  if (plain && text.startsWith(ID_LEAD) && text.startsWith(id, ID_LEAD.length)) {
    end = ID_LEAD.length + id.length
    if (text.charCodeAt(end) !== 34) return false
    end++
  } else {
    const lead = `{"id":${JSON.stringify(id)}`
    if (!text.startsWith(lead)) return false
    end = lead.length
  }
  const after = text.charCodeAt(end)
  return after === 44 || after === 125
}
