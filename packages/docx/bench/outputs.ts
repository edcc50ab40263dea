/**
 * `npm run bench` for @report/docx: the three output formats of `report render`
 * per report, warm, in one run: the PDF (the baseline, fonts loaded), the DOCX
 * and the HTML fragment, each from the same report through the same view, with
 * their ratios to the PDF and their sizes.
 */
import { medianMs } from '@report/bench'
import { renderDocx } from '@report/docx'
import { fixturePath } from '@report/fixtures'
import { renderHtml } from '@report/html'
import { decodeReport } from '@report/model'
import { renderPdf } from '@report/pdf'
import { buildView } from '@report/view'
import { readFileSync } from 'node:fs'

const SAMPLE = fixturePath('renshi-town-2020', 'report.json')
const { report } = decodeReport(JSON.parse(readFileSync(SAMPLE, 'utf8')))
if (report === undefined) throw new Error(`${SAMPLE} does not decode`)

const ROUNDS = 30
const pdf = await medianMs(() => renderPdf(report, { systemFonts: false }), ROUNDS)
const docx = await medianMs(() => renderDocx(buildView(report)), ROUNDS)
const html = await medianMs(async () => renderHtml(buildView(report)), ROUNDS)
const sizes = {
  pdf: (await renderPdf(report, { systemFonts: false })).length,
  docx: (await renderDocx(buildView(report))).length,
  html: Buffer.byteLength(renderHtml(buildView(report)))
}

const row = (name: string, ms: number, bytes: number) =>
  console.log(
    `${name.padEnd(34)} ${`${ms.toFixed(2)} ms`.padStart(10)}   ${`${(ms / pdf).toFixed(3)}× the PDF`.padStart(15)}   ${(bytes / 1024).toFixed(0)} KB`
  )
console.log(`@report/docx: the output formats per report (renshi-town-2020), warm, median of ${ROUNDS}, bundled fonts for the PDF`)
row('renderPdf (baseline)', pdf, sizes.pdf)
row('renderDocx (buildView included)', docx, sizes.docx)
row('renderHtml (buildView included)', html, sizes.html)
