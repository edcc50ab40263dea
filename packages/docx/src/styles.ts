/**
 * The document's styles: body text in 3号 仿宋 on the grid, headings 一、 in 黑体 and
 * （一） in 楷体 with their outline levels, the title in 2号 小标宋, table text in
 * 5号 宋体 and the page number in 4号 宋体. Every font is named in every slot.
 */
import type { IStylesOptions } from 'docx'
import { CHAR_PITCH, FONT, fontSlots, halfPoints, SIZE } from './page.js'

/** The style ids the blocks use. */
export const STYLE = { title: 'ReportTitle', signature: 'Signature', table: 'TableText', pageNumber: 'PageNumber' } as const

/** A first-line indent of two characters, in grid characters for Word and WPS and in twips for LibreOffice. */
export const TWO_CHARS = { firstLineChars: 200, firstLine: Math.round(2 * CHAR_PITCH) } as const

const LANGUAGE = { value: 'zh-CN', eastAsia: 'zh-CN' } as const

/** The styles of a report. */
export const REPORT_STYLES: IStylesOptions = {
  default: {
    document: {
      run: { font: fontSlots(FONT.body), size: halfPoints(SIZE.san), language: LANGUAGE },
      paragraph: { spacing: { before: 0, after: 0 } }
    },
    heading1: {
      run: { font: fontSlots(FONT.heiti), size: halfPoints(SIZE.san), bold: false, color: '000000' },
      paragraph: { indent: TWO_CHARS, spacing: { before: 0, after: 0 }, keepNext: true, outlineLevel: 0 }
    },
    heading2: {
      run: { font: fontSlots(FONT.kaiti), size: halfPoints(SIZE.san), bold: false, color: '000000' },
      paragraph: { indent: TWO_CHARS, spacing: { before: 0, after: 0 }, keepNext: true, outlineLevel: 1 }
    }
  },
  paragraphStyles: [
    {
      id: STYLE.title,
      name: 'Report Title',
      basedOn: 'Normal',
      next: 'Normal',
      run: { font: fontSlots(FONT.title), size: halfPoints(SIZE.er) },
      paragraph: { alignment: 'center', keepNext: true, outlineLevel: 0 }
    },
    { id: STYLE.signature, name: 'Signature', basedOn: 'Normal', paragraph: { keepNext: true, keepLines: true } },
    {
      id: STYLE.table,
      name: 'Table Text',
      basedOn: 'Normal',
      run: { font: fontSlots(FONT.table), size: halfPoints(SIZE.wu), snapToGrid: false },
      paragraph: { alignment: 'center', spacing: { line: 240 } }
    },
    {
      id: STYLE.pageNumber,
      name: 'Page Number Line',
      basedOn: 'Normal',
      run: { font: fontSlots(FONT.table), size: halfPoints(SIZE.si), snapToGrid: false },
      paragraph: { spacing: { line: SIZE.si * 20, lineRule: 'exact' } }
    }
  ]
}
