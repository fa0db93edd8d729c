import { randomUUID } from 'node:crypto'
import { unlinkSync } from 'node:fs'
import { link, readFile, unlink, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'

/** What a lock file holds: who holds the state file. */
interface LockOwner {
  pid: number
  hostname: string
  started: string
  token: string
}

/** A held lock on a state file. */
export interface StateLock {
  readonly path: string
  /** Removes the lock file (when it is still this process's). */
  release(): Promise<void>
}

/** State files this process holds, so a second server in the same process is refused too. */
const held = new Set<string>()

/**
 * Takes the exclusive lock on a `--state` file (issue 15, finding 10): `<file>.lock`, created
 * atomically (written aside, then hard-linked into place, which fails if it exists) and
 * holding the owner's pid, host and start time. A second server on the same file is refused
 * with a message naming that process. A lock whose process is gone (`kill -9`, a crash) is
 * taken over at once: the next start does not wait for it to go stale.
 *
 * @example
 * const lock = await lockStateFile('.state/demo.json')
 * // ... serve ...
 * await lock.release()
 */
export async function lockStateFile(stateFile: string): Promise<StateLock> {
  const path = `${stateFile}.lock`
  const me: LockOwner = {
    pid: process.pid,
    hostname: hostname(),
    started: new Date().toISOString(),
    token: randomUUID(),
  }
  const aside = `${path}.${process.pid}.${me.token}`
  await writeFile(aside, `${JSON.stringify(me)}\n`, { flag: 'wx' })
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await link(aside, path)
        break
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 3) throw error
      }
      const owner = await readOwner(path)
      if (owner && isAlive(owner, path)) {
        const who =
          owner.pid === process.pid
            ? 'this same process'
            : `process ${owner.pid}${owner.hostname === me.hostname ? '' : ` on ${owner.hostname}`}`
        throw new Error(
          `Failed to start: the state file ${stateFile} is in use by another norce-checkout-mock (${who}, started ${owner.started}). Two servers on one file would overwrite each other's changes. Hint: stop that server, or pass another --state file; if no such process exists, delete ${path}.`,
        )
      }
      // Its owner is gone: take it over (the link above retries).
      await unlink(path).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error
      })
    }
  } finally {
    await unlink(aside).catch(() => undefined)
  }
  held.add(path)
  const onExit = () => {
    try {
      unlinkSync(path)
    } catch {
      // Already gone.
    }
  }
  // A process that exits without closing the server (process.exit) still frees the file.
  process.once('exit', onExit)
  let released = false
  return {
    path: stateFile,
    async release() {
      if (released) return
      released = true
      process.off('exit', onExit)
      held.delete(path)
      const owner = await readOwner(path)
      if (owner?.token === me.token) await unlink(path).catch(() => undefined)
    },
  }
}

async function readOwner(path: string): Promise<LockOwner | undefined> {
  try {
    const owner = JSON.parse(await readFile(path, 'utf8')) as Partial<LockOwner>
    if (typeof owner.pid !== 'number' || typeof owner.token !== 'string') return undefined
    return owner as LockOwner
  } catch {
    return undefined
  }
}

/** Whether the lock's owner still runs. Another host's process cannot be checked: assumed alive. */
function isAlive(owner: LockOwner, path: string): boolean {
  if (owner.hostname !== hostname()) return true
  // Our own pid: held by a server in this process, or a dead process whose pid we reuse.
  if (owner.pid === process.pid) return held.has(path)
  try {
    process.kill(owner.pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
