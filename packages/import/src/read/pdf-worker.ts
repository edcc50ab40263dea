/**
 * The worker thread that reads a PDF's text layer with pdfjs-dist (its legacy
 * build, the one for Node). pdfjs runs here, not in the caller's thread: its
 * polyfills replace built-ins (`Array.prototype.push`, `JSON`) and add globals
 * (`self`, `navigator`) for the whole thread, and a document that makes it loop
 * can only be stopped by ending the thread. Nothing is fetched: the worker code is
 * imported in-thread, CMaps and standard fonts are read from pdfjs-dist's own
 * folders, font faces are never made, eval is off. Nothing is printed.
 */
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { parentPort } from 'node:worker_threads'
import type { PdfReply, PdfRequest, PdfPage, PdfItem } from './pdf-protocol.js'
import { withoutFontPrograms } from './pdf-fonts.js'
import { withTrailer } from './pdf-repair.js'

// Nothing pdfjs (or a polyfill) prints may reach the command's output.
const quiet = (): void => undefined
console.log = quiet
console.info = quiet
console.warn = quiet
console.error = quiet
console.debug = quiet

const require = createRequire(import.meta.url)
const root = dirname(require.resolve('pdfjs-dist/package.json'))
const folder = (name: string): string => join(root, name) + '/'

// Specifiers as values: pdfjs-dist types only its main entry.
const LIB = 'pdfjs-dist/legacy/build/pdf.mjs'
const WORKER = 'pdfjs-dist/legacy/build/pdf.worker.mjs'

interface TextItemLike {
  readonly str: string
  readonly transform: ReadonlyArray<number>
  readonly width: number
  readonly height: number
  readonly fontName: string
}
interface PageLike {
  getViewport(p: { scale: number }): { readonly width: number; readonly height: number; readonly transform: ReadonlyArray<number> }
  getTextContent(p: { disableNormalization: boolean }): Promise<{
    readonly items: ReadonlyArray<TextItemLike | { readonly type: string }>
    readonly styles: Readonly<Record<string, { readonly vertical?: boolean }>>
  }>
  cleanup(): void
}
interface DocumentLike {
  readonly numPages: number
  getPage(n: number): Promise<PageLike>
  destroy(): Promise<void>
}
interface PdfjsLike {
  getDocument(p: Record<string, unknown>): { readonly promise: Promise<DocumentLike>; destroy(): Promise<void> }
}

