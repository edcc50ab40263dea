/**
 * Pagination read back from the rendered fixtures (the sample, both years of
 * 洪泽, a department): no page but the last more than a third empty; table 三
 * continued on a new page starts with its top rule and its header rows again;
 * a heading never ends a page, has the blank above it that a line of text gives
 * it, after a table too, and at the top of a page sits on the first line; and
 * pdfmake keeps every break pagination decided, wherever the tables fall.
 */
import type { Report } from '@report/model'
import { buildView, type Block } from '@report/view'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { LINE_PITCH, discoverFonts, loadFontSet, mm, renderPdf } from '../src/index.js'
import { docDefinition } from '../src/layout/doc-definition.js'
import { RENDERED, loadFixture } from './fixtures.js'
import { inkBottom, pageImage, pdfInfo, pdfLayout, pdfText, rulesAcross, type PageImage } from './poppler.js'

const fonts = await loadFontSet(await discoverFonts({ systemFonts: false }))
const DPI = 100
const TOP = mm(37)
const LEFT = mm(28)
const RIGHT = mm(210 - 26)
const BOTTOM = mm(297 - 35)
const squeeze = (text: string) => text.replace(/\s+/g, '')
const isPageNumber = (text: string) => /^—\d+—$/.test(text)

const FIXTURES = [RENDERED.sample, RENDERED.hongze2023, RENDERED.hongze, RENDERED.department].map((rendered) => {
  const blocks = buildView(loadFixture(rendered.fixture)).blocks
  const pages = pdfLayout(rendered.file)
  return { ...rendered, blocks, pages, images: pages.map((_, i) => pageImage(rendered.file, i + 1, DPI)) }
})

/** The headings printed (a section may have none). */
/** The share of the text block's height a page image at `dpi` fills down to its lowest ink (its page number left out). */
const filled = (image: PageImage, dpi: number): number => (inkBottom(image, dpi, TOP, BOTTOM + 2) - TOP) / mm(225)

const headings = (blocks: ReadonlyArray<Block>) =>
  blocks.flatMap((b) => (b.kind === 'heading' && b.text.trim() !== '' ? [{ level: b.level, text: squeeze(b.text) }] : []))

