/**
 * Loading and printing on worker threads: one for loading files, one for PDFs, so
 * that neither a slow import nor a slow PDF holds up the server or each other.
 * Each worker runs one request at a time, in order, and is started when first
 * needed.
 */
import type { Report } from '@report/model'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { Loaded } from './load-report.js'
import type { WorkerReply, WorkerRequest, WorkerTask } from './report-worker.js'

/** The built worker beside this module; run from the TypeScript sources (the tests), the built one in dist. */
const workerUrl = (): URL => {
  const beside = new URL('./report-worker.js', import.meta.url)
  return existsSync(fileURLToPath(beside)) ? beside : new URL('../dist/report-worker.js', import.meta.url)
}

type Pending = { readonly resolve: (value: unknown) => void; readonly reject: (e: Error) => void }

/** One worker and the requests it has not answered; a crash fails them all and the next request starts a new worker. */
const lane = () => {
  let worker: Worker | undefined
  const pending = new Map<number, Pending>()
  let ids = 0
  const start = (): Worker => {
    const started = new Worker(workerUrl())
    started.unref()
    started.on('message', (reply: WorkerReply) => {
      const waiting = pending.get(reply.id)
      pending.delete(reply.id)
      if ('error' in reply) waiting?.reject(new Error(reply.error))
      else waiting?.resolve(reply.value)
    })
    const fail = (e: Error) => {
      if (worker === started) worker = undefined
      pending.forEach((p) => p.reject(e))
      pending.clear()
    }
    started.on('error', fail)
    started.on('exit', (code) => fail(new Error(`后台线程意外退出（${code}）`)))
    return started
  }
  return {
    ask: <T>(task: WorkerTask): Promise<T> =>
      new Promise<T>((resolve, reject) => {
        ids += 1
        pending.set(ids, { resolve: resolve as (value: unknown) => void, reject })
        worker ??= start()
        worker.postMessage({ ...task, id: ids } satisfies WorkerRequest)
      }),
    close: () => {
      const stopping = worker
      worker = undefined
      void stopping?.terminate()
    }
  }
}

/**
 * Loading and printing off the event loop.
 */
export interface OffThread {
  /** {@link loadReport} on the loading worker. */
  readonly load: (name: string, bytes: Uint8Array) => Promise<Loaded>
  /** `renderPdf` on the printing worker. */
  readonly pdf: (report: Report) => Promise<Uint8Array>
  /** Stops both workers. */
  readonly close: () => void
}

/**
 * Two workers, started on first use.
 *
 * @example
 * const work = offThread()
 * const loaded = await work.load('report.json', bytes)
 */
export const offThread = (): OffThread => {
  const loading = lane()
  const printing = lane()
  return {
    load: (name, bytes) => loading.ask<Loaded>({ kind: 'load', name, bytes }),
    pdf: (report) => printing.ask<Uint8Array>({ kind: 'pdf', report }),
    close: () => {
      loading.close()
      printing.close()
    }
  }
}
