import { open, readFile, rename } from 'node:fs/promises'
import { dirname } from 'node:path'
import { ProblemError } from '../problems/index.ts'
import { parseSnapshotText } from './validate-snapshot.ts'

/**
 * Reads a state file: the parsed JSON, or `undefined` when the file does not exist yet.
 *
 * @example
 * const saved = await readStateFile('.state/demo.json') // undefined on the first run
 */
export async function readStateFile(path: string): Promise<unknown> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw new Error(
      `Failed to read the state file ${path}: ${(error as Error).message}. Hint: check its permissions, or pass another --state file.`,
    )
  }
  try {
    return parseSnapshotText(text)
  } catch (error) {
    const reason =
      error instanceof ProblemError && error.errors?.[0]
        ? `${error.errors[0].location} ${error.errors[0].message}`
        : `it is not valid JSON (${(error as Error).message.replace(/^The request body is not valid JSON: /, '')})`
    throw new Error(
      `Failed to load the state file ${path}: ${reason}. Hint: fix or delete it, or pass another --state file.`,
    )
  }
}

/**
 * Writes `text` to `path` so that a crash at any moment leaves either the old file or the new
 * one, never a torn one: write `<path>.tmp`, fsync it, rename it over `path`, fsync the
 * directory (so the rename itself survives a power cut). `text` may come in pieces (an
 * iterable of strings): each piece is written as it comes, and the event loop runs between two.
 *
 * @example
 * await writeFileDurably('.state/demo.json', JSON.stringify(store.snapshot()))
 */
export async function writeFileDurably(
  path: string,
  text: string | Uint8Array | Iterable<string>,
): Promise<void> {
  const temporary = `${path}.tmp`
  const file = await open(temporary, 'w')
  try {
    if (typeof text === 'string' || text instanceof Uint8Array) await file.writeFile(text)
    // writeFile goes on from the current position and writes the whole piece.
    else for (const piece of text) await file.writeFile(piece, 'utf8')
    await file.sync()
  } finally {
    await file.close()
  }
  await rename(temporary, path)
  await syncDirectoryOf(path)
}

/**
 * Fsyncs the directory holding `path`, so that a file created or renamed there survives a
 * power cut. Some file systems refuse to fsync a directory: then it does nothing.
 *
 * @example
 * await syncDirectoryOf('.state/demo.json.journal') // after creating the journal
 */
export async function syncDirectoryOf(path: string): Promise<void> {
  let directory: Awaited<ReturnType<typeof open>> | undefined
  try {
    directory = await open(dirname(path), 'r')
    await directory.sync()
  } catch {
    // The rename or creation is still atomic there.
  } finally {
    await directory?.close()
  }
}

/**
 * Serialises saves and merges the ones that pile up: while a write runs, every caller that
 * asks for a save shares the one write that starts next. `write` takes its snapshot when it
 * starts, so each caller's change is in the write it waits for (group commit).
 *
 * @example
 * const saver = createCoalescingWriter(() => writeFileDurably(file, JSON.stringify(store.snapshot())))
 * await saver.save() // the change made before this call is on disk
 */
export function createCoalescingWriter(write: () => Promise<void>): {
  save(): Promise<void>
  /** Resolves when no write is running or queued. */
  idle(): Promise<void>
} {
  let running: Promise<void> | undefined
  let queued: Promise<void> | undefined
  const start = (): Promise<void> => {
    const current = write().finally(() => {
      if (running === current) running = undefined
    })
    running = current
    return current
  }
  return {
    save() {
      // A queued write has not taken its snapshot yet: join it. (Between the end of the
      // running write and the start of the queued one, `running` is already clear: starting
      // another write there would run two at once.)
      if (queued) return queued
      if (!running) return start()
      queued = running
        .catch(() => undefined)
        .then(() => {
          queued = undefined
          return start()
        })
      return queued
    },
    async idle() {
      while (running || queued) await (queued ?? running)?.catch(() => undefined)
    },
  }
}
