/**
 * A worker thread of `report render`: renders the jobs it is sent one after the
 * other, in the order sent, with fonts loaded once for all of them.
 */
import { parentPort } from 'node:worker_threads'
import { renderFile, type RenderJob } from './render-file.js'

let queue = Promise.resolve()

parentPort?.on('message', (job: RenderJob) => {
  queue = queue.then(() =>
    renderFile(job).then(
      (outcome) => parentPort?.postMessage({ outcome }),
      (e: unknown) => parentPort?.postMessage({ crash: e instanceof Error ? e.message : String(e), input: job.input })
    )
  )
})
