/**
 * The page numbers of GB/T 9704 7.5 as footers: `— N —` in 4号 宋体 with N a PAGE
 * field, the odd pages' one character in from the right, the even pages' one
 * character in from the left, the line's top 7 mm below the text block.
 */
import { AlignmentType, Footer, PageNumber, Paragraph, TextRun } from 'docx'
import { SIZE, twips } from './page.js'
import { STYLE } from './styles.js'

/** One character of 4号, in twips. */
const ONE_CHAR = SIZE.si * 20

/**
 * The footer's distance from the page's lower edge: the bottom margin less the 7 mm
 * gap and the page number's line.
 */
export const FOOTER_DISTANCE = twips(35 - 7) - ONE_CHAR

const footer = (odd: boolean): Footer =>
  new Footer({
    children: [
      new Paragraph({
        style: STYLE.pageNumber,
        alignment: odd ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: odd ? { right: ONE_CHAR } : { left: ONE_CHAR },
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'] })]
      })
    ]
  })

/** The footers of odd (Word's default) and even pages. */
export const pageNumberFooters = (): { readonly default: Footer; readonly even: Footer } => ({ default: footer(true), even: footer(false) })
