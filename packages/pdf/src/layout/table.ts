/**
 * A statutory table of the view as a pdfmake table. Every cell's lines are broken
 * here and every row's height is computed before layout; each cell's text is
 * centred in its rows by top and bottom margins that fill them exactly. So no
 * `verticalAlignment` (misplaced on later pages with `headerRows`, pdfmake
 * #2925), no `dontBreakRows` (inflates rows with `rowSpan`, #2895) and no fixed
 * `heights` (doubled at a page break). Knowing the height also tells whether the
 * table fits on one page, and how far the text after it must move to return to
 * the line grid.
 */
import type { Place } from '@report/model'
import type { TableBlock, ViewCell } from '@report/view'
import type { Content, CustomTableLayout, TableCell } from 'pdfmake/interfaces.js'
import type { FontSet } from '../fonts/font-set.js'
import { breakCellText } from '../text/break-cell.js'
import { lineInlines } from '../text/inlines.js'
import { textMeasure } from '../text/measure.js'
import { unbrokenLines, type TextStyle } from '../text/set-lines.js'
import { LINE_PITCH, PAGE, SIZE } from './gbt9704.js'

// -------------------------------------------------------------------------------------
// constants
// -------------------------------------------------------------------------------------

/** 五号 宋体 on an 11.6 pt pitch (1.1 lines): table 三 of either format fits one page with its heading. */
const STYLE: TextStyle = { role: 'songti', size: SIZE.wu, pitch: 11.6 }
const RULE = 0.5
const PAD_X = 1.5
const PAD_Y = 1.4
/** Room kept free in each cell so that pdfmake's own measure never wraps a line again. */
const SLACK = 0.5

/** The rules and paddings of every statutory table: 0.5 pt lines, no vertical padding (row heights hold it). */
const TABLE_LAYOUT: CustomTableLayout = {
  hLineWidth: () => RULE,
  vLineWidth: () => RULE,
  paddingLeft: () => PAD_X,
  paddingRight: () => PAD_X,
  paddingTop: () => 0,
  paddingBottom: () => 0
}

// -------------------------------------------------------------------------------------
// grid
// -------------------------------------------------------------------------------------

interface Placed {
  readonly cell: ViewCell
  readonly row: number
  readonly col: number
  readonly lines: ReadonlyArray<string>
  readonly width: number
  readonly place: Place
}

/** The column of each cell, skipping the places covered by spans above and before it (HTML table rules). */
const placeCells = (rows: ReadonlyArray<ReadonlyArray<ViewCell>>): Array<Omit<Placed, 'lines' | 'width' | 'place'>> => {
  const covered = new Set<string>()
  return rows.flatMap((cells, row) => {
    let col = 0
    return cells.map((cell) => {
      while (covered.has(`${row},${col}`)) col += 1
      for (let r = row; r < row + cell.rowSpan; r++) for (let c = col; c < col + cell.colSpan; c++) covered.add(`${r},${c}`)
      const placed = { cell, row, col }
      col += cell.colSpan
      return placed
    })
  })
}

const sum = (xs: ReadonlyArray<number>): number => xs.reduce((a, b) => a + b, 0)

/** Row heights (without rules) that hold every cell's lines, rows under a merged cell grown evenly. */
const rowHeights = (cells: ReadonlyArray<Placed>, rowCount: number): Array<number> => {
  const need = (p: Placed) => p.lines.length * STYLE.pitch + 2 * PAD_Y
  const heights = Array.from({ length: rowCount }, (_, r) =>
    Math.max(STYLE.pitch + 2 * PAD_Y, ...cells.filter((p) => p.row === r && p.cell.rowSpan === 1).map(need))
  )
  for (const p of [...cells].filter((c) => c.cell.rowSpan > 1).sort((a, b) => a.cell.rowSpan - b.cell.rowSpan)) {
    const span = heights.slice(p.row, p.row + p.cell.rowSpan)
    const missing = need(p) - (sum(span) + (p.cell.rowSpan - 1) * RULE)
    if (missing > 0) for (let r = p.row; r < p.row + p.cell.rowSpan; r++) heights[r] = (heights[r] ?? 0) + missing / p.cell.rowSpan
  }
  return heights
}

