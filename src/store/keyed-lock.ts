/**
 * Runs tasks one at a time per key (an order id), in arrival order, so that concurrent
 * changes to one order never interleave and no update is lost. Different keys run freely.
 *
 * @example
 * const lock = createKeyedLock()
 * await lock.run(orderId, async () => { ...read, change, write... })
 */
export function createKeyedLock() {
  const tails = new Map<string, Promise<unknown>>()
  return {
    run<Result>(key: string, task: () => Promise<Result> | Result): Promise<Result> {
      const previous = tails.get(key) ?? Promise.resolve()
      const result = previous.then(task, task)
      const tail = result.catch(() => undefined)
      tails.set(key, tail)
      void tail.then(() => {
        if (tails.get(key) === tail) tails.delete(key)
      })
      return result
    },
  }
}

export type KeyedLock = ReturnType<typeof createKeyedLock>
