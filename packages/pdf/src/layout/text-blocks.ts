/**
 * The text blocks of the view as pdfmake content, on the GB/T 9704 line grid:
 * the title in 2号 小标宋 centred in symmetric lines, headings in 3号 黑体 (一、)
 * and 楷体 (（一）), paragraphs in 3号 仿宋 indented two characters and justified,
 * and the signature placed by GB/T 9704 7.3.5.2.
 */
import type { Place } from '@report/model'
import type { Content, ContentText } from 'pdfmake/interfaces.js'
import type { FontSet } from '../fonts/font-set.js'
import { breakParagraph } from '../text/break-paragraph.js'
import { lineInlines, type Inline } from '../text/inlines.js'
import { balancedLines } from '../text/balanced-lines.js'
import { textMeasure, textWidth } from '../text/measure.js'
import { unbrokenLines, type SetLine, type TextStyle } from '../text/set-lines.js'
import { INDENT, LINE_PITCH, PAGE, SIZE } from './gbt9704.js'

const TITLE: TextStyle = { role: 'xiaobiaosong', size: SIZE.er, pitch: LINE_PITCH }
const BODY: TextStyle = { role: 'fangsong', size: SIZE.san, pitch: LINE_PITCH }
const HEADING: Readonly<Record<1 | 2, TextStyle>> = {
  1: { role: 'heiti', size: SIZE.san, pitch: LINE_PITCH },
  2: { role: 'kaiti', size: SIZE.san, pitch: LINE_PITCH }
}

/** Text set in lines on the grid: its height, and its pdfmake content. */
export interface SetBlock {
  readonly content: Content
  readonly height: number
}

/** `text` drawn whole on one line. */
const wholeLine = (fonts: FontSet, style: TextStyle, text: string, width: number, place: Place): Array<Inline> =>
  lineInlines(unbrokenLines(fonts, style, [text], width, place))

// -------------------------------------------------------------------------------------
// title
// -------------------------------------------------------------------------------------

/**
 * The title: each line of the view centred, a line too long for the block cut
 * between words into lines of nearly equal width, then one blank line.
 */
export const drawTitle = (fonts: FontSet, lines: ReadonlyArray<string>, place: Place): SetBlock => {
  const broken = lines.flatMap((line) => balancedLines(line, textMeasure(fonts, TITLE, line, place), PAGE.blockWidth))
  return {
    content: {
      stack: broken.map((line) => ({ text: wholeLine(fonts, TITLE, line, PAGE.blockWidth, place), alignment: 'center' })),
      margin: [0, 0, 0, LINE_PITCH]
    },
    height: (broken.length + 1) * LINE_PITCH
  }
}

// -------------------------------------------------------------------------------------
// text
// -------------------------------------------------------------------------------------

/** pdfmake's bookmark properties of a text node, which @types/pdfmake does not list. */
interface Bookmark {
  readonly id: string
  readonly outline: true
  readonly outlineText: string
  readonly outlineParentId?: string
}

/**
 * A line moved onto the body text's baseline: pdfmake puts a line's baseline the
 * largest ascent of its fonts below its top, so a line with a taller font (a 楷体
 * run-in heading, a glyph from another font) would sit low and one without the
 * body font high. The line is drawn `drop` lower (raised when negative, by a
 * negative top margin) and its height shortened by as much, so the lines after
 * it stay on the grid.
 */
const onBaseline = (fonts: FontSet, line: SetLine): { readonly line: SetLine; readonly drop: number } => {
  const ascent = Math.max(...line.runs.map((run) => run.font.ascender * run.style.size))
  const drop = line.runs.length === 0 ? 0 : fonts[BODY.role].ascender * BODY.size - ascent
  if (Math.abs(drop) < 1e-9) return { line, drop: 0 }
  return { line: { ...line, runs: line.runs.map((run) => ({ ...run, style: { ...run.style, pitch: run.style.pitch - drop } })) }, drop }
}

/**
 * A heading: level 1 in 黑体, level 2 in 楷体, indented like body text, a long
 * one broken into lines like a paragraph's; each line moved onto the body text's
 * baseline, at the top of a page too. It is a bookmark (its place's path its id,
 * `parent` the id of the level-1 heading a level-2 one comes under).
 */
