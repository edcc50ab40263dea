/**
 * The viewer's worker thread: loads files (decode, check, import) and prints PDFs
 * off the server's event loop, so a slow file never stalls other requests. Run by
 * {@link offThread}; answers each request with its id.
 */
import type { Report } from '@report/model'
import { renderPdf } from '@report/pdf'
import { parentPort } from 'node:worker_threads'
import { loadReport } from './load-report.js'

/**
 * What the worker is asked: load a file's bytes, or print a report.
 */
export type WorkerTask = { readonly kind: 'load'; readonly name: string; readonly bytes: Uint8Array } | { readonly kind: 'pdf'; readonly report: Report }

/**
 * A task with the id its answer carries.
 */
export type WorkerRequest = WorkerTask & { readonly id: number }

/**
 * What it answers: the value asked for, or the message of what went wrong.
 */
export type WorkerReply = { readonly id: number; readonly value: unknown } | { readonly id: number; readonly error: string }

const answer = async (request: WorkerRequest): Promise<unknown> =>
  request.kind === 'load' ? loadReport(request.name, request.bytes) : renderPdf(request.report)

parentPort?.on('message', (request: WorkerRequest) => {
  answer(request).then(
    (value) => parentPort?.postMessage({ id: request.id, value } satisfies WorkerReply),
    (e: unknown) => parentPort?.postMessage({ id: request.id, error: e instanceof Error ? e.message : String(e) } satisfies WorkerReply)
  )
})
