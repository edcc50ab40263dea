/**
 * The benchmark harness shared by `npm run bench` of every package: tasks run in
 * rounds after a warm-up, reported as medians. Speed is measured here, never in tests.
 */

/**
 * The median of a non-empty list.
 *
 * @example
 * median([3, 1, 2]) // 2
 */
export const median = (xs: ReadonlyArray<number>): number => {
  const sorted = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
}

/**
 * Milliseconds since `start`, a `process.hrtime.bigint()` reading.
 */
export const msSince = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e6

/**
 * Operations per second of `task`: the median of `rounds` rounds of `iterations`
 * calls, after a warm-up round.
 */
export const opsPerSecond = (task: () => unknown, iterations: number, rounds = 7): number => {
  const rates: Array<number> = []
  for (let round = -1; round < rounds; round++) {
    const start = process.hrtime.bigint()
    for (let i = 0; i < iterations; i++) task()
    if (round >= 0) rates.push(iterations / (msSince(start) / 1000))
  }
  return median(rates)
}

/**
 * The median time of an asynchronous `task` in milliseconds, over `rounds` runs
 * after a warm-up run.
 */
export const medianMs = async (task: () => Promise<unknown>, rounds: number): Promise<number> => {
  await task()
  const times: Array<number> = []
  for (let i = 0; i < rounds; i++) {
    const start = process.hrtime.bigint()
    await task()
    times.push(msSince(start))
  }
  return median(times)
}
