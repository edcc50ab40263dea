/**
 * A small benchmark harness: runs a task in rounds and reports the median rate.
 * Speed is measured here, never in tests.
 */

/** The median of a non-empty list. */
export const median = (xs: ReadonlyArray<number>): number => {
  const sorted = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
}

/** Operations per second of `task`, as the median of `rounds` rounds of `iterations` calls, after a warm-up round. */
export const opsPerSecond = (task: () => unknown, iterations: number, rounds = 7): number => {
  const rates: Array<number> = []
  for (let round = -1; round < rounds; round++) {
    const start = process.hrtime.bigint()
    for (let i = 0; i < iterations; i++) task()
    const seconds = Number(process.hrtime.bigint() - start) / 1e9
    if (round >= 0) rates.push(iterations / seconds)
  }
  return median(rates)
}
