/**
 * Text cut into runs by the font that draws them: each character in its role's
 * font when that font has it, else in the first font of the set that does. A
 * character no font has is a {@link RenderError}, never a blank box.
 */
import type { Place } from '@report/model'
import type { FontSet, LoadedFont } from '../fonts/font-set.js'
import { hasGlyph } from '../fonts/metrics.js'
import { FONT_ROLES, type FontRole } from '../fonts/roles.js'
import { RenderError } from '../render-error.js'

/**
 * A stretch of text drawn in one font.
 */
export interface GlyphRun {
  readonly text: string
  readonly font: LoadedFont
}

/** Line breaks and tabs are layout, not glyphs. */
const isLayoutCharacter = (codePoint: number): boolean => codePoint === 0x0a || codePoint === 0x0d || codePoint === 0x09

const codePointOf = (codePoint: number): string => `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`

/**
 * The runs of `text` in the font of `role`, falling back through the set;
 * `offset` counts the characters before `text` in its place, for messages.
 * Each run is one slice of the text.
 *
 * @example
 * glyphRuns(fonts, 'fangsong', '任市镇', { path: '/agency', where: '机关名称' }) // [{ text: '任市镇', font: fonts.fangsong }]
 */
export const glyphRuns = (fonts: FontSet, role: FontRole, text: string, place: Place, offset = 0): ReadonlyArray<GlyphRun> => {
  const order = [fonts[role], ...FONT_ROLES.filter((r) => r !== role).map((r) => fonts[r])]
  const runs: Array<GlyphRun> = []
  let [index, start] = [offset, 0]
  let font: LoadedFont | undefined
  for (let i = 0; i < text.length;) {
    const codePoint = text.codePointAt(i) ?? 0
    const units = codePoint > 0xffff ? 2 : 1
    index += 1
    const next = isLayoutCharacter(codePoint) ? (font ?? fonts[role]) : order.find((f) => hasGlyph(f, codePoint))
    if (next === undefined)
      throw new RenderError({ code: 'MISSING_GLYPH', char: text.slice(i, i + units), codePoint: codePointOf(codePoint), index, ...place })
    if (next !== font) {
      if (font !== undefined) runs.push({ text: text.slice(start, i), font })
      ;[font, start] = [next, i]
    }
    i += units
  }
  if (font !== undefined) runs.push({ text: text.slice(start), font })
  return runs
}
