/**
 * How wide a text is, each character measured in the font that draws it: its
 * role's font, or the font of the set it falls back to.
 */
import type { Place } from '@report/model'
import type { FontSet } from '../fonts/font-set.js'
import { widthOf } from '../fonts/metrics.js'
import { glyphRuns } from './glyph-runs.js'
import type { TextStyle } from './set-lines.js'

/**
 * The width of `text` in points, each character in the font that draws it.
 */
export const textWidth = (fonts: FontSet, style: Pick<TextStyle, 'role' | 'size'>, text: string, place: Place): number =>
  glyphRuns(fonts, style.role, text, place).reduce((sum, run) => sum + widthOf(run.font, style.size, run.text), 0)

/**
 * A measure of the pieces of `text`: the width in points of any string of its
 * characters, each in the font that draws it in `text`. The fonts are chosen once,
 * so a text measured piece by piece (a cell being wrapped) is not searched again.
 *
 * @example
 * textMeasure(fonts, STYLE, '自然人', place)('自然') // 21
 */
export const textMeasure = (fonts: FontSet, style: Pick<TextStyle, 'role' | 'size'>, text: string, place: Place): ((piece: string) => number) => {
  const widths = new Map<string, number>()
  for (const run of glyphRuns(fonts, style.role, text, place)) for (const char of run.text) widths.set(char, widthOf(run.font, style.size, char))
  return (piece) => {
    let width = 0
    for (const char of piece) width += widths.get(char) ?? 0
    return width
  }
}
