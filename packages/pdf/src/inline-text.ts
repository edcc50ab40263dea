/**
 * Text as pdfmake draws it: runs of one font each, sized, on a fixed line pitch
 * whatever the font's own metrics, with the font's `chws` compression and the
 * line-break chances pdfmake misses.
 *
 * @since 0.1.0
 */
import type { ContentText } from 'pdfmake/interfaces.js'
import { cjkPieces } from './cjk-breaks.js'
import { glyphRuns } from './glyph-runs.js'
import { lineHeightFor, widthOf, type FontSet } from './font-set.js'
import type { FontRole } from './font-roles.js'
import type { Place } from './render-error.js'

/**
 * A pdfmake inline text node.
 *
 * @category model
 * @since 0.1.0
 */
export type Inline = ContentText

/**
 * How a text is set: its role, size and line pitch.
 *
 * @category model
 * @since 0.1.0
 */
export interface TextStyle {
  readonly role: FontRole
  readonly size: number
  readonly pitch: number
}

/**
 * The inline nodes of `text`, one per font run.
 *
 * @example
 * inlines(fonts, { role: 'fangsong', size: 16, pitch: LINE_PITCH }, '正文', place)
 * // [{ text: '正文', font: 'F0', fontSize: 16, lineHeight: 1.2609, fontFeatures: ['chws'] }]
 * @category text
 * @since 0.1.0
 */
export const inlines = (fonts: FontSet, style: TextStyle, text: string, place: Place): Array<Inline> => {
  let offset = 0
  return cjkPieces(text).flatMap((piece) => {
    const runs = glyphRuns(fonts, style.role, piece.text, place, offset)
    offset += [...piece.text].length
    return runs.map((run) => ({
      text: run.text,
      font: run.font.family,
      fontSize: style.size,
      lineHeight: lineHeightFor(run.font, style.size, style.pitch),
      ...(piece.breakAll ? { wordBreak: 'break-all' as const } : {}),
      // `chws` is missing from the feature names @types/pdfkit lists; fontkit applies it.
      ...(run.font.features.length === 0 ? {} : { fontFeatures: [...run.font.features] as NonNullable<ContentText['fontFeatures']> })
    }))
  })
}

/**
 * The width of `text` in points, each character in the font that draws it.
 *
 * @category text
 * @since 0.1.0
 */
export const textWidth = (fonts: FontSet, style: Pick<TextStyle, 'role' | 'size'>, text: string, place: Place): number =>
  glyphRuns(fonts, style.role, text, place).reduce((sum, run) => sum + widthOf(run.font, style.size, run.text), 0)
