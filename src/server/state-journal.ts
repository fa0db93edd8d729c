import type { Order } from '../domain/types.ts'
import { ProblemError } from '../problems/index.ts'
import type { StoredTransaction } from '../store/index.ts'
import { crc32, crc32Hex } from './crc32.ts'
import { parseSnapshotText } from './validate-snapshot.ts'

/**
 * One change in the state journal (`<state file>.journal`, decision 125): an order's whole
 * current value, an order deleted (its transactions go with it), or a transaction added.
 * `seq` rises by one per record across the life of the state file; the snapshot names the
 * last one it holds (`journalSequence`), so a replay skips what the snapshot already has.
 */
export type JournalRecord =
  | { seq: number; order: Order }
  | { seq: number; deleted: string }
  | { seq: number; transaction: StoredTransaction }

/** The journal beside a state file. */
export function journalPathOf(stateFile: string): string {
  return `${stateFile}.journal`
}

/**
 * One journal line: the CRC-32 of the JSON text as 8 lower-case hex digits, a space, the
 * record as JSON, a newline. A record counts only whole: with its newline and its checksum.
 *
 * @example
 * encodeJournalRecord({ seq: 1, deleted: 'o_1' }) // '6d1f0c3a {"seq":1,"deleted":"o_1"}\n' (checksum illustrative)
 */
export function encodeJournalRecord(record: JournalRecord): string {
  const json = JSON.stringify(record)
  return `${checksumOf(json)} ${json}\n`
}

/**
 * The line of an order record from the order's stored JSON (no second serialisation): the
 * same bytes as `encodeJournalRecord({ seq, order })`.
 *
 * @example
 * encodeOrderRecord(7, '{"id":"o_1","merchant":"m","channel":"c"}')
 */
export function encodeOrderRecord(seq: number, orderJson: string): string {
  const json = `{"seq":${seq},"order":${orderJson}}`
  return `${checksumOf(json)} ${json}\n`
}

/** What a journal file holds, read for a replay. */
export interface JournalContents {
  records: JournalRecord[]
  /** Bytes of whole records: where the next append goes (a torn tail is cut there). */
  goodBytes: number
  /** A last record cut short or failing its checksum: ignored (it was never acknowledged). */
  torn?: { record: number; bytes: number }
}

/**
 * Reads journal bytes. A torn or corrupt LAST record (a crash during its append: it was never
 * acknowledged) is left out and reported in `torn`; anything wrong before the last record is
 * an error naming the file, the record number and the byte offset. No bytes (no journal
 * file) read as an empty journal.
 *
 * @example
 * const { records, torn } = readJournal(await readFile(journalPathOf(file)), journalPathOf(file))
 */
export function readJournal(bytes: Buffer | undefined, path: string): JournalContents {
  if (bytes === undefined) return { records: [], goodBytes: 0 }
  const records: JournalRecord[] = []
  let offset = 0
  let number = 0
  let previous = 0
  while (offset < bytes.length) {
    number++
    const end = bytes.indexOf(0x0a, offset)
    const last = end === -1 || end === bytes.length - 1
    const line = bytes.subarray(offset, end === -1 ? bytes.length : end).toString('utf8')
    const read = end === -1 ? 'it has no newline (cut short)' : parseRecord(line)
    if (typeof read === 'string') {
      if (last)
        return {
          records,
          goodBytes: offset,
          torn: { record: number, bytes: bytes.length - offset },
        }
      throw corrupt(path, number, offset, read)
    }
    const record = read.record
    const shapeProblem = shapeOf(record, previous)
    if (shapeProblem) throw corrupt(path, number, offset, shapeProblem)
    previous = record.seq
    records.push(record)
    offset = end + 1
  }
  return { records, goodBytes: offset }
}

/** The record of a whole line, or what is wrong with it. */
function parseRecord(line: string): { record: JournalRecord } | string {
  if (!/^[0-9a-f]{8} /.test(line)) return 'it does not start with an 8-digit checksum and a space'
  const json = line.slice(9)
  if (checksumOf(json) !== line.slice(0, 8)) return 'its checksum does not match its bytes'
  try {
    return { record: parseSnapshotText(json) as JournalRecord }
  } catch (error) {
    return error instanceof ProblemError && error.errors?.[0]
      ? `${error.errors[0].location} ${error.errors[0].message}`
      : `it is not valid JSON (${(error as Error).message})`
  }
}

function shapeOf(record: JournalRecord, previous: number): string | undefined {
  if (typeof record !== 'object' || record === null || Array.isArray(record))
    return 'it is not an object'
  const keys = Object.keys(record).filter((key) => key !== 'seq')
  if (!Number.isSafeInteger(record.seq) || record.seq <= previous)
    return `its seq must be a whole number above the previous record's (${previous})`
  if (keys.length !== 1 || !['order', 'deleted', 'transaction'].includes(keys[0] as string))
    return 'it must hold exactly one of "order", "deleted", "transaction" besides "seq"'
  if ('deleted' in record && typeof record.deleted !== 'string')
    return '"deleted" must be an order id'
  return undefined
}

function corrupt(path: string, number: number, offset: number, problem: string): Error {
  return new Error(
    `Failed to load the state journal ${path}: record ${number} (at byte ${offset}) is corrupt: ${problem}. Only a torn LAST record is skipped (a crash during its write); this one has records after it, so the journal was changed by something else. Hint: restore the journal from a backup, or delete it to start from the state file alone (the changes it holds are then lost).`,
  )
}

/** CRC-32 as 8 hex digits. */
function checksumOf(json: string): string {
  return crc32Hex(crc32(json))
}
