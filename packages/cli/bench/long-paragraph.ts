/**
 * The long-paragraph bench (issue 13): the sample with its first paragraph
 * replaced by one paragraph of seeded text, half the longest text a report may
 * hold (`MAX_TEXT_CHARS`) and all of it, rendered by renderPdf in interleaved
 * rounds after a warm-up, with Typst compiling the same documents as the anchor.
 * Time should grow with the length (twice the text, twice the time). A 3 MB
 * paragraph (1,000,000 characters) is refused before layout: its time is that of
 * the refusal; Typst setting it is the anchor of what setting it would cost.
 */
import { interleaved, loadAverages, median, ratio, table, target } from '@report/bench'
import { MAX_TEXT_CHARS, type Report } from '@report/model'
import { RenderError, fontsFor, loadFontSet, renderPdf } from '@report/pdf'
import { buildView } from '@report/view'
import { SAMPLE, pdfPages } from './sample.js'
import { typstCompiler, typstPdf } from './typst-compile.js'
import { fontPaths, typstDocument } from './typst-document.js'
import { longParagraph } from './vary-report.js'

const SIZES = [MAX_TEXT_CHARS / 2, MAX_TEXT_CHARS, 1_000_000] as const
const ROUNDS = 2
const TARGET_MS = 3000
const CREATED = new Date('2021-01-27T00:00:00+08:00')

const withParagraph = (length: number): Report => {
  const [first, ...rest] = SAMPLE.sections
  if (first === undefined) throw new Error('the sample has sections')
  return { ...SAMPLE, sections: [{ ...first, paragraphs: [longParagraph(length, length), ...first.paragraphs.slice(1)] }, ...rest] }
}

const fonts = await loadFontSet(await fontsFor({ systemFonts: false }))
const compiler = typstCompiler(fontPaths(fonts))
const [half, full, huge] = SIZES.map(withParagraph) as [Report, Report, Report]
const [typstHalf, typstFull, typstHuge] = [half, full, huge].map((r) => typstDocument(buildView(r), fonts, CREATED)) as [string, string, string]
await renderPdf(SAMPLE, { systemFonts: false })
typstPdf(compiler, typstDocument(buildView(SAMPLE), fonts, CREATED))

/** The 3 MB paragraph's render: refused with TEXT_TOO_LONG, anything else is a failure of the bench. */
const refuse = async (): Promise<number> => {
  const error = await renderPdf(huge, { systemFonts: false }).then(
    () => undefined,
    (e: unknown) => e
  )
  if (!(error instanceof RenderError && error.code === 'TEXT_TOO_LONG')) throw new Error('a 3 MB paragraph was not refused with TEXT_TOO_LONG')
  return 0
}

type Key = 'half' | 'full' | 'huge' | 'typstHalf' | 'typstFull' | 'typstHuge'
const pages: Record<Key, number> = { half: 0, full: 0, huge: 0, typstHalf: 0, typstFull: 0, typstHuge: 0 }
const { wall, cpu } = await interleaved<Key>(
  {
    half: async () => (pages.half = pdfPages(await renderPdf(half, { systemFonts: false }))),
    full: async () => (pages.full = pdfPages(await renderPdf(full, { systemFonts: false }))),
    huge: async () => (pages.huge = await refuse()),
    typstHalf: () => (pages.typstHalf = typstPdf(compiler, typstHalf).pages),
    typstFull: () => (pages.typstFull = typstPdf(compiler, typstFull).pages),
    typstHuge: () => (pages.typstHuge = typstPdf(compiler, typstHuge).pages)
  },
  ROUNDS
)
const row = (name: string, key: Key) => [
  name,
  key === 'huge' ? 'refused' : `${pages[key]} pages`,
  `${median(wall[key]).toFixed(0)} ms`,
  `CPU ${median(cpu[key]).toFixed(0)} ms`
]
const chars = (n: number) => `${n.toLocaleString('en')} characters (${((n * 3) / 1e6).toFixed(2)} MB)`
console.log(`@report/cli long-paragraph bench: one paragraph of seeded text, ${ROUNDS} interleaved rounds (${loadAverages()})`)
console.log(
  table([
    row(`renderPdf, ${chars(SIZES[0])}`, 'half'),
    row(`renderPdf, ${chars(SIZES[1])} (the limit)`, 'full'),
    row(`renderPdf, ${chars(SIZES[2])}: TEXT_TOO_LONG`, 'huge'),
    row(`Typst, ${chars(SIZES[0])} (anchor)`, 'typstHalf'),
    row(`Typst, ${chars(SIZES[1])} (anchor)`, 'typstFull'),
    row(`Typst, ${chars(SIZES[2])} (anchor)`, 'typstHuge')
  ])
)
const ratioTo = (a: Key, b: Key) => ratio(median(cpu[a]), median(cpu[b]))
console.log(
  `longest paragraph: ${ratioTo('full', 'typstFull')} Typst by CPU time; twice the text takes ${ratioTo('full', 'half')} the CPU time (Typst ${ratioTo('typstFull', 'typstHalf')}; linear: 2×); ` +
    `3 MB paragraph refused in ${median(wall.huge).toFixed(0)} ms, ${target(median(wall.huge), 'at most', TARGET_MS, ' ms')} (Typst sets it in ${median(wall.typstHuge).toFixed(0)} ms)`
)