export const drawHeading = (fonts: FontSet, level: 1 | 2, text: string, place: Place, parent?: string): SetBlock => {
  const style = HEADING[level]
  const width = PAGE.blockWidth - INDENT
  const set =
    textWidth(fonts, style, text, place) <= width
      ? unbrokenLines(fonts, style, [text], width, place)
      : breakParagraph(fonts, [{ text, style }], place, { first: width, rest: PAGE.blockWidth })
  // The bookmark goes on the first inline: on the node, pdfmake loses a heading moved to the next page inside an unbreakable block.
  const bookmark: Bookmark = { id: place.path, outline: true, outlineText: text, ...(parent === undefined ? {} : { outlineParentId: parent }) }
  const nodes = set.map((l, i): ContentText => {
    const { line, drop } = onBaseline(fonts, l)
    const [first, ...rest] = lineInlines([line])
    const marked: Array<Inline> = first === undefined ? [] : [i === 0 ? { ...first, ...bookmark } : first]
    return { text: [...marked, ...rest], ...(i === 0 ? { leadingIndent: INDENT } : {}), margin: [0, drop, 0, 0] }
  })
  return { content: nodes.length === 1 && nodes[0] !== undefined ? nodes[0] : { stack: nodes }, height: set.length * LINE_PITCH }
}

/** Lines per pdfmake text node: pdfmake's work on one node grows with the square of its inlines. */
const LINES_PER_NODE = 32

/** A paragraph broken into lines: how many, and the content of its lines `[from, to)`. */
export interface SetParagraph {
  readonly count: number
  readonly draw: (from: number, to: number) => Content
}

/**
 * A paragraph of body text, justified, indented two characters, with a run-in
 * subsection heading in 楷体 before it. Its lines are broken here and drawn
 * whole: pdfmake would cut Chinese text into one node per character. Its lines
 * are handed over in text nodes of at most {@link LINES_PER_NODE} lines, so its
 * time grows with its length, not with the square of it; a line not in the body
 * font (the run-in heading's) is a node of its own, moved onto the baseline.
 */
export const setParagraph = (fonts: FontSet, text: string, place: Place, runIn?: string): SetParagraph => {
  const parts = [...(runIn === undefined ? [] : [{ text: runIn, style: HEADING[2] }]), { text, style: BODY }]
  const lines = breakParagraph(fonts, parts, place, { first: PAGE.blockWidth - INDENT, rest: PAGE.blockWidth }).map((line) => onBaseline(fonts, line))
  const draw = (from: number, to: number): Content => {
    const nodes: Array<ContentText> = []
    for (let i = from; i < to;) {
      const drop = lines[i]?.drop ?? 0
      let end = i + 1
      if (drop === 0) while (end < to && end - i < LINES_PER_NODE && lines[end]?.drop === 0) end += 1
      nodes.push({
        text: lineInlines(lines.slice(i, end).map((l) => l.line)),
        ...(i === 0 ? { leadingIndent: INDENT } : {}),
        ...(drop === 0 ? {} : { margin: [0, drop, 0, 0] })
      })
      i = end
    }
    return nodes.length === 1 && nodes[0] !== undefined ? nodes[0] : { stack: nodes }
  }
  return { count: lines.length, draw }
}

// -------------------------------------------------------------------------------------
// signature
// -------------------------------------------------------------------------------------

/**
 * The date line of a report without a publication date: blank for the date
 * written by hand, so the signature is never printed half (S-2 warns of it).
 */
export const BLANK_DATE = '\u3000\u3000\u3000\u3000年\u3000\u3000月\u3000\u3000日'

/**
 * The signature (GB/T 9704 7.3.5.2, no seal): one blank line below the text, the
 * agency two characters from the right edge, the date on the next line starting
 * two characters right of the agency's first character; a date longer than that
 * ends two characters from the edge and moves the agency left with it. An agency
 * too long for that goes on two lines (or more) of nearly equal width, broken
 * between words; without a date the date line is left blank to be filled in.
 * Its height counts the blank line above it.
 */
export const drawSignature = (
  fonts: FontSet,
  agency: string,
  date: string | undefined,
  places: { readonly agency: Place; readonly date: Place }
): SetBlock => {
  const { agency: agencyPlace, date: datePlace } = places
  const right = PAGE.blockWidth - INDENT
  const agencyLines = balancedLines(agency, textMeasure(fonts, BODY, agency, agencyPlace), right - INDENT)
  const agencyWidth = Math.max(...agencyLines.map((line) => textWidth(fonts, BODY, line, agencyPlace)))
  const dateText = date ?? BLANK_DATE
  const dateWidth = textWidth(fonts, BODY, dateText, datePlace)
  const dateStart = Math.min(right - agencyWidth + INDENT, right - dateWidth)
  const agencyStart = Math.max(0, Math.min(right - agencyWidth, dateStart - INDENT))
  const lines: Array<Content> = [
    ...agencyLines.map((line): Content => ({ text: wholeLine(fonts, BODY, line, PAGE.blockWidth, agencyPlace), margin: [agencyStart, 0, 0, 0] })),
    { text: wholeLine(fonts, BODY, dateText, PAGE.blockWidth, datePlace), margin: [Math.max(0, dateStart), 0, 0, 0] }
  ]
  return { content: { stack: lines, unbreakable: true, margin: [0, LINE_PITCH, 0, 0] }, height: (1 + lines.length) * LINE_PITCH }
}
