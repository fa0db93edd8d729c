/** Orders writes against whole-store replacements (reset, import). */
export interface WriteGate {
  /** Runs a write; many run at once, but none while a replacement waits or runs. */
  write<T>(run: () => Promise<T>): Promise<T>
  /** Runs a replacement once every write in flight has finished (answered and saved). */
  replace<T>(run: () => Promise<T>): Promise<T>
  /** Writes in flight now. */
  readonly writing: number
}

/**
 * A readers-writer lock with the roles turned around: Order API writes share it, a reset or
 * an import takes it alone (issue 15, finding 16). A write waiting on a hook when a reset
 * comes in finishes first, on the store it started on, and is saved and acknowledged before
 * the reset replaces that store; writes that arrive meanwhile wait for the new store. So no
 * write is ever acknowledged and then dropped. Replacements queue behind each other, and a
 * waiting replacement holds new writes back (it cannot be starved).
 *
 * @example
 * const gate = createWriteGate()
 * await gate.write(() => api.handle(request))
 * await gate.replace(() => runtimes.fresh())
 */
export function createWriteGate(): WriteGate {
  let writing = 0
  let drained: (() => void) | undefined
  /** Settles when the last queued replacement has finished; writes wait for it. */
  let replacing: Promise<void> | undefined
  let tail: Promise<void> = Promise.resolve()

  const whenDrained = (): Promise<void> =>
    writing === 0
      ? Promise.resolve()
      : new Promise<void>((resolve) => {
          drained = resolve
        })

  return {
    get writing() {
      return writing
    },
    async write(run) {
      while (replacing) await replacing
      writing++
      try {
        return await run()
      } finally {
        writing--
        if (writing === 0 && drained) {
          const resolve = drained
          drained = undefined
          resolve()
        }
      }
    },
    replace(run) {
      const result = tail.then(async () => {
        await whenDrained()
        return run()
      })
      const settled = result.then(
        () => undefined,
        () => undefined,
      )
      tail = settled
      const current = settled.then(() => {
        if (replacing === current) replacing = undefined
      })
      replacing = current
      return result
    },
  }
}
