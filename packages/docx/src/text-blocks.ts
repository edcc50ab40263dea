/**
 * The text blocks of the view as Word paragraphs: the title in 2号 小标宋 centred
 * on symmetric lines and a blank line after it, headings 一、 and （一）, body
 * paragraphs justified and indented two characters (a run-in heading in 楷体), and
 * the signature placed by GB/T 9704 7.3.5.2.
 */
import { AlignmentType, HeadingLevel, Paragraph, TextRun } from 'docx'
import { CHAR_PITCH, FONT, fontSlots, GRID, PAGE, SIZE } from './page.js'
import { STYLE, TWO_CHARS } from './styles.js'
import { charWidth, symmetricLines } from './text-width.js'

/** Characters of 2号 on a line of the text block. */
const TITLE_PER_LINE = Math.floor(PAGE.blockWidth / 20 / SIZE.er)

/** An empty line of body text. */
export const blankLine = (): Paragraph => new Paragraph({})

/**
 * The title: each line of the view centred, a line too long for the block split
 * into lines of nearly equal width between words, then one blank line.
 */
export const titleParagraphs = (lines: ReadonlyArray<string>): ReadonlyArray<Paragraph> => [
  new Paragraph({
    style: STYLE.title,
    children: lines.flatMap((line) => symmetricLines(line, TITLE_PER_LINE)).map((text, i) => new TextRun({ text, break: i === 0 ? 0 : 1 }))
  }),
  blankLine()
]

/** A heading: level 1 in 黑体, level 2 in 楷体 (their styles), indented two characters. */
export const headingParagraph = (level: 1 | 2, text: string): Paragraph =>
  new Paragraph({ heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, children: [new TextRun(text)] })

/** Body text, justified, indented two characters, after its run-in subsection heading in 楷体. */
export const bodyParagraph = (text: string, runIn?: string): Paragraph =>
  new Paragraph({
    style: STYLE.body,
    alignment: AlignmentType.BOTH,
    indent: TWO_CHARS,
    children: [...(runIn === undefined ? [] : [new TextRun({ text: runIn, font: fontSlots(FONT.kaiti) })]), new TextRun(text)]
  })

/**
 * The signature (GB/T 9704 7.3.5.2, no seal): one blank line below the text, the
 * agency two characters from the right edge, the date on the next line starting
 * two characters right of the agency's first character; a date longer than that
 * ends two characters from the edge and moves the agency left with it. The agency
 * is right-aligned, so it ends exactly two characters from the edge in any font;
 * the date starts at its place (left-aligned) when it ends short of the agency's
 * edge, whatever its digits' width in the font that prints it, and is right-aligned
 * two characters from the edge when it is the longer.
 */
export const signatureParagraphs = (agency: string, date: string | undefined): ReadonlyArray<Paragraph> => {
  const right = GRID.chars - 2
  const agencyWidth = charWidth(agency)
  const dateWidth = date === undefined ? 0 : charWidth(date)
  const dateStart = Math.min(right - agencyWidth + 2, right - dateWidth)
  const agencyStart = Math.min(right - agencyWidth, dateStart - 2)
  const chars = (n: number) => Math.round(n * CHAR_PITCH)
  const line = (text: string, place: { readonly alignment: 'left' | 'right'; readonly indent: { readonly left: number } | { readonly right: number } }) =>
    new Paragraph({ style: STYLE.signature, ...place, children: [new TextRun(text)] })
  const endingAt = (end: number) => ({ alignment: AlignmentType.RIGHT, indent: { right: chars(Math.max(2, GRID.chars - end)) } })
  const dateLine = (text: string) =>
    line(text, dateStart + dateWidth < right ? { alignment: AlignmentType.LEFT, indent: { left: chars(dateStart) } } : endingAt(right))
  return [blankLine(), line(agency, endingAt(agencyStart + agencyWidth)), ...(date === undefined ? [] : [dateLine(date)])]
}
