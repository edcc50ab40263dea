/**
 * Render jobs on a pool of worker threads, one per core, each taking the next
 * job when it is done with one.
 */
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import type { RenderJob, RenderOutcome } from './render-file.js'

type Reply = { readonly outcome: RenderOutcome } | { readonly crash: string; readonly input: string }

/**
 * The outcome of every job, in job order; `onDone` is told of each as it ends.
 * When a worker crashes no further job is started and the promise rejects; jobs
 * already under way finish (each PDF is written whole or not at all).
 */
export const renderOnPool = async (
  jobs: ReadonlyArray<RenderJob>,
  onDone: (outcome: RenderOutcome) => void,
  size: number = availableParallelism()
): Promise<ReadonlyArray<RenderOutcome>> => {
  const outcomes = new Array<RenderOutcome>(jobs.length)
  let next = 0
  const runWorker = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(new URL('./render-worker.js', import.meta.url))
      const fail = (e: Error) => {
        next = jobs.length
        void worker.terminate()
        reject(e)
      }
      let current = -1
      const take = () => {
        current = next++
        const job = jobs[current]
        if (job === undefined) {
          void worker.terminate().then(() => resolve())
          return
        }
        worker.postMessage(job)
      }
      worker.on('message', (reply: Reply) => {
        if ('crash' in reply) {
          fail(new Error(`${reply.input}：${reply.crash}`))
          return
        }
        outcomes[current] = reply.outcome
        onDone(reply.outcome)
        take()
      })
      worker.on('error', fail)
      take()
    })
  await Promise.all(Array.from({ length: Math.max(1, Math.min(size, jobs.length)) }, runWorker))
  // Every worker resolves only once the queue is empty and its last job answered: every slot is filled.
  return outcomes
}
