/**
 * Timing: tasks run in interleaved rounds, so that the load of a shared machine
 * drifting during a run hits every task alike.
 */
import { median } from './stats.js'

/** Milliseconds since `start`, a `process.hrtime.bigint()` reading. */
export const msSince = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e6

/** The time of one call of `task` in milliseconds. */
export const timeMs = async (task: () => unknown): Promise<number> => {
  const start = process.hrtime.bigint()
  await task()
  return msSince(start)
}

/** The times of each task in milliseconds, in round order: wall-clock and this process's CPU time (every thread's). */
export interface Timings<K extends string> {
  readonly wall: Record<K, Array<number>>
  readonly cpu: Record<K, Array<number>>
}

/**
 * Runs every task once per round, `rounds` times, each round starting one task
 * further along (A B C, B C A, C A B, …); `task(round)` is given the round, so that
 * each round can take another input. Resolves to each task's times: wall-clock,
 * and CPU time, which a loaded machine's waiting leaves out.
 *
 * @example
 * const { wall } = await interleaved({ a: (r) => renderA(inputs[r]), b: (r) => renderB(inputs[r]) }, 30)
 * wall.a.length // 30
 */
export const interleaved = async <K extends string>(tasks: Readonly<Record<K, (round: number) => unknown>>, rounds: number): Promise<Timings<K>> => {
  const names = Object.keys(tasks) as Array<K>
  const lists = () => Object.fromEntries(names.map((n) => [n, [] as Array<number>])) as Record<K, Array<number>>
  const timings = { wall: lists(), cpu: lists() }
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(round + k) % names.length] as K
      const cpu = process.cpuUsage()
      timings.wall[name].push(await timeMs(() => tasks[name](round)))
      const used = process.cpuUsage(cpu)
      timings.cpu[name].push((used.user + used.system) / 1000)
    }
  }
  return timings
}

/** Calls per second, one rate per round: by the wall clock and by this process's CPU time. */
export interface Rates {
  readonly wall: ReadonlyArray<number>
  readonly cpu: ReadonlyArray<number>
}

/**
 * Calls per second of each synchronous task, one rate per round of `iterations`
 * calls, in interleaved rounds (each starting one task further along, so that a
 * shared machine's drifting load hits every task alike) after a warm-up round;
 * `task(i)` is given the call's index, so that calls can cycle through varied inputs.
 *
 * @example
 * const { parse, check } = interleavedRates({ parse: (i) => JSON.parse(texts[i % n]), check: (i) => validateReport(JSON.parse(texts[i % n])) }, 10_000)
 */
export const interleavedRates = <K extends string>(
  tasks: Readonly<Record<K, (i: number) => unknown>>,
  iterations: number,
  rounds = 7
): Record<K, Rates> => {
  const names = Object.keys(tasks) as Array<K>
  const measured = Object.fromEntries(names.map((n) => [n, { wall: [] as Array<number>, cpu: [] as Array<number> }])) as Record<
    K,
    { wall: Array<number>; cpu: Array<number> }
  >
  let i = 0
  for (let round = -1; round < rounds; round++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(round + 1 + k) % names.length] as K
      const task = tasks[name]
      const start = process.hrtime.bigint()
      const cpuStart = process.cpuUsage()
      for (let c = 0; c < iterations; c++) task(i++)
      const used = process.cpuUsage(cpuStart)
      if (round >= 0) {
        measured[name].wall.push(iterations / (msSince(start) / 1000))
        measured[name].cpu.push(iterations / ((used.user + used.system) / 1e6))
      }
    }
  }
  return measured
}

/**
 * Calls per second of a synchronous `task`, one rate per round of `iterations`
 * calls, after a warm-up round: {@link interleavedRates} of one task.
 */
export const rates = (task: (i: number) => unknown, iterations: number, rounds = 7): Rates => interleavedRates({ task }, iterations, rounds).task

/**
 * The median time of an asynchronous `task` in milliseconds, over `rounds` runs
 * after a warm-up run.
 */
export const medianMs = async (task: () => Promise<unknown>, rounds: number): Promise<number> => {
  await task()
  const times: Array<number> = []
  for (let i = 0; i < rounds; i++) times.push(await timeMs(task))
  return median(times)
}