const push = Array.prototype.push
const lib = (await import(LIB)) as PdfjsLike
;(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = await import(WORKER)
// The legacy build's `push` polyfill (for an engine bug Node 20 does not have) is four times slower than the built-in.
Object.defineProperty(Array.prototype, 'push', { value: push, writable: true, configurable: true, enumerable: false })
// Without DecompressionStream pdfjs inflates in the thread, as fast and without a round trip to the thread pool.
delete (globalThis as { DecompressionStream?: unknown }).DecompressionStream

// pdfjs saves its text state (at every `q` of a content stream, a thousand or more a page for WPS) with
// `Object.assign(Object.create(this), this)`: each state saved becomes a prototype, which V8 makes slow, and that
// is a third of the text layer's time. Every field of a text state is its own (class fields), so the copy is the
// same with the state's class as its prototype. Only for objects that are text states; pdfjs-dist is pinned.
const create = Object.create
const isTextState = (o: unknown): o is object =>
  typeof o === 'object' && o !== null && Object.hasOwn(o, 'textLineMatrix') && Object.hasOwn(o, 'textMatrix') && Object.hasOwn(o, 'fontMatrix')
Object.create = function (proto: object | null, properties?: PropertyDescriptorMap): unknown {
  return properties === undefined && isTextState(proto) ? create(Object.getPrototypeOf(proto) as object | null) : create(proto, properties ?? {})
} as typeof Object.create

const OPTIONS = {
  isEvalSupported: false,
  disableFontFace: true,
  useSystemFonts: false,
  useWasm: false,
  useWorkerFetch: false,
  stopAtErrors: false,
  verbosity: 0,
  cMapUrl: folder('cmaps'),
  cMapPacked: true,
  standardFontDataUrl: folder('standard_fonts'),
  iccUrl: folder('iccs'),
  wasmUrl: folder('wasm')
}

const round = (x: number): number => Math.round(x * 100) / 100

/** A page's text items in its viewport (origin top left, y down, in points). */
const pageOf = async (page: PageLike, maxItems: number): Promise<PdfPage> => {
  const viewport = page.getViewport({ scale: 1 })
  const [va, vb, vc, vd, ve, vf] = viewport.transform as [number, number, number, number, number, number]
  const content = await page.getTextContent({ disableNormalization: true })
  const items: Array<PdfItem> = []
  for (const raw of content.items) {
    if (!('str' in raw) || raw.str.trim() === '') continue
    if (items.length >= maxItems) break
    const [a, b, c, d, e, f] = raw.transform as [number, number, number, number, number, number]
    // The item's matrix in the viewport: [va vb vc vd ve vf] × [a b c d e f].
    const ta = va * a + vc * b
    const tb = vb * a + vd * b
    const tc = va * c + vc * d
    const td = vb * c + vd * d
    const x = va * e + vc * f + ve
    const y = vb * e + vd * f + vf
    const size = Math.hypot(tc, td)
    const vertical = content.styles[raw.fontName]?.vertical === true
    const upright = Math.abs(tb) <= 0.05 * Math.abs(ta) && ta > 0
    if (!Number.isFinite(x + y + size) || size <= 0) continue
    items.push([raw.str.slice(0, 2000), round(x), round(y), round(raw.width), round(raw.height), round(size), vertical ? 1 : upright ? 0 : 2])
  }
  page.cleanup()
  return { width: round(viewport.width), height: round(viewport.height), items }
}

/** The document opened, or why not; a file whose end is lost is tried again with a trailer naming its catalog. */
const open = async (
  data: Uint8Array
): Promise<{ readonly doc: DocumentLike; readonly repaired: boolean } | { readonly kind: 'password' | 'broken'; readonly message: string }> => {
  for (const bytes of [data, undefined]) {
    // pdfjs takes (detaches) the bytes it is given: the first attempt gets a copy, kept for the second.
    const attempt = bytes === undefined ? withTrailer(data) : bytes.slice()
    if (attempt === undefined) break
    const task = lib.getDocument({ ...OPTIONS, data: attempt })
    try {
      return { doc: await task.promise, repaired: bytes === undefined }
    } catch (e) {
      await task.destroy().catch(quiet)
      const name = e instanceof Error ? e.name : ''
      if (name === 'PasswordException') return { kind: 'password', message: e instanceof Error ? e.message : String(e) }
      if (bytes === undefined || name !== 'InvalidPDFException') return { kind: 'broken', message: e instanceof Error ? e.message : String(e) }
    }
  }
  return { kind: 'broken', message: 'Invalid PDF structure.' }
}

/** The pages of a document, within the request's limits. */
const readDocument = async (id: number, data: Uint8Array, request: PdfRequest): Promise<PdfReply> => {
  const opened = await open(data)
  if ('kind' in opened) return { id, ...opened }
  const { doc, repaired } = opened
  try {
    const pages: Array<PdfPage> = []
    const count = Math.min(doc.numPages, request.maxPages)
    let items = 0
    for (let n = 1; n <= count; n++) {
      let page: PdfPage
      try {
        page = await pageOf(await doc.getPage(n), request.maxItems - items)
      } catch {
        page = { width: 0, height: 0, items: [], broken: true }
      }
      items += page.items.length
      pages.push(page)
    }
    return { id, kind: 'pages', numPages: doc.numPages, pages, repaired }
  } catch (e) {
    return { id, kind: 'broken', message: e instanceof Error ? e.message : String(e) }
  } finally {
    await doc.destroy().catch(quiet)
  }
}

/** Characters that say a font's ToUnicode map does not give its text: U+FFFD, private use, controls. */
const UNMAPPED = /[\uFFFD\uE000-\uF8FF\u0000-\u0008\u000E-\u001F]/g

/** No text, or more than one character in twenty unmapped: the font programs were needed after all. */
const unreadable = (reply: PdfReply): boolean => {
  if (reply.kind !== 'pages') return false
  const text = reply.pages.map((p) => p.items.map((i) => i[0]).join('')).join('')
  const chars = text.replace(/\s/g, '').length
  return chars === 0 || (text.match(UNMAPPED)?.length ?? 0) > chars / 20
}

/** No text at all on any page. */
const textless = (reply: PdfReply): boolean => reply.kind === 'pages' && reply.pages.every((p) => p.items.length === 0)

const read = async (request: PdfRequest): Promise<PdfReply> => {
  const lean = request.fast ? withoutFontPrograms(request.data) : request.data
  let reply = await readDocument(request.id, lean, request)
  // A ToUnicode map that does not give the text: read again with the font programs.
  if (lean !== request.data && unreadable(reply)) reply = await readDocument(request.id, request.data, request)
  // No text at all from a whole file: a scan, or a cross-reference table whose entries are damaged. Rebuilt from
  // the objects themselves, a damaged file gives its text (a scan still none, for one more reading of a file without text).
  const rebuilt = textless(reply) && reply.kind === 'pages' && !reply.repaired ? withTrailer(request.data, true) : undefined
  if (rebuilt === undefined) return reply
  const again = await readDocument(request.id, rebuilt, request)
  return again.kind === 'pages' && !textless(again) ? { ...again, repaired: true } : reply
}

parentPort?.on('message', (request: PdfRequest) => {
  read(request).then(
    (reply) => parentPort?.postMessage(reply),
    (e: unknown) => parentPort?.postMessage({ id: request.id, kind: 'broken', message: String(e) } satisfies PdfReply)
  )
})