describe.each(FIXTURES.map((f) => [f.fixture, f] as const))('the pages of %s', (_, { fixture, file, blocks, pages, images }) => {
  const imageOf = (page: number) => {
    const image = images[page]
    if (image === undefined) throw new Error(`no page ${page + 1}`)
    return image
  }
  const textLines = (page: number) => (pages[page]?.lines ?? []).filter((l) => !isPageNumber(l.text))

  it('leave no page but the last more than a third empty', () => {
    for (const share of images.slice(0, -1).map((image) => filled(image, DPI))) expect(share).toBeGreaterThan(2 / 3)
  })

  it('fill a page a paragraph goes on from down to its 22nd line', () => {
    const isBody = (l: { readonly xMin: number; readonly yMin: number; readonly yMax: number } | undefined) =>
      l !== undefined && l.yMax - l.yMin > 15.5 && l.yMax - l.yMin < 20 && Math.abs(l.xMin - LEFT) < 0.5
    const split = pages.flatMap((_, p) => {
      const byTop = (page: number) => [...textLines(page)].sort((a, b) => a.yMin - b.yMin)
      const [last, next] = [byTop(p).at(-1), byTop(p + 1)[0]]
      // The next page starts with a line neither indented nor a heading: the rest of this page's paragraph.
      return isBody(last) && isBody(next) && !headings(blocks).some((h) => h.text === next?.text) ? [last] : []
    })
    // The department's paragraphs are short: none goes on on another page.
    if (fixture === RENDERED.department.fixture) expect(split).toEqual([])
    else expect(split.length).toBeGreaterThan(0)
    for (const last of split) expect(Math.abs((last?.yMin ?? 0) - TOP - 21 * LINE_PITCH), last?.text).toBeLessThan(0.5)
  })

  it('start table 三 again on a new page with its top rule and its header rows', () => {
    const table = blocks.find((b) => b.kind === 'table' && b.table === 'applications')
    if (table?.kind !== 'table') throw new Error('no table 三')
    const header = squeeze(table.header.flatMap((row) => row.map((cell) => cell.text)).join(''))
    const texts = pages.map((_, i) => squeeze(pdfText(file, i + 1)))
    const [first, ...continued] = texts.flatMap((text, i) => (text.includes(header) ? [i] : []))
    // Each fixture's table 三 is taller than the room it starts in: it goes on on the next page.
    expect(continued).toEqual([(first ?? 0) + 1])
    for (const page of continued) {
      expect(texts[page]?.startsWith(header)).toBe(true)
      const rules = rulesAcross(imageOf(page), DPI, LEFT + 2, RIGHT - 2)
      expect(rules[0]).toBeGreaterThan(TOP - 1.5)
      expect(rules[0]).toBeLessThan(TOP + 1)
    }
  })

  it('never end a page with a heading, give each the blank above it a line of text gives, and start a page on the first line', () => {
    const wanted = headings(blocks)
    const found = pages.flatMap((_, p) => textLines(p).flatMap((line, l) => (wanted.some((h) => h.text === line.text) ? [{ p, l, line }] : [])))
    expect(found.map((f) => f.line.text)).toEqual(wanted.map((h) => h.text))
    for (const { p, l, line } of found) {
      const level = wanted.find((h) => h.text === line.text)?.level ?? 1
      const font = fonts[level === 1 ? 'heiti' : 'kaiti']
      const baseline = line.yMin + font.ascender * 16
      expect(l, `${line.text} ends page ${p + 1}`).toBeLessThan(textLines(p).length - 1)
      if (l === 0) {
        expect(Math.abs(baseline - (TOP + fonts.fangsong.ascender * 16)), line.text).toBeLessThan(0.3)
        continue
      }
      // From the top of the heading's em box up to the ink above it, a table's lower rule or a line of text: at
      // least the 12.2 pt between the descenders of a line of body text and the em box of the next.
      const emTop = baseline - font.emBox.top * 16
      const gap = emTop - inkBottom(imageOf(p), DPI, TOP - 10, emTop - 0.5)
      expect(gap, line.text).toBeGreaterThan(11.5)
    }
  })
})

describe('pdfmake keeps the page breaks pagination decides', () => {
  const sample = loadFixture('renshi-town-2020')
  /** The sample with `count` one-line paragraphs more in its first section, moving what follows down by as many lines. */
  const longer = (count: number): Report => {
    const [first, ...rest] = sample.sections
    if (first === undefined) throw new Error('the sample has sections')
    return { ...sample, sections: [{ ...first, paragraphs: [...first.paragraphs, ...Array.from({ length: count }, () => '补充说明。')] }, ...rest] }
  }
  /** The sample with a section heading three lines long. */
  const longHeading = (): Report => {
    const [first, second, ...rest] = sample.sections
    if (first === undefined || second === undefined) throw new Error('the sample has sections')
    return { ...sample, sections: [first, { ...second, heading: `${second.heading}${'（含主动公开的各类政府信息及其数量）'.repeat(3)}` }, ...rest] }
  }
  const reports = [...FIXTURES.map((f) => loadFixture(f.fixture)), ...[1, 3, 5, 7, 8, 10, 13, 16].map(longer), longHeading()]

  it.each(reports.map((report, i) => [i, report] as const))(
    'report %i: as many pages as breaks before them, and one; none but the last more than a third empty',
    async (_, report) => {
      const content = docDefinition(buildView(report), { fonts, created: new Date(0), pdfa: false }).content
      const breaks = (Array.isArray(content) ? content : [content]).filter((node) => (node as { pageBreak?: string }).pageBreak === 'before').length
      const file = join(mkdtempSync(join(tmpdir(), 'report-pages-')), 'out.pdf')
      writeFileSync(file, await renderPdf(report, { systemFonts: false }))
      const pages = Number(/^Pages:\s+(\d+)$/m.exec(pdfInfo(file))?.[1])
      expect(pages).toBe(breaks + 1)
      for (let page = 1; page < pages; page++) expect(filled(pageImage(file, page, 50), 50), `page ${page}`).toBeGreaterThan(2 / 3)
    }
  )
})
