/**
 * `npm run bench` for @report/pdf, in one run: cold `report render` from process
 * start to file, warm renders per report, plain pdfkit drawing the same document
 * as the floor, batch throughput on every core, and the output size.
 */
import { median, medianMs, msSince } from '@report/bench'
import { decodeReport } from '@report/model'
import { fontsFor, loadFontSet, renderPdf } from '@report/pdf'
import { buildView } from '@report/view'
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, statSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fixturePath } from '@report/fixtures'
import { drawWithPdfkit } from './pdfkit-floor.js'

const ROOT = new URL('../../../', import.meta.url).pathname
const CLI = join(ROOT, 'packages/cli/dist/main.js')
const SAMPLE = fixturePath('renshi-town-2020', 'report.json')
const decoded = decodeReport(JSON.parse(readFileSync(SAMPLE, 'utf8')))
const { report } = decoded
if (report === undefined) throw new Error(`${SAMPLE} does not decode`)
const work = mkdtempSync(join(tmpdir(), 'report-pdf-bench-'))

// cold: a new process each time, from start to the file on disk
const coldTimes = Array.from({ length: 5 }, (_, i) => {
  const start = process.hrtime.bigint()
  execFileSync(process.execPath, [CLI, 'render', SAMPLE, '-o', join(work, `cold-${i}.pdf`), '--bundled-fonts'], { stdio: 'ignore' })
  return msSince(start)
})
const cold = median(coldTimes)
const size = statSync(join(work, 'cold-0.pdf')).size

// warm: in this process, fonts loaded
const warm = await medianMs(() => renderPdf(report, { systemFonts: false }), 30)
const files = await fontsFor({ systemFonts: false })
const view = buildView(report)
const plain = await medianMs(() => drawWithPdfkit(view, files), 10)
const preparsed = await loadFontSet(files)
const floor = await medianMs(() => drawWithPdfkit(view, preparsed), 30)

// batch: `report render --out-dir` over many copies, on every core
const copies = 4 * availableParallelism()
const inputs = Array.from({ length: copies }, (_, i) => {
  const dir = join(work, 'in', `r${i}`)
  mkdirSync(dir, { recursive: true })
  copyFileSync(SAMPLE, join(dir, 'report.json'))
  return join(dir, 'report.json')
})
const batchStart = process.hrtime.bigint()
execFileSync(process.execPath, [CLI, 'render', ...inputs, '--out-dir', join(work, 'out'), '--bundled-fonts'], { stdio: 'ignore' })
const batchSeconds = msSince(batchStart) / 1000

const row = (name: string, value: string, note = '') => console.log(`${name.padEnd(44)} ${value.padStart(12)}   ${note}`)
console.log(`@report/pdf, the sample report (renshi-town-2020), ${availableParallelism()} cores, bundled fonts`)
row('plain pdfkit, same document, font files', `${plain.toFixed(1)} ms`, 'median of 10: fonts parsed per document')
row('plain pdfkit, fonts parsed once (floor)', `${floor.toFixed(1)} ms`, 'median of 30')
row('renderPdf, warm, per report', `${warm.toFixed(1)} ms`, `median of 30, ${(warm / floor).toFixed(2)}× the floor (target ≤ 60 ms)`)
row('report render, cold, process start to file', `${cold.toFixed(0)} ms`, `median of 5, ${(cold / floor).toFixed(1)}× the floor (target ≤ 1000 ms)`)
row(
  `report render, batch of ${copies} on all cores`,
  `${(copies / batchSeconds).toFixed(1)} /s`,
  `${((batchSeconds * 1000) / copies).toFixed(0)} ms per report incl. start-up`
)
row('output size', `${(size / 1024).toFixed(0)} KB`, '(target ≤ 200 KB)')
