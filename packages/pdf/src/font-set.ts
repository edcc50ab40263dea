/**
 * The fonts of a render, loaded once per file and kept for the life of the
 * process: each role's parsed font, its metrics and its pdfmake family.
 */
import { readFile } from 'node:fs/promises'
import type { FontFile, FontFiles } from './discover-fonts.js'
import { FONT_ROLES, type FontRole } from './font-roles.js'
import { parseFont, shapedRun, tokenOf, type FontkitFont } from './fontkit.js'
import { RenderError } from './render-error.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A loaded font: its file, the pdfmake family that draws it and its metrics.
 */
export interface LoadedFont {
  readonly file: FontFile
  /** The pdfmake font family, one per file. */
  readonly family: string
  readonly font: FontkitFont
  /** The token pdfkit reads in place of the file. */
  readonly token: Buffer
  /** pdfkit's line height in ems: (ascent − descent) / units per em. */
  readonly lineHeight: number
  /** The ascent in ems: where pdfkit puts the baseline below a line's top. */
  readonly ascender: number
  /** OpenType features applied to text: `chws` where the font has it. */
  readonly features: ReadonlyArray<string>
}

/**
 * The font of every role.
 */
export type FontSet = Readonly<Record<FontRole, LoadedFont>>

// -------------------------------------------------------------------------------------
// loading
// -------------------------------------------------------------------------------------

const loaded = new Map<string, Promise<Omit<LoadedFont, 'file'>>>()

const load = async (path: string): Promise<Omit<LoadedFont, 'file'>> => {
  let font: FontkitFont
  try {
    font = parseFont(await readFile(path))
  } catch (e) {
    throw new RenderError({ code: 'FONT_UNREADABLE', file: path, reason: (e as Error).message })
  }
  const token = tokenOf(font)
  return {
    family: `F${token.readUInt32BE(8)}`,
    font,
    token,
    lineHeight: (font.ascent - font.descent) / font.unitsPerEm,
    ascender: font.ascent / font.unitsPerEm,
    features: font.availableFeatures.includes('chws') ? ['chws'] : []
  }
}

/**
 * Loads the font of every role, parsing each file once per process.
 *
 * @example
 * const fonts = await loadFontSet(await discoverFonts({ systemFonts: false }))
 * fonts.kaiti.font.familyName // 'LXGW WenKai'
 */
export const loadFontSet = async (files: FontFiles): Promise<FontSet> => {
  const entries = await Promise.all(
    FONT_ROLES.map(async (role) => {
      const file = files[role]
      const pending = loaded.get(file.path) ?? load(file.path)
      loaded.set(file.path, pending)
      pending.catch(() => loaded.delete(file.path))
      return [role, { file, ...(await pending) }] as const
    })
  )
  return Object.fromEntries(entries) as Record<FontRole, LoadedFont>
}

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
  return (units / font.font.unitsPerEm) * size
}

/**
 * The width of `text` in `font` at `size` as drawn: shaped with the font's features.
 *
 * @example
 * shapedWidth(fonts.fangsong, 16, '”。') // 24 where the font compresses the pair (chws)
 */
export const shapedWidth = (font: LoadedFont, size: number, text: string): number =>
  (shapedRun(font.font, text, font.features).advance / font.font.unitsPerEm) * size
