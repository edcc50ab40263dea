/**
 * The page geometry measured from the sample's PDF: A4, the GB/T 9704 margins
 * within 1 mm, 22 lines on a fixed pitch (every line of text of the sample and
 * of 洪泽 2024 on it, one beginning with a 楷体 run-in heading too), page numbers
 * 7 mm below the text block (the top of their em box, to 0.3 pt), right on odd
 * pages and left on even ones, one character in.
 */
import { buildView } from '@report/view'
import { describe, expect, it } from 'vitest'
import { FONT_ROLES, LINE_PITCH, discoverFonts, loadFontSet, mm } from '../src/index.js'
import { RENDERED, loadFixture } from './fixtures.js'
import { pdfLayout, type Box } from './poppler.js'

const pages = pdfLayout(RENDERED.sample.file)
const fonts = await loadFontSet(await discoverFonts({ systemFonts: false }))
/** Ascents of the fonts at 3号: poppler puts a line's top at its first word's baseline less that font's ascent. */
const ascents = FONT_ROLES.map((role) => fonts[role].ascender * 16)
/** How far above its em box a heading's box may reach: a heading in a font with a taller ascent is raised onto the body's baseline. */
const RAISE = Math.max(...FONT_ROLES.map((role) => fonts[role].ascender - fonts.fangsong.ascender)) * 16
const isPageNumber = (text: string) => /^—\d+—$/.test(text)
const squeeze = (text: string) => text.replace(/\s+/g, '')
const textLines = (page: number) => (pages[page - 1]?.lines ?? []).filter((l) => !isPageNumber(l.text))
const TOP = mm(37)
const LEFT = mm(28)
const RIGHT = mm(210 - 26)
const BOTTOM = mm(297 - 35)

describe('page geometry of the sample', () => {
  it('has six A4 pages', () => {
    expect(pages).toHaveLength(6)
    for (const page of pages) {
      expect(page.width).toBeCloseTo(mm(210), 1)
      expect(page.height).toBeCloseTo(mm(297), 1)
    }
  })

  it('keeps text within the margins: top 37, left 28, right 26, bottom 35 mm', () => {
    for (const page of [1, 2, 6]) {
      const lines = textLines(page)
      expect(Math.abs(Math.min(...lines.map((l) => l.yMin)) - TOP)).toBeLessThan(mm(1))
      expect(Math.abs(Math.min(...lines.map((l) => l.xMin)) - LEFT)).toBeLessThan(mm(1))
      expect(Math.abs(Math.max(...lines.map((l) => l.xMax)) - RIGHT)).toBeLessThan(mm(1))
    }
    for (const page of pages.map((_, i) => i + 1)) {
      for (const line of textLines(page)) {
        expect(line.yMin).toBeGreaterThan(TOP - 0.5 - RAISE)
        expect(line.yMax).toBeLessThan(BOTTOM + 0.5)
        expect(line.xMin).toBeGreaterThan(LEFT - 0.5)
        expect(line.xMax).toBeLessThan(RIGHT + 0.5)
      }
    }
  })

  it('sets body text on a grid of 22 lines at 225 mm / 22 = 28.99 pt', () => {
    expect(LINE_PITCH).toBeCloseTo(28.99, 2)
    const gridBaseline = fonts.fangsong.ascender * 16
    for (const page of [1, 2]) {
      // The slot of each line's baseline, read with the ascent of whichever font puts it nearest the grid.
      const slots = textLines(page).map((l) => {
        const candidates = ascents.map((a) => (l.yMin + a - gridBaseline - TOP) / LINE_PITCH)
        return candidates.reduce((best, c) => (Math.abs(c - Math.round(c)) < Math.abs(best - Math.round(best)) ? c : best))
      })
      for (const slot of slots) expect(Math.abs(slot - Math.round(slot))).toBeLessThan(0.01)
      // Page 1 is full: title (2 lines), a blank line, then text down to line 22.
      if (page === 1) expect(Math.round(Math.max(...slots))).toBe(21)
    }
  })

  it.each([RENDERED.sample, RENDERED.hongze].map((r) => [r.fixture, r] as const))(
    'keeps every line of text of %s on the grid, a line beginning with a 楷体 run-in heading too, to 0.1 pt',
    (_, rendered) => {
      const blocks = buildView(loadFixture(rendered.fixture)).blocks
      const runIns = blocks.flatMap((b) => (b.kind === 'paragraph' && b.runIn !== undefined ? [squeeze(b.runIn)] : []))
      const headings = new Map(blocks.flatMap((b) => (b.kind === 'heading' ? [[squeeze(b.text), b.level] as const] : [])))
      const ascentOf = (text: string) =>
        fonts[runIns.some((r) => text.startsWith(r)) ? 'kaiti' : headings.get(text) === 1 ? 'heiti' : headings.has(text) ? 'kaiti' : 'fangsong'].ascender *
        16
      const gridBaseline = TOP + fonts.fangsong.ascender * 16
      // Lines of 3号 text (a box 16 pt tall or a little more, not the title's 2号) starting at the left edge or indented.
      const isText = (l: Box) => l.yMax - l.yMin > 15.5 && l.yMax - l.yMin < 20 && [LEFT, LEFT + 32].some((x) => Math.abs(l.xMin - x) < 0.5)
      const lines = pdfLayout(rendered.file).flatMap((page) => page.lines.filter(isText))
      expect(lines.filter((l) => runIns.some((r) => l.text.startsWith(r))).length).toBeGreaterThanOrEqual(runIns.length)
      for (const line of lines) {
        const slot = (line.yMin + ascentOf(line.text) - gridBaseline) / LINE_PITCH
        expect(Math.abs(slot - Math.round(slot)) * LINE_PITCH, line.text).toBeLessThan(0.1)
      }
    }
  )

  it('keeps a 黑体 heading at the top of a page on the grid: its baseline on the first line’s', () => {
    const heading = textLines(3)[0]
    expect(heading?.text).toBe('二、主动公开政府信息情况')
    const baseline = (heading?.yMin ?? 0) + fonts.heiti.ascender * 16
    expect(Math.abs(baseline - (TOP + fonts.fangsong.ascender * 16))).toBeLessThan(0.3)
  })

  it('puts page numbers 7 mm below the block, odd right and even left, one character in', () => {
    pages.forEach((page, i) => {
      const number = page.lines.find((l) => isPageNumber(l.text))
      expect(number?.text).toBe(`—${i + 1}—`)
      // The top of the number's em box: its baseline (the box's top plus the font's ascent) less the em box's top.
      const emTop = (number?.yMin ?? 0) + (fonts.songti.ascender - fonts.songti.emBox.top) * 14
      expect(Math.abs(emTop - (BOTTOM + mm(7)))).toBeLessThan(0.3)
      if ((i + 1) % 2 === 1) expect(Math.abs((number?.xMax ?? 0) - (RIGHT - 14))).toBeLessThan(mm(1))
      else expect(Math.abs((number?.xMin ?? 0) - (LEFT + 14))).toBeLessThan(mm(1))
    })
  })
})
