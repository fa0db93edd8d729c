export interface BenchResult {
  name: string
  operations: number
  seconds: number
  perSecond: number
}

/** Runs `task` for a warm-up and then for `seconds`, and reports operations per second. */
export function measure(name: string, task: () => unknown, seconds = 2): BenchResult {
  const warmUpEnd = performance.now() + 300
  while (performance.now() < warmUpEnd) task()
  let operations = 0
  const start = performance.now()
  const end = start + seconds * 1000
  while (performance.now() < end) {
    for (let batch = 0; batch < 50; batch++) task()
    operations += 50
  }
  const elapsed = (performance.now() - start) / 1000
  return { name, operations, seconds: elapsed, perSecond: operations / elapsed }
}

export function formatRate(result: BenchResult): string {
  return `  ${result.name.padEnd(58)} ${Math.round(result.perSecond).toLocaleString('en-US').padStart(10)} /s  (${result.operations.toLocaleString('en-US')} in ${result.seconds.toFixed(1)} s)`
}
