/**
 * The warm render bench: reports varied from the sample (numbers and text their
 * own; 60 at 1×, 30 at 5× and at 20× its length), each drawn once by every engine in
 * interleaved rounds after a warm-up: renderPdf (pdfmake), Typst compiling the
 * same document made from the same view in a kept compiler (the anchor), plain
 * pdfkit drawing the view (the floor) and, at 1×, the DOCX and the HTML. Per
 * report and per page, median and p10–p90, with ratios to Typst and the floor,
 * and each one's CPU time (the process's, every thread), which a loaded machine's
 * waiting leaves out.
 */
import { interleaved, loadAverages, median, ms, msSpread, per, ratio, spread, table, target, writeFigures, type Spread } from '@report/bench'
import { renderDocx } from '@report/docx'
import { renderHtml } from '@report/html'
import { fontsFor, loadFontSet, renderPdf } from '@report/pdf'
import { buildView } from '@report/view'
import { drawWithPdfkit } from './pdfkit-floor.js'
import { pdfPages, sampleReports } from './sample.js'
import { typstCompiler, typstPdf } from './typst-compile.js'
import { fontPaths, typstDocument } from './typst-document.js'

/**
 * The lengths, in multiples of the sample's, and how many varied reports each
 * renders, each once: Typst's kept compiler hands a document it has compiled
 * before back from its memo (17 ms against 64 ms set, at the sample's length).
 */
const LENGTHS: ReadonlyArray<{ readonly times: number; readonly reports: number; readonly warmUp: number }> = [
  { times: 1, reports: 60, warmUp: 20 },
  { times: 5, reports: 30, warmUp: 3 },
  { times: 20, reports: 30, warmUp: 2 }
]
const TARGET_1 = 1.25
const TARGET_20 = 1.5
const MAX_PDF_KB = 200

const fonts = await loadFontSet(await fontsFor({ systemFonts: false }))
const compiler = typstCompiler(fontPaths(fonts))
const CREATED = new Date('2021-01-27T00:00:00+08:00')

interface Measured {
  readonly times: number
  readonly pdf: Spread
  readonly typst: Spread
  readonly pdfPages: number
  readonly typstPages: number
  /** renderPdf's CPU time over Typst's (Typst's every thread counted). */
  readonly cpuRatio: number
}

/** The report of round `r`: the rounds go through the reports in turn. */
const pick = <A>(xs: ReadonlyArray<A>, r: number): A => xs[r % xs.length] as A

