import { createReadStream } from 'node:fs'
import { open } from 'node:fs/promises'
import { createInterface } from 'node:readline'
import { ProblemError } from '../problems/index.ts'
import type { CheckedLoad, StoredTransaction } from '../store/index.ts'
import type { Violation } from '../validation/index.ts'
import { journalPathOf, readJournal } from './state-journal.ts'
import { type RecoveredState, readJournalBytes, recordsAfter } from './state-recovery.ts'
import {
  orderViolations,
  parseSnapshotText,
  SEQUENCE_KEY,
  transactionViolations,
} from './validate-snapshot.ts'

/*
 * The snapshot layout the persister writes (decision 128): one JSON document, one order or
 * transaction per line, so a start reads it line by line.
 *
 *     {"journalSequence":12,"orders":[
 *     {"id":"o_1",...},
 *     {"id":"o_2",...}
 *     ],"transactions":[
 *     {"orderId":"o_1","paymentId":"p_1","transaction":{...}}
 *     ]}
 */
const HEAD = new RegExp(`^\\{"${SEQUENCE_KEY}":(\\d+),"orders":\\[$`)
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

/**
 * Whether a state file has the line layout (decision 128); `false` for a missing file
 * and for a single-line one (read whole, as before).
 *
 * @example
 * if (await hasLinesLayout('.state/demo.json')) await recoverStateLines('.state/demo.json', load)
 */
export async function hasLinesLayout(stateFile: string): Promise<boolean> {
  let file: Awaited<ReturnType<typeof open>> | undefined
  try {
    file = await open(stateFile, 'r')
    const head = Buffer.alloc(64)
    const { bytesRead } = await file.read(head, 0, head.length, 0)
    const text = head.subarray(0, bytesRead).toString('latin1')
    const newline = text.indexOf('\n')
    return newline !== -1 && HEAD.test(text.slice(0, newline))
  } catch {
    // Missing or unreadable: the whole-file path reports it.
    return false
  } finally {
    await file?.close()
  }
}

/** What {@link recoverStateLines} found: the figures, and the violations (nothing loaded if any). */
export interface LinesRecovery {
  recovered: RecoveredState
  /** The first violations found (at most 100), named like `findRecoveredViolations` names them. */
  violations: Violation[]
  violationCount: number
}

/**
 * Loads a state file of the line layout into `load`, with its journal on top, one order at a
 * time: the journal first (it names the orders it sets or deletes after the snapshot, whose
 * snapshot lines are skipped), then each snapshot line parsed and checked on its own and
 * stored in batches, then the journal's orders and transactions. Nothing is held but a batch
 * and the ids. With any violation nothing more is stored and `finish` is not called: the
 * caller throws the store away. Damage to the file's layout throws naming the line.
 *
 * @example
 * const { violations } = await recoverStateLines(file, await storeInternals(store).loadChecked())
 */
