/**
 * A line's tight stretches carried to pdfkit among its features: read back as
 * written, and applied by pdfkit's embedded fonts to the run they measure and
 * draw, so that a justified line measures exactly its width and its number
 * keeps its glyphs' own advances.
 */
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { keepEmbeddedFontWork } from '../src/fonts/pdfkit-fonts.js'
import { splitTightSpacing, tightSpacingFeature } from '../src/fonts/tight-spacing.js'
import { discoverFonts, loadFontSet } from '../src/index.js'

const fonts = await loadFontSet(await discoverFonts({ systemFonts: false }))

interface EmbeddedFont {
  layoutRun(text: string, features?: ReadonlyArray<string>): { readonly positions: ReadonlyArray<{ readonly xAdvance: number }> }
  widthOfString(text: string, size: number, features?: ReadonlyArray<string>): number
}
type PdfKit = new (options: object) => { font: (src: Buffer) => { readonly _font: EmbeddedFont } }
const PDFDocument = createRequire(import.meta.url)('pdfkit') as PdfKit
const font = new PDFDocument({ autoFirstPage: false, font: null }).font(fonts.fangsong.token)._font
keepEmbeddedFontWork(font)

const TEXT = '共计517645件事'
/** 0.5 pt after each glyph at 16 pt: 31.25 thousandths of an em. */
const SPACING = 0.5
const spacing = { length: TEXT.length, cancel: (SPACING * 1000) / 16, stretches: [[2, 8]] as const }
const features = [...fonts.fangsong.features, tightSpacingFeature(spacing)]

describe('tight spacing', () => {
  it('is read back from the feature list as written, the real features apart', () => {
    expect(splitTightSpacing(features)).toEqual({ features: fonts.fangsong.features, spacing })
    expect(splitTightSpacing(['chws'])).toEqual({ features: ['chws'] })
    expect(splitTightSpacing(undefined)).toEqual({ features: undefined })
  })

  it('shortens the advance of each glyph of a stretch but its last in the run pdfkit draws', () => {
    const plain = font.layoutRun(TEXT, fonts.fangsong.features).positions.map((p) => p.xAdvance)
    const tight = font.layoutRun(TEXT, features).positions.map((p) => p.xAdvance)
    expect(tight).toEqual(plain.map((advance, i) => (i >= 2 && i < 7 ? advance - spacing.cancel : advance)))
  })

  it('makes the line measure its drawn width: five spacings fewer than its glyphs would take', () => {
    const width = (f: ReadonlyArray<string>) => font.widthOfString(TEXT, 16, f) + SPACING * (TEXT.length - 1)
    expect(width(features)).toBeCloseTo(width(fonts.fangsong.features) - 5 * SPACING, 9)
  })

  it('leaves a text of another length as it is: pdfmake measuring part of the line', () => {
    const part = TEXT.slice(0, 4)
    expect(font.layoutRun(part, features).positions).toEqual(font.layoutRun(part, fonts.fangsong.features).positions)
  })
})