const measure = async (times: number, count: number, warmUp: number): Promise<Measured> => {
  const reports = sampleReports(count, times)
  const views = reports.map(buildView)
  const markups = views.map((v) => typstDocument(v, fonts, CREATED))
  const withOutputs = times === 1
  const pages: Record<'pdf' | 'typst' | 'floor', Array<number>> = { pdf: [], typst: [], floor: [] }
  const bytes: Record<'pdf' | 'docx' | 'html', Array<number>> = { pdf: [], docx: [], html: [] }
  const tasks = {
    pdf: async (r: number) => {
      const pdf = await renderPdf(pick(reports, r), { systemFonts: false })
      pages.pdf.push(pdfPages(pdf))
      bytes.pdf.push(pdf.length)
    },
    typst: (r: number) => pages.typst.push(typstPdf(compiler, pick(markups, r)).pages),
    floor: async (r: number) => pages.floor.push(pdfPages(await drawWithPdfkit(pick(views, r), fonts))),
    ...(withOutputs
      ? {
          docx: async (r: number) => bytes.docx.push((await renderDocx(buildView(pick(reports, r)))).length),
          html: (r: number) => bytes.html.push(Buffer.byteLength(renderHtml(buildView(pick(reports, r)))))
        }
      : {})
  }
  // The warm-up: other reports of the same length, every engine, so that each reaches full speed first.
  const spare = sampleReports(warmUp, times, 1000)
  for (const report of spare) {
    const view = buildView(report)
    await renderPdf(report, { systemFonts: false })
    typstPdf(compiler, typstDocument(view, fonts, CREATED))
    await drawWithPdfkit(view, fonts)
    if (withOutputs) await Promise.all([renderDocx(view), renderHtml(view)])
  }
  for (const k of Object.keys(pages) as Array<keyof typeof pages>) pages[k].length = 0
  for (const k of Object.keys(bytes) as Array<keyof typeof bytes>) bytes[k].length = 0
  const { wall, cpu } = await interleaved(tasks as Record<string, (r: number) => unknown>, count)
  const s = (name: string) => spread(wall[name] ?? [])
  const c = (name: string) => median(cpu[name] ?? [])
  const pp = (name: 'pdf' | 'typst' | 'floor') => spread(per(wall[name] ?? [], pages[name]))
  const [pdf, typst, floor] = [s('pdf'), s('typst'), s('floor')]
  const row = (label: string, name: string, pageCount: string, perPage: string) => {
    const x = s(name)
    return [label, msSpread(x), perPage, ratio(x.median, typst.median), ratio(x.median, floor.median), ms(c(name)), ratio(c(name), c('typst')), pageCount]
  }
  const rows: Array<Array<string>> = [
    ['', 'per report (wall)', 'per page', '× Typst', '× floor', 'CPU', 'CPU × Typst', 'pages'],
    row('renderPdf (pdfmake)', 'pdf', `${median(pages.pdf)}`, ms(pp('pdf').median)),
    row('Typst, kept compiler (anchor)', 'typst', `${median(pages.typst)}`, ms(pp('typst').median)),
    row('plain pdfkit (floor)', 'floor', `${median(pages.floor)}`, ms(pp('floor').median))
  ]
  if (withOutputs) rows.push(row('renderDocx (view included)', 'docx', '', ''), row('renderHtml (view included)', 'html', '', ''))
  console.log(`\nwarm render at ${times}× the sample's length: ${count} varied reports, interleaved, after ${warmUp} of each`)
  console.log(table(rows))
  if (withOutputs) {
    const kb = (xs: ReadonlyArray<number>) => median(xs) / 1024
    console.log(
      `sizes (median): PDF ${kb(bytes.pdf).toFixed(0)} KB (${target(kb(bytes.pdf), 'at most', MAX_PDF_KB, ' KB')}), DOCX ${kb(bytes.docx).toFixed(0)} KB, HTML ${kb(bytes.html).toFixed(0)} KB`
    )
  }
  return { times, pdf, typst, pdfPages: median(pages.pdf), typstPages: median(pages.typst), cpuRatio: c('pdf') / c('typst') }
}

console.log(`@report/cli warm render bench: the sample renshi-town-2020, bundled fonts, load ${loadAverages()}`)
const measured: Array<Measured> = []
for (const { times, reports, warmUp } of LENGTHS) measured.push(await measure(times, reports, warmUp))

const one = measured[0] as Measured
const twenty = measured.at(-1) as Measured
const slope = (m: Measured, key: 'pdf' | 'typst', pagesKey: 'pdfPages' | 'typstPages') => (m[key].median - one[key].median) / (m[pagesKey] - one[pagesKey])
const warm = one.pdf.median / one.typst.median
const warm20 = twenty.pdf.median / twenty.typst.median
console.log(
  `\nper added page (1× → 20×): renderPdf ${ms(slope(twenty, 'pdf', 'pdfPages'))}, Typst ${ms(slope(twenty, 'typst', 'typstPages'))} ` +
    `(${ratio(slope(twenty, 'pdf', 'pdfPages'), slope(twenty, 'typst', 'typstPages'))})`
)
console.log(`warm 1×: ${warm.toFixed(2)}× Typst (CPU time ${one.cpuRatio.toFixed(2)}×), ${target(warm, 'at most', TARGET_1, '× Typst')}`)
console.log(`warm 20×: ${warm20.toFixed(2)}× Typst (CPU time ${twenty.cpuRatio.toFixed(2)}×), ${target(warm20, 'at most', TARGET_20, '× Typst')}`)
writeFigures('render', { warm, warm20 }, { warm: one.cpuRatio, warm20: twenty.cpuRatio })
