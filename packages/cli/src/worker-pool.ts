/**
 * Render jobs on a pool of worker threads, one per core, started once for the
 * batch and kept, each loading its fonts once. Jobs are streamed: each worker
 * holds the one it renders and the next, so that it never waits for this thread
 * between two. A job that fails in a way no input should (its worker crashed or
 * its render threw) is that job's internal failure; the others go on, those the
 * crashed worker held but had not started on another worker, on a fresh one.
 */
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import { EXIT } from './contract.js'
import type { RenderJob, RenderOutcome } from './render-file.js'

type Reply = { readonly outcome: RenderOutcome } | { readonly crash: string; readonly input: string }

/** How many jobs a worker holds at once: the one it renders and the next. */
const HELD = 2

/**
 * Each worker's young generation, in MB: twice V8's default (48 MB on 64-bit),
 * since a render allocates much that dies young. A batch of 200 generated reports
 * took 4–6 % less CPU time (three paired runs; 192 MB no better), for some 25 MB
 * more memory a worker.
 */
const YOUNG_GENERATION_MB = 96

/** The outcome of a job whose render failed as no input should make it fail. */
const crashed = (job: RenderJob, reason: string): RenderOutcome => ({
  input: job.input,
  output: job.output,
  problems: [],
  written: false,
  failure: { code: 'INTERNAL', message: `${job.input}：内部错误：${reason}（程序缺陷，请报告）` },
  exitCode: EXIT.internal
})

/**
 * The outcome of every job, in job order; `onDone` is told of each as it ends.
 * When `signal` aborts no further job is started and the workers are stopped: the
 * jobs not done have no outcome (`undefined`), and each of them may have left a
 * temporary file but never a partial output.
 */
export const renderOnPool = async (
  jobs: ReadonlyArray<RenderJob>,
  onDone: (outcome: RenderOutcome) => void,
  { size = availableParallelism(), signal }: { readonly size?: number; readonly signal?: AbortSignal } = {}
): Promise<ReadonlyArray<RenderOutcome | undefined>> => {
  const outcomes = new Array<RenderOutcome | undefined>(jobs.length).fill(undefined)
  let next = 0
  // Jobs a crashed worker held without having started them, for the next worker that takes one.
  const returned: Array<number> = []
  const nextJob = (): number | undefined => (signal?.aborted === true ? undefined : (returned.shift() ?? (next < jobs.length ? next++ : undefined)))
  const workers = new Set<Worker>()
  const settle = (index: number, outcome: RenderOutcome) => {
    outcomes[index] = outcome
    onDone(outcome)
  }
  const runWorker = (): Promise<void> =>
    new Promise<void>((resolve) => {
      if (signal?.aborted === true || (returned.length === 0 && next >= jobs.length)) return resolve()
      const worker = new Worker(new URL('./render-worker.js', import.meta.url), { resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } })
      workers.add(worker)
      // The jobs sent to this worker and not yet answered, in the order it renders them.
      const held: Array<number> = []
      let finished = false
      const finish = (then: () => Promise<void> | void) => {
        if (finished) return
        finished = true
        workers.delete(worker)
        void worker.terminate().then(async () => {
          await then()
          resolve()
        })
      }
      const take = () => {
        while (held.length < HELD) {
          const index = nextJob()
          if (index === undefined) break
          held.push(index)
          worker.postMessage(jobs[index])
        }
        if (held.length === 0) finish(() => undefined)
      }
      /** The worker is gone with jobs held: the one it was rendering failed, the others go back; a fresh worker takes its place. */
      const lost = (reason: string) => {
        if (finished) return
        // Stopped by an abort: what it held has no outcome.
        if (signal?.aborted === true) return finish(() => undefined)
        const [current, ...unstarted] = held.splice(0)
        const job = current === undefined ? undefined : jobs[current]
        if (current !== undefined && job !== undefined && outcomes[current] === undefined) settle(current, crashed(job, reason))
        returned.push(...unstarted)
        finish(runWorker)
      }
      worker.on('message', (reply: Reply) => {
        const index = held.shift()
        const job = index === undefined ? undefined : jobs[index]
        if (index === undefined || job === undefined || finished) return
        settle(index, 'crash' in reply ? crashed(job, reply.crash) : reply.outcome)
        take()
      })
      worker.on('error', (e: Error) => lost(e.message))
      worker.on('exit', (code) => (held.length === 0 ? finish(() => undefined) : lost(`渲染线程意外退出（${code}）`)))
      take()
    })
  const stop = () => workers.forEach((w) => void w.terminate())
  signal?.addEventListener('abort', stop, { once: true })
  try {
    await Promise.all(Array.from({ length: Math.max(1, Math.min(size, jobs.length)) }, runWorker))
  } finally {
    signal?.removeEventListener('abort', stop)
  }
  return outcomes
}
