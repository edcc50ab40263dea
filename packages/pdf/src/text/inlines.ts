/**
 * Text as pdfmake draws it: lines broken here, each drawn whole and justified
 * by character spacing, in runs of one font each, sized, on a fixed line pitch
 * whatever the font's own metrics, with the font's `chws` compression. pdfmake
 * breaks no text itself.
 */
import type { ContentText } from 'pdfmake/interfaces.js'
import type { LoadedFont } from '../fonts/font-set.js'
import { shapedRun } from '../fonts/fontkit.js'
import { lineHeightFor, shapedWidth } from '../fonts/metrics.js'
import { tightSpacingFeature } from '../fonts/tight-spacing.js'
import { surelyBreaksBetween } from './pdfmake-breaks.js'
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

/** How far short of its width a justified line stops: a thousandth of a point, so that pdfmake never finds it too long. */
const JUSTIFY_SLACK = 1e-3

const SURROGATE = /[\uD800-\uDFFF]/

/** A line's inline nodes and the character spacing that sets it to its width (0 when it is not). */
interface DrawnLine {
  readonly nodes: ReadonlyArray<Inline>
  readonly spacing: number
}

/**
 * A line's inline node when all its runs share one font and style and its text
 * is drawn one glyph per UTF-16 unit (pdfmake counts character spacing per unit):
 * the whole line in one node, justified by character spacing, its tight runs
 * kept tight by {@link tightSpacingFeature}. Otherwise undefined.
 */
const oneNode = (line: SetLine): DrawnLine | undefined => {
  const [first] = line.runs
  if (first === undefined) return undefined
  const { font, style } = first
  for (const run of line.runs) if (run.font !== font || run.style.size !== style.size || run.style.pitch !== style.pitch) return undefined
  const text = line.runs.length === 1 ? first.text : line.runs.map((run) => run.text).join('')
  if (SURROGATE.test(text) || shapedRun(font.font, text, font.features).glyphs !== text.length) return undefined
  const stretches: Array<readonly [number, number]> = []
  let start = 0
  for (const run of line.runs) {
    if (run.tight && run.text.length > 1) stretches.push([start, start + run.text.length])
    start += run.text.length
  }
  const gaps = text.length - 1 - stretches.reduce((sum, [from, to]) => sum + to - from - 1, 0)
  const spacing = spacingOf(line, shapedWidth(font, style.size, text), gaps)
  const tight =
    spacing !== 0 && stretches.length > 0 ? [tightSpacingFeature({ length: text.length, cancel: (spacing * 1000) / style.size, stretches })] : []
  const node: Inline = { ...inlineStyle(font, style), text, noWrap: true, ...(spacing === 0 ? {} : { characterSpacing: spacing }) }
  return {
    nodes: [tight.length === 0 ? node : { ...node, fontFeatures: [...font.features, ...tight] as NonNullable<ContentText['fontFeatures']> }],
    spacing
  }
}

/** The spacing after each of a line's `gaps` that fills its width from `natural`: none for a line left unjustified that fits. */
const spacingOf = (line: SetLine, natural: number, gaps: number): number => {
  const spare = line.width - JUSTIFY_SLACK - natural
  return gaps > 0 && (line.justified || spare < 0) ? spare / gaps : 0
}

/**
 * A line's inline nodes, one per run, where it cannot be one node: each run
 * drawn whole (`noWrap`) and spaced by its own character spacing. After each run
 * but the last, an empty inline whose width pdfmake counts as
 * −characterSpacing × (0 − 1) adds the spacing after the run's last glyph, which
 * pdfmake's measure leaves out.
 */
const runByRun = (line: SetLine): DrawnLine => {
  const runs = line.runs.map((run) => ({ ...run, glyphs: shapedRun(run.font.font, run.text, run.font.features).glyphs }))
  const gaps = runs.reduce((sum, run) => sum + (run.tight ? 1 : run.glyphs), 0) - 1
  const spacing = spacingOf(
    line,
    runs.reduce((sum, run) => sum + shapedWidth(run.font, run.style.size, run.text), 0),
    gaps
  )
  const nodes = runs.flatMap((run, r): Array<Inline> => {
    const style = inlineStyle(run.font, run.style)
    const inner = run.tight ? 0 : spacing
    const text: Inline = { ...style, text: run.text, noWrap: true, ...(inner === 0 ? {} : { characterSpacing: inner }) }
    // pdfmake puts the next run after (length − 1) spacings; pdfkit spaces every glyph, and a tight run not at all.
    const gap = run.tight ? spacing : spacing * (run.glyphs - run.text.length + 1)
    return r === runs.length - 1 || gap === 0 ? [text] : [text, { ...style, characterSpacing: -gap }]
  })
  return { nodes, spacing }
}

/**
 * The inline nodes of lines broken here. A justified line fills its width by
 * spacing its glyphs evenly (pdfkit's character spacing, `Tc`), a number or
 * Latin word counting as one glyph and kept tight; a line wider than its width
 * (kerning can widen) is narrowed the same way. A line is one node where it can
 * be, else one per run. A line set to its full width needs no line break after
 * it where pdfmake's breaker sees a chance to break before the next line's text:
 * finding no room for it, pdfmake starts a new line. Every other line is ended
 * by a line break.
 *
 * @example
 * lineInlines(breakParagraph(fonts, [{ text, style: BODY }], place, { first: PAGE.blockWidth - INDENT, rest: PAGE.blockWidth }))
 */
export const lineInlines = (lines: ReadonlyArray<SetLine>): Array<Inline> =>
  lines.flatMap((line, l) => {
    const { nodes, spacing } = oneNode(line) ?? runByRun(line)
    const [last, next] = [line.runs.at(-1), lines[l + 1]]
    const wraps = spacing !== 0 && surelyBreaksBetween(last?.text.at(-1) ?? '', next?.runs[0]?.text[0] ?? '')
    return next === undefined || last === undefined || wraps ? nodes : [...nodes, { ...inlineStyle(last.font, last.style), text: '\n' }]
  })