// -------------------------------------------------------------------------------------
// table
// -------------------------------------------------------------------------------------

/**
 * A part of a drawn table: pdfmake content, its height in points, and whether it
 * is kept on one page.
 */
export interface TablePart {
  /** The part, kept on one page when `unbreakable`. */
  readonly content: Content
  /** The part free to break across pages. */
  readonly loose: Content
  readonly height: number
  readonly unbreakable: boolean
}

/** Rows where a table without repeated headers may break: before each band row spanning the whole grid, if no merged cell crosses it. */
const breakRows = (block: TableBlock, placed: ReadonlyArray<Placed>): ReadonlyArray<number> => {
  if (block.header.length > 0) return [0]
  const columns = block.widths.length
  return [
    0,
    ...placed
      .filter((p) => p.row > 0 && p.cell.colSpan === columns)
      .map((p) => p.row)
      .filter((row) => !placed.some((q) => q.row < row && q.row + q.cell.rowSpan > row))
  ]
}

/**
 * Table 二, 三 or 四 as pdfmake content, in parts with their exact heights. A
 * table with header rows is one part, kept on one page when it fits, else
 * repeating its headers on each page. Table 二, without header rows, is cut into
 * its blocks (第二十条第（X）项), each kept on one page, drawn as one grid.
 */
export const drawTable = (fonts: FontSet, block: TableBlock): ReadonlyArray<TablePart> => {
  const rows = [...block.header, ...block.body]
  const columns = block.widths.length
  const free = PAGE.blockWidth - columns * 2 * PAD_X - (columns + 1) * RULE
  const widths = block.widths.map((w) => (free * w) / sum(block.widths))
  const widthOf = (col: number, span: number) => sum(widths.slice(col, col + span)) + (span - 1) * (2 * PAD_X + RULE)
  const placed: Array<Placed> = placeCells(rows).map((p) => {
    const place = p.cell.place ?? block.headerPlace
    const width = widthOf(p.col, p.cell.colSpan)
    return { ...p, place, width, lines: breakCellText(p.cell.text, width - SLACK, textMeasure(fonts, STYLE, p.cell.text, place)) }
  })
  const heights = rowHeights(placed, rows.length)
  const body: Array<Array<TableCell>> = rows.map(() => Array.from({ length: columns }, (): TableCell => ({ text: '' })))
  for (const p of placed) {
    const spanHeight = sum(heights.slice(p.row, p.row + p.cell.rowSpan)) + (p.cell.rowSpan - 1) * RULE
    const space = (spanHeight - p.lines.length * STYLE.pitch) / 2
    const target = body[p.row] ?? []
    target[p.col] = {
      text: lineInlines(unbrokenLines(fonts, STYLE, p.lines, p.width, p.place)),
      alignment: p.cell.role === 'label' && p.cell.rowSpan === 1 ? 'left' : 'center',
      margin: [0, space, 0, space],
      colSpan: p.cell.colSpan,
      rowSpan: p.cell.rowSpan
    }
  }
  const starts = breakRows(block, placed)
  const total = sum(heights) + (rows.length + 1) * RULE
  return starts.map((start, i): TablePart => {
    const end = starts[i + 1] ?? rows.length
    const first = i === 0
    const height = sum(heights.slice(start, end)) + (end - start + (first ? 1 : 0)) * RULE
    const last = end === rows.length
    const table: Content = {
      table: { headerRows: first ? block.header.length : 0, widths, body: body.slice(start, end) },
      // Parts after the first share the rule above them with the part before.
      layout: first ? TABLE_LAYOUT : { ...TABLE_LAYOUT, hLineWidth: (line) => (line === 0 ? 0 : RULE) },
      // Back onto the body text's line grid below the table.
      margin: [0, 0, 0, last ? Math.ceil(total / LINE_PITCH) * LINE_PITCH - total : 0]
    }
    const unbreakable = height <= PAGE.blockHeight
    return { content: unbreakable ? { stack: [table], unbreakable } : table, loose: table, height, unbreakable }
  })
}
