/**
 * The document's styles: Normal in 3号 仿宋 (the document's defaults too), body text
 * and headings 一、 in 黑体 and （一） in 楷体 on the grid, 28 characters a line, with
 * their outline levels; the title in 2号 小标宋, table text in 5号 宋体 and the page
 * number in 4号 宋体. Every font is named in every slot.
 */
import type { IStylesOptions } from 'docx'
import { BODY_SPACING, CHAR_PITCH, FONT, fontSlots, halfPoints, SIZE } from './page.js'

/** The style ids the blocks use. */
export const STYLE = { body: 'BodyText', title: 'ReportTitle', signature: 'Signature', table: 'TableText', pageNumber: 'PageNumber' } as const

/** A first-line indent of two characters, in grid characters for Word and WPS and in twips for LibreOffice. */
export const TWO_CHARS = { firstLineChars: 200, firstLine: Math.round(2 * CHAR_PITCH) } as const

const LANGUAGE = { value: 'zh-CN', eastAsia: 'zh-CN' } as const

/**
 * 3号 仿宋, on Normal as well as in the defaults: LibreOffice sizes the document
 * grid from Normal's own size, 12 pt when it has none.
 */
const BODY_RUN = { font: fontSlots(FONT.body), size: halfPoints(SIZE.san) } as const

/** Text on the grid: 28 characters to the line. */
const ON_GRID = { characterSpacing: BODY_SPACING } as const

/** The styles of a report. */
export const REPORT_STYLES: IStylesOptions = {
  default: {
    document: {
      run: { ...BODY_RUN, language: LANGUAGE },
      paragraph: { spacing: { before: 0, after: 0 } }
    },
    heading1: {
      run: { font: fontSlots(FONT.heiti), size: halfPoints(SIZE.san), bold: false, color: '000000', ...ON_GRID },
      paragraph: { indent: TWO_CHARS, spacing: { before: 0, after: 0 }, keepNext: true, outlineLevel: 0 }
    },
    heading2: {
      run: { font: fontSlots(FONT.kaiti), size: halfPoints(SIZE.san), bold: false, color: '000000', ...ON_GRID },
      paragraph: { indent: TWO_CHARS, spacing: { before: 0, after: 0 }, keepNext: true, outlineLevel: 1 }
    }
  },
  paragraphStyles: [
    { id: 'Normal', name: 'Normal', quickFormat: true, run: BODY_RUN },
    { id: STYLE.body, name: 'Body Text', basedOn: 'Normal', quickFormat: true, run: ON_GRID },
    {
      id: STYLE.title,
      name: 'Report Title',
      basedOn: 'Normal',
      next: 'Normal',
      run: { font: fontSlots(FONT.title), size: halfPoints(SIZE.er) },
      paragraph: { alignment: 'center', keepNext: true, outlineLevel: 0 }
    },
    { id: STYLE.signature, name: 'Signature', basedOn: STYLE.body, paragraph: { keepNext: true, keepLines: true } },
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
