/**
 * `npm run bench` for @report/import, Word and PDF: reports imported per second by
 * `importDocument`, each against baselines measured in the same run.
 *
 * - `.docx` (the national template with its title filled in; its tables left blank,
 *   so every cell is read): inflating `word/document.xml` alone, and mammoth's
 *   conversion of the same bytes as it ships (`convertToHtml({ buffer })`).
 * - PDF (the two published 洪泽 reports, 5 pages each): pdfjs-dist as it ships, in
 *   a worker thread of its own, opening the document and its pages only, and
 *   opening them and reading every page's text content; importDocument one
 *   document at a time, and as many at once as there are cores (at most 4).
 *
 * Targets: `.docx` ≥ 50 reports/s, PDF ≥ 20 reports/s for a 6-page report (the
 * rate of 5-page reports × 5/6).
 */
import { median, medianMs } from '@report/bench'
import { fixturePath } from '@report/fixtures'
import { importDocument } from '@report/import'
import JSZip from 'jszip'
import mammoth from 'mammoth'
import { readFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads'
import { inflateRawSync } from 'node:zlib'

const PDFS = ['hongze-district-2023', 'hongze-district-2024'].map((n) => new Uint8Array(readFileSync(fixturePath(n, 'source.pdf'))))
const PAGES = 5
const ROUNDS = 7

/** A measured rate: reports per second (wall clock), and CPU milliseconds per report over every thread of the process. */
interface Rate {
  readonly perSecond: number
  readonly cpuMs: number
}

/** The rate of an asynchronous task over the inputs: the medians of rounds of `n` calls each, after a warm-up round. */
const rate = async (task: (input: Uint8Array) => Promise<unknown>, inputs: ReadonlyArray<Uint8Array>, n: number): Promise<Rate> => {
  let k = 0
  const cpu: Array<number> = []
  const ms = await medianMs(async () => {
    const start = process.cpuUsage()
    for (let i = 0; i < n; i++) await task(inputs[k++ % inputs.length] as Uint8Array)
    const used = process.cpuUsage(start)
    cpu.push((used.user + used.system) / 1000 / n)
  }, ROUNDS)
  return { perSecond: (n * 1000) / ms, cpuMs: median(cpu.slice(1)) }
}

// -------------------------------------------------------------------------------------
// the pdfjs baselines, in a worker thread of their own (pdfjs's polyfills stay there)
// -------------------------------------------------------------------------------------

interface PdfjsLike {
  getDocument(p: Record<string, unknown>): {
    readonly promise: Promise<{ readonly numPages: number; getPage(n: number): Promise<{ getTextContent(): Promise<unknown> }>; destroy(): Promise<void> }>
  }
}

const baselineWorker = async (mode: 'open' | 'text'): Promise<void> => {
  const lib = (await import('pdfjs-dist/legacy/build/pdf.mjs' as string)) as PdfjsLike
  ;(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs' as string)
  const read = async (bytes: Uint8Array): Promise<void> => {
    const doc = await lib.getDocument({ data: bytes.slice(), isEvalSupported: false, verbosity: 0 }).promise
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p)
      if (mode === 'text') await page.getTextContent()
    }
    await doc.destroy()
  }
  parentPort?.postMessage(await rate(read, PDFS, 8))
}

const baseline = (mode: 'open' | 'text'): Promise<Rate> =>
  new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: mode })
    worker.once('message', (r: Rate) => {
      resolve(r)
      void worker.terminate()
    })
    worker.once('error', reject)
  })

// -------------------------------------------------------------------------------------
// the run
// -------------------------------------------------------------------------------------

/** The template with a title naming its agency and year, so that it imports to a report. */
const titledTemplate = async (): Promise<Uint8Array> => {
  const zip = await JSZip.loadAsync(readFileSync(fixturePath('national-template-2021', 'template.docx')))
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? ''
  zip.file('word/document.xml', xml.replace('政府信息公开工作年度报告格式模板', '示例县市场监督管理局2021年政府信息公开工作年度报告'))
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
}

