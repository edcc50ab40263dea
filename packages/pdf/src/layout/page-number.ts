/**
 * The page number of GB/T 9704 7.5: 4号 宋体 `— N —`, 7 mm below the text block,
 * one character in from the right on odd pages and from the left on even ones:
 * the top of its characters' em box 7 mm below the text block's lower edge.
 */
import type { Content } from 'pdfmake/interfaces.js'
import type { FontSet } from '../fonts/font-set.js'
import { lineInlines } from '../text/inlines.js'
import { unbrokenLines } from '../text/set-lines.js'
import { PAGE, PAGE_NUMBER_GAP, SIZE } from './gbt9704.js'

/**
 * The text of a page number.
 *
 * @example
 * pageNumberText(3) // '— 3 —'
 */
export const pageNumberText = (page: number): string => `— ${page} —`

/**
 * The footer of page `page` (1-based), drawn in the bottom margin, whose top is
 * the text block's lower edge.
 */
export const drawPageNumber = (fonts: FontSet, page: number): Content => {
  const odd = page % 2 === 1
  const style = { role: 'songti' as const, size: SIZE.si, pitch: fonts.songti.lineHeight * SIZE.si }
  const top = PAGE_NUMBER_GAP - (fonts.songti.ascender - fonts.songti.emBox.top) * SIZE.si
  return {
    // One line drawn whole: pdfmake has nothing to break, on each of the pages.
    text: lineInlines(unbrokenLines(fonts, style, [pageNumberText(page)], PAGE.blockWidth - SIZE.si, { path: '', where: '页码' })),
    alignment: odd ? 'right' : 'left',
    // The footer spans the whole page width: the margins bring it back to the text block, and one character in.
    // The line's top is raised so that the characters' em box, not the font's taller line, starts 7 mm below the block.
    margin: odd ? [PAGE.left, top, PAGE.right + SIZE.si, 0] : [PAGE.left + SIZE.si, top, PAGE.right, 0]
  }
}
