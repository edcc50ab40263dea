/**
 * A PDF's text layer, read by pdfjs-dist in a worker thread (`pdf-worker.ts`): one
 * document at a time, each within a time limit, a page limit and a limit on its
 * text items. A document that overruns its time ends the thread (a new one starts
 * for the next document); a thread that fails, runs out of memory or exits only
 * fails the document it was reading. The thread does not keep the process alive
 * while it waits for work.
 */
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
// the thread
// -------------------------------------------------------------------------------------

/** The worker's module: beside this one when built; the built one when this runs from its source (tests). */
const workerUrl = (): URL =>
  import.meta.url.endsWith('.ts') ? new URL('../../dist/read/pdf-worker.js', import.meta.url) : new URL('./pdf-worker.js', import.meta.url)

interface Thread {
  readonly worker: Worker
  readonly waiting: Map<number, (reply: PdfText) => void>
}

let thread: Thread | undefined
let nextId = 1
let queue: Promise<unknown> = Promise.resolve()

const end = (t: Thread, reply: PdfText): void => {
  if (thread === t) thread = undefined
  for (const settle of t.waiting.values()) settle(reply)
  t.waiting.clear()
}

const start = (): Thread => {
  const worker = new Worker(workerUrl(), { resourceLimits: { maxOldGenerationSizeMb: 1024 } })
  const t: Thread = { worker, waiting: new Map() }
  worker.on('message', (reply: PdfReply) => {
    const settle = t.waiting.get(reply.id)
    t.waiting.delete(reply.id)
    if (t.waiting.size === 0) worker.unref()
    settle?.(reply.kind === 'pages' ? reply : { kind: reply.kind, message: reply.message })
  })
  worker.on('error', (e) => end(t, { kind: 'broken', message: e.message }))
  worker.on('exit', () => end(t, { kind: 'broken', message: 'PDF 读取线程意外结束' }))
  worker.unref()
  return t
}

const readOne = (data: Uint8Array, limits: PdfLimits, fast: boolean): Promise<PdfText> =>
  new Promise((resolve) => {
    const t = (thread ??= start())
    const id = nextId++
    const timer = setTimeout(() => {
      t.waiting.delete(id)
      end(t, { kind: 'broken', message: 'PDF 读取线程已停止' })
      void t.worker.terminate()
      resolve({ kind: 'timeout' })
    }, limits.timeoutMs)
    t.waiting.set(id, (reply) => {
      clearTimeout(timer)
      resolve(reply)
    })
    t.worker.ref()
    const request: PdfRequest = { id, data: Uint8Array.from(data), maxPages: limits.maxPages, maxItems: limits.maxItems, fast }
    t.worker.postMessage(request)
  })

/**
 * The text items of a PDF's pages, within the limits; never rejects.
 *
 * @example
 * const text = await pdfText(bytes)
 * if (text.kind === 'pages') text.pages[0]?.items[0]?.[0] // the first item's text
 */
export const pdfText = (data: Uint8Array, limits: PdfLimits = PDF_LIMITS, fast = true): Promise<PdfText> => {
  const run = queue.then(() => readOne(data, limits, fast))
  queue = run.catch(() => undefined)
  return run.catch((e: unknown) => ({ kind: 'broken', message: e instanceof Error ? e.message : String(e) }))
}
