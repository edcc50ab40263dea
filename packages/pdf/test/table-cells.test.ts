/**
 * Table cells read back from the PDFs: each number's em box centred between the
 * rules of its row (from the page image at 150 dpi and the words' boxes), labels
 * about 5 pt from the left rule, and a table continued on a new page starting
 * with its top rule.
 */
import { describe, expect, it } from 'vitest'
import { discoverFonts, loadFontSet, mm } from '../src/index.js'
import { RENDERED } from './fixtures.js'
import { pageImage, pdfWords, rulesAcross } from './poppler.js'

const DPI = 150
const fonts = await loadFontSet(await discoverFonts({ systemFonts: false }))
const SIZE = 10.5
const LEFT = mm(28)
const RIGHT = mm(210 - 26)
const TOP = mm(37)

describe('table 三 of the sample (page 4)', () => {
  const words = pdfWords(RENDERED.sample.file)[3] ?? []
  const image = pageImage(RENDERED.sample.file, 4, DPI)
  // The 总计 column: its numbers, and the rules across it.
  const totals = words.filter((w) => /^\d+$/.test(w.text) && w.xMin > RIGHT - 40)
  const rules = rulesAcross(image, DPI, RIGHT - 38, RIGHT - 4)

  it('centres each number between the rules above and below it, by its font’s em box', () => {
    expect(totals.length).toBeGreaterThan(20)
    const emMiddle = ((fonts.songti.emBox.top + fonts.songti.emBox.bottom) / 2) * SIZE
    for (const word of totals) {
      const baseline = word.yMin + fonts.songti.ascender * SIZE
      const centre = baseline - emMiddle
      const above = Math.max(...rules.filter((r) => r < centre))
      const below = Math.min(...rules.filter((r) => r > centre))
      expect(Math.abs(centre - (above + below) / 2), `${word.text} at ${word.yMin.toFixed(1)}`).toBeLessThan(0.6)
    }
  })

  it('sets labels about 5 pt in from the left rule', () => {
    const labels = words.filter((w) => w.xMin < LEFT + 20 && w.yMin > TOP + 100)
    expect(labels.length).toBeGreaterThan(0)
    const inset = Math.min(...labels.map((w) => w.xMin)) - LEFT
    expect(inset).toBeGreaterThan(4.5)
    expect(inset).toBeLessThan(6.5)
  })
})

describe('table 二 of hongze-district-2024, continued on page 3', () => {
  it('starts the continued part with its top rule', () => {
    const image = pageImage(RENDERED.hongze.file, 3, DPI)
    const words = pdfWords(RENDERED.hongze.file)[2] ?? []
    const first = Math.min(...words.filter((w) => !w.text.startsWith('—')).map((w) => w.yMin))
    const rules = rulesAcross(image, DPI, LEFT + 2, RIGHT - 2)
    // The first text of the page is the table's first row, and a rule is drawn at the top of the text block, above it.
    expect(first).toBeLessThan(TOP + 2)
    expect(rules[0]).toBeGreaterThan(TOP - 1.5)
    expect(rules[0]).toBeLessThan(TOP + 1)
  })
})
