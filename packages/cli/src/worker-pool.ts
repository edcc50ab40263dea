/**
 * Render jobs on a pool of worker threads, one per core, each taking the next
 * job when it is done with one. A job that fails in a way no input should (its
 * worker crashed or its render threw) is that job's internal failure; the others
 * go on, on a fresh worker if need be.
 */
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import { EXIT } from './contract.js'
import type { RenderJob, RenderOutcome } from './render-file.js'

type Reply = { readonly outcome: RenderOutcome } | { readonly crash: string; readonly input: string }

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
  const workers = new Set<Worker>()
  const settle = (index: number, outcome: RenderOutcome) => {
    outcomes[index] = outcome
    onDone(outcome)
  }
  const runWorker = (): Promise<void> =>
    new Promise<void>((resolve) => {
      if (signal?.aborted === true || next >= jobs.length) return resolve()
      const worker = new Worker(new URL('./render-worker.js', import.meta.url))
      workers.add(worker)
      let current = -1
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
        const job = signal?.aborted === true ? undefined : jobs[next]
        if (job === undefined) return finish(() => undefined)
        current = next++
        worker.postMessage(job)
      }
      worker.on('message', (reply: Reply) => {
        const job = jobs[current]
        if (job === undefined || finished) return
        settle(current, 'crash' in reply ? crashed(job, reply.crash) : reply.outcome)
        take()
      })
      worker.on('error', (e: Error) => {
        const job = jobs[current]
        if (job !== undefined && outcomes[current] === undefined) settle(current, crashed(job, e.message))
        // The crashed worker's place goes to a fresh one.
        finish(runWorker)
      })
      worker.on('exit', () => finish(() => undefined))
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
