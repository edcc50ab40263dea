/**
 * The text blocks of the view as pdfmake content, on the GB/T 9704 line grid:
 * the title in 2号 小标宋 centred in symmetric lines, headings in 3号 黑体 (一、)
 * and 楷体 (（一）), paragraphs in 3号 仿宋 indented two characters and justified,
 * and the signature placed by GB/T 9704 7.3.5.2.
 */
import type { Place } from '@report/model'
import type { Content } from 'pdfmake/interfaces.js'
import type { FontSet } from '../fonts/font-set.js'
import { breakParagraph } from '../text/break-paragraph.js'
import { inlines, lineInlines, type Inline } from '../text/inlines.js'
import { textWidth } from '../text/measure.js'
import { unbrokenLines, type TextStyle } from '../text/set-lines.js'
import { INDENT, LINE_PITCH, PAGE, SIZE } from './gbt9704.js'

const TITLE: TextStyle = { role: 'xiaobiaosong', size: SIZE.er, pitch: LINE_PITCH }
const BODY: TextStyle = { role: 'fangsong', size: SIZE.san, pitch: LINE_PITCH }
const HEADING: Readonly<Record<1 | 2, TextStyle>> = {
  1: { role: 'heiti', size: SIZE.san, pitch: LINE_PITCH },
  2: { role: 'kaiti', size: SIZE.san, pitch: LINE_PITCH }
}

/** `text` drawn whole on one line. */
const wholeLine = (fonts: FontSet, style: TextStyle, text: string, width: number, place: Place): Array<Inline> =>
  lineInlines(unbrokenLines(fonts, style, [text], width, place))

// -------------------------------------------------------------------------------------
// title
// -------------------------------------------------------------------------------------

/** `line` cut into the fewest lines that fit the block, of (nearly) equal length. */
const symmetricLines = (fonts: FontSet, line: string, place: Place): ReadonlyArray<string> => {
  const chars = [...line]
  const count = Math.ceil(textWidth(fonts, TITLE, line, place) / PAGE.blockWidth)
  const per = Math.ceil(chars.length / count)
  return Array.from({ length: count }, (_, i) => chars.slice(i * per, (i + 1) * per).join(''))
}

/**
 * The title: each line of the view centred, a line too long for the block cut
 * into equal parts, then one blank line.
 */
export const drawTitle = (fonts: FontSet, lines: ReadonlyArray<string>, place: Place): Content => {
  return {
    stack: lines
      .flatMap((line) => symmetricLines(fonts, line, place))
      .map((line) => ({ text: wholeLine(fonts, TITLE, line, PAGE.blockWidth, place), alignment: 'center' })),
    margin: [0, 0, 0, LINE_PITCH]
  }
}

// -------------------------------------------------------------------------------------
// text
// -------------------------------------------------------------------------------------

/**
 * A heading: level 1 in 黑体, level 2 in 楷体, indented like body text. Its
 * `headlineLevel` lets the page-break rule keep it off the foot of a page. A
 * one-line heading in a font that sits higher than the body font is lowered onto
 * the body text's baseline, its line shortened by as much, so the grid holds; a
 * longer one is left to pdfmake to break.
 */
export const drawHeading = (fonts: FontSet, level: 1 | 2, text: string, place: Place): Content => {
  const style = HEADING[level]
  const oneLine = textWidth(fonts, style, text, place) <= PAGE.blockWidth - INDENT
  const drop = oneLine ? Math.max(0, (fonts[BODY.role].ascender - fonts[style.role].ascender) * style.size) : 0
  const lowered = { ...style, pitch: style.pitch - drop }
  return {
    text: oneLine ? wholeLine(fonts, lowered, text, PAGE.blockWidth - INDENT, place) : inlines(fonts, lowered, text, place),
    leadingIndent: INDENT,
    headlineLevel: level,
    margin: [0, drop, 0, 0]
  }
}

/**
 * A paragraph of body text, justified, indented two characters, with a run-in
 * subsection heading in 楷体 before it. Its lines are broken here and drawn
 * whole: pdfmake would cut Chinese text into one node per character.
 */
export const drawParagraph = (fonts: FontSet, text: string, place: Place, runIn?: string): Content => {
  const parts = [...(runIn === undefined ? [] : [{ text: runIn, style: HEADING[2] }]), { text, style: BODY }]
  return {
    text: lineInlines(breakParagraph(fonts, parts, place, { first: PAGE.blockWidth - INDENT, rest: PAGE.blockWidth })),
    leadingIndent: INDENT
  }
}

/**
 * Whether a paragraph takes at most three lines: short enough to go to the next
 * page with the signature rather than leave the signature alone there.
 */
export const isShortParagraph = (fonts: FontSet, text: string, place: Place, runIn?: string): boolean =>
  INDENT + (runIn === undefined ? 0 : textWidth(fonts, HEADING[2], runIn, place)) + textWidth(fonts, BODY, text, place) <= 3 * PAGE.blockWidth

// -------------------------------------------------------------------------------------
// signature
// -------------------------------------------------------------------------------------

/**
 * The signature (GB/T 9704 7.3.5.2, no seal): one blank line below the text, the
 * agency two characters from the right edge, the date on the next line starting
 * two characters right of the agency's first character; a date longer than that
 * ends two characters from the edge and moves the agency left with it.
 */
export const drawSignature = (
  fonts: FontSet,
  agency: string,
  date: string | undefined,
  places: { readonly agency: Place; readonly date: Place }
): Content => {
  const { agency: agencyPlace, date: datePlace } = places
  const right = PAGE.blockWidth - INDENT
  const agencyWidth = textWidth(fonts, BODY, agency, agencyPlace)
  const dateWidth = date === undefined ? 0 : textWidth(fonts, BODY, date, datePlace)
  const dateStart = Math.min(right - agencyWidth + INDENT, right - dateWidth)
  const agencyStart = Math.max(0, Math.min(right - agencyWidth, dateStart - INDENT))
  const lines: Array<Content> = [{ text: wholeLine(fonts, BODY, agency, PAGE.blockWidth, agencyPlace), margin: [agencyStart, 0, 0, 0] }]
  if (date !== undefined) lines.push({ text: wholeLine(fonts, BODY, date, PAGE.blockWidth, datePlace), margin: [Math.max(0, dateStart), 0, 0, 0] })
  return { stack: lines, unbreakable: true, margin: [0, LINE_PITCH, 0, 0] }
}