export async function recoverStateLines(
  stateFile: string,
  load: CheckedLoad,
): Promise<LinesRecovery> {
  const journalPath = journalPathOf(stateFile)
  const lines = createInterface({
    input: createReadStream(stateFile, { encoding: 'utf8' }),
    crlfDelay: Number.POSITIVE_INFINITY,
  })
  const iterator = lines[Symbol.asyncIterator]()
  let lineNumber = 0
  const nextLine = async (): Promise<string | undefined> => {
    const read = await iterator.next()
    if (read.done) return undefined
    lineNumber++
    return read.value
  }
  const damaged = (what: string): Error =>
    new Error(
      `Failed to load the state file ${stateFile}: line ${lineNumber} ${what}. Hint: fix or delete it, or pass another --state file.`,
    )
  try {
    const head = HEAD.exec((await nextLine()) ?? '')
    const base = Number(head?.[1])
    if (!Number.isSafeInteger(base)) throw damaged(`must be a whole number ≥ 0 as ${SEQUENCE_KEY}`)

    // The journal, replayed on its own: what it leaves of each order it touches.
    const journalBytes = await readJournalBytes(journalPath)
    const journal = journalBytes
      ? readJournal(journalBytes, journalPath)
      : { records: [], goodBytes: 0, torn: undefined }
    const journalOrders = new Map<string, { order: unknown; record: number }>()
    /** Order id → journal transactions before its last delete (they go with it). */
    const deletedBefore = new Map<string, number>()
    const journalTransactions: Array<{ record: StoredTransaction; origin: number }> = []
    let replayed = 0
    let sequence = base
    for (const { index, record } of recordsAfter(journal.records, base, journalPath)) {
      replayed++
      sequence = record.seq
      if ('order' in record) {
        const id = (record.order as { id?: unknown } | null)?.id
        // Without an id it cannot be keyed: kept for the contract check to name.
        journalOrders.set(typeof id === 'string' ? id : `\u0000record-${index}`, {
          order: record.order,
          record: index + 1,
        })
      } else if ('deleted' in record) {
        journalOrders.delete(record.deleted)
        deletedBefore.set(record.deleted, journalTransactions.length)
      } else {
        journalTransactions.push({ record: record.transaction, origin: index + 1 })
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
    let batch: Array<{ order: never; text: string }> = []
    let position = 0
    const addOrder = (order: unknown, text: string | undefined, origin?: number) => {
      const found = orderViolations(order, `body/orders/${position}`, position, orderIds)
      report(found, origin, 'orders')
      position++
      if (violationCount > 0) return
      batch.push({ order: order as never, text: text ?? JSON.stringify(order) })
      if (batch.length >= BATCH) {
        load.add(batch)
        batch = []
      }
    }

    // The snapshot's orders, line by line.
    let line = await nextLine()
    let comma = true
    let snapshotIndex = 0
    while (line !== undefined && line !== BETWEEN) {
      if (!comma) throw damaged('follows an order line without a comma')
      comma = line.endsWith(',')
      const text = comma ? line.slice(0, -1) : line
      const order = parseLine(text, `orders/${snapshotIndex}`)
      snapshotIndex++
      const id = (order as { id?: unknown } | null)?.id
      const touched = typeof id === 'string'
      const replaced = touched ? journalOrders.get(id) : undefined
      if (touched && deletedBefore.has(id)) {
        // Deleted by the journal: gone, or added again after the snapshot's orders.
      } else if (replaced) {
        // Set by the journal (never deleted there): its value, in the snapshot's place.
        journalOrders.delete(id as string)
        addOrder(replaced.order, undefined, replaced.record)
      } else {
        addOrder(order, text)
      }
      line = await nextLine()
    }
    if (line === undefined) throw damaged(`ends the file before "${BETWEEN}" (cut short)`)
    if (comma && snapshotIndex > 0) throw damaged('follows an order line ending in a comma')
    // Orders the journal added (or deleted and added again): after the snapshot's.
    for (const { order, record } of journalOrders.values()) addOrder(order, undefined, record)
    if (batch.length > 0 && violationCount === 0) load.add(batch)
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
    for (const [index, { record, origin }] of journalTransactions.entries()) {
      if (index >= (deletedBefore.get(record?.orderId) ?? 0)) addTransaction(record, origin)
    }
    for (line = await nextLine(); line !== undefined; line = await nextLine()) {
      if (line.trim() !== '') throw damaged('follows the end of the document')
    }

    if (violationCount === 0) await load.finish(transactions)
    return {
      recovered: {
        value: undefined,
        snapshotFound: true,
        sequence: Math.max(sequence, base),
        replayed,
        skipped: journal.records.filter((record) => record.seq <= base).length,
        journalBytes: journal.goodBytes,
        ...(journal.torn && { torn: journal.torn }),
        origins: { orders: new Map(), transactions: new Map() },
      },
      violations,
      violationCount,
    }
  } finally {
    lines.close()
  }

  function parseLine(text: string, at: string): unknown {
    try {
      return parseSnapshotText(text)
    } catch (error) {
      const reason =
        error instanceof ProblemError && error.errors?.[0]
          ? `${error.errors[0].message}`
          : `is not valid JSON (${(error as Error).message.replace(/^The request body is not valid JSON: /, '')})`
      throw new Error(
        `Failed to load the state file ${stateFile}: line ${lineNumber} (${at}) ${reason}. Hint: fix or delete it, or pass another --state file.`,
      )
    }
  }
}
