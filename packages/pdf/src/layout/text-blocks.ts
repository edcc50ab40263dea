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
import { inlines, lineInlines, type Inline } from '../text/inlines.js'
import { balancedLines } from '../text/balanced-lines.js'
import { textMeasure, textWidth } from '../text/measure.js'
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

/**
 * The title: each line of the view centred, a line too long for the block cut
 * between words into lines of nearly equal width, then one blank line.
 */
export const drawTitle = (fonts: FontSet, lines: ReadonlyArray<string>, place: Place): Content => {
  return {
    stack: lines
      .flatMap((line) => balancedLines(line, textMeasure(fonts, TITLE, line, place), PAGE.blockWidth))
      .map((line) => ({ text: wholeLine(fonts, TITLE, line, PAGE.blockWidth, place), alignment: 'center' })),
    margin: [0, 0, 0, LINE_PITCH]
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
 * A heading: level 1 in 黑体, level 2 in 楷体, indented like body text. Its
 * `headlineLevel` lets the page-break rule keep it off the foot of a page; it
 * is a bookmark when not empty (its place's path its id, `parent` the id of the level-1
 * heading a level-2 one comes under). A
 * one-line heading in a font whose ascent differs from the body font's is moved
 * onto the body text's baseline (lowered, or raised by a negative margin), its
 * line shortened or lengthened by as much, so the grid holds, at the top of a
 * page too; a longer one is left to pdfmake to break.
 */
export const drawHeading = (fonts: FontSet, level: 1 | 2, text: string, place: Place, parent?: string): Content => {
  const style = HEADING[level]
  const oneLine = textWidth(fonts, style, text, place) <= PAGE.blockWidth - INDENT
  const drop = oneLine ? (fonts[BODY.role].ascender - fonts[style.role].ascender) * style.size : 0
  const lowered = { ...style, pitch: style.pitch - drop }
  const [first, ...rest] = oneLine ? wholeLine(fonts, lowered, text, PAGE.blockWidth - INDENT, place) : inlines(fonts, lowered, text, place)
  // The bookmark goes on the first inline: on the node, pdfmake loses a heading moved to the next page inside an unbreakable block.
  const bookmark: Bookmark = { id: place.path, outline: true, outlineText: text }
  const marked: Array<Inline> =
    first === undefined || text.trim() === '' ? [] : [{ ...first, ...bookmark, ...(parent === undefined ? {} : { outlineParentId: parent }) }]
  const heading: ContentText = {
    text: [...marked, ...rest],
    leadingIndent: INDENT,
    headlineLevel: level,
    margin: [0, drop, 0, 0]
  }
  return heading
}

/** Lines per pdfmake text node: pdfmake's work on one node grows with the square of its inlines. */
const LINES_PER_NODE = 32

/**
 * A paragraph of body text, justified, indented two characters, with a run-in
 * subsection heading in 楷体 before it. Its lines are broken here and drawn
 * whole: pdfmake would cut Chinese text into one node per character. A long
 * paragraph is handed over in text nodes of {@link LINES_PER_NODE} lines, so its
 * time grows with its length, not with the square of it.
 */
export const drawParagraph = (fonts: FontSet, text: string, place: Place, runIn?: string): Content => {
  const parts = [...(runIn === undefined ? [] : [{ text: runIn, style: HEADING[2] }]), { text, style: BODY }]
  const lines = breakParagraph(fonts, parts, place, { first: PAGE.blockWidth - INDENT, rest: PAGE.blockWidth })
  const nodes = Array.from({ length: Math.ceil(lines.length / LINES_PER_NODE) }, (_, i) => ({
    text: lineInlines(lines.slice(i * LINES_PER_NODE, (i + 1) * LINES_PER_NODE)),
    ...(i === 0 ? { leadingIndent: INDENT } : {})
  }))
  return nodes.length === 1 && nodes[0] !== undefined ? nodes[0] : { stack: nodes }
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
): { readonly content: Content; readonly height: number } => {
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
