/**
 * What the text needs to know of a loaded font: whether it has a character, how
 * wide a text is (glyph advances, or shaped as drawn) and the pdfmake line
 * height that gives a line pitch. Advances and coverage are cached per font.
 */
import type { LoadedFont } from './font-set.js'
import { shapedRun, type FontkitFont } from './fontkit.js'

/**
 * The multiplier of pdfmake's `lineHeight` that gives `font` at `size` the line
 * pitch `pitch`: pdfmake multiplies each font's own line height.
 *
 * @example
 * lineHeightFor(fonts.fangsong, 16, LINE_PITCH) // 1.2609 for Noto Serif SC
 */
export const lineHeightFor = (font: LoadedFont, size: number, pitch: number): number => pitch / (font.lineHeight * size)

const coverage = new WeakMap<FontkitFont, Map<number, boolean>>()

/**
 * Whether `font` has a glyph for `codePoint`, cached per font.
 *
 * @example
 * hasGlyph(fonts.fangsong, 0x4e00) // true
 */
export const hasGlyph = (font: LoadedFont, codePoint: number): boolean => {
  let cache = coverage.get(font.font)
  if (cache === undefined) coverage.set(font.font, (cache = new Map()))
  let has = cache.get(codePoint)
  if (has === undefined) cache.set(codePoint, (has = font.font.hasGlyphForCodePoint(codePoint)))
  return has
}

const emUnits = new WeakMap<FontkitFont, number>()

/** A font's units per em, read once: fontkit reads its head table for it on every call. */
const unitsPerEm = (font: FontkitFont): number => {
  let units = emUnits.get(font)
  if (units === undefined) emUnits.set(font, (units = font.unitsPerEm))
  return units
}

const advances = new WeakMap<FontkitFont, Map<number, number>>()

/**
 * The width of `text` in points: the sum of its glyphs' advances, cached per
 * font. It ignores kerning and `chws`, which only narrow text, so a line that
 * fits by this measure fits when drawn.
 *
 * @example
 * widthOf(fonts.songti, 10.5, '自然人') // 31.5
 */
export const widthOf = (font: LoadedFont, size: number, text: string): number => {
  let cache = advances.get(font.font)
  if (cache === undefined) advances.set(font.font, (cache = new Map()))
  let units = 0
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0
    let advance = cache.get(codePoint)
    if (advance === undefined) cache.set(codePoint, (advance = font.font.glyphForCodePoint(codePoint).advanceWidth))
    units += advance
  }
  return (units / unitsPerEm(font.font)) * size
}

/**
 * The width of `text` in `font` at `size` as drawn: shaped with the font's features.
 *
 * @example
 * shapedWidth(fonts.fangsong, 16, '”。') // 24 where the font compresses the pair (chws)
 */
export const shapedWidth = (font: LoadedFont, size: number, text: string): number =>
  (shapedRun(font.font, text, font.features).advance / unitsPerEm(font.font)) * size
