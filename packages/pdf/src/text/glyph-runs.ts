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
const isLayoutCharacter = (char: string): boolean => char === '\n' || char === '\r' || char === '\t'

const codePointOf = (char: string): string => `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`

/**
 * The runs of `text` in the font of `role`, falling back through the set;
 * `offset` counts the characters before `text` in its place, for messages.
 *
 * @example
 * glyphRuns(fonts, 'fangsong', '任市镇', { path: '/agency', where: '机关名称' }) // [{ text: '任市镇', font: fonts.fangsong }]
 */
export const glyphRuns = (fonts: FontSet, role: FontRole, text: string, place: Place, offset = 0): ReadonlyArray<GlyphRun> => {
  const order = [fonts[role], ...FONT_ROLES.filter((r) => r !== role).map((r) => fonts[r])]
  const runs: Array<{ text: string; font: LoadedFont }> = []
  let index = offset
  for (const char of text) {
    index += 1
    const codePoint = char.codePointAt(0) ?? 0
    const font = isLayoutCharacter(char) ? (runs.at(-1)?.font ?? fonts[role]) : order.find((f) => hasGlyph(f, codePoint))
    if (font === undefined) throw new RenderError({ code: 'MISSING_GLYPH', char, codePoint: codePointOf(char), index, ...place })
    const last = runs.at(-1)
    if (last !== undefined && last.font === font) last.text += char
    else runs.push({ text: char, font })
  }
  return runs
}
