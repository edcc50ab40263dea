/**
 * A PDF's text layer, read by pdfjs-dist in worker threads (`pdf-worker.ts`): one
 * document a thread at a time, up to one thread a core, each document within a time
 * limit, a page limit and a limit on its text items. A document that overruns its
 * time ends its thread (a new one starts for the next document); a thread that
 * fails, runs out of memory or exits only fails the document it was reading. No
 * thread keeps the process alive while it waits for work.
 */
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import type { PdfPage, PdfReply, PdfRequest } from './pdf-protocol.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/** How much of a PDF is read, and for how long. */
export interface PdfLimits {
  /** Pages read; the rest are left, with a note. */
  readonly maxPages: number
  /** Text items read over all pages. */
  readonly maxItems: number
  /** Milliseconds for the whole document, from the moment the thread takes it. */
  readonly timeoutMs: number
}

/** The default limits: far beyond any annual report (a few pages, a few thousand items). */
export const PDF_LIMITS: PdfLimits = { maxPages: 300, maxItems: 100_000, timeoutMs: 30_000 }

/** What reading a PDF gave: its pages, or why there are none. */
export type PdfText =
  | { readonly kind: 'pages'; readonly numPages: number; readonly pages: ReadonlyArray<PdfPage>; readonly repaired: boolean }
  | { readonly kind: 'password' | 'broken'; readonly message: string }
  | { readonly kind: 'timeout' }

// -------------------------------------------------------------------------------------
// the threads
// -------------------------------------------------------------------------------------

/** The worker's module: beside this one when built; the built one when this runs from its source (tests). */
const workerUrl = (): URL =>
  import.meta.url.endsWith('.ts') ? new URL('../../dist/read/pdf-worker.js', import.meta.url) : new URL('./pdf-worker.js', import.meta.url)

/** Documents read at once, one a thread: as many as there are cores, at most four (each thread holds pdfjs, some 60 MB). */
const MAX_THREADS = Math.max(1, Math.min(availableParallelism(), 4))

/** A document waiting for a thread. */
interface Job {
  readonly data: Uint8Array
  readonly limits: PdfLimits
  readonly fast: boolean
  readonly resolve: (text: PdfText) => void
}

/** A thread and the document it is reading, if any. */
interface Thread {
  readonly worker: Worker
  current: { readonly id: number; readonly settle: (reply: PdfText) => void } | undefined
}

const threads: Array<Thread> = []
const queue: Array<Job> = []
let nextId = 1

/** A thread is gone (failed, exited, stopped): the document it was reading fails, the others go on. */
const lose = (t: Thread, reply: PdfText): void => {
  const at = threads.indexOf(t)
  if (at !== -1) threads.splice(at, 1)
  const current = t.current
  t.current = undefined
  current?.settle(reply)
}

const start = (): Thread => {
  const worker = new Worker(workerUrl(), { resourceLimits: { maxOldGenerationSizeMb: 1024 } })
  const t: Thread = { worker, current: undefined }
  worker.on('message', (reply: PdfReply) => {
    if (reply.id !== t.current?.id) return
    t.current.settle(reply.kind === 'pages' ? reply : { kind: reply.kind, message: reply.message })
  })
  worker.on('error', (e) => lose(t, { kind: 'broken', message: e.message }))
  worker.on('exit', () => lose(t, { kind: 'broken', message: 'PDF 读取线程意外结束' }))
  // An idle thread never keeps the process alive; a busy one does (see run).
  worker.unref()
  return t
}

/** Gives waiting documents to idle threads, starting threads up to the limit. */
const dispatch = (): void => {
  while (queue.length > 0) {
    let t = threads.find((x) => x.current === undefined)
    if (t === undefined && threads.length < MAX_THREADS) {
      try {
        t = start()
      } catch (e) {
        queue.shift()?.resolve({ kind: 'broken', message: e instanceof Error ? e.message : String(e) })
        continue
      }
      threads.push(t)
    }
    if (t === undefined) return
    run(t, queue.shift() as Job)
  }
}

/** One document on one thread, within its time: past it, the thread is ended and the document is a timeout. */
const run = (t: Thread, job: Job): void => {
  const id = nextId++
  const timer = setTimeout(() => {
    lose(t, { kind: 'timeout' })
    void t.worker.terminate()
  }, job.limits.timeoutMs)
  t.current = {
    id,
    settle: (reply) => {
      clearTimeout(timer)
      if (t.current?.id === id) t.current = undefined
      t.worker.unref()
      job.resolve(reply)
      dispatch()
    }
  }
  t.worker.ref()
  const request: PdfRequest = { id, data: Uint8Array.from(job.data), maxPages: job.limits.maxPages, maxItems: job.limits.maxItems, fast: job.fast }
  try {
    t.worker.postMessage(request)
  } catch (e) {
    lose(t, { kind: 'broken', message: e instanceof Error ? e.message : String(e) })
    void t.worker.terminate()
  }
}

/**
 * The text items of a PDF's pages, within the limits; never rejects. Documents asked
 * for at once are read at once, one a thread, up to one a core.
 *
 * @example
 * const text = await pdfText(bytes)
 * if (text.kind === 'pages') text.pages[0]?.items[0]?.[0] // the first item's text
 */
export const pdfText = (data: Uint8Array, limits: PdfLimits = PDF_LIMITS, fast = true): Promise<PdfText> =>
  new Promise((resolve) => {
    queue.push({ data, limits, fast, resolve })
    dispatch()
  })
