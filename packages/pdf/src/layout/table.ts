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
import { PAGE, SIZE } from './gbt9704.js'
import { tableParts, type Room } from './table-parts.js'

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
  /** The lines in the fonts that draw them: set once, for a header row drawn again in each part. */
  readonly set: ReadonlyArray<SetLine>
  readonly width: number
  readonly place: Place
}

/** The column of each cell, skipping the places covered by spans above and before it (HTML table rules). */
const placeCells = (rows: ReadonlyArray<ReadonlyArray<ViewCell>>): Array<Omit<Placed, 'lines' | 'set' | 'width' | 'place'>> => {
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

/** The height a cell's lines need. */
const need = (p: Placed): number => p.lines.length * STYLE.pitch + 2 * PAD_Y

/** Row heights (without rules) that hold every cell's lines, rows under a merged cell grown evenly. */
const rowHeights = (cells: ReadonlyArray<Placed>, rowCount: number): Array<number> => {
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
 * A part of a drawn table: its height in points, its top and bottom rules
 * counted, and its pdfmake content, made when it is placed.
 */
export interface TablePart {
  readonly height: number
  /** The part, kept on one page when it fits one. */
  readonly draw: () => Content
}

/**
 * A drawn table: its parts for the room it starts in, and the width of its rules
 * (a part after another on the same page draws its top rule over that part's
 * bottom rule).
 */
export interface DrawnTable {
  readonly parts: (room: Room) => ReadonlyArray<TablePart>
  readonly rule: number
}

/**
 * Table 二, 三 or 四 as pdfmake content, in parts with their exact heights, cut
 * as `tableParts` says: table 二 into its blocks (第二十条第（X）项), drawn as one
 * grid; a table with header rows whole, or cut between its groups repeating the
 * header rows.
 */
export const drawTable = (fonts: FontSet, block: TableBlock): DrawnTable => {
  const rows = [...block.header, ...block.body]
  const columns = block.widths.length
  const free = PAGE.blockWidth - columns * 2 * PAD_X - (columns + 1) * RULE
  const widths = block.widths.map((w) => (free * w) / sum(block.widths))
  const widthOf = (col: number, span: number) => sum(widths.slice(col, col + span)) + (span - 1) * (2 * PAD_X + RULE)
  const placed: Array<Placed> = placeCells(rows).map((p) => {
    const place = p.cell.place ?? block.headerPlace
    const width = widthOf(p.col, p.cell.colSpan)
    const lines = breakCellText(p.cell.text, width - SLACK, textMeasure(fonts, STYLE, p.cell.text, place))
    return { ...p, place, width, lines, set: unbrokenLines(fonts, STYLE, lines, width, place) }
  })
  const heights = rowHeights(placed, rows.length)
  const emCentre = ((fonts[STYLE.role].emBox.top + fonts[STYLE.role].emBox.bottom) / 2) * STYLE.size
  /** A cell's pdfmake cell over the rows `[from, to)` of its span, its text centred on its em box. */
  const cellOf = (p: Placed, from: number, to: number): TableCell => {
    const spanHeight = sum(heights.slice(from, to)) + (to - from - 1) * RULE
    const above = firstBaseline(fonts, p.set) - emCentre + ((p.lines.length - 1) / 2) * STYLE.pitch
    const top = spanHeight / 2 - above
    return {
      text: lineInlines(p.set),
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
  const cells = placed.map((p) => ({ row: p.row, col: p.col, rowSpan: p.cell.rowSpan, colSpan: p.cell.colSpan, need: need(p) }))
  const grid = { cells, heights, head, columns, rule: RULE }
  const headerHeight = sum(heights.slice(0, head)) + head * RULE
  const parts = (room: Room): ReadonlyArray<TablePart> =>
    tableParts(grid, room).map(({ start, end }): TablePart => {
      const height = headerHeight + sum(heights.slice(start, end)) + (end - start + 1) * RULE
      const draw = (): Content => {
        const table: Content = { table: { headerRows: head, widths, body: bodyOf(start, end) }, layout: TABLE_LAYOUT }
        return height <= PAGE.blockHeight ? { stack: [table], unbreakable: true } : table
      }
      return { height, draw }
    })
  return { parts, rule: RULE }
}