/** `word/document.xml` inflated with zlib, found through the central directory: what any reader of a `.docx` does. */
const inflateDocument = (bytes: Uint8Array): Promise<number> => {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const eocd = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  let at = buffer.readUInt32LE(eocd + 16)
  for (let i = 0; i < buffer.readUInt16LE(eocd + 10); i++) {
    const nameLength = buffer.readUInt16LE(at + 28)
    if (buffer.toString('utf8', at + 46, at + 46 + nameLength) === 'word/document.xml') {
      const local = buffer.readUInt32LE(at + 42)
      const start = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28)
      return Promise.resolve(inflateRawSync(buffer.subarray(start, start + buffer.readUInt32LE(at + 20))).length)
    }
    at += 46 + nameLength + buffer.readUInt16LE(at + 30) + buffer.readUInt16LE(at + 32)
  }
  return Promise.resolve(0)
}

const main = async (): Promise<void> => {
  const docx = [await titledTemplate()]
  const check = await importDocument(docx[0] as Uint8Array)
  if (check.report === undefined || check.form !== 'docx') throw new Error('the titled template gives no report')
  const unzip = await rate(inflateDocument, docx, 200)
  const converted = await rate((b) => mammoth.convertToHtml({ buffer: Buffer.from(b) }), docx, 40)
  const docxRate = await rate((b) => importDocument(b), docx, 40)

  const pdfCheck = await importDocument(PDFS[0] as Uint8Array)
  if (pdfCheck.report === undefined || pdfCheck.form !== 'pdf') throw new Error('the PDF gives no report')
  const opened = await baseline('open')
  const text = await baseline('text')
  const pdfRate = await rate((b) => importDocument(b), PDFS, 10)
  // Documents asked for at once are read at once, a thread each, up to one a core.
  const cores = Math.max(1, Math.min(availableParallelism(), 4))
  const together = await rate((b) => Promise.all(Array.from({ length: cores }, () => importDocument(b))), PDFS, 5)
  const pooled = { perSecond: together.perSecond * cores, cpuMs: together.cpuMs / cores }

  const row = (name: string, r: Rate, base: Rate) =>
    `${name.padEnd(52)} ${r.perSecond.toFixed(1).padStart(8)} reports/s ${r.cpuMs.toFixed(1).padStart(7)} ms CPU each   ${(base.perSecond / r.perSecond).toFixed(2).padStart(6)}× the time of the first baseline`
  console.log(`@report/import, Word and PDF, median of ${ROUNDS} rounds (CPU: every thread of the process)`)
  console.log('.docx: the national template, titled (its three tables blank)')
  console.log(row('inflate word/document.xml (baseline)', unzip, unzip))
  console.log(row('mammoth.convertToHtml, as it ships (baseline)', converted, unzip))
  console.log(row('importDocument (zip checks, mammoth, import, checks)', docxRate, unzip))
  console.log(`  target ≥ 50 reports/s: ${docxRate.perSecond >= 50 ? 'met' : 'NOT met'} (${(docxRate.perSecond / 50).toFixed(2)}× the target)`)
  console.log(`PDF: the two 洪泽 reports (${PAGES} pages each)`)
  console.log(row('pdfjs, as it ships: open, every page (baseline)', opened, opened))
  console.log(row("pdfjs, as it ships: open, every page's text (baseline)", text, opened))
  console.log(row('importDocument (text layer, lines, import, checks)', pdfRate, opened))
  console.log(row(`importDocument, ${cores} at a time (a thread each)`, pooled, opened))
  for (const [name, r] of [
    ['one at a time', pdfRate],
    [`${cores} at a time`, pooled]
  ] as const) {
    const sixPages = (r.perSecond * PAGES) / 6
    console.log(`  ${name}: ${(r.perSecond * PAGES).toFixed(0)} pages/s, ${sixPages.toFixed(1)} reports/s of 6 pages`)
    console.log(`    target ≥ 20 reports/s of 6 pages: ${sixPages >= 20 ? 'met' : 'NOT met'} (${(sixPages / 20).toFixed(2)}× the target)`)
  }
}

if (isMainThread) await main()
else await baselineWorker(workerData as 'open' | 'text')
