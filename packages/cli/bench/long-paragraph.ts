/**
 * The long-paragraph bench (issue 13): the sample with its first paragraph
 * replaced by one paragraph of seeded text, half the longest text a report may
 * hold (`MAX_TEXT_CHARS`) and all of it, each round's of its own seed, rendered by
 * renderPdf in interleaved rounds after a warm-up, with Typst compiling the same
 * documents as the anchor.
 * Time should grow with the length (twice the text, twice the time). A paragraph
 * of 1,000,000 characters (2.8 MB of UTF-8: its counts are ASCII digits) is refused
 * before layout: its time is that of the refusal; Typst setting it is the anchor
 * of what setting it would cost. Sizes are printed as the text's UTF-8 bytes.
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

/**
 * Each size's paragraph for the warm-up (seed 0) and each round (seeds 1, 2, …): the
 * same document again would be timed out of Typst's cache (its kept compiler
 * memoizes), not set.
 */
const TEXTS = SIZES.map((length) => Array.from({ length: ROUNDS + 1 }, (_, seed) => longParagraph(seed * 1_000_003 + length, length)))
/** A text's size in UTF-8, as the JSON of a report holds it. */
const mb = (text: string | undefined): string => `${(Buffer.byteLength(text ?? '') / 1e6).toFixed(2)} MB`

const withParagraph = (text: string): Report => {
  const [first, ...rest] = SAMPLE.sections
  if (first === undefined) throw new Error('the sample has sections')
  return { ...SAMPLE, sections: [{ ...first, paragraphs: [text, ...first.paragraphs.slice(1)] }, ...rest] }
}

const fonts = await loadFontSet(await fontsFor({ systemFonts: false }))
const compiler = typstCompiler(fontPaths(fonts))
const [half, full, huge] = TEXTS.map((texts) => texts.map(withParagraph)) as [Array<Report>, Array<Report>, Array<Report>]
const [typstHalf, typstFull, typstHuge] = [half, full, huge].map((reports) => reports.map((r) => typstDocument(buildView(r), fonts, CREATED))) as [
  Array<string>,
  Array<string>,
  Array<string>
]
/** The report or document of a round (-1: the warm-up's). */
const of = <A>(xs: ReadonlyArray<A>, round: number): A => xs[round + 1] as A
const HUGE = mb(TEXTS[2]?.[0])
// Warm-up on the half-length paragraph, so that neither side's first timed round compiles the code that breaks it.
await renderPdf(of(half, -1), { systemFonts: false })
typstPdf(compiler, of(typstHalf, -1))

/** The huge paragraph's render: refused with TEXT_TOO_LONG, anything else is a failure of the bench. */
const refuse = async (round: number): Promise<void> => {
  const error = await renderPdf(of(huge, round), { systemFonts: false }).then(
    () => undefined,
    (e: unknown) => e
  )
  if (!(error instanceof RenderError && error.code === 'TEXT_TOO_LONG')) throw new Error(`a paragraph of ${HUGE} was not refused with TEXT_TOO_LONG`)
}

type Key = 'half' | 'full' | 'huge' | 'typstHalf' | 'typstFull' | 'typstHuge'
const pages: Record<Exclude<Key, 'huge'>, number> = { half: 0, full: 0, typstHalf: 0, typstFull: 0, typstHuge: 0 }
const { wall, cpu } = await interleaved<Key>(
  {
    half: async (r) => (pages.half = pdfPages(await renderPdf(of(half, r), { systemFonts: false }))),
    full: async (r) => (pages.full = pdfPages(await renderPdf(of(full, r), { systemFonts: false }))),
    huge: refuse,
    typstHalf: (r) => (pages.typstHalf = typstPdf(compiler, of(typstHalf, r)).pages),
    typstFull: (r) => (pages.typstFull = typstPdf(compiler, of(typstFull, r)).pages),
    typstHuge: (r) => (pages.typstHuge = typstPdf(compiler, of(typstHuge, r)).pages)
  },
  ROUNDS
)
const row = (name: string, key: Key) => [
  name,
  key === 'huge' ? 'refused' : `${pages[key]} pages`,
  `${median(wall[key]).toFixed(0)} ms`,
  `CPU ${median(cpu[key]).toFixed(0)} ms`
]
const chars = (n: 0 | 1 | 2) => `${SIZES[n].toLocaleString('en')} characters (${mb(TEXTS[n]?.[0])})`
console.log(`@report/cli long-paragraph bench: one paragraph of seeded text, ${ROUNDS} interleaved rounds (${loadAverages()})`)
console.log(
  table([
    row(`renderPdf, ${chars(0)}`, 'half'),
    row(`renderPdf, ${chars(1)} (the limit)`, 'full'),
    row(`renderPdf, ${chars(2)}: TEXT_TOO_LONG`, 'huge'),
    row(`Typst, ${chars(0)} (anchor)`, 'typstHalf'),
    row(`Typst, ${chars(1)} (anchor)`, 'typstFull'),
    row(`Typst, ${chars(2)} (anchor)`, 'typstHuge')
  ])
)
const ratioTo = (a: Key, b: Key) => ratio(median(cpu[a]), median(cpu[b]))
console.log(
  `longest paragraph: ${ratioTo('full', 'typstFull')} Typst by CPU time; twice the text takes ${ratioTo('full', 'half')} the CPU time (Typst ${ratioTo('typstFull', 'typstHalf')}; linear: 2×); ` +
    `a paragraph of ${HUGE} refused in ${median(wall.huge).toFixed(0)} ms, ${target(median(wall.huge), 'at most', TARGET_MS, ' ms')} (Typst sets it in ${median(wall.typstHuge).toFixed(0)} ms)`
)
