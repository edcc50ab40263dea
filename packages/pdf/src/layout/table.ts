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
import { unbrokenLines, type SetLine, type TextStyle } from '../text/set-lines.js'
import { LINE_PITCH, PAGE, SIZE } from './gbt9704.js'
import { tableParts } from './table-parts.js'

// -------------------------------------------------------------------------------------
// constants
// -------------------------------------------------------------------------------------

/** 五号 宋体 on an 11.6 pt pitch (1.1 lines): table 三 of either format fits one page with its heading. */
const STYLE: TextStyle = { role: 'songti', size: SIZE.wu, pitch: 11.6 }
const RULE = 0.5
/** Side padding near Word's default cell margins (0.19 cm). */
const PAD_X = 5
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

/** How far below its top pdfmake puts a cell's first baseline: the largest ascender of the fonts on its first line. */
const firstBaseline = (fonts: FontSet, lines: ReadonlyArray<SetLine>): number =>
  Math.max(fonts[STYLE.role].ascender * STYLE.size, ...(lines[0]?.runs ?? []).map((run) => run.font.ascender * run.style.size))

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

/**
 * Table 二, 三 or 四 as pdfmake content, in parts with their exact heights, each
 * kept on one page when it fits, cut as `tableParts` says: table 二 into its
 * blocks (第二十条第（X）项), drawn as one grid; a table with header rows whole, or
 * when too tall for a page with its heading, in parts repeating the header rows.
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
  const emCentre = ((fonts[STYLE.role].emBox.top + fonts[STYLE.role].emBox.bottom) / 2) * STYLE.size
  /** A cell's pdfmake cell over the rows `[from, to)` of its span, its text centred on its em box. */
  const cellOf = (p: Placed, from: number, to: number): TableCell => {
    const spanHeight = sum(heights.slice(from, to)) + (to - from - 1) * RULE
    const set = unbrokenLines(fonts, STYLE, p.lines, p.width, p.place)
    const above = firstBaseline(fonts, set) - emCentre + ((p.lines.length - 1) / 2) * STYLE.pitch
    const top = spanHeight / 2 - above
    return {
      text: lineInlines(set),
      alignment: p.cell.role === 'label' && p.cell.rowSpan === 1 ? 'left' : 'center',
      margin: [0, top, 0, spanHeight - p.lines.length * STYLE.pitch - top],
      colSpan: p.cell.colSpan,
      rowSpan: to - from
    }
  }
  const head = block.header.length
  /** The pdfmake rows of the header rows and the rows `[start, end)`: fresh cells, since pdfmake writes into them. */
  const bodyOf = (start: number, end: number): Array<Array<TableCell>> => {
    const part = [...Array.from({ length: head }, (_, r) => r), ...Array.from({ length: end - start }, (_, r) => start + r)]
    const body = part.map(() => Array.from({ length: columns }, (): TableCell => ({ text: '' })))
    for (const p of placed) {
      const [from, to] = p.row < head ? [p.row, p.row + p.cell.rowSpan] : [Math.max(p.row, start), Math.min(p.row + p.cell.rowSpan, end)]
      const at = part.indexOf(from)
      if (from < to && at >= 0) (body[at] ?? [])[p.col] = cellOf(p, from, to)
    }
    return body
  }
  const parts = tableParts(
    placed.map((p) => ({ row: p.row, rowSpan: p.cell.rowSpan, colSpan: p.cell.colSpan })),
    heights,
    head,
    columns,
    RULE
  )
  const headerHeight = sum(heights.slice(0, head)) + head * RULE
  const total = sum(heights) + (rows.length + 1) * RULE
  return parts.map(({ start, end }, i): TablePart => {
    const first = i === 0
    const height = headerHeight + sum(heights.slice(start, end)) + (end - start + (first || head > 0 ? 1 : 0)) * RULE
    const last = end === rows.length
    const table: Content = {
      table: { headerRows: head, widths, body: bodyOf(start, end) },
      layout: TABLE_LAYOUT,
      // Every part draws its top rule, so a part continued on a new page has one; after the part before, on the same
      // page, it is drawn over that part's bottom rule. Below the last part, back onto the body text's line grid.
      margin: [0, first || head > 0 ? 0 : -RULE, 0, last ? Math.ceil(total / LINE_PITCH) * LINE_PITCH - total : 0]
    }
    const unbreakable = height <= PAGE.blockHeight
    return { content: unbreakable ? { stack: [table], unbreakable } : table, loose: table, height, unbreakable }
  })
}
