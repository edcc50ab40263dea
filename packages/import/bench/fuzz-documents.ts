/**
 * `npm run fuzz:documents -w @report/import [-- COUNT [k/n]]`: COUNT (100,000 unless
 * told) damaged copies of the real PDFs and Word files (the two published 洪泽 PDFs,
 * the national template as WPS saves it, and the PDF and Word file `report render`
 * makes) imported one by one with `importDocument`. Counts the crashes (an
 * exception, or no report and no well-formed note saying why) and the hangs (an
 * import over the PDF time limit and a margin), prints the first of each with its
 * seed, and a summary every 1,000. `k/n` runs the k-th of n shards (from 0) of the
 * same mutations, one per core. The test (`test/fuzz/`) runs a few hundred.
 */
import { fixturePath } from '@report/fixtures'
import { importDocument, type ImportResult } from '@report/import'
import { readFileSync } from 'node:fs'
import { mutants } from './document-mutations.js'

const COUNT = Number(process.argv[2] ?? 100_000)
const [SHARD, SHARDS] = (process.argv[3] ?? '0/1').split('/').map(Number) as [number, number]
const SEED = 20_240_601
/** The PDF time limit in the fuzz, and the margin past it that counts as a hang. */
const PDF_LIMIT_MS = 10_000
const HANG_MS = PDF_LIMIT_MS + 5_000

const FILES: Readonly<Record<string, Uint8Array>> = {
  'hongze-district-2023.pdf': new Uint8Array(readFileSync(fixturePath('hongze-district-2023', 'source.pdf'))),
  'hongze-district-2024.pdf': new Uint8Array(readFileSync(fixturePath('hongze-district-2024', 'source.pdf'))),
  'template.docx': new Uint8Array(readFileSync(fixturePath('national-template-2021', 'template.docx'))),
  'rendered.docx': new Uint8Array(readFileSync(fixturePath('example-department-2021', 'rendered.docx'))),
  'rendered.pdf': new Uint8Array(readFileSync(fixturePath('example-department-2021', 'rendered.pdf')))
}

/** A report, or notes that say why not, each with a code, a message and a place. */
const wellFormed = (result: ImportResult): boolean =>
  (result.report !== undefined || result.notes.length > 0) && result.notes.every((n) => /^[A-Z0-9_]+$/.test(n.code) && n.message !== '' && n.where !== '')

let done = 0
let crashes = 0
let hangs = 0
let reports = 0
let slowest = 0
const codes = new Map<string, number>()
const start = performance.now()
const line = (): string =>
  `${done.toLocaleString('en')} mutations (shard ${SHARD}/${SHARDS}) in ${((performance.now() - start) / 1000).toFixed(0)} s: ${crashes} crashes, ${hangs} hangs (over ${HANG_MS} ms), ${reports.toLocaleString('en')} reports, slowest ${Math.round(slowest)} ms; without a report: ${[
    ...codes.entries()
  ]
    .sort((a, b) => b[1] - a[1])
    .map(([c, n]) => `${c} ${n}`)
    .join(', ')}`

let index = -1
for (const { bytes, ...mutant } of mutants(FILES, COUNT, SEED)) {
  index += 1
  if (index % SHARDS !== SHARD) continue
  const t = performance.now()
  try {
    const result = await importDocument(bytes, { name: mutant.file, pdf: { timeoutMs: PDF_LIMIT_MS } })
    if (!wellFormed(result)) throw new Error('no report and no well-formed note')
    if (result.report !== undefined) reports += 1
    else {
      const code = result.notes.at(-1)?.code ?? ''
      codes.set(code, (codes.get(code) ?? 0) + 1)
    }
  } catch (e) {
    crashes += 1
    if (crashes <= 5) console.log(`crash: ${mutant.file} ${mutant.kind} seed ${mutant.seed}: ${String(e)}`)
  }
  const ms = performance.now() - t
  slowest = Math.max(slowest, ms)
  if (ms > HANG_MS) {
    hangs += 1
    if (hangs <= 5) console.log(`hang: ${mutant.file} ${mutant.kind} seed ${mutant.seed}: ${Math.round(ms)} ms`)
  }
  done += 1
  if (done % 1_000 === 0) console.log(line())
}
console.log(line())
process.exitCode = crashes + hangs === 0 ? 0 : 1
