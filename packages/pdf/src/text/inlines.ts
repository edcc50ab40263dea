/**
 * Text as pdfmake draws it: runs of one font each, sized, on a fixed line pitch
 * whatever the font's own metrics, with the font's `chws` compression; either
 * left to pdfmake to break, with the line-break chances it misses, or in lines
 * broken here, each drawn whole and justified by character spacing.
 */
import type { Place } from '@report/model'
import type { ContentText } from 'pdfmake/interfaces.js'
import type { FontSet, LoadedFont } from '../fonts/font-set.js'
import { shapedRun } from '../fonts/fontkit.js'
import { lineHeightFor, shapedWidth } from '../fonts/metrics.js'
import { glyphRuns } from './glyph-runs.js'
import { cjkPieces } from './pdfmake-breaks.js'
import type { SetLine, TextStyle } from './set-lines.js'

/**
 * A pdfmake inline text node.
 */
export type Inline = ContentText

/** The style of an inline in `font`: family, size, line height for the pitch, features. */
const inlineStyle = (font: LoadedFont, style: TextStyle): Inline => ({
  text: '',
  font: font.family,
  fontSize: style.size,
  lineHeight: lineHeightFor(font, style.size, style.pitch),
  // `chws` is missing from the feature names @types/pdfkit lists; fontkit applies it.
  ...(font.features.length === 0 ? {} : { fontFeatures: [...font.features] as NonNullable<ContentText['fontFeatures']> })
})

/**
 * The inline nodes of `text`, one per font run, for pdfmake to break.
 *
 * @example
 * inlines(fonts, { role: 'fangsong', size: 16, pitch: LINE_PITCH }, '正文', place)
 * // [{ text: '正文', font: 'F0', fontSize: 16, lineHeight: 1.2609, fontFeatures: ['chws'] }]
 */
export const inlines = (fonts: FontSet, style: TextStyle, text: string, place: Place): Array<Inline> => {
  let offset = 0
  return cjkPieces(text).flatMap((piece) => {
    const runs = glyphRuns(fonts, style.role, piece.text, place, offset)
    offset += [...piece.text].length
    return runs.map((run) => ({
      ...inlineStyle(run.font, style),
      text: run.text,
      ...(piece.breakAll ? { wordBreak: 'break-all' as const } : {})
    }))
  })
}

/** How far short of its width a justified line stops: a thousandth of a point, so that pdfmake never finds it too long. */
const JUSTIFY_SLACK = 1e-3

/**
 * The inline nodes of lines broken here: each run drawn whole (`noWrap`), each
 * line ended by a line break. A justified line fills its width by spacing its
 * glyphs evenly (pdfkit's character spacing, `Tc`), a number or Latin word
 * counting as one glyph and kept tight. After each run but the last, an empty
 * inline whose width pdfmake counts as −characterSpacing × (0 − 1) adds the
 * spacing after the run's last glyph, which pdfmake's measure leaves out. A line
 * wider than its width (kerning can widen) is narrowed the same way.
 *
 * @example
 * lineInlines(breakParagraph(fonts, [{ text, style: BODY }], place, { first: PAGE.blockWidth - INDENT, rest: PAGE.blockWidth }))
 */
export const lineInlines = (lines: ReadonlyArray<SetLine>): Array<Inline> =>
  lines.flatMap((line, l) => {
    const runs = line.runs.map((run) => ({ ...run, glyphs: shapedRun(run.font.font, run.text, run.font.features).glyphs }))
    const gaps = runs.reduce((sum, run) => sum + (run.tight ? 1 : run.glyphs), 0) - 1
    const natural = runs.reduce((sum, run) => sum + shapedWidth(run.font, run.style.size, run.text), 0)
    const spare = line.width - JUSTIFY_SLACK - natural
    const spacing = gaps > 0 && (line.justified || spare < 0) ? spare / gaps : 0
    const drawn = runs.flatMap((run, r): Array<Inline> => {
      const style = inlineStyle(run.font, run.style)
      const inner = run.tight ? 0 : spacing
      const text: Inline = { ...style, text: run.text, noWrap: true, ...(inner === 0 ? {} : { characterSpacing: inner }) }
      // pdfmake puts the next run after (length − 1) spacings; pdfkit spaces every glyph, and a tight run not at all.
      const gap = run.tight ? spacing : spacing * (run.glyphs - run.text.length + 1)
      return r === runs.length - 1 || gap === 0 ? [text] : [text, { ...style, characterSpacing: -gap }]
    })
    const last = line.runs.at(-1)
    return l === lines.length - 1 || last === undefined ? drawn : [...drawn, { ...inlineStyle(last.font, last.style), text: '\n' }]
  })
